"""A reply that opens with the preview of a link its writer pasted (an `aside` card: the
source, a linked headline in an `h3`, a picture and a line of the story) and goes on with the
writer's own words is a comment: the card's headline heads the card, not the reply. A teaser
whose linked headline heads the item itself stays no comment."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2025, 9, 1, 10, 0, tzinfo=UTC)

STORY = "https://news.example.org/2020/07/a-new-dive-computer-for-everyday-divers/"

CARD = f"""<aside class="qx"><header><a href="{STORY}">Example News – 23 Jul 20</a></header>
  <article><img src="p.jpg"><h3><a href="{STORY}">A new dive computer for everyday divers</a></h3>
  <p>A simple full colour computer for divers of all levels.</p></article></aside>"""


def _reply(number: int, name: str, words: str) -> str:
    return f"""<div id="post_{number}" itemprop="comment" itemscope
      itemtype="http://schema.org/Comment"><span itemprop="author"><a href="/u/{name}">{name}</a>
      </span><time datetime="2020-07-{20 + number}T09:00:00Z">July {20 + number}, 2020</time>
      <div itemprop="text">{words}</div></div>"""


def _page(last: str) -> str:
    replies = "".join(
        [
            _reply(1, "nikos", "<p>Thanks, very useful to know before the trip.</p>"),
            _reply(2, "eleni", "<p>We dived there last summer and loved it.</p>"),
            _reply(3, "alex", last),
        ]
    )
    return f"""<html><head><title>Dive computers</title></head><body><h1>Dive computers</h1>
      <div class="story"><p>Which computer should a new diver buy? We asked around the club and
      here is what the members use, from the cheapest to the best.</p></div>
      <h2>3 replies</h2><div class="posts">{replies}</div></body></html>"""


def test_a_reply_opening_with_a_pasted_link_preview_is_a_comment():
    found = extract_comments(
        LexborHTMLParser(_page(CARD + "<p>Good value for a first computer, I think.</p>")),
        FETCHED,
    )
    assert [c.author for c in found] == ["nikos", "eleni", "alex"]
    assert found[-1].text.endswith("Good value for a first computer, I think.")


def test_an_item_headed_by_a_linked_headline_is_still_a_teaser():
    teaser = f'<h3><a href="{STORY}">A new dive computer for everyday divers</a></h3><p>More.</p>'
    found = extract_comments(LexborHTMLParser(_page(teaser)), FETCHED)
    assert [c.author for c in found] == ["nikos", "eleni"]
