"""Readers' comments on a page: one `Comment` per comment, replies pointing at their parent.

Comment systems mark their items in a few recurring ways (WordPress `li.comment`,
Drupal `.js-comment`, schema.org `Comment` microdata, `id="comment-123"`); inside an
item, author, time and text sit in similarly named elements. Widgets that list
recent comments from elsewhere on the site are not this page's comments.
"""

from __future__ import annotations

import re
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.html_nodes import lines_text, select, squash
from flows.page import Comment
from flows.times import parse_datetime

ITEMS = (
    '[itemtype*="schema.org/Comment"], li.comment, div.comment, article.comment, '
    '.js-comment, .user-comment, li[id^="comment-"], div[id^="comment-"]'
)
AUTHOR = (
    '[itemprop="author"] [itemprop="name"], [itemprop="author"], .fn, .comment-author, '
    ".comment__author, .username, .user-name, .author, cite"
)
TIME = (
    'time[datetime], [itemprop="dateCreated"], [itemprop="datePublished"], .comment-date, '
    ".comment__time, .comment-time, .comment-metadata, .date, time"
)
TEXT = (
    '[itemprop="text"], .comment-content, .comment-text, .comment__content, '
    ".field--name-comment-body, .comment-body-text, .comment-entry, .comment-body, .content"
)
# Parts of an item that are chrome, not what the reader wrote.
CHROME = ".reply, .comment-reply-link, .comment-meta, .comment-metadata, .comment-author, footer"
_COMMENT_ID = re.compile(r"^comment-\d+$")
_WIDGET = re.compile(r"widget|recent|sidebar|latest", re.IGNORECASE)


def extract_comments(tree: LexborHTMLParser, fetched_at: datetime) -> list[Comment]:
    """Comments in page order."""
    items = [node for node in select(tree, ITEMS) if _is_item(node)]
    index = {node.mem_id: position for position, node in enumerate(items)}
    comments: list[Comment] = []
    for node in items:
        parent = _enclosing_item(node, index)
        own = _own_part(node, index)
        author = _first_text(own, AUTHOR, node, index)
        time_text, posted_at = _time(own, node, index, fetched_at)
        text = _text(own, node, index)
        comments.append(
            Comment(
                text=text,
                author=author,
                posted_text=time_text,
                posted_at=posted_at,
                parent=parent,
            )
        )
    return _drop_empty(comments)


def _is_item(node: LexborNode) -> bool:
    node_id = node.attributes.get("id")
    if node_id is not None and node.tag in ("li", "div") and not _COMMENT_ID.match(node_id):
        classes = node.attributes.get("class") or ""
        if "comment" not in classes.split() and "itemtype" not in node.attributes:
            return False
    ancestor = node.parent
    while ancestor is not None and ancestor.tag != "body":
        label = f"{ancestor.attributes.get('class') or ''} {ancestor.attributes.get('id') or ''}"
        if ancestor.tag == "aside" or _WIDGET.search(label):
            return False
        ancestor = ancestor.parent
    return True


def _enclosing_item(node: LexborNode, index: dict[int, int]) -> int | None:
    ancestor = node.parent
    while ancestor is not None:
        if ancestor.mem_id in index:
            return index[ancestor.mem_id]
        ancestor = ancestor.parent
    return None


def _own_part(node: LexborNode, index: dict[int, int]) -> LexborNode:
    """The item's own body: WordPress nests replies beside an `article.comment-body`."""
    for child in node.iter():
        if child.tag in ("article", "div") and "comment-body" in (
            child.attributes.get("class") or ""
        ):
            return child
    return node


def _belongs(found: LexborNode, item: LexborNode, index: dict[int, int]) -> bool:
    """True when `found` is not inside a nested reply of `item`."""
    ancestor = found.parent
    while ancestor is not None:
        if ancestor.mem_id in index:
            return ancestor.mem_id == item.mem_id
        ancestor = ancestor.parent
    return False


def _first_text(
    own: LexborNode, selector: str, item: LexborNode, index: dict[int, int]
) -> str | None:
    for found in own.css(selector):
        if _belongs(found, item, index):
            text = squash(found.text())
            if text:
                return text.removesuffix(" says:").removesuffix(" said:").strip()
    return None


def _time(
    own: LexborNode, item: LexborNode, index: dict[int, int], fetched_at: datetime
) -> tuple[str | None, datetime | None]:
    for found in own.css(TIME):
        if not _belongs(found, item, index):
            continue
        shown = squash(found.text()) or None
        machine = found.attributes.get("datetime") or found.attributes.get("content")
        moment = parse_datetime(machine) or parse_datetime(shown, now=fetched_at)
        if shown or moment:
            return shown, moment
    return None, None


def _text(own: LexborNode, item: LexborNode, index: dict[int, int]) -> str:
    target = None
    for found in own.css(TEXT):
        if _belongs(found, item, index) and found.mem_id != own.mem_id:
            target = found
            break
    if target is None:
        target = own
    skip = {node.mem_id for node in target.css(ITEMS)} | {
        node.mem_id for node in target.css(CHROME)
    }
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
