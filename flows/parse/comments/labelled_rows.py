"""Entries as tables of labelled rows: an old guest book that prints each entry as a table
whose rows pair a label cell with a value cell ("Name:" | "Ada", "Comments:" | "Nice site"),
the same labels in every table, and a row of its own for the date.

The labels, not the tags, tell the fields apart: every cell sits on the same path, so the
shared-template reading finds no name or text place of its own. The label whose values read as
names and change between tables is the author, the one with the longest values the text; most
tables must show a date, three tables or more by two writers or more, so a directory (names
and addresses, undated) or one author's dated notes are not read as guests' words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from selectolax.lexbor import LexborNode

from flows.contracts import Comment
from flows.parse.comments.block_dates import MAX_DATE_LINE
from flows.parse.comments.lines import name_like
from flows.parse.comments.meta_line import MAX_AUTHOR, clean_author
from flows.parse.nodes import lines_text, squash
from flows.times import find_datetime

_MIN_ENTRIES = 3
"""Tables of the same labels the page must show: two may be a form and its preview."""
_MIN_WRITERS = 2
"""Different names the entries must show."""
_MOST = (2, 3)
"""The share of the tables that must be dated and named."""
_MIN_LABELS = 2
"""Labelled rows a table must show: one label is a form's field or a caption."""
_MAX_LABEL = 30
"""Characters of a label cell ("Where are you from:")."""
_MIN_TEXT = 20
"""Mean characters of the text's values: shorter ones are a field, not a message."""
_CELLS = ("td", "th")
_SCORE = re.compile(r"\d{1,2}(?:[.,]\d)?\s?/\s?(?:5|10|100)|[★☆]{3,}")
"""A rating ("4/5", "★★★★☆"): a review's field."""


@dataclass(frozen=True, slots=True)
class _Table:
    """One table's rows: label (empty when the label cell is empty) and value lines."""

    rows: tuple[tuple[str, str], ...]

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(label for label, _ in self.rows if label)

    def value(self, label: str) -> str:
        return next((value for own, value in self.rows if own == label), "")


def row_labelled_comments(root: LexborNode | None, fetched_at: datetime) -> list[Comment]:
    """The entries of the largest group of tables that show the same labelled rows, read as
    comments in page order; none unless the group holds named, dated entries by several
    writers."""
    if root is None:
        return []
    groups: dict[tuple[str, ...], list[_Table]] = defaultdict(list)
    for node in root.css("table"):
        table = _labelled_table(node)
        if table is not None:
            groups[table.labels].append(table)
    entries = max(groups.values(), key=len, default=[])
    if len(entries) < _MIN_ENTRIES:
        return []
    return _comments(entries, fetched_at)


def _labelled_table(node: LexborNode) -> _Table | None:
    """The table's rows when each pairs a label cell (or an empty one) with a value cell and
    two labels or more are shown; none otherwise."""
    rows: list[tuple[str, str]] = []
    for row in _own_rows(node):
        cells = [cell for cell in row.iter() if cell.tag in _CELLS]
        if len(cells) != len(_CELLS):
            return None
        label = squash(lines_text(cells[0]).replace("\n", " "))
        if label and (not label.endswith(":") or len(label) > _MAX_LABEL):
            return None
        value = "\n".join(squash(line) for line in lines_text(cells[1]).split("\n") if line.strip())
        rows.append((label.rstrip(":").strip().casefold(), value))
    table = _Table(tuple(rows))
    return table if len(table.labels) >= _MIN_LABELS else None


def _own_rows(table: LexborNode) -> list[LexborNode]:
    """The table's rows, not those of a table inside it."""
    rows: list[LexborNode] = []
    for child in table.iter():
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("tbody", "thead", "tfoot"):
            rows.extend(row for row in child.iter() if row.tag == "tr")
    return rows


def _comments(entries: list[_Table], fetched_at: datetime) -> list[Comment]:
    """The tables as comments: the name label's value the author, the longest label's the
    text, the first short dated value the date; none unless most are named and dated by
    several writers, or one label shows ratings (a review list)."""
    labels = entries[0].labels
    quorum = len(entries) * _MOST[0] / _MOST[1]
    named = [
        label
        for label in labels
        if sum(name_like(table.value(label), fetched_at) for table in entries) >= quorum
        and len({table.value(label).casefold() for table in entries}) >= _MIN_WRITERS
    ]
    if not named or any(
        sum(bool(_SCORE.fullmatch(table.value(label))) for table in entries) >= quorum
        for label in labels
    ):
        return []
    author = named[0]
    texts = [label for label in labels if label != author]
    if not texts:
        return []
    text = max(texts, key=lambda label: sum(len(table.value(label)) for table in entries))
    if sum(len(table.value(text)) for table in entries) < _MIN_TEXT * len(entries):
        return []
    comments = []
    for table in entries:
        dated = _date(table, {author, text}, fetched_at)
        name = clean_author(table.value(author))
        comments.append(
            Comment(
                text=table.value(text),
                author=name if 0 < len(name) <= MAX_AUTHOR else None,
                posted_text=None if dated is None else dated[0],
                posted_at=None if dated is None else dated[1],
            )
        )
    dated_entries = sum(comment.posted_at is not None for comment in comments)
    writers = {comment.author.casefold() for comment in comments if comment.author}
    if dated_entries < quorum or len(writers) < _MIN_WRITERS:
        return []
    return comments


def _date(table: _Table, fields: set[str], fetched_at: datetime) -> tuple[str, datetime] | None:
    """The first short dated value of the table outside the name and the text."""
    for label, value in table.rows:
        if label in fields or not value or len(value) > MAX_DATE_LINE:
            continue
        found = find_datetime(value, fetched_at)
        if found is not None:
            return value[found[0] : found[1]], found[2]
    return None
