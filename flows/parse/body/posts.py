"""A block of readers' posts, told by its shape alone: short lines stating a date, one for
each post or so, beside the prose (a comment thread whose classes say nothing, which can hold
more prose than a short story under its headline)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from selectolax.lexbor import LexborNode

from flows.parse.comments.meta_line import read_meta_line

STAMP_CHARS = 40  # a date line's characters at most (a sentence naming a date is no stamp)
STAMP_MIN = 6  # … and at least ("5 May")
MIN_STAMPS = 3  # date lines that make a list of posts
POSTS_PER_STAMP = 2  # voting paragraphs per date line at most in a list of posts
_NOW = datetime(2100, 1, 1, tzinfo=UTC)
"""A reading time far from any page: a date within `_RELATIVE` of it was stated relative to it
("2 hours ago", "Today at 10:45", a live blog's entries) and is no calendar date."""
_RELATIVE = timedelta(days=400)


def dated_posts(block: LexborNode, paragraphs: int) -> bool:
    """Whether `block`, holding `paragraphs` voting paragraphs, is a list of posts: its short
    text lines that state a calendar date (`read_meta_line`: "04.01.2012 23:46", "Ada, 3 May
    2024") number `MIN_STAMPS` or more and one for every `POSTS_PER_STAMP` paragraphs
    at least. A story states its date once, above it, not beside every paragraph; a clock time
    or a relative date ("10:45", "2 hours ago": a live blog's entries) is no calendar date."""
    wanted = max(MIN_STAMPS, -(-paragraphs // POSTS_PER_STAMP))
    stamps = 0
    for node in block.traverse(include_text=True):
        if not node.is_text_node:
            continue
        text = (node.text_content or "").strip()
        if STAMP_MIN <= len(text) <= STAMP_CHARS and any(char.isdigit() for char in text):
            line = read_meta_line(text, _NOW)
            stamps += line is not None and line.posted_at < _NOW - _RELATIVE
            if stamps >= wanted:
                return True
    return False
