"""Posts that open with labelled lines: "Lähettäjä: Ada" / "Päivämäärä: 27.8.24 21:08:52",
then the words, in blocks alike (an old forum's one table per post). The labels need not be
known words: the same labels opening block after block, one giving a name and one a date,
say what the lines are."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime

from selectolax.lexbor import LexborNode

from flows.contracts import Comment
from flows.parse.comments.lines import name_like
from flows.parse.comments.opening import without_opening_post
from flows.parse.nodes import Scan, ancestor_counts, ancestor_ids, lines_text, squash
from flows.times import find_datetime

_LABELLED = re.compile(r"[^\W\d_]{2}[ \t\xa0]*:[ \t\xa0]*\S")
"""A label and its value on one line: most pages hold none, and then nothing else is read.
The end of a label alone: a text holds one where it holds a whole label (two letters or
more). Searched for as `holds_a_label` does."""
_AFTER_COLON = re.compile(r":[ \t\xa0]*\S")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_BLANKS = " \t\xa0"


def holds_a_label(text: str) -> bool:
    """`_LABELLED.search(text) is not None`, from each colon with a value after it, looking
    back past the blanks before it for two letters: the search itself tries the letters at
    every character of the body's text (tens of kilobytes), a colon's search runs in C."""
    for value in _AFTER_COLON.finditer(text):
        end = value.start()
        while end and text[end - 1] in _BLANKS:
            end -= 1
        if end >= 2 and _TWO_LETTERS.match(text, end - 2, end) is not None:
            return True
    return False


_LABEL_LINE = re.compile(
    r"^(?P<label>[^\W\d_]{2,24}(?: [^\W\d_]{2,24}){0,2})\s*:\s*(?P<value>\S.*)$"
)
_BLOCK_TAGS = frozenset({"p", "div", "td", "dd", "li", "section", "article", "blockquote"})
_HEAD_LINES = 4
"""The lines a post's labels may take at its top."""
_REPEATED = 3
"""Blocks that must open with the same labels before the labels count as a template's."""
_ITEM_LEVELS = 8
"""How far up a post's block its own box (the table around it) is looked for."""


def labelled_comments(scanned: Scan, fetched_at: datetime) -> list[Comment]:
    """The posts of the largest group of blocks, three at least, of one tag and class that
    open with the same labelled lines, one label's values reading as names and another's as
    dates: each is a comment by that name at that time, its words the lines after the
    labels. The topic's opening post (`without_opening_post`, judged on the boxes that hold
    one post each) is the article."""
    body = scanned.tree.body
    if body is None or not holds_a_label(scanned.body_text()):
        return []
    groups: dict[tuple[str, str], list[tuple[LexborNode, list[str], list[re.Match[str]]]]] = (
        defaultdict(list)
    )
    seen: set[int] = set()
    # White space alone holds no colon: lexbor skips those text nodes (a third of all nodes).
    for node in body.traverse(include_text=True, skip_empty=True):
        if not node.is_text_node or ":" not in (node.text_content or ""):
            continue
        block = node.parent
        if block is None or block.tag not in _BLOCK_TAGS or block.mem_id in seen:
            continue
        seen.add(block.mem_id)
        lines = [line for line in lines_text(block).split("\n") if line.strip()]
        matches: list[re.Match[str]] = []
        for line in lines[:_HEAD_LINES]:
            match = _LABEL_LINE.match(line)
            if match is None:
                break
            matches.append(match)
        if len(matches) < 2:
            continue
        groups[(block.tag or "", block.attributes.get("class") or "")].append(
            (block, lines, matches)
        )
    best: list[Comment] = []
    for members in groups.values():
        labelled = [(block, lines, _labels(matches), matches) for block, lines, matches in members]
        shared = opening_labels(labels for *_, labels, _ in labelled)
        if shared is None:
            continue
        opening, count = shared
        blocks = [
            (block, lines, [match["value"].strip() for match in matches[: len(opening)]])
            for block, lines, labels, matches in labelled
            if labels[: len(opening)] == opening
        ]
        if count < _REPEATED or _nested(blocks):
            continue
        comments = _read(blocks, len(opening), fetched_at)
        if comments is not None and len(comments) > len(best):
            best = comments
    return best


def _labels(matches: list[re.Match[str]]) -> tuple[str, ...]:
    return tuple(match["label"] for match in matches)


def _nested(blocks: list[tuple[LexborNode, list[str], list[str]]]) -> bool:
    """Does a block of the group hold another (a post quoting one whole)?"""
    nodes = [block for block, _, _ in blocks]
    return bool(ancestor_ids(nodes) & {node.mem_id for node in nodes})


def _read(
    blocks: list[tuple[LexborNode, list[str], list[str]]], labels: int, fetched_at: datetime
) -> list[Comment] | None:
    """The comments of one group (each block with its lines and its labels' values), None
    when no label gives names and another dates in more than half its blocks."""
    columns = date_and_name([row for *_, row in blocks], _a_date, fetched_at)
    if columns is None:
        return None
    dated, named = columns
    posts = _without_the_opening([block for block, _, _ in blocks])
    comments = []
    for block, lines, row in blocks:
        if block.mem_id not in posts:
            continue
        moment = _a_date(row[dated], fetched_at)
        text = "\n".join(lines[labels:]).strip()
        if text:
            comments.append(
                Comment(
                    text=text,
                    author=squash(row[named]) or None,
                    posted_text=row[dated] if moment is not None else None,
                    posted_at=moment,
                )
            )
    return comments


def _a_date(value: str, fetched_at: datetime) -> datetime | None:
    """The moment a label's value shows when the value is that date alone."""
    return date_alone(value, find_datetime(value, fetched_at))


def opening_labels(heads: Iterable[tuple[str, ...]]) -> tuple[tuple[str, ...], int] | None:
    """The labels most heads open with, two at least (of as many heads, the more labels), and
    how many heads open with them; None when no head has two."""
    shared = Counter(head[:size] for head in heads for size in range(2, len(head) + 1))
    if not shared:
        return None
    return max(shared.items(), key=lambda pair: (pair[1], len(pair[0])))


def date_and_name(
    rows: list[list[str]],
    moment: Callable[[str, datetime], datetime | None],
    fetched_at: datetime,
) -> tuple[int, int] | None:
    """The first label (a column of the rows of labels' values) whose values give a MOMENT in
    more than half the rows, and the first other whose values read as names there; None
    without both: the labels need not be known words, what their values say names them."""
    half = len(rows) / 2
    width = len(rows[0]) if rows else 0
    dated = [
        column
        for column in range(width)
        if sum(moment(row[column], fetched_at) is not None for row in rows) > half
    ]
    named = [
        column
        for column in range(width)
        if column not in dated and sum(name_like(row[column], fetched_at) for row in rows) > half
    ]
    return (dated[0], named[0]) if dated and named else None


def date_alone(value: str, found: tuple[int, int, datetime] | None) -> datetime | None:
    """The moment of the date FOUND in a label's value when the value is that date alone
    (a few characters beside it)."""
    if found is None:
        return None
    start, end, moment = found
    return moment if len(value) - (end - start) <= _DATE_SLACK else None


_DATE_SLACK = 4
"""Characters a dated label's value may hold beside its date."""


def _without_the_opening(blocks: list[LexborNode]) -> set[int]:
    """The blocks that are replies: each block's own box (the highest block around it that
    holds no other), less the topic's opening post."""
    under = ancestor_counts(blocks, _ITEM_LEVELS)
    boxes = []
    for block in blocks:
        box = block
        for _ in range(_ITEM_LEVELS):
            parent = box.parent
            if parent is None or parent.tag in ("body", "html") or under[parent.mem_id] > 1:
                break
            box = parent
        boxes.append(box)
    kept = {box.mem_id for box in without_opening_post(boxes)}
    return {block.mem_id for block, box in zip(blocks, boxes, strict=True) if box.mem_id in kept}
