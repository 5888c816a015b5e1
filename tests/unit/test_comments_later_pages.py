"""A later page of a forum thread: its first post, right under the thread's title, is a
reply, not the topic's opening post, when the page links its previous page under the
thread's canonical address."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

_CANONICAL = '<link rel="canonical" href="/forum/thread/?id=844">'
_WORDS = [
    "I sold half of it yesterday, the report was weaker than I hoped.",
    "Bought more on the dip this morning, the chart looks fine.",
    "Nobody knows where the rate goes next month, so I am waiting.",
    "The dividend still looks safe to me, they have cash for two years.",
]


def _authors(head: str) -> list[str | None]:
    posts = "".join(
        f"""<div class="forum-post" id="p{14764700 + n}">
          <div><a href="/forum/poster/?id={n}">user{n}</a>
          <a href="/forum/post/?id={n}">17.07.2018 12:{n:02d}</a></div>
          <div>{_WORDS[n % 4]} Post {n}.</div></div>"""
        for n in range(1, 7)
    )
    html = f"""<html><head><title>Stocks to watch</title>{head}</head><body>
      <h1>Stocks to watch</h1><div class="pages">« 953 954 955 956 »</div>{posts}</body></html>"""
    found = extract_comments(LexborHTMLParser(html), datetime(2018, 7, 20, tzinfo=UTC))
    return [comment.author for comment in found]


def test_the_first_post_of_a_page_linking_its_previous_page_is_a_reply():
    head = _CANONICAL + '<link rel="prev" href="/forum/thread/?id=844&page=954">'
    assert _authors(head) == [f"user{n}" for n in range(1, 7)]


@pytest.mark.parametrize(
    "head",
    [
        _CANONICAL,
        _CANONICAL + '<link rel="prev" href="/forum/thread/?id=8441">',
        _CANONICAL + '<link rel="prev" href="/blog/other/">',
    ],
)
def test_the_first_post_right_under_the_title_opens_the_topic_on_its_first_page(head):
    assert _authors(head) == [f"user{n}" for n in range(2, 7)]


def _under_a_line(line: str) -> list[str | None]:
    posts = "".join(
        f"""<article class="post" id="msg{700 + n}"><div class="post-head">
          <span class="post-author">user{n}</span>
          <span class="post-date">2008-02-1{n} 17:0{n} UTC</span></div>
          <div class="post-body">{_WORDS[n % 4]} Post {n}.</div></article>"""
        for n in range(1, 6)
    )
    html = f"""<html><head><title>Translating the manual</title></head><body><main>
      <h1>Translating the manual</h1>{line}{posts}</main></body></html>"""
    found = extract_comments(LexborHTMLParser(html), datetime(2018, 7, 20, tzinfo=UTC))
    return [comment.author for comment in found]


def test_a_topics_dated_byline_between_title_and_first_post_leaves_it_the_opening_post():
    line = '<p class="meta">Started by user1 · 2008-02-11 17:01 UTC · 4 replies</p>'
    assert _under_a_line(line) == [f"user{n}" for n in range(2, 6)]


def test_a_paragraph_of_prose_between_title_and_first_post_makes_the_posts_comments():
    line = "<p>We translated the manual in 2008 and the readers wrote in to help us.</p>"
    assert _under_a_line(line) == [f"user{n}" for n in range(1, 6)]
