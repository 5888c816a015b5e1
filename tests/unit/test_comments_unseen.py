"""Comment extraction on markups first met on pages nobody had read, from small pages
written here."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def comments_of(body: str) -> list[Comment]:
    html = (
        f"<html><body><article><h1>Story</h1><p>The story text.</p></article>{body}</body></html>"
    )
    return extract_comments(LexborHTMLParser(html), FETCHED)


def rows(comments: list[Comment]) -> list[tuple[str | None, str, int | None]]:
    return [(c.author, c.text, c.parent) for c in comments]


def test_dated_teasers_with_comment_counts_are_not_comments():
    markup = """<ul class="news">
    <li><a href="/news/rain-1">Rain expected on Sunday</a>
      <div class="commentContainer"><time datetime="2024-11-01T08:00:00">08:00</time>
      <a class="commentAmount" href="/news/rain-1#comments">4</a></div></li>
    <li><div class="linkItemContainer"><time datetime="2024-11-02T09:00:00">2.11.</time>
      <div class="linkCommentBox"><a href="/news/trains-2">New trains for the city</a>
      <a class="commentBox" href="/news/trains-2#comment"><span>12</span></a></div></div></li>
    </ul>"""
    assert comments_of(markup) == []


def test_a_comment_that_is_only_a_pasted_address_is_kept():
    markup = """<ol class="comment-list">
    <li class="comment"><time datetime="2024-11-01T08:00:00Z">1 Nov</time>
      <div class="comment-text"><p><a href="https://docs.example.org/modules.html">https://docs.example.org/modules.html</a></p></div></li>
    <li class="comment"><time datetime="2024-11-01T09:00:00Z">1 Nov</time>
      <div class="comment-text"><p>Thanks, that helps.</p></div></li>
    </ol>"""
    assert [c.text for c in comments_of(markup)] == [
        "https://docs.example.org/modules.html",
        "Thanks, that helps.",
    ]
