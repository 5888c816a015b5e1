"""A forum topic whose `<title>` is "Board - Topic": the board's name in the page's `<h1>`, a
long path of links under it, then the topic's own heading right over the posts. The first post
follows that heading with nothing between: it opens the topic, it is the article, and only the
replies are comments. A heading over the posts that is no part of the title (a list's label)
says nothing of the kind."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2025, 9, 1, 10, 0, tzinfo=UTC)

TOPIC = "Timer downloads stop after the refresh"

POSTS = [
    ("moss_9", "15-08-2025, 02:00 PM", "Since the upgrade my timer file refreshes and stops. " * 6),
    ("tern", "15-08-2025, 05:45 PM", "Put call before each command in the batch file."),
    ("moss_9", "16-08-2025, 01:55 PM", "That was it, both parts run again, thanks."),
    ("tern", "16-08-2025, 02:15 PM", "Good to hear, the older version ran them in turn."),
]

PATH = " &gt; ".join(f'<a href="f-{n}.html">Windows help forums part {n}</a>' for n in range(8))


def _page(heading: str) -> str:
    posts = "".join(
        f"""<div class="qa"><div class="qb"><div class="qc"><h2>{name}</h2></div>
        <div class="qd">{date}</div></div><div class="qe">{text}</div></div>"""
        for name, date, text in POSTS
    )
    return f"""<html><head><title>Timer forums - {TOPIC}</title></head><body>
      <div id="zz"><h1>Timer forums</h1><h3>Forum archived. Posting disabled.</h3>
      <div class="zy">{PATH} &gt; {TOPIC}</div>
      <div class="zx"><h2>{heading}</h2></div><div class="zw">{posts}</div></div></body></html>"""


def test_the_first_post_under_the_topic_s_own_heading_opens_the_topic():
    found = extract_comments(LexborHTMLParser(_page(TOPIC)), FETCHED)
    assert [(c.author, c.text) for c in found] == [(name, text) for name, _, text in POSTS[1:]]


def test_a_heading_that_is_no_part_of_the_title_opens_nothing():
    found = extract_comments(LexborHTMLParser(_page("Replies")), FETCHED)
    assert [c.author for c in found] == [name for name, _, _ in POSTS]
