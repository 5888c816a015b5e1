"""Readers' comments on a page: one `Comment` per comment, replies pointing at their parent.

Comment systems mark their items in a few recurring ways (WordPress `li.comment`,
Drupal `.js-comment`, schema.org `Comment` microdata, `id="comment-123"`); inside an
item, author, time and text sit in similarly named elements. Widgets that list
recent comments from elsewhere on the site are not this page's comments.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.html_nodes import lines_text, select, squash
from flows.page import Comment
from flows.times import parse_datetime

ITEMS = (
    '[itemtype*="schema.org/Comment"], li.comment, div.comment, article.comment, '
    '.js-comment, .user-comment, li[id^="comment-"], div[id^="comment-"]'
)
# Inside an item, in order of preference (a page's own specific markup before generic guesses).
AUTHOR = (
    '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', ".fn", ".comment-author",
    ".comment__author", ".username", ".user-name", '[class*="author"]', '[class*="name"]', "cite",
)  # fmt: skip
MACHINE_TIME = ("time[datetime]", '[itemprop="dateCreated"]', '[itemprop="datePublished"]')
SHOWN_TIME = (
    "time", ".comment-date", ".comment__time", ".comment-time", ".datetime", ".comment-metadata",
    ".comment-meta", '[class*="date"]', '[class*="time"]',
)  # fmt: skip
TEXT = (
    '[itemprop="text"]', ".field--name-comment-body", ".comment-content", ".comment-text",
    ".comment__content", ".comment-body-text", ".comment-entry", '[class*="text"]',
    '[class*="content"]',
)  # fmt: skip
# Parts of an item that are chrome, not what the reader wrote.
CHROME = (
    ".reply, .comment-reply-link, .comment-meta, .comment-metadata, .comment-author, footer, "
    '[class*="avatar"], [class*="actions"], [class*="reply-link"], .visually-hidden, .sr-only, '
    "[hidden]"
)
_COMMENT_ID = re.compile(r"^comment-\d+$")
_WIDGET = re.compile(r"recent|sidebar|latest", re.IGNORECASE)


def extract_comments(
    tree: LexborHTMLParser, fetched_at: datetime, *, local_zone: tzinfo = UTC
) -> list[Comment]:
    """Comments in page order. Times shown without a zone are read in `local_zone`."""
    candidates = [node for node in select(tree, ITEMS) if _is_item(node)]
    ids = {node.mem_id for node in candidates}
    # `<li class="comment"><div id="comment-7">…` is one comment marked twice: keep the outer.
    items = [node for node in candidates if not _wraps_parent(node, ids)]
    index = {node.mem_id: position for position, node in enumerate(items)}
    comments: list[Comment] = []
    for node in items:
        own = _own_part(node)
        shown_node = _first(own, SHOWN_TIME, node, index)
        shown = squash(shown_node.text()) or None if shown_node is not None else None
        machine_node = _first(own, MACHINE_TIME, node, index)
        machine = None
        if machine_node is not None:
            attrs = machine_node.attributes
            machine = parse_datetime(attrs.get("datetime") or attrs.get("content"))
        author_node = _first(own, AUTHOR, node, index)
        author = squash(author_node.text()) if author_node is not None else ""
        comments.append(
            Comment(
                text=_text(own, node, index),
                author=author.removesuffix(" says:").removesuffix(" said:").strip() or None,
                posted_text=shown,
                posted_at=machine or parse_datetime(shown, now=fetched_at, default_zone=local_zone),
                parent=_enclosing_item(node, index),
            )
        )
    return _drop_empty(comments)


def _is_item(node: LexborNode) -> bool:
    """An item, not a `#comment-form`-like block, and not in a widget listing other pages' comments."""
    node_id = node.attributes.get("id") or ""
    classes = (node.attributes.get("class") or "").split()
    if (
        node_id.startswith("comment-")
        and not _COMMENT_ID.match(node_id)
        and "comment" not in classes
        and "itemtype" not in node.attributes
    ):
        return False
    ancestor = node.parent
    while ancestor is not None and ancestor.tag != "body":
        label = f"{ancestor.attributes.get('class') or ''} {ancestor.attributes.get('id') or ''}"
        if ancestor.tag == "aside" or _WIDGET.search(label):
            return False
        ancestor = ancestor.parent
    return True


def _wraps_parent(node: LexborNode, ids: set[int]) -> bool:
    parent = node.parent
    return parent is not None and parent.mem_id in ids and _element(parent.child) is node


def _element(node: LexborNode | None) -> LexborNode | None:
    while node is not None and not node.is_element_node:
        node = node.next
    return node


def _enclosing_item(node: LexborNode, index: dict[int, int]) -> int | None:
    """The comment this one replies to: an item around it, or (Drupal's `div.indented`)
    the item just before the container holding it."""
    ancestor = node.parent
    while ancestor is not None and ancestor.tag != "body":
        if ancestor.mem_id in index:
            return index[ancestor.mem_id]
        previous = ancestor.prev
        while previous is not None and not previous.is_element_node:
            previous = previous.prev
        if previous is not None and previous.mem_id in index:
            return index[previous.mem_id]
        ancestor = ancestor.parent
    return None


def _own_part(node: LexborNode) -> LexborNode:
    """The item's own body: WordPress nests replies beside an `article.comment-body`."""
    for child in node.iter():
        if child.tag in ("article", "div") and "comment-body" in (
            child.attributes.get("class") or ""
        ):
            return child
    return node


def _belongs(found: LexborNode, item: LexborNode, index: dict[int, int]) -> bool:
    """True when `found` is not inside a nested reply of `item`."""
    ancestor: LexborNode | None = found
    while ancestor is not None:
        if ancestor.mem_id in index:
            return ancestor.mem_id == item.mem_id
        ancestor = ancestor.parent
    return False


def _first(
    own: LexborNode, selectors: tuple[str, ...], item: LexborNode, index: dict[int, int]
) -> LexborNode | None:
    """The first element matching the most specific selector, outside nested replies."""
    for selector in selectors:
        for found in own.css(selector):
            if found.mem_id != own.mem_id and _belongs(found, item, index):
                return found
    return None


def _text(own: LexborNode, item: LexborNode, index: dict[int, int]) -> str:
    target = _first(own, TEXT, item, index) or own
    skip = {node.mem_id for node in target.css(ITEMS)} | {
        node.mem_id for node in target.css(CHROME)
    }
    if target.mem_id == own.mem_id:
        for selector in (*AUTHOR[:7], *SHOWN_TIME[:7]):
            skip.update(node.mem_id for node in target.css(selector))
    skip.discard(target.mem_id)
    return lines_text(target, skip)


def _drop_empty(comments: list[Comment]) -> list[Comment]:
    """Drop items without text; a reply to a dropped item points at that item's parent."""
    kept = [old for old, comment in enumerate(comments) if comment.text]
    new_index = {old: new for new, old in enumerate(kept)}
    for old in kept:
        parent = comments[old].parent
        while parent is not None and parent not in new_index:
            parent = comments[parent].parent
        comments[old].parent = None if parent is None else new_index[parent]
    return [comments[old] for old in kept]
