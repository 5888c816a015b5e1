"""A name of a few words linked right after an avatar's link to the same page is the
commenter's when the page's address spells it as a handle ("Aideen O." at `/Aideen_O`), not a
headline's address, which joins its words with "-"."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def _block(href: str, name: str, age: str, text: str) -> str:
    return f"""<div class="kuju qyvy"><div class="zuju"><div class="xyvy">
      <div class="xuzy"><a href="{href}"><img src="/a/{len(name)}.jpg" alt="{name}"></a></div>
      <div class="zuju"><p class="juvy">{age}</p><h5 class="juzu"><a href="{href}">{name}</a></h5>
      </div></div><p class="xuqu">{text}</p></div></div>"""


def _page(blocks: str) -> str:
    return f"""<html><body><h1>Eyebrow wax</h1><p>How to keep brows in place all day.</p>
      <div class="kuju"><h3>Comments</h3><div class="zuju"><div>
      <div class="kuju xyjy"><div class="zuju"><a href="#">Log in</a> to add a comment.</div></div>
      {blocks}</div></div></div></body></html>"""


def test_a_name_the_users_address_spells_as_a_handle_is_the_commenters():
    blocks = _block("/Mita_B", "Mita B.", "3 hours ago", "I set my brows with hairspray, cheap.")
    blocks += _block("/Aideen_O", "Aideen O.", "7 hours ago", "Never thought of hairspray, thanks!")
    found = extract_comments(LexborHTMLParser(_page(blocks)), FETCHED)
    assert [c.author for c in found] == ["Mita B.", "Aideen O."]


def test_a_headline_linked_after_its_picture_names_no_one():
    blocks = _block("/a/big-news", "Big News", "3 hours ago", "The week in short, read on.")
    blocks += _block("/a/hair-trends", "Hair Trends", "7 hours ago", "Braids for the summer days.")
    assert extract_comments(LexborHTMLParser(_page(blocks)), FETCHED) == []
