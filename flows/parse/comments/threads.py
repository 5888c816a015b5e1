"""How comments hang together: the depth a flat list gives each reply (classes, levels,
an `indent` attribute, inline indentation), replies pointed at the comment above them, and
wrappers and placeholders dropped without losing the threads through them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from selectolax.lexbor import LexborNode

from flows.contracts import Comment


def reply_depths(items: list[LexborNode]) -> list[int | None]:
    """Each item's depth as the page marks it, 1 for a top comment; all None when the page
    marks none (replies nested in their parent's element need no mark)."""
    depths = [_depth(item) for item in items]
    if 0 in depths:  # counted from 0 or "root": `level-root`, then `level-1` for a reply
        depths = [None if depth is None else depth + 1 for depth in depths]
    if not any(depths):
        depths = _indent_levels(items)
    return depths


_DEPTH_CLASS = re.compile(r"(?:^|\s|[-_])(?:depth|level|lvl)[-_]?(\d+|root)\b")
_REPLY_LEVEL = re.compile(r"(?:^|\s)reply[-_]?([1-9])(?:\s|$)")
"""A reply's level counted from the first reply (`row reply1`, `reply-2`): depth one more."""
_SUB_COMMENT = frozenset(
    {"comment-sub", "sub-comment", "is-reply", "child-comment", "comment-child"}
)
_NESTED = re.compile(r"(?:^|[\s_-])nested(?:[\s_-]|$)")
"""The word a reply's own class marks it nested by (`li.base_level.nested` among top
comments' `li.base_level`); elsewhere the word names the box replies nest in
(`ant-comment-nested`, `content-list_nested-comments`), which is no item."""


def _depth(item: LexborNode) -> int | None:
    """How deep a reply sits when a flat list only marks it: `depth-2`, `level-3`,
    `aria-level="2"`, a sub-comment or nested class (depth 2), a reply's level (`reply1`:
    depth 2), or an `indent` attribute inside it (`indent="0"` is depth 1). 0 for a level
    counted from 0 or named `root`."""
    attributes = item.attributes
    level = attributes.get("aria-level") or ""
    if level.isdigit():
        return int(level)
    classes = (attributes.get("class") or "").lower()
    match = _DEPTH_CLASS.search(classes)
    if match:
        return 0 if match.group(1) == "root" else int(match.group(1))
    if _SUB_COMMENT.intersection(classes.split()) or _NESTED.search(classes):
        return 2
    reply = _REPLY_LEVEL.search(classes)
    if reply:
        return int(reply.group(1)) + 1
    marked = item.css_first("[indent]")  # Hacker News: `<td class="ind" indent="2">`
    indent = marked.attributes.get("indent") or "" if marked is not None else ""
    return int(indent) + 1 if indent.isdigit() else None


def _indent_levels(items: list[LexborNode]) -> list[int | None]:
    """Depths read from how far each item is indented by inline styles (`padding-left:50px`
    on it or the wrapper around it), the least indented being level 1: pages that show
    replies only by indenting them. None for all when the items are not indented apart."""
    indents = [_indent(item) for item in items]
    levels = sorted(set(indents))
    if len(levels) < 2 or indents[0] != levels[0]:
        return [None] * len(items)
    return [levels.index(indent) + 1 for indent in indents]


def _indent(item: LexborNode) -> int:
    total = _spacer_width(item)
    node: LexborNode | None = item
    for _ in range(_INDENT_LEVELS):
        if node is None:
            break
        for match in _INDENT.finditer(node.attributes.get("style") or ""):
            total += int(match.group(1))
        node = node.parent
    return total


def _spacer_width(item: LexborNode) -> int:
    """The width of a spacer image that opens the item (`<img height="1" width="40">`): how
    table layouts of old indented a reply, by a blank picture as wide as its depth."""
    image = item.css_first("img")
    if image is None:
        return 0
    height, width = image.attributes.get("height"), image.attributes.get("width") or ""
    return int(width) if height in _SPACER_HEIGHTS and width.isdigit() else 0


_SPACER_HEIGHTS = ("0", "1")


_INDENT = re.compile(r"(?:padding|margin)-left\s*:\s*(\d+)px", re.IGNORECASE)
_INDENT_LEVELS = 2
"""The item and the wrapper just around it: deeper ancestors indent the whole list."""


def thread_flat_replies(comments: list[Comment], depths: list[int | None]) -> None:
    """A reply that is not nested in its parent's element points at the nearest comment
    above it one level up."""
    if not any(depth and depth > 1 for depth in depths):
        return
    latest: dict[int, int] = {}
    for position, (comment, depth) in enumerate(zip(comments, depths, strict=True)):
        if depth is None and comment.parent is not None:
            continue  # nested in its item's element, which carries the depth
        level = depth or 1
        if comment.parent is None and level > 1 and level - 1 in latest:
            comment.parent = latest[level - 1]
        latest[level] = position
        for deeper in [key for key in latest if key > level]:
            del latest[deeper]


def drop_empty(comments: list[Comment], keep: set[int] | None = None) -> list[Comment]:
    """Drop items without text (containers, placeholders, a deleted comment's depth label or
    its "[removed]"),
    except those at the positions in `keep` (a comment that is only a picture).
    A reply to a dropped wrapper
    (`li.comment` around one `article.comment` and the replies, or wrappers nested several
    deep) points at the first comment the wrapper holds, else further up."""
    keep = keep or set()
    kept = [
        old
        for old, comment in enumerate(comments)
        if (
            comment.text
            and not _LEVEL_ONLY.match(comment.text)
            and not _DELETED.match(comment.text)
        )
        or old in keep
    ]
    for old in kept:
        if comments[old].author and _DELETED.match(comments[old].author or ""):
            comments[old].author = None
    new_index = {old: new for new, old in enumerate(kept)}
    kept_children = Counter(comments[old].parent for old in kept)
    body_of: dict[int, int] = {}  # dropped wrapper → the first kept comment inside it
    for old in kept:
        parent = comments[old].parent
        while parent is not None and parent not in new_index:
            if kept_children[parent] <= 1:  # else a list holding several comments
                body_of.setdefault(parent, old)
            parent = comments[parent].parent
    for old in kept:
        parent = comments[old].parent
        while parent is not None and parent not in new_index:
            if body_of.get(parent, old) != old:
                parent = body_of[parent]
                break
            parent = comments[parent].parent
        comments[old].parent = None if parent is None else new_index[parent]
    return [comments[old] for old in kept]


_LEVEL_ONLY = re.compile(r"^(?:level|depth|lvl)\s*\d+$", re.IGNORECASE)
"""All a deleted comment's placeholder keeps of it: its depth label ("level 1")."""
_DELETED = re.compile(r"^\[(?:deleted|removed|gelöscht|supprimé|eliminado)\]$", re.IGNORECASE)
"""A commenter whose account is gone (no author), or a comment's text taken down."""


def without_first(comments: list[Comment]) -> list[Comment]:
    """The comments after the first, a topic's opening post read as one of them: replies to
    it answer the topic."""
    return [
        replace(comment, parent=None if not comment.parent else comment.parent - 1)
        for comment in comments[1:]
    ]
