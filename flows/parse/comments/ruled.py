"""Entries between rules: an old guest book's messages, which no element holds, each a run of
text and links between two `<hr>` siblings ("MESSAGE / NAME <mail> / PLACE - DATE", "MESSAGE /
submitted by NAME at Thu Aug 15 21:19:43 2002").

A run is an entry when its last lines sign it: a dated line, with the writer's name on it ("by
NAME at DATE") or on a line of its own just above it; the lines before the signature are the
message. Or when it opens with the labelled lines most runs open with, a script's template
("Posted: DATE / Name: NAME / Email: … / Comment: TEXT"), one label's values dates and
another's names. The rules must part three signed runs or more by at least two writers, so that a
list of one author's dated notes (a changelog, a blog's index) is not read as guests' words.
"""

from __future__ import annotations

import re
from datetime import datetime

from selectolax.lexbor import LexborNode

from flows.contracts import Comment
from flows.parse.comments.labelled import date_alone, date_and_name, opening_labels
from flows.parse.comments.lines import name_like
from flows.parse.comments.meta_line import (
    LEADING_LABEL,
    MAX_AUTHOR,
    clean_author,
    without_weekday,
)
from flows.parse.nodes import (
    HEADINGS,
    lines_text,
    run_lines_text,
    squash,
)
from flows.times import find_datetime, find_machine_date

_MIN_ENTRIES = 3
"""Signed runs the rules must part: two may be a page's own dated notes."""
_MIN_WRITERS = 2
"""Different names the entries must show."""
_SIGNATURE_LINES = 2
"""Lines at a run's end where its dated line is looked for."""
_MOST = (2, 3)
"""The share of the runs between two rules that must be signed entries."""
_LABEL_LINE = re.compile(
    r"^(?P<label>[^\W\d_]{2,24}(?: [^\W\d_]{2,24}){0,2})[ \t\xa0]*:[ \t\xa0]*(?P<value>.*)$"
)
"""A template's labelled line: its value may be empty (a field the guest left blank)."""
_HEAD_LINES = 6
"""The lines a run's labels may take at its top."""
_MAIL = re.compile(r"\s*(?:[<(\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[>)\]]?|<[^<>\s]+>)\s*$")
"""A mail address after a name ("Ada <ada@example.org>"), as guest-book scripts print it, or
whatever one word the writer typed into the mail field, in the script's angle brackets ("sully
<sully>")."""


def ruled_comments(root: LexborNode | None, fetched_at: datetime) -> list[Comment]:
    """The entries of the first element whose `<hr>` children part three signed runs or more
    by two writers or more, in page order; none without one."""
    if root is None:
        return []
    seen: set[int] = set()
    for rule in root.css("hr"):
        parent = rule.parent
        if parent is None or parent.mem_id in seen:
            continue
        seen.add(parent.mem_id)
        entries = _entries(parent, fetched_at)
        writers = {comment.author.casefold() for comment in entries if comment.author}
        if len(entries) >= _MIN_ENTRIES and len(writers) >= _MIN_WRITERS:
            return entries
    return []


def _entries(parent: LexborNode, fetched_at: datetime) -> list[Comment]:
    """The signed runs between the element's `<hr>` children (and before the first and after
    the last), read as comments; none unless the element has `_MIN_ENTRIES` rules."""
    runs: list[list[LexborNode]] = [[]]
    for child in parent.iter(include_text=True):
        if child.tag == "hr":
            runs.append([])
        else:
            runs[-1].append(child)
    if len(runs) <= _MIN_ENTRIES:
        return []
    lines = [_run_lines(run, fetched_at) for run in runs]
    entries = []
    signed_between = 0
    for number, run in enumerate(runs):
        comment = _signed_run(lines[number], _link_words(run), fetched_at)
        if comment is not None:
            entries.append(comment)
            signed_between += 0 < number < len(runs) - 1
    if signed_between * _MOST[1] < (len(runs) - 2) * _MOST[0]:
        return _labelled_runs(lines, fetched_at)
    return entries


def _labelled_runs(runs: list[list[str]], fetched_at: datetime) -> list[Comment]:
    """The runs (their lines) that open with the labels most runs open with, most of the runs
    between the first and last rules, one label's values dates and another's names: each a
    comment by that name at that date. The message is the lines after the labels, and the
    last label's value before them when neither name nor date and some run holds nothing
    after its labels (the script put the message in its last field); none otherwise (rules
    around a page's sections)."""
    heads = [_head(lines) for lines in runs]
    shared = opening_labels(tuple(label for label, _ in head) for head in heads)
    if shared is None:
        return []
    opening, count = shared
    size = len(opening)
    if count * _MOST[1] < (len(runs) - 2) * _MOST[0]:
        return []
    rows = [
        (lines, [value for _, value in head[:size]])
        for lines, head in zip(runs, heads, strict=True)
        if tuple(label for label, _ in head[:size]) == opening
    ]
    columns = date_and_name([values for _, values in rows], _a_date, fetched_at)
    if columns is None:
        return []
    dated, named = columns
    last = size - 1
    in_last = last not in columns and any(len(lines) == size for lines, _ in rows)
    comments = []
    for lines, values in rows:
        text = "\n".join(([values[last]] if in_last else []) + lines[size:]).strip()
        moment = _a_date(values[dated], fetched_at)
        author = clean_author(values[named])
        if text and author:
            comments.append(
                Comment(
                    text=text,
                    author=author,
                    posted_text=values[dated] if moment is not None else None,
                    posted_at=moment,
                )
            )
    return comments


def _head(lines: list[str]) -> list[tuple[str, str]]:
    """The labels and values of the labelled lines a run opens with."""
    head = []
    for line in lines[:_HEAD_LINES]:
        match = _LABEL_LINE.match(line)
        if match is None:
            break
        head.append((match["label"], match["value"].strip()))
    return head


def _a_date(value: str, fetched_at: datetime) -> datetime | None:
    """The moment a label's value shows when the value is that date alone."""
    return date_alone(value, _dated(value, fetched_at))


def _link_words(run: list[LexborNode]) -> set[str]:
    """The words of each link in the run."""
    return {
        squash(link.text())
        for node in run
        if not node.is_text_node
        for link in node.css("a")  # `css` matches the node itself too
    }


def _run_lines(run: list[LexborNode], fetched_at: datetime) -> list[str]:
    """The run's text, one line per `<br>` or block element (`run_lines_text`), from after
    its last undated heading on (the page's title over the first entry is no part of it, a
    signature set as a heading is)."""
    start = 0
    for number, node in enumerate(run):
        if node.tag in HEADINGS and not _dated(lines_text(node), fetched_at):
            start = number + 1
    return [line for line in run_lines_text(run[start:]).split("\n") if line]


def _signed_run(lines: list[str], links: set[str], fetched_at: datetime) -> Comment | None:
    """The run as a comment when one of its last lines is dated and signed: the name on the
    dated line after a label ("submitted by NAME at DATE"), else a name standing alone on
    the line above it (the words before the date are then a place: "Springfield, IL USA -
    DATE"), else the words before the date; the lines above the signature are the text,
    which a link's whole words do not open (a headline over a teaser is no message)."""
    for number in range(len(lines) - 1, max(len(lines) - 1 - _SIGNATURE_LINES, -1), -1):
        line = lines[number]
        found = _dated(line, fetched_at)
        if found is None:
            continue
        start, end, moment = found
        before = without_weekday(line[:start]).strip()
        above = lines[number - 1] if number > 1 else ""
        named = _MAIL.sub("", above)
        if LEADING_LABEL.match(before) or not _a_name_line(above, named, fetched_at):
            author, text = clean_author(before), lines[:number]
        else:
            author, text = clean_author(named), lines[: number - 1]
        if not author or len(author) > MAX_AUTHOR or not text or text[0] in links:
            return None  # no name, no message, or a headline's link over a teaser
        return Comment(
            text="\n".join(text),
            author=author,
            posted_text=line[start:end],
            posted_at=moment,
        )
    return None


def _a_name_line(line: str, named: str, fetched_at: datetime) -> bool:
    """Does the line above a dated line name the writer: a name, or words of a name's length
    before a mail address ("Barnacle Bill, Brigadier General <bb@example.org>")?"""
    if not named:
        return False
    return name_like(named, fetched_at) or (named != line and len(named) <= MAX_AUTHOR)


def _dated(line: str, fetched_at: datetime) -> tuple[int, int, datetime] | None:
    """The date on a line of a run: a person's or a script's."""
    return find_datetime(line, fetched_at) or find_machine_date(line, fetched_at)
