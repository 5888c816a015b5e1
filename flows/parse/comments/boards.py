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
from flows.parse.nodes import Scan, element_children, lines_text, previous_element, squash

_POST_NUMBER = re.compile(r"(?:^|\s)No\.\s?(\d{3,})(?:\s|$)")
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
    falls in another group: it is the page's article. A quote is a `blockquote` (Futaba,
    4chan) or a block named for one right inside a post whose id a board numbers
    (Pixmicat!'s `div.quote` in `div#r25208031`)."""
    replies = _replies(scanned.of("blockquote")) or _replies(_named_quotes(scanned))
    comments: list[Comment] = []
    positions: dict[str, int] = {}
    for quote, shown, author, number in replies:
        text = lines_text(quote)
        if text:
            answered = _ANSWERS.match(text)
            parent = positions.get(answered[1]) if answered else None
            positions[number] = len(comments)
            comments.append(Comment(text=text, author=author, posted_text=shown, parent=parent))
    return comments


_Post = tuple[LexborNode, str, str | None, str]
"""A reply's quote, its date as shown, its author, its post number."""


def _replies(quotes: list[LexborNode]) -> list[_Post]:
    """The largest group of quotes with a header, less than two: none. A board numbers its
    posts in the order they are written, so a thread's numbers only grow down the page; where
    they fall back, the page is a board's index (threads in the order of their last reply,
    each an opening post and its last replies), which has no comments of its own."""
    groups: dict[tuple[str, str], list[_Post]] = {}
    last = 0
    for quote in quotes:
        holder = quote.parent
        if holder is None:
            continue
        header, author = _header_before(quote)
        date = _BOARD_DATE.search(header)
        number = _POST_NUMBER.search(header)
        if date is None or number is None:
            continue
        if int(number[1]) < last:
            return []  # an earlier post further down: another thread
        last = int(number[1])
        key = (holder.tag or "", holder.attributes.get("class") or "")
        groups.setdefault(key, []).append((quote, date.group(), author, number[1]))
    replies = max(groups.values(), key=len, default=[])
    return replies if len(replies) >= _MIN_REPLIES else []


def _named_quotes(scanned: Scan) -> list[LexborNode]:
    """Blocks named for a quote (`div.quote`) right inside the elements whose ids end in a
    number: looked for only there, as a walk of every block would cost every page."""
    return [
        child
        for node, ident in zip(scanned.with_id, scanned.ids, strict=True)
        if ident[-3:].isdigit()
        for child in element_children(node)
        if child.tag == "div" and "quote" in label_words(child.attrs.get("class") or "")
    ]


_ANSWERS = re.compile(r">>\s?(?:No\.\s?)?(\d{3,})")
"""A reply that opens with ">>25208031" answers that post: its parent when it is a reply on
the page (none when it is the opening post)."""


def _header_before(quote: LexborNode) -> tuple[str, str | None]:
    """The text just before a quote inside its element, back to the previous block, and the
    name an element named for one shows there (`span.name`), if any. With no such text, the
    header is the short block right before the quote (Pixmicat!'s `div.post-head`)."""
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
    header = squash(" ".join(reversed(parts)))
    block = previous_element(quote) if not header else None
    for _ in range(_HEADER_BLOCKS):  # past an attached file's name line and its thumbnail
        if block is None or len(block.text()) > _MAX_HEADER:
            break
        shown = squash(block.text(separator=" "))
        if block.tag == "div" and _POST_NUMBER.search(shown):
            names = (squash(inner.text()) for inner in block.css("[class]") if _names_a_name(inner))
            return shown, next(names, None) or None
        block = previous_element(block)
    return header, author


_HEADER_BLOCKS = 3
"""Blocks looked through back from a quote for its header: the header, a file's line, its
thumbnail."""


def _names_a_name(node: LexborNode) -> bool:
    words = label_words(node.attributes.get("class") or "")
    return bool(words & {"name", "postername", "author"})
