"""A forum topic with two replies: three posts in one template, whatever their classes, the
first of them the topic's opening post (it follows the page's title) and its author answering
in a reply, give the two replies. Three entries of a blog's front page, laid out alike and the
first following the title too, give none: each opens with its own title heading, which no
reply holds; nor do three blocks that show no name twice."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2025, 9, 1, 10, 0, tzinfo=UTC)

POSTS = [
    ("wren_k", "Aug 20, 2025 at 9:12 AM", "My chain slips on the big cog since the new cassette."),
    ("halden", "Aug 20, 2025 at 9:40 AM", "Check the chain length, more teeth need a longer one."),
    ("wren_k", "Aug 20, 2025 at 10:03 AM", "That was it, two more links and it shifts fine."),
]

ENTRIES = [
    ("Anna Ruiz", "August 20, 2025", "We tried the new bakery on Elm street. " * 4),
    ("Tom Berg", "August 18, 2025", "Our garden plan for autumn is ready. " * 4),
    ("Anna Ruiz", "August 15, 2025", "Five day hikes within an hour of town. " * 4),
]


def _post(number: int, name: str, date: str, text: str) -> str:
    return f"""<li class="qa"><div class="qc"><div class="qd">
      <a class="qe" href="/u/{name}">{name}</a> <a class="qf" href="#m{number}">{date}</a></div>
      <div class="qg"><p>{text}</p></div></div></li>"""


def _entry(number: int, name: str, date: str, text: str) -> str:
    return f"""<div class="qa"><h2><a href="/p/{number}">Notes {number}</a></h2>
      <p class="qd">By <a href="/a/{name}">{name}</a> · {date}</p>
      <div class="qg"><p>{text}</p></div></div>"""


def _page(title: str, blocks: str) -> str:
    return f"""<html><head><title>{title}</title></head><body>
      <div class="zz"><a href="/">Home</a></div>
      <div class="zy"><h1>{title}</h1><ul class="zx">{blocks}</ul></div>
      <div class="zw"><p>About us</p></div></body></html>"""


def test_a_topic_s_opening_post_and_two_replies_give_the_replies():
    blocks = "".join(_post(number, *post) for number, post in enumerate(POSTS, 1))
    found = extract_comments(LexborHTMLParser(_page("Chain slipping", blocks)), FETCHED)
    assert [(c.author, c.text) for c in found] == [(name, text) for name, _, text in POSTS[1:]]


def test_three_titled_entries_of_a_blog_s_front_page_give_none():
    blocks = "".join(_entry(number, *entry) for number, entry in enumerate(ENTRIES, 1))
    assert extract_comments(LexborHTMLParser(_page("Elm Street Blog", blocks)), FETCHED) == []


def test_three_posts_that_show_no_name_twice_give_none():
    posts = [POSTS[0], POSTS[1], ("marlo", POSTS[2][1], POSTS[2][2])]
    blocks = "".join(_post(number, *post) for number, post in enumerate(posts, 1))
    assert extract_comments(LexborHTMLParser(_page("Chain slipping", blocks)), FETCHED) == []
