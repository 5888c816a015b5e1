"""Dates as a list's blocks show them: a date line, a bare age ("3 hours ago"), a date without
its year, a date before a signature; each read against the page's fetch time."""

from __future__ import annotations

import re
from datetime import datetime

from selectolax.lexbor import LexborNode

from flows.parse.comments.lines import DIGIT, name_like
from flows.parse.comments.meta_line import PROFILE_DATE, read_meta_line, without_subject
from flows.parse.comments.parts import dated_tooltip
from flows.parse.nodes import page_memo, squash
from flows.times import compact_age, find_datetime, find_yearless_date, shows_month_and_year

Dated = tuple[str, datetime | None, str | None]
"""A date as shown, its moment (none for a day and month without the year), and the name
beside it in its line, if any."""


class Dates:
    """The dates elements show, each asked once a page: a list's first blocks are asked
    again with the rest of its sample, the date's place once more for the names beside it,
    an element and the one inside it often show one line (`<span><time>…</time></span>`),
    and the lists a page's ways try share blocks (kept in a `page_memo`, by element and by
    line; once a call outside `reads_remembered`)."""

    def __init__(self, fetched_at: datetime, *, bare_ages: bool = False) -> None:
        self.fetched_at = fetched_at
        self.bare_ages = bare_ages
        lines = page_memo("date_lines")
        self._lines: dict[int, tuple[str, str | None] | None] = {} if lines is None else lines
        dates = page_memo("dates_in_lines")
        self._dates: dict[tuple[str, str | None], Dated | None] = (
            {} if dates is None else dates.setdefault((fetched_at, bare_ages), {})
        )

    def line(self, node: LexborNode) -> tuple[str, str | None] | None:
        """`_date_line` of the element."""
        if node.mem_id not in self._lines:
            self._lines[node.mem_id] = _date_line(node)
        return self._lines[node.mem_id]

    def of(self, node: LexborNode) -> Dated | None:
        line = self.line(node)
        if line is None:
            return None
        if line not in self._dates:
            found = _date_in_lines(*line, self.fetched_at)
            if found is None and self.bare_ages:
                found = _bare_age(line[0], self.fetched_at)
            self._dates[line] = found
        read = self._dates[line]
        return _marked_byline(node, line[0], self.fetched_at, read) if _name_marks(node) else read


def _bare_age(shown: str, fetched_at: datetime) -> Dated | None:
    """A line that is only an age with its unit written out and no "ago" ("2 years",
    "5 hours"): a date in the list of a comment system that names its items, too loose a
    date where nothing names the list."""
    meta = read_meta_line(shown, fetched_at)
    if meta is None or meta.author is not None or meta.shown != shown:
        return None
    return shown, meta.posted_at, None


def date_shown(node: LexborNode, fetched_at: datetime) -> Dated | None:
    """The date the element shows (`Dates.of`, without bare ages), read once a page."""
    return Dates(fetched_at).of(node)


def _name_marks(node: LexborNode) -> list[LexborNode]:
    """The element's children that may mark a name in its line (`<b>`, `<a>`, ...)."""
    return [child for child in node.iter() if child.tag in _NAME_TAGS]


_NAME_TAGS = frozenset(("a", "b", "strong", "em", "i", "span", "font"))


def _marked_byline(
    node: LexborNode, shown: str, fetched_at: datetime, read: Dated | None
) -> Dated | None:
    """The date ending a byline whose writer's name one element of its own marks, a few
    label words around it ("Eintrag von <b>Jordan Retro 8</b> erstellt am 09.04.2012 um
    05:44"): the element bounds the name, which may then hold a digit or more words than a
    name standing alone, and the label words are no part of it; else what the line READ
    gives."""
    marks = _name_marks(node)
    if len(marks) != 1 or (read is not None and read[1] is None):
        return read
    found = find_datetime(shown, fetched_at)
    if found is None or shown[found[1] :].strip():
        return read
    before = shown[: found[0]]
    name = squash(marks[0].text())
    at = before.find(name) if name else -1
    if at < 0 or len(name) > MAX_BYLINE_NAME or not any(ch.isalpha() for ch in name):
        return read
    around = f"{before[:at]} {before[at + len(name) :]}".split()
    if not around or len(around) > _BYLINE_LABELS or DIGIT.search(" ".join(around)):
        return read
    if read is not None and (not read[2] or name not in read[2]):
        return read  # the line names no one, or another than the element shows
    return shown[found[0] : found[1]], found[2], name


MAX_BYLINE_NAME = 40
_BYLINE_LABELS = 4
"""Label words around the marked name ("Eintrag von … erstellt am", "Posted by … on")."""


def _date_in_lines(shown: str, machine: str | None, fetched_at: datetime) -> Dated | None:
    """`_date_in` of the line, or else of the first of its lines with a digit that shows a
    date: a post's subject over its date ("Re: Terapias" / "11-August-2011 16:02")."""
    found = _date_in(shown, machine, fetched_at)
    if found is not None or "\n" not in shown:
        return found
    for part in shown.split("\n"):
        part = part.strip()
        if part and DIGIT.search(part):
            found = _date_in(part, machine, fetched_at)
            if found is not None:
                return found
    return None


def _date_line(node: LexborNode) -> tuple[str, str | None] | None:
    """The short line an element shows, or when it shows more, its first line with a digit
    ("on Sunday July 29, @12:48PM" over "(Last Journal: …)"), with the machine date of a
    `time` (none for other elements); none when that line is too long for a date line or the
    element shows no digit, unless its tooltip keeps a full date ("a year ago" with
    `title="Thursday, September 5th 2019"`: an age written out in words); a label's tooltip
    that keeps its full date stands for a `time`'s machine date ("4 д" with `title="19 мая
    2024 г. в 19:43"`)."""
    shown = node.text()
    if len(shown) > _MAX_SOURCE or (
        node.tag != "time" and not DIGIT.search(shown) and dated_tooltip(node) is None
    ):
        return None
    line = squash(shown)
    if len(line) > MAX_DATE_LINE:
        line = next((squash(part) for part in shown.split("\n") if DIGIT.search(part)), "")
        if not line or len(line) > MAX_DATE_LINE:
            return None
    if _profile_labelled(node):
        return None
    if node.tag == "time":
        return line, node.attributes.get("datetime") or ""
    return line, dated_tooltip(node)


def _profile_labelled(node: LexborNode) -> bool:
    """Is the element a value a profile's label names just before it, outside its own line
    ("注册时间: <span>2019-07-26</span>", `<dt>Joined</dt><dd>3 May 2011</dd>`)? When the
    poster joined or last came, not when this was posted."""
    label = node.prev
    while label is not None and label.tag == "-text" and not (label.text() or "").strip():
        label = label.prev
    if label is None or label.tag in _NOT_LABELS:
        return False
    shown = " ".join(label.text().split())
    return len(shown) <= _MAX_LABEL and PROFILE_DATE.search(shown) is not None


_MAX_LABEL = 40
_NOT_LABELS = frozenset(("-comment", "script", "style"))


def _date_in(shown: str, machine: str | None, fetched_at: datetime) -> Dated | None:
    """The date a line shows, with the name beside it ("Ada - 3 May 2024"): the line is
    mostly that date (a subject labelled after it aside: "Posted: 6 May 2003 Post subject:
    …"), or it is a `time`'s (MACHINE: its machine date)."""
    if machine is not None:
        found = find_datetime(shown, fetched_at) or find_datetime(machine, fetched_at)
        return (shown, found[2], None) if found else _without_year(shown, fetched_at)
    shown = without_subject(shown)
    found = find_datetime(shown, fetched_at)
    if found is None:
        return _without_year(shown, fetched_at) or _signed_without_year(shown, fetched_at)
    if PROFILE_DATE.search(shown[: found[0]]):
        return None  # "Joined: 05 Aug 2011": when the poster joined, not when this was posted
    meta = read_meta_line(shown, fetched_at) if found[0] else None
    if meta is not None and meta.author:  # "zodman - 2 years ago": a name before the date
        return meta.shown, meta.posted_at, meta.author
    signed = _signed_after(shown, found[0], found[1], fetched_at)
    if signed is not None:
        return shown[found[0] : found[1]], found[2], signed
    if 2 * (found[1] - found[0]) >= len(shown):
        return shown[found[0] : found[1]], found[2], None
    if meta is not None and len(_beside(shown, found[0], found[1]).split()) <= _BESIDE:
        return meta.shown, meta.posted_at, None  # "03:24 AM on 9/19/2010": a clock before it
    return None


def _signed_after(shown: str, start: int, end: int, fetched_at: datetime) -> str | None:
    """The name a long dash sets after the date, a weekday at most before it ("Fri, 2012-11-09
    17:18 — Ada Lane (not verified)"): a byline, the remark in brackets after the name
    aside."""
    after = _DASHED.fullmatch(shown[end:])
    if after is None or len(shown[:start].split()) > 1:
        return None
    name = _REMARK.sub("", after.group(1))
    return name if name_like(name, fetched_at) else None


_DASHED = re.compile(r"\s*[—–]\s*(\S.*)")
_REMARK = re.compile(r"\s*\([^()]*\)$")


def _without_year(shown: str, fetched_at: datetime) -> Dated | None:
    """A line that is an age ("16h", "2y"), a month and a year ("Март 2018"), or shows a day
    and a month without the year with
    few words beside it ("answered Sep 16 at 11:28", "on Sunday December 02, @02:32PM
    (#21553515)", "01/12 21:52"): a list's repeated date, though the year is not shown."""
    age = compact_age(shown, fetched_at)
    if age is not None:
        return shown, age, None
    if shows_month_and_year(shown):
        return shown, None, None
    span = find_yearless_date(shown)
    if span is None:
        return None
    beside = _beside(shown, *span)
    return (shown[span[0] : span[1]], None, None) if len(beside.split()) <= _BESIDE else None


def _signed_without_year(shown: str, fetched_at: datetime) -> Dated | None:
    """A byline that names its author beside a day and a month without the year ("posted by
    Ada at 7:10 PM on May 2"): more words than a bare date line allows, the name among them.
    The year is not shown, so no moment is named."""
    meta = read_meta_line(shown, fetched_at)
    if meta is None or not meta.author or find_yearless_date(meta.shown) is None:
        return None
    return meta.shown, None, meta.author


def _beside(shown: str, start: int, end: int) -> str:
    """The words of a date's line around the date, less what brackets hold."""
    return _BRACKETED.sub(" ", shown[:start] + " " + shown[end:])


_BESIDE = 3
"""Words a date's line may hold besides it when the date is not most of it ("answered", a
weekday, a clock before it), not counting what it brackets (a permalink "(#20032913)", a
homepage's address)."""
_BRACKETED = re.compile(r"\([^()]*\)")

MAX_DATE_LINE = 80
_MAX_SOURCE = 400
"""The longest text squashed to ask for a date line: a layout's spaces, a line of words."""
