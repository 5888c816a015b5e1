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


def comments_on_a_bare_page(body: str) -> list[Comment]:
    """The comments found on a page that is `body` alone under a `<title>`: the test writes
    its own story, or none."""
    html = f"<html><head><title>Story</title></head><body>{body}</body></html>"
    return extract_comments(LexborHTMLParser(html), FETCHED)


READERS_WORDS = [
    "Leaks suggest a new fifth generation of the phone.",
    "Or the other model that people have been calling the new one.",
    "I just want new modules for the one I already have.",
    "Yes, please be a proper update to the whole line this year.",
]
"""Four readers' comments, one sentence each."""


def rows(comments: list[Comment]) -> list[tuple[str | None, str, int | None]]:
    return [(c.author, c.text, c.parent) for c in comments]
