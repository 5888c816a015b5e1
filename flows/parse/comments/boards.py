"""Replies on an imageboard (Futaba, 4chan and their clones): each reply a block whose
header line shows its date and its post number ("08/06/22(日)21:33:32 No.36234236") before a
`<blockquote>` holding the text, with no author shown or an anonymous name. No class needs to
say so: the post number and the quote after it are the signal.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from flows.contracts import Comment
from flows.parse.comments.meta_line import label_words
from flows.parse.nodes import Scan, lines_text, squash

_POST_NUMBER = re.compile(r"(?:^|\s)No\.\s?\d{3,}(?:\s|$)")
_BOARD_DATE = re.compile(r"\d{2,4}/\d{2}/\d{2}\s*(?:\([^)\s]{1,4}\))?\s*\d{1,2}:\d{2}(?::\d{2})?")
"""An imageboard's date: two-digit years in either order, a weekday in brackets, so only
shown, not read."""
_MIN_REPLIES = 2
_MAX_HEADER = 200
_BLOCKS = frozenset({"div", "p", "table", "blockquote", "ul", "ol", "form", "hr", "br"})


def board_replies(scanned: Scan) -> list[Comment]:
    """The replies of an imageboard thread: quotes each after a header line with a date and a
    post number, the largest group of them whose quotes sit in elements of one tag and class.
    The opening post is laid out apart from the replies (in the thread's own block), so it
    falls in another group: it is the page's article."""
    groups: dict[tuple[str, str], list[tuple[LexborNode, str, str | None]]] = {}
    for quote in scanned.of("blockquote"):
        holder = quote.parent
        if holder is None:
            continue
        header, author = _header_before(quote)
        date = _BOARD_DATE.search(header)
        if date is None or not _POST_NUMBER.search(header):
            continue
        key = (holder.tag or "", holder.attributes.get("class") or "")
        groups.setdefault(key, []).append((quote, date.group(), author))
    if not groups:
        return []
    replies = max(groups.values(), key=len)
    if len(replies) < _MIN_REPLIES:
        return []
    comments = []
    for quote, shown, author in replies:
        text = lines_text(quote)
        if text:
            comments.append(Comment(text=text, author=author, posted_text=shown))
    return comments


def _header_before(quote: LexborNode) -> tuple[str, str | None]:
    """The text just before a quote inside its element, back to the previous block, and the
    name an element named for one shows there (`span.name`), if any."""
    parts: list[str] = []
    author = None
    node = quote.prev
    size = 0
    while node is not None and size <= _MAX_HEADER:
        if node.is_element_node and node.tag in _BLOCKS:
            break
        shown = node.text() if node.tag != "-comment" else ""
        parts.append(shown)
        size += len(shown)
        if node.is_element_node and author is None and _names_a_name(node):
            author = squash(node.text()) or None
        node = node.prev
    return squash(" ".join(reversed(parts))), author


def _names_a_name(node: LexborNode) -> bool:
    words = label_words(node.attributes.get("class") or "")
    return bool(words & {"name", "postername", "author"})
