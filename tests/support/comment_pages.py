"""A story page around a comment block, for the comment parser's unit tests."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def comments_of(body: str) -> list[Comment]:
    """The comments found when `body` follows a one-paragraph story."""
    html = (
        f"<html><body><article><h1>Story</h1><p>The story text.</p></article>{body}</body></html>"
    )
    return extract_comments(LexborHTMLParser(html), FETCHED)


def rows(comments: list[Comment]) -> list[tuple[str | None, str, int | None]]:
    return [(c.author, c.text, c.parent) for c in comments]
