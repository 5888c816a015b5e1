"""Comments of a thread that shows no date and no word naming its comments: list items, each
opened by a name in a `cite` (the element HTML gives the name of whoever said something), in a
list whose items hold replies nested as lists of items of the same kind, or whose items each
show the cite in a box of its own and the words in a box after it.

A page's own words (no class, no heading, no date) may say nothing of a comment list: a
comment system's static fallback gives only a name and the words. A name in a `cite` that
opens each item, changing from item to item, and replies nested under the items they answer
or a header and a body in each item make the shape of a thread; a list of quotes closes each
quote with its `cite`, a reading list's `cite` is most of its item or sets a title in its
line of words, and neither nests replies.
"""

from __future__ import annotations

from datetime import datetime

from selectolax.lexbor import LexborNode

from flows.contracts import Comment
from flows.parse.comments.lines import name_like
from flows.parse.comments.meta_line import mask_links
from flows.parse.comments.parts import INLINE
from flows.parse.comments.read import read_items
from flows.parse.comments.template import MIN_BLOCKS, template_places
from flows.parse.nodes import Scan, spaced


def cited_comments(scanned: Scan, fetched_at: datetime) -> tuple[list[Comment], list[LexborNode]]:
    """The comments of the largest list of items opened by a cited name (`_opened_by`), three
    at least beside one another, two names at least among them, one item or more answered by
    a nested item of that kind, and the items; none when no list is."""
    cites = scanned.of("cite")  # read on the page's walk: most pages reach here
    if len(cites) < MIN_BLOCKS:
        return [], []
    items: dict[int, LexborNode] = {}
    for cite in cites:
        item = _opened_by(cite, fetched_at)
        if item is not None:
            items.setdefault(item.mem_id, item)
    lists: dict[int, list[LexborNode]] = {}
    for item in items.values():
        if item.parent is not None and _item_above(item.parent, items) is None:
            lists.setdefault(item.parent.mem_id, []).append(item)
    best: list[LexborNode] = []
    for heads in lists.values():
        thread = _thread(heads, items, fetched_at)
        if len(thread) > len(best):
            best = thread
    if not best:
        return [], []
    comments = read_items(best, fetched_at, templater=template_places)
    return (comments, best) if len(comments) >= MIN_BLOCKS else ([], [])


def _thread(
    heads: list[LexborNode], items: dict[int, LexborNode], fetched_at: datetime
) -> list[LexborNode]:
    """HEADS and the items nested in them, in page order, when HEADS are three or more, one of
    them holds a reply or each shows its cite apart from its words (`_headed`), and the cites
    show two names or more, nearly all of them reading as a name once the address of a
    reader's site written before it is left out (a reader may sign with a sentence); else
    none."""
    if len(heads) < MIN_BLOCKS:
        return []
    thread = [
        node
        for head in heads
        for node in head.css(_ITEM_TAG)  # lexbor's css() starts with the head itself
        if node.mem_id in items
    ]
    if len(thread) == len(heads) and not all(map(_headed, heads)):
        return []
    names = [spaced(mask_links(_cite_of(item).text())) for item in thread]
    named = sum(name_like(name, fetched_at) for name in names)
    if len(set(names)) < _NAMES or named < len(names) - len(names) // _UNNAMED:
        return []
    return thread


def _opened_by(cite: LexborNode, fetched_at: datetime) -> LexborNode | None:
    """The list item CITE opens, `_ITEM_LEVELS` levels up at most: the item's first words are
    the cite's, a line short enough for a name (and the address of the reader's site shown
    before it), and more words follow them; none when the cite closes a quote (inside a
    `blockquote` or `q`)."""
    name = spaced(cite.text())
    if not 0 < len(mask_links(name).strip()) <= _MAX_NAME:
        return None
    node = cite.parent
    for _ in range(_ITEM_LEVELS):
        if node is None or node.tag in _QUOTES:
            return None
        if node.tag == _ITEM_TAG:
            shown = spaced(node.text())
            return node if shown.startswith(name) and len(shown) > len(name) else None
        node = node.parent
    return None


def _headed(item: LexborNode) -> bool:
    """Does the item show its cite in a box of its own, the words in a box after it: a
    comment's header and body, not a reading list's title set in its line of words?"""
    cite = _cite_of(item)
    header = cite
    while header.parent is not None and header.parent.mem_id != item.mem_id:
        header = header.parent
    if header.mem_id == cite.mem_id or header.tag in INLINE:
        return False
    body = header.next
    while body is not None and not (body.tag and body.tag != "-text" and spaced(body.text())):
        body = body.next
    return body is not None and body.tag not in INLINE


def _item_above(node: LexborNode | None, items: dict[int, LexborNode]) -> LexborNode | None:
    """The nearest of ITEMS holding NODE (NODE included)."""
    while node is not None:
        if node.mem_id in items:
            return node
        node = node.parent
    return None


def _cite_of(item: LexborNode) -> LexborNode:
    """The item's first `cite` (the one that opens it)."""
    cite = item.css_first("cite")
    assert cite is not None  # an item is found by its cite
    return cite


_ITEM_TAG = "li"
_ITEM_LEVELS = 4
"""Boxes between an item and its cite: a header, a wrapper, a link around the name."""
_QUOTES = frozenset({"blockquote", "q"})
_NAMES = 2
_MAX_NAME = 60
"""Characters at most in a cite that opens an item: a name, or a reader's short line for one."""
_UNNAMED = 5
"""One cite in this many may show a line that reads as no name."""
