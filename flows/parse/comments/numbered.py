"""Hand-made guestbook and clan-site comments with no comment classes: numbered headers ("#1
Kommentar von Ada", "#2 by Bola 29.12.2010 - 22:40"), each followed by its text."""

from __future__ import annotations

import re
from datetime import datetime

from selectolax.lexbor import LexborNode

from flows.contracts import Comment
from flows.parse.comments.lines import DATE_IN_TEXT, META_SLACK, time_in
from flows.parse.nodes import Scan, lines_text, squash

_HEADER_START = r"#\d+[ \t]+(?:\w+[ \t]+)?(?:von|by|from|de|par|di|door)"
_NUMBERED = re.compile(_HEADER_START + r"\s+\S", re.IGNORECASE)
_NUMBERED_START = re.compile(_HEADER_START, re.IGNORECASE)
"""`_NUMBERED` up to its last white space: no line break in it, so it stands in one text node,
and the body's text nodes run together (`text_lexbor`, which costs half of joining them with
line breaks) hold it wherever the lines hold `_NUMBERED`. Most pages hold neither."""


_NUMBERED_HEADER = re.compile(
    r"^#\d+\s+(?:\w+\s+)?(?:von|by|from|de|par|di|door)\s+(?P<name>.+)$", re.IGNORECASE
)


_ACTION_LINE = re.compile(r"^\[[^\]]{1,30}\]$")


def numbered_comments(scanned: Scan, fetched_at: datetime) -> list[Comment]:
    """Hand-made guestbook and clan-site markup without comment classes: numbered headers
    ("#1 Kommentar von Ada", "#2 by Bola 29.12.2010 - 22:40"), each followed by its text.
    A header counts only with a date in it or on the line after it."""
    body = scanned.tree.body
    if (
        body is None
        or not _NUMBERED_START.search(scanned.body_text())
        or not _NUMBERED.search(body.text(separator="\n"))
    ):
        return []
    headers = []
    for node in body.traverse(include_text=True, skip_empty=True):  # no '#' in white space
        if node.is_text_node and (node.text_content or "").lstrip().startswith("#"):
            parent = node.parent
            if parent is not None and _NUMBERED_HEADER.match(squash(parent.text())):
                headers.append(parent)
    header_ids = {header.mem_id for header in headers}
    comments = []
    for header in headers:
        block = _numbered_block(header, header_ids)
        lines = lines_text(block).split("\n")
        title = squash(header.text())
        match = _NUMBERED_HEADER.match(title)
        if match is None or title not in lines:
            continue
        rest = lines[lines.index(title) + 1 :]
        moment = time_in(title, fetched_at)
        shown = DATE_IN_TEXT.search(title)
        if moment is None and rest:
            moment, shown = time_in(rest[0], fetched_at), DATE_IN_TEXT.search(rest[0])
            if moment is not None:
                rest = rest[1:]
        if moment is None or shown is None:
            continue
        name = match["name"]
        author = squash(name[: name.find(shown.group())] if shown.group() in name else name)
        text = "\n".join(line for line in rest if not _ACTION_LINE.match(line))
        if text:
            comments.append(
                Comment(
                    text=text, author=author or None, posted_text=shown.group(), posted_at=moment
                )
            )
    return comments


def _numbered_block(header: LexborNode, header_ids: set[int]) -> LexborNode:
    """The smallest ancestor of a header that holds more than the header, and no other header."""
    own = len(squash(header.text()))
    block = header
    while block.parent is not None and block.parent.tag != "body":
        parent = block.parent
        others = any(
            node.mem_id in header_ids and node.mem_id != header.mem_id
            for node in parent.traverse(include_text=False)
        )
        if others:
            break
        block = parent
        if len(squash(block.text())) > own + META_SLACK:
            break
    return block
