"""Publication dates shown on the page, for pages whose metadata states none: `<time>`,
date-like elements, a short date line near the headline, the day in the URL. A date in a
sidebar is another story's; one labelled as the update is read last."""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.meta.headline import around_headline
from flows.parse.nodes import Scan, ancestor_tagged, tag_id
from flows.times import parse_datetime, stated_zone

# In order of trust; each selector is a walk of the page, so they are few and broad.
SHOWN_DATE = (
    '[itemprop="datePublished"], [class*="publish"], [class*="dateline"], .date, '
    '[class*="post-date"], [class*="entry-date"], [class*="timestamp"]'
)

_CLOCK = re.compile(r"\d[:時]\d|T\d\d")
YEAR = re.compile(r"(?:19|20)\d\d")
# A label before a shown date: "Published", "Updated on", "Reviewed:", "This story is from".
_DATE_LABEL = re.compile(
    r"^\W*(?:(?:first\s+|last\s+)?(?:published|updated|posted|reviewed|modified|created|date)"
    r"(?:\s+(?:on|at))?|this\s+story\s+is\s+from)\s*:?\s*",
    re.IGNORECASE,
)
DATE_LINE_CHARS = 80
_DATE_LINE_REACH = 1500  # elements from the headline
_NOT_DATE_LINES = frozenset(
    map(tag_id, ("script", "style", "noscript", "template", "a", "option", "title", "head"))
)
"""By lexbor's number: `date_line` asks every element of the page, and reading the number
costs half of reading the name."""
_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|\.html?|$)")


def first_time_element(tree: LexborHTMLParser, scanned: Scan) -> datetime | None:
    """The first `datetime` attribute in the article, else around the headline, else in the
    page (a header above the article holds it): a `<time>`, else the custom elements that
    carry one (`<relative-time>`). One marked as the update ("Updated <time>",
    `class="updated"`, `itemprop=dateModified`) only when no other is there."""
    fallback = None
    for scope in (scanned.first("article"), around_headline(scanned), tree.body):
        if scope is None:
            continue
        first = scope.css_first("time[datetime]") or scope.css_first("[datetime]")
        if first is None:
            continue
        if not (in_teaser(first) or _marked_modified(first)):  # most pages: no list needed
            moment = read_date(first.attributes.get("datetime"))
            if moment is not None:
                return moment
        nodes = scope.css("[datetime]")
        times = [node for node in nodes if node.tag_id == _TIME] or nodes
        for node in times[:_TIMES]:
            moment = read_date(node.attributes.get("datetime"))
            if moment is None or in_teaser(node):
                continue
            if not _marked_modified(node):
                return moment
            fallback = fallback or moment
    return fallback


_TIMES = 8
_TIME = tag_id("time")
_TEASER_BOXES = frozenset(map(tag_id, ("aside", "nav")))
_TEASER_LEVELS = 8  # levels above a date searched for the sidebar or menu it stands in


def in_teaser(node: LexborNode) -> bool:
    """A date (or a byline) inside a sidebar or a menu: another story's teaser. (Not a link: WordPress
    themes link the post's own date to its permalink; not a footer: an article's own
    `<footer>` may hold its date.)"""
    return ancestor_tagged(node, _TEASER_BOXES, _TEASER_LEVELS) is not None


_UPDATED = re.compile(
    r"^\W*(?:last\s+)?(?:updated|modified|edited|aktualisiert|geändert|mis à jour|"
    r"actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt|uppdaterad|oppdatert|opdateret|"
    r"zaktualizowano)\b",
    re.IGNORECASE,
)


def _marked_modified(node: LexborNode) -> bool:
    """A date element that says it is the last update: by its class or itemprop, or by the
    label its parent puts before it ("Updated <time>")."""
    attrs = node.attributes
    marks = f"{attrs.get('class') or ''} {attrs.get('itemprop') or ''}".lower()
    if "updat" in marks or "modif" in marks:
        return True
    parent = node.parent
    return parent is not None and bool(_UPDATED.match(parent.text(deep=False, strip=True)))


def date_line(
    tree: LexborHTMLParser, scanned: Scan, fetched_at: datetime | None, updated: bool = False
) -> datetime | None:
    """A short line of the page that is a date ("December 16, 2016, 4:19 PM", "Published Dec
    19, 2016", "2019年4月2日 14時30分 公開"), whatever its markup: of the last one before the
    headline and the first one after it, the nearer, counted in elements; dates further
    away belong to lists of other stories. Only pages that state their date nowhere else
    get here. A line labelled as the update ("Updated May 20, 2024") is read only when
    `updated` asks for those: the last resort."""
    body = tree.body
    if body is None:
        return None
    headings = scanned.of("h1")
    anchor = headings[0].mem_id if headings else None
    before: tuple[int, datetime] | None = None
    anchor_at: int | None = None
    for index, node in enumerate(body.traverse(include_text=False)):
        if node.mem_id == anchor:
            anchor_at = index
        if anchor_at is not None and index - anchor_at > _DATE_LINE_REACH:
            break
        moment = _date_of_line(node, fetched_at, updated)
        if moment is None:
            continue
        if anchor is None:
            return moment
        if anchor_at is None:
            before = (index, moment)
            continue
        if before is not None and anchor_at - before[0] < index - anchor_at:
            return before[1]
        return moment
    if before is not None and (anchor_at is None or anchor_at - before[0] <= _DATE_LINE_REACH):
        return before[1]
    return None


def _date_of_line(
    node: LexborNode, fetched_at: datetime | None, updated: bool = False
) -> datetime | None:
    """The date an element's short text states, if its own text holds a year; a line labelled
    as the update ("Updated on …") only when `updated` asks for those."""
    if node.first_child is None or node.tag_id in _NOT_DATE_LINES:
        return None
    text = node.text(deep=False, strip=True)
    if not text or len(text) > DATE_LINE_CHARS:
        return None
    if not YEAR.search(text) and not _DATE_LABEL.match(text):  # "Posted on <a>May 3, 2012</a>"
        return None
    whole = node.text(strip=True)
    if len(whole) > DATE_LINE_CHARS or bool(_UPDATED.match(whole)) != updated:
        return None
    moment = parse_datetime(_DATE_LABEL.sub("", whole), now=fetched_at)
    if moment is None or (fetched_at is not None and moment > fetched_at):
        return None
    return moment


def url_date(url: str | None) -> datetime | None:
    """The day a URL path names ("/2016/12/15/slug", "/2019-04-02-slug"): the last resort."""
    match = _URL_DAY.search(url or "")
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups())
    try:
        return datetime(year, month, day, 12, tzinfo=UTC)
    except ValueError:
        return None


def published_markup(tree: LexborHTMLParser) -> datetime | None:
    """`itemprop=datePublished` anywhere on the page, and `<time pubdate>`."""
    for node in tree.css('[itemprop="datePublished"], time[pubdate]')[:4]:
        attrs = node.attributes
        moment = read_date(attrs.get("content") or attrs.get("datetime") or node.text(strip=True))
        if moment is not None:
            return moment
    return None


def shown_date(tree: LexborHTMLParser, fetched_at: datetime | None) -> datetime | None:
    """The first readable date in a date-like element ("27 November 2026, 10:15 WAT", or
    "3 hours ago" when the fetch time is known), or in an `<abbr>`'s tooltip, where
    microformats put the machine's form (`<abbr class="published" title="2012-03-03T10:00:00
    -08:00">`); one labelled as the update only when no other is there."""
    fallback = None
    for node in tree.css(SHOWN_DATE)[:8]:
        text = node.text(strip=True)[:120]
        tooltip = node.attributes.get("title") if node.tag_id == _ABBR else None
        moment = read_date(tooltip) or parse_datetime(text, now=fetched_at)
        if moment is None or in_teaser(node):
            continue
        if not (_UPDATED.match(text) or _marked_modified(node)):
            return moment
        fallback = fallback or moment
    return fallback


_ABBR = tag_id("abbr")


def read_date(value: Any) -> datetime | None:
    """A time, or a day without one at 12:00 UTC: the same calendar day in every zone from
    UTC-12 to UTC+11, where midnight UTC is the day before anywhere west of Greenwich."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        return None
    moment = parse_datetime(value)
    if moment is not None and moment.hour == moment.minute == 0 and not _CLOCK.search(value):
        return moment.replace(hour=12)
    return moment


def first_zone(*values: Any) -> tzinfo | None:
    for value in values:
        zone = stated_zone(value) if isinstance(value, str) else None
        if zone is not None:
            return zone
    return None
