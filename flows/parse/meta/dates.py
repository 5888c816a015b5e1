"""Publication dates shown on the page, for pages whose metadata states none: `<time>`,
date-like elements, a short date line near the headline, the day in the URL. A date in a
sidebar, a teaser's heading or a list of stories is another story's, the masthead's is the
day's; one labelled as the update is read last. Where the metadata states several days, the
one shown by the headline picks among them (`shown_among`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.meta.headline import around_headline
from flows.parse.meta.titles import TITLE_PARTS
from flows.parse.meta.values import folded_words
from flows.parse.nodes import (
    LINK_IDS,
    Scan,
    ancestor_tagged,
    is_inside,
    page_memo,
    previous_element,
    spaced,
    tag_id,
)
from flows.times import (
    find_datetime,
    parse_datetime,
    short_year_date,
    shows_short_year,
    stated_zone,
    year_first_date,
)

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
_URL_DAY_RUN = re.compile(
    r"(?<![\d])((?:19|20)\d\d)/?(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.,-]|$)"
)
"""A day written without separators in a URL's path: "-20170407-story.html", "/20170329/",
"dmf20250202_96887132", "/2024/0424/c1001-40223222.html"; a month and a day that can be,
and a separator after it, not the digits of a longer number."""


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
        if not (in_teaser(first) or _marked_modified(first) or in_comment(first)):
            moment = read_date(first.attributes.get("datetime"))
            if moment is not None:
                return moment
        nodes = scope.css("[datetime]")
        times = [node for node in nodes if node.tag_id == _TIME] or nodes
        for node in times[:_TIMES]:
            moment = read_date(node.attributes.get("datetime"))
            if moment is None or in_teaser(node) or in_comment(node):
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


def in_comment(node: LexborNode) -> bool:
    """A date inside a box named for a reader's comment (`li#comment-3`, `div.comment-info`,
    `ul.commentlist`), itself or up to six levels above: the comment's time, not the
    story's. Not a commentary, an article."""
    current: LexborNode | None = node
    for _ in range(_COMMENT_LEVELS + 1):
        if current is None:
            return False
        attrs = current.attributes
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if "omment" in names and any(
            word.startswith("comment") and not word.startswith("commentar")
            for word in _NAME_WORDS.findall(names.lower())
        ):
            return True
        current = current.parent
    return False


_COMMENT_LEVELS = 6
_NAME_WORDS = re.compile(r"[a-z]+")

_UPDATE_WORDS = (
    r"(?:(?:last\s+|τελευταία\s+)?(?:updated|modified|edited|aktualisiert|geändert|"
    r"mis à jour|actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt|uppdaterad|oppdatert|"
    r"opdateret|zaktualizowano|aktualizacja|aktualizováno|päivitetty|frissítve|actualitzat|"
    r"actualizat|diperbarui|cập nhật|güncellendi|güncelleme|обновлено|обновлен|изменено|оновлено|"
    r"ενημερώθηκε|ενημέρωση)\b|(?:最終|最后|最後)?更新|업데이트)"
)
_UPDATED = re.compile(r"^\W*" + _UPDATE_WORDS, re.IGNORECASE)
"""A line stating the last update, in the languages of the sets read here and their
neighbours; CJK words run on without a space ("更新时间：", "更新日：")."""
_UPDATED_LATER = re.compile(r"(?<=[\W\d])" + _UPDATE_WORDS, re.IGNORECASE)
"""The update's label after the published date on one line ("Posted: 8:08 AM Last Updated:
1 hour ago", "Published 3 May 2012 | Updated 2012-05-05"): the rest of the line is the
update's."""


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
    tree: LexborHTMLParser,
    scanned: Scan,
    fetched_at: datetime | None,
    updated: bool = False,
    title: str | None = None,
    relative: bool = True,
) -> datetime | None:
    """A short line of the page that is a date ("December 16, 2016, 4:19 PM", "Published Dec
    19, 2016", "2019年4月2日 14時30分 公開"), whatever its markup: of the last one before the
    headline and the first one after it, the nearer, counted in elements; dates further
    away belong to lists of other stories. Only pages that state their date nowhere else
    get here. A line labelled as the update ("Updated May 20, 2024") is read only when
    `updated` asks for those: the last resort. A relative time ("3 hours ago") is read only
    when `relative` asks for it."""
    body = tree.body
    if body is None:
        return None
    walk = _line_walk(body, scanned, title, fetched_at)
    anchor, parts = walk.anchor, walk.parts
    first: datetime | None = None
    before: tuple[int, datetime] | None = None
    anchor_at: int | None = None
    for index, node, line, headline in walk:
        if headline:
            anchor_at = index
        if anchor_at is not None and index - anchor_at > _DATE_LINE_REACH:
            break
        moment = None if line is None else _date_of_line(node, *line, fetched_at, updated, relative)
        if moment is None or _a_caption(node):
            continue
        if anchor is None and not parts:
            return moment
        if anchor is None and anchor_at is None:
            first = first or moment
        if anchor_at is None:
            before = (index, moment)
            continue
        if before is not None and anchor_at - before[0] < index - anchor_at:
            return before[1]
        return moment
    if anchor is None and anchor_at is None:
        return first
    if before is not None and (anchor_at is None or anchor_at - before[0] <= _DATE_LINE_REACH):
        return before[1]
    return None


def _a_caption(node: LexborNode) -> bool:
    """A picture's caption ("Tanks near Bakhmut, 24 April 2023"): in a `<figcaption>`, or
    the words of the image just before it (its `alt` or `title`). It dates the photo."""
    if node.tag_id == _FIGCAPTION or ancestor_tagged(node, _CAPTIONS, _CAPTION_LEVELS):
        return True
    before = previous_element(node)
    if before is None:
        return False
    image = before if before.tag_id == _IMG else before.css_first("img")
    if image is None:
        return False
    text = spaced(node.text())
    attrs = image.attributes
    return text in (attrs.get("alt"), attrs.get("title"))


_FIGCAPTION = tag_id("figcaption")
_CAPTIONS = frozenset((_FIGCAPTION,))
_CAPTION_LEVELS = 3
_IMG = tag_id("img")


def _headline_parts(title: str | None) -> set[str]:
    """The parts of the title between separators long enough to be a headline, folded: the
    text of the element that shows the headline on a page without an `<h1>` or `<h2>` for
    it (`<div class="art_title">`)."""
    parts = (folded_words(part) for part in TITLE_PARTS.split(title or ""))
    return {part for part in parts if len(part) >= _HEADLINE_CHARS}


def _states(node: LexborNode, parts: set[str]) -> bool:
    """An element whose own text is one of the title's `parts`."""
    if node.first_child is None or node.tag_id in _NOT_DATE_LINES:
        return False
    text = node.text(deep=False, strip=True)
    return _HEADLINE_CHARS <= len(text) <= _PART_CHARS and folded_words(text) in parts


_PART_CHARS = 300


def _headline(scanned: Scan, title: str | None = None) -> LexborNode | None:
    """The `<h1>` or `<h2>` whose words begin the page's title, where a page heads its boxes
    with `<h1>`s ("Fakty i opinie") and its story with an `<h2>`; else the first `<h1>`
    that is not a link home (`<h1><a href="/">Site</a></h1>`: the logo, above the
    masthead's date of the day), else the first."""
    headings = scanned.of("h1")
    if title:
        key = folded_words(title)
        for heading in (*headings, *scanned.of("h2")):
            words = folded_words(heading.text())
            if len(words) >= _HEADLINE_CHARS and key.startswith(words):
                return heading
    for heading in headings:
        link = heading.css_first("a[href]")
        if link is None or not _HOME.fullmatch(link.attributes.get("href") or ""):
            return heading
    return headings[0] if headings else None


_HEADLINE_CHARS = 16  # a headline's words, not a box's "News"
_HOME = re.compile(r"(?:https?://[^/]+)?/?(?:(?:index|default)\.\w+)?(?:#.*)?", re.IGNORECASE)


_Line = tuple[str, bool]
"""An element's own text, stripped, and whether it shows a year (`_line_of`)."""


class _LineWalk:
    """The elements of a page's body `date_line` reads, each with its place among all the
    body's elements: those that may be a date line (`_line_of`, with their text) and the
    headline (`_headline`, else the first element that states a part of the title). Walked
    as far as a call reads, and shared by the calls of one page (`_line_walk`): the page
    without a stated date is asked for a date line, then for a relative time, then for the
    update, and most of its elements are none of them."""

    def __init__(self, body: LexborNode, scanned: Scan, title: str | None, now: datetime | None):
        headline = _headline(scanned, title)
        self.anchor = headline.mem_id if headline is not None else None
        self.parts = _headline_parts(title) if headline is None else set()
        self._now = now
        self._elements = enumerate(body.traverse(include_text=False))
        self._read: list[tuple[int, LexborNode, _Line | None, bool]] = []
        self._anchored = False

    def __iter__(self) -> Iterator[tuple[int, LexborNode, _Line | None, bool]]:
        """(place, element, its line or None, whether it is the headline), in page order."""
        place = 0
        while place < len(self._read) or self._read_on():
            yield self._read[place]
            place += 1

    def _read_on(self) -> bool:
        """Reads up to the next element `date_line` asks; False at the end of the body."""
        for index, node in self._elements:
            headline = not self._anchored and (
                node.mem_id == self.anchor or bool(self.parts and _states(node, self.parts))
            )
            self._anchored = self._anchored or headline
            line = _line_of(node, self._now)
            if line is not None or headline:
                self._read.append((index, node, line, headline))
                return True
        return False


def _line_walk(
    body: LexborNode, scanned: Scan, title: str | None, now: datetime | None
) -> _LineWalk:
    """The page's `_LineWalk`, one per page while `reads_remembered` (a new one outside it)."""
    memo = page_memo("date_line_walk")
    if memo is None:
        return _LineWalk(body, scanned, title, now)
    key = (body.mem_id, title, now)
    walk: _LineWalk | None = memo.get(key)
    if walk is None:
        walk = memo[key] = _LineWalk(body, scanned, title, now)
    return walk


def _line_of(node: LexborNode, fetched_at: datetime | None) -> _Line | None:
    """The element's own text, stripped, and whether it shows a year (a short one counts with
    a `fetched_at`, outside a teaser), when it may be a date line (`_date_of_line`),
    whatever is asked of it; None for the rest, most elements: childless ones, scripts and
    the like, those with no text of their own, and those with no year and no date label (a
    link or a long text needs a year of four digits)."""
    if node.first_child is None:
        return None
    number = node.tag_id
    if number != _A and number in _NOT_DATE_LINES:
        return None
    text = node.text(deep=False, strip=True)
    if not text:
        return None
    if number == _A or len(text) > DATE_LINE_CHARS:
        long = len(text) > DATE_LINE_CHARS
        return None if (number == _A and long) or YEAR.search(text) is None else (text, True)
    has_year = YEAR.search(text) is not None or (
        fetched_at is not None and shows_short_year(text) and not in_teaser(node)
    )
    return (text, has_year) if has_year or _DATE_LABEL.match(text) else None


def _date_of_line(
    node: LexborNode,
    text: str,
    has_year: bool,
    fetched_at: datetime | None,
    updated: bool = False,
    relative: bool = True,
) -> datetime | None:
    """The date an element's short text (its own, `_line_of`: TEXT, and whether it shows a
    year) states; a line labelled as the update ("Updated on …") only when `updated` asks
    for those. Its own words alone when children without a link make it longer ("Dodano: 31
    grudnia 2011, 18:00" before the byline's `<span>`); none in a list item beside a link (a
    list of stories); with its parent's when it is a piece of a date split over elements
    (`<span>29</span> <span>Mar</span> <span>2017</span>`). A year of two digits counts
    before a clock time, outside a sidebar's or a menu's teasers ("28.11.11 16:58"). A link
    only when it is the whole line and says only a date (`_date_link`)."""
    if node.tag_id == _A:
        return _date_link(node, text, fetched_at, updated, relative)
    posted = None if updated else _POSTED.match(text)
    moment = None if posted is None else _date_opening(text[posted.end() :], fetched_at)
    if moment is not None:
        return moment
    if len(text) > DATE_LINE_CHARS:
        return _labelled_piece(node, text, fetched_at, updated, relative)
    line = _shown_line(node)
    if line != text and has_year and _links_near(node):
        if line is not None and node.tag_id != _LI:
            return _date_stated(line, fetched_at, updated, relative)  # "May 3, 2012 by <a>"
        if node.tag_id == _LI:
            return None  # an entry of a list of stories
        return _labelled_piece(node, text, fetched_at, updated, relative)
    if line is None and has_year and _only_a_date(text):
        line = text
    if line is not None and _in_teaser_link(node, line):
        return None
    moment = _date_stated(line, fetched_at, updated, relative)
    if moment is None and has_year and len(text) <= _DATE_PIECE_CHARS and node.parent:
        moment = _date_stated(_shown_line(node.parent), fetched_at, updated, relative)
    return moment


_POSTED = re.compile(
    r"^\W*(?:this\s+(?:entry|post|article)\s+was\s+(?:posted|published|written)(?:\s+on)?"
    r"|(?:cet|cette)\s+(?:article|billet|entrée)\s+a\s+été\s+(?:publiée?|postée?)(?:\s+le)?"
    r"|diese[rs]?\s+(?:eintrag|beitrag|artikel)\s+wurde(?:\s+am)?"
    r"|esta\s+entrada\s+(?:fue|foi)\s+publicada(?:\s+(?:el|em))?"
    r"|questo\s+(?:articolo|post)\s+è\s+stato\s+pubblicato(?:\s+il)?"
    r"|această\s+intrare\s+a\s+fost\s+postată"
    r"|dit\s+bericht\s+(?:werd|is)\s+geplaatst(?:\s+op)?)\b[\s,:]*",
    re.IGNORECASE,
)
"""A sentence opening that says the post was published, then its date ("This entry was posted
on Friday, March 31st, 2017 at 6:04 pm and is filed under …", WordPress's classic footer, and
its translations): the post's own date, however long the sentence and wherever it stands."""


def _date_opening(text: str, fetched_at: datetime | None) -> datetime | None:
    """The date TEXT opens with, after at most a weekday ("Friday, March 31st, 2017 at 6:04
    pm and is filed under …"); none after the fetch."""
    found = find_datetime(text, _EPOCH)
    if found is None or len(text[: found[0]].split()) > 1:
        return None
    moment = found[2]
    return None if fetched_at is not None and moment > fetched_at else moment


def _date_link(
    node: LexborNode, text: str, fetched_at: datetime | None, updated: bool, relative: bool
) -> datetime | None:
    """A link that is its line's whole text and says only a date (`<small><a href="/archive/
    2012/01/12/">January 12, 2012</a></small>` under the headline): the story's day, linked
    to that day's archive or to the story itself. A date link beside other words or links
    is a teaser's, one in a sidebar or a menu another story's. TEXT is the link's own text,
    short and with a year (`_line_of`)."""
    parent = node.parent
    if parent is None or _shown_line(parent) != text or not _only_a_date(text, opening=True):
        return None
    return None if in_teaser(node) else _date_stated(text, fetched_at, updated, relative)


def _labelled_piece(
    node: LexborNode, text: str, fetched_at: datetime | None, updated: bool, relative: bool
) -> datetime | None:
    """A date that is a piece of its own among an element's other text and links, by its
    label and colon ("Article Date: 12 Jan 2012 - 2:00 PST<br>" in a box of links and prose)
    or by a line break after a piece that is only a date ("5 января 2012, 14:33<br>Фото:
    …"): a date in a list of links or in a sentence says nothing."""
    if YEAR.search(text) is None:
        return None  # most elements
    labelled = ":" in text and _PIECE_LABEL.search(text) is not None
    child = node.first_child
    while child is not None:
        if child.is_text_node:
            piece = (child.text_content or "").strip()
            if (
                len(piece) <= DATE_LINE_CHARS
                and YEAR.search(piece)
                and (
                    (labelled and _PIECE_LABEL.match(piece))
                    or (_ends_line(child) and _only_a_date(piece, opening=True))
                )
            ):
                moment = _date_stated(piece, fetched_at, updated, relative)
                if moment is not None:
                    return moment
        child = child.next
    return None


def _ends_line(piece: LexborNode) -> bool:
    """A piece of text a `<br>` follows."""
    after = piece.next
    return after is not None and after.tag_id == _BR


_BR = tag_id("br")


_PIECE_LABEL = re.compile(
    r"(?:^|(?<=\W))(?:(?:[^\W\d_]+\s+)?(?:date|published|updated|modified)|posted\s+on)\s*:",
    re.IGNORECASE,
)
"""A date's label and its colon: "Article Date:", "Published:", "Last Updated:", "Posted on:"
(not "Posted:" alone, which heads comments too: "Posted: Ada | 3 May 2012")."""


def _in_teaser_link(node: LexborNode, line: str) -> bool:
    """A date inside a link that says more than the date (`<a href="/news/1"><span>28.11.2011
    </span> Stress can cause acne</a>`): a teaser's. A theme's permalink on the post's own
    date says only the date."""
    link = ancestor_tagged(node, LINK_IDS, _TEASER_LINK_LEVELS)
    return link is not None and _shown_line(link) != line


_TEASER_LINK_LEVELS = 2


def _only_a_date(text: str, opening: bool = False) -> bool:
    """Words that are a date and at most a label and a weekday ("Dodano: 31 grudnia 2011,
    18:00", "Wed, 3 May 2012", "29 ноября 2011 г."), not a line that holds one among
    other words; with `opening`, a date that its text opens (a link "Since 1st March,
    1999" to an archive is no date line)."""
    bare = _DATE_LABEL.sub("", text)
    found = find_datetime(bare, _EPOCH)
    if found is None:
        return False
    start, end, _ = found
    before = len(bare[:start].split())
    return before <= (0 if opening else 1) and not _WORD.search(_YEAR_MARK.sub("", bare[end:]))


_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_WORD = re.compile(r"[^\W_]")
_YEAR_MARK = re.compile(r"^\s*[гrр]\.")  # "2011 г.", "2011 r.": the word "year" cut short


def _links_near(node: LexborNode) -> bool:
    """A link among an element's first descendants: a date beside a story's linked title is a
    teaser's (`<li>Nov 17, 2010 <a>…</a></li>`), or beside a commenter's name a comment's."""
    for index, child in enumerate(node.traverse(include_text=False)):
        if child.tag_id == _A:
            return True
        if index >= _LINK_REACH:
            return False
    return False


_A = tag_id("a")
_LI = tag_id("li")
_LINK_REACH = 16
_DATE_PIECE_CHARS = 12  # "Mar 2017", "2017": a piece of a date, not a line of its own


def _date_stated(
    line: str | None, fetched_at: datetime | None, updated: bool, relative: bool = True
) -> datetime | None:
    """The date a line states after its label, none after the fetch; an update's only when
    `updated` asks for those, a relative time's only when `relative` does. A year of two
    digits is read only when the fetch time gives its century ("28.11.11 16:58")."""
    if (
        line is None
        or bool(_UPDATED.match(line)) != updated
        or _UNTIL.search(line)
        or _TIME_NOW.match(line)
    ):
        return None
    later = None if updated else _UPDATED_LATER.search(line)
    bare = _DATE_LABEL.sub("", line if later is None else line[: later.start()])
    moment = parse_datetime(bare, now=fetched_at if relative else None) or year_first_date(bare)
    if moment is None and fetched_at is not None:
        moment = short_year_date(bare, fetched_at)
    if moment is None or (fetched_at is not None and moment > fetched_at):
        return None
    return moment


_UNTIL = re.compile(
    r"(?:\b(?:until|till|bis|hasta|fino\s+al|tot|jusqu)|\bdo|\bдо)['’]?\s*(?:(?:au|à|zum|el|the)\s+)?"
    r"(?:[^\W\d_]+\.?\s+)?\d{1,2}\b",
    re.IGNORECASE,
)
"""A date that ends something ("Einmalig gültig bis 05.03.2025", "Offer ends: until 5 May",
"jusqu'au 3 mars 2025", "do 31.12.2025"): an offer's or an event's, not the page's."""
_TIME_NOW = re.compile(
    r"^\W*(?:it\s+is\s+currently|the\s+time\s+now\s+is|current\s+(?:date|time)|today\s+is"
    r"|aktuelle\s+zeit|heute\s+ist|nous\s+sommes(?:\s+le)?|(?:date|heure)\s+actuelle"
    r"|(?:fecha|hora)\s+actual|hoy\s+es|oggi\s+è|(?:data|ora)\s+attuale|het\s+is\s+momenteel"
    r"|huidige\s+tijd|vandaag\s+is|agora\s+é|hoje\s+é|data(?:/hora)?\s+atual|teraz\s+jest"
    r"|aktualny\s+czas|dzisiaj\s+jest)\b",
    re.IGNORECASE,
)
"""A line telling the time the page was made ("It is currently Tue Aug 11, 2020 1:51 pm" atop
a forum, "The time now is 05:32 PM", "Aktuelle Zeit: …", "Nous sommes le …"): the server's
clock, not when the page was published."""
_UNSHOWN = frozenset(map(tag_id, ("script", "style", "noscript", "template")))


def _shown_line(node: LexborNode) -> str | None:
    """An element's text as the page shows it (scripts and styles left out, the spaces
    between its children kept), or None when it is longer than a date line: read only
    that far."""
    pieces: list[str] = []
    length = 0
    for child in node.traverse(include_text=True):
        if not child.is_text_node or child.parent is None or child.parent.tag_id in _UNSHOWN:
            continue
        piece = child.text_content or ""
        length += len(piece.strip())
        if length > DATE_LINE_CHARS:
            return None
        pieces.append(piece)
    return spaced("".join(pieces))


def url_date(url: str | None) -> datetime | None:
    """The day a URL path names ("/2016/12/15/slug", "/2019-04-02-slug"): where the CMS
    files its stories by day, which also says which dates shown are this story's."""
    return _noon_of(_URL_DAY.search(url or ""))


def url_date_last_resort(url: str | None) -> datetime | None:
    """The day a URL path names, also written without separators ("la-sci-20170407-story",
    `_URL_DAY_RUN`): the last resort for the published date. Only that: an article number
    may read as such a day, so it is no witness against the dates a page shows."""
    day = url_date(url)
    if day is not None or not url:
        return day
    return _noon_of(_URL_DAY_RUN.search(urlsplit(url).path))


def _noon_of(match: re.Match[str] | None) -> datetime | None:
    """The day matched (year, month, day), at noon UTC: a day without its clock stays that day
    in any zone; none for a day no calendar has ("20170231")."""
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups())
    try:
        return datetime(year, month, day, 12, tzinfo=UTC)
    except ValueError:
        return None


def on_url_day(moment: datetime | None, url: str | None) -> datetime | None:
    """A date read off the page, unless the URL names another day ("/2011/11/27/…" beside a
    masthead's "28 ноября 2011"): the CMS wrote the URL on the day it published, and the
    date shown nearest the headline can still be the day's or another story's."""
    day = url_date(url)
    if moment is None or day is None:
        return moment
    start = day.replace(hour=0)
    return moment if start - _EARLIEST <= moment < start + _LATEST else None


_EARLIEST = timedelta(hours=14)  # the same calendar day in some zone, UTC-12 to UTC+14
_LATEST = timedelta(hours=36)
_PUBLISHED = '[itemprop="datePublished"]'
_PUBLISHED_OR_PUBDATE = f"{_PUBLISHED}, time[pubdate]"


def published_markup(tree: LexborHTMLParser, scanned: Scan) -> datetime | None:
    """`itemprop=datePublished` anywhere on the page, and `<time pubdate>`. Few pages still
    write `pubdate`: their scanned `<time>`s say whether lexbor needs to test for it on every
    element, a second pass over the page's elements."""
    pubdate = any("pubdate" in node.attributes for node in scanned.of("time"))
    for node in tree.css(_PUBLISHED_OR_PUBDATE if pubdate else _PUBLISHED)[:4]:
        attrs = node.attributes
        moment = read_date(attrs.get("content") or attrs.get("datetime") or node.text(strip=True))
        if moment is not None:
            return moment
    return None


def shown_among(
    first: datetime, stated: list[datetime], shown: Callable[[], datetime | None]
) -> datetime:
    """FIRST, the publication time the first source states, unless the page's sources state
    other days too and the page shows, by its headline, the day of one of them that is
    earlier: FIRST is then an update's time written as the publication's, and that one is the
    day its reader is told. A later day shown may be the last update's (a live blog's, a
    byline's), so it is not one; nor is a date without a time a day from FIRST's, nor FIRST's
    own moment on a local clock written without its zone (the same publication, another
    zone's day). `shown` is asked only when the days differ."""
    if all(moment.date() == first.date() for moment in stated):
        return first
    day = shown()
    if day is None or day.date() == first.date():
        return first
    for moment in stated:
        if (
            moment.date() == day.date()
            and moment < first
            and not _same_moment_elsewhere(first, moment)
            and (first.date() - moment.date() > _NEXT_DAY or not _only_a_day(moment))
        ):
            return moment
    return first


def on_local_clock(
    first: datetime, clocks: list[datetime], shown: Callable[[], list[datetime]]
) -> datetime:
    """FIRST, a time its source states in UTC, in the zone the page shows it in when that
    zone's day is another. A time the metadata states without a zone (`clocks`) that is
    FIRST's moment on a local clock (`sailthru.date` "December 22, 2016, 06:47 PM" beside
    "2016-12-23T00:47:31Z") gives the offset. Else a `<time datetime>` (`shown`) that states
    FIRST's moment with an offset gives it, and one that states FIRST's clock with an offset
    ("2019-04-19T20:00:00+09:00" beside "2019-04-19T20:00:00Z") says the metadata wrote the
    local clock as UTC, so it is the time. The day a reader is told is the local one. Not a
    day without a time (`read_date`'s noon)."""
    if first.utcoffset() != timedelta(0) or _only_a_day(first):
        return first
    for clock in clocks:
        if _only_a_day(clock) or not _same_moment_elsewhere(first, clock):
            continue
        offset = clock.replace(tzinfo=None) - first.replace(tzinfo=None)
        zone = timezone(round(offset / _QUARTER) * _QUARTER)
        if first.astimezone(zone).date() != first.date():
            return first.astimezone(zone)
    for element in shown():
        if not element.utcoffset():
            continue
        local = first.astimezone(element.tzinfo)
        if abs(element.replace(tzinfo=None) - first.replace(tzinfo=None)) <= _SAME_MOMENT:
            return element if local.date() != element.date() else first
        if abs(element - first) <= _SAME_MOMENT:
            return local if local.date() != first.date() else first
    return first


def time_elements(scanned: Scan) -> list[datetime]:
    """The times the page's first `<time datetime>` elements state, from the one walk of
    the page (`Scan`): `on_local_clock` keeps only one at the metadata's moment or clock, so
    a teaser's or an update's is no risk, and no search of the tree is needed."""
    times = (read_date(node.attributes.get("datetime")) for node in scanned.of("time")[:_TIMES])
    return [moment for moment in times if moment is not None]


def states_zone(value: Any) -> bool:
    """Does a time's text state its zone ("…T00:47:31Z", "+02:00", "14:05 GMT")? One that
    does not ("December 22, 2016, 06:47 PM") is read as UTC, whatever clock it shows."""
    return isinstance(value, str) and _ZONE_MARK.search(value) is not None


_ZONE_MARK = re.compile(
    r"\d:\d\d(?::\d\d)?(?:[.,]\d+)?\s*(?:Z|[+-]\d\d(?::?\d\d)?)(?!\w)|\b(?:UTC|GMT|[A-Z]{1,3}[SD]T)\b"
)


def _only_a_day(moment: datetime) -> bool:
    """A date stated without a time: `read_date` puts it at 12:00 UTC."""
    return moment.utcoffset() == timedelta(0) and moment.time() == _NOON


_NOON = time(12)
_NEXT_DAY = timedelta(days=1)


def _same_moment_elsewhere(first: datetime, clock: datetime) -> bool:
    """CLOCK states no zone (it reads as UTC) and is FIRST's moment on a local clock: it
    differs from FIRST's UTC by whole quarter hours, 14 hours at most (a page's clock shows
    minutes, its metadata seconds)."""
    offset = clock.replace(tzinfo=None) - first.astimezone(UTC).replace(tzinfo=None)
    quarters = round(offset / _QUARTER)
    return (
        not clock.utcoffset()
        and abs(quarters) <= _ZONE_QUARTERS
        and abs(offset - quarters * _QUARTER) <= _SAME_MOMENT
    )


_QUARTER = timedelta(minutes=15)
_ZONE_QUARTERS = 14 * 4  # UTC-12 to UTC+14
_SAME_MOMENT = timedelta(minutes=2)  # a page's clock shows minutes, its metadata seconds


def shown_date(
    tree: LexborHTMLParser,
    scanned: Scan,
    fetched_at: datetime | None,
    title: str | None = None,
    relative: bool = True,
) -> datetime | None:
    """The first readable date in a date-like element ("27 November 2026, 10:15 WAT", or
    "3 hours ago" when the fetch time is known), or in an `<abbr>`'s tooltip, where
    microformats put the machine's form (`<abbr class="published" title="2012-03-03T10:00:00
    -08:00">`); one labelled as the update only when no other is there. Not one in a
    teaser's title, nor the masthead's date of the day. Its words keep the spaces between
    them (`<span>12:34</span> 17.01.2012` is no year 3417). A relative time only when
    `relative` asks for it."""
    fallback = None
    now = fetched_at if relative else None
    headline = _headline(scanned, title)
    for node in tree.css(SHOWN_DATE)[:8]:
        text = spaced(node.text())[:120]
        tooltip = node.attributes.get("title") if node.tag_id == _ABBR else None
        moment = read_date(tooltip) or parse_datetime(text, now=now)
        if moment is None and fetched_at is not None:
            moment = short_year_date(_DATE_LABEL.sub("", text), fetched_at)
        if moment is None or in_teaser(node) or in_comment(node):
            continue
        if (
            ancestor_tagged(node, _TEASER_TITLES, 2)
            or _heads_a_link(node)
            or _in_teaser_link(node, text)
            or (headline is not None and _in_masthead(node, headline))
        ):
            continue
        if not (_UPDATED.match(text) or _marked_modified(node)):
            return moment
        fallback = fallback or moment
    return fallback


_ABBR = tag_id("abbr")
_TEASER_TITLES = frozenset(map(tag_id, ("h2", "h3", "h4", "h5", "h6")))
"""A date in a heading below the `<h1>`, or before one that links, dates another story's
title (`<h2>Title <span class="date">`)."""


def _heads_a_link(node: LexborNode) -> bool:
    """A date right before a link or a linked heading (`<div class="date">…</div><h2><a
    href="/news/…">`): the date of the story that link is to, in a list of them."""
    after = _next_element(node)
    if after is None:
        return False
    if after.tag_id == _A:
        return True
    if after.tag_id not in _TEASER_TITLES:
        return False
    first = after.first_child
    if first is not None and not first.is_element_node:
        first = None if (first.text_content or "").strip() else _next_element(first)
    return first is not None and first.tag_id == _A


def _next_element(node: LexborNode) -> LexborNode | None:
    """The element after `node` with only blank text between ("Source: <a>" is no link
    right after a date)."""
    after = node.next
    while after is not None and not after.is_element_node:
        if not after.is_text_node or (after.text_content or "").strip():
            return None
        after = after.next
    return after


def _in_masthead(node: LexborNode, headline: LexborNode) -> bool:
    """A date above the headline and outside the box around it: the page header's date of
    the day (or a ticker's), not the story's, which stands beside its headline."""
    box = headline
    for _ in range(_HEADLINE_BOX):
        if box.parent is None or box.parent.tag_id == _BODY:
            break
        box = box.parent
    return _precedes(node, headline) and not (node.mem_id == box.mem_id or is_inside(node, box))


_HEADLINE_BOX = 3  # levels above the headline: its box, as `around_headline` draws it
_BODY = tag_id("body")


def _precedes(node: LexborNode, other: LexborNode) -> bool:
    """Does `node` come before `other` in the page, neither holding the other? Found from
    the two branches below their common ancestor: one walk up each, one along siblings."""
    branch: dict[int, LexborNode] = {}  # ancestor of `other` → its child toward `other`
    child, parent = other, other.parent
    while parent is not None:
        branch[parent.mem_id] = child
        child, parent = parent, parent.parent
    child, parent = node, node.parent
    while parent is not None and parent.mem_id not in branch:
        child, parent = parent, parent.parent
    if parent is None or branch[parent.mem_id].mem_id == child.mem_id:
        return False
    target = branch[parent.mem_id].mem_id
    sibling = child.next
    while sibling is not None:
        if sibling.mem_id == target:
            return True
        sibling = sibling.next
    return False


def dateline_date(paragraphs: list[str], fetched_at: datetime | None) -> datetime | None:
    """The date a dateline opening one of the body's first paragraphs states ("BERLIN, 3
    March 2019 —", "Ottawa (17 Jan. 2012) -", "TALLAHASSEE January 11, 2012 –"): a place of
    a few words, a date with its year, a dash or a colon. The writer's own, so it is
    trusted over a relative time; a dateline without a year names no day."""
    for paragraph in paragraphs[:_DATELINE_PARAGRAPHS]:
        head = paragraph[:_DATELINE_CHARS]
        found = find_datetime(head, _EPOCH) if YEAR.search(head) else None
        if found is None:
            continue
        start, end, moment = found
        if (
            YEAR.search(head, start, end)
            and _a_place(head[:start])
            and _DATELINE_END.match(head, end)
            and (fetched_at is None or moment <= fetched_at)
        ):
            return moment if _CLOCK.search(head, start, end) else _noon(moment)
    return None


def _a_place(text: str) -> bool:
    """Nothing, or a few words each capitalised but short joining ones ("Rio de Janeiro,",
    "Provo, UT (OPENPRESS)"): a dateline's place and source, not the start of a sentence."""
    words = text.split()
    return len(words) <= _DATELINE_PLACE_WORDS and all(
        word.lstrip("(")[:1].isupper() or len(word) <= _JOINING_CHARS for word in words
    )


_JOINING_CHARS = 3


def _noon(moment: datetime) -> datetime:
    return moment.replace(hour=12) if moment.hour == moment.minute == 0 else moment


_DATELINE_PARAGRAPHS = 3
_DATELINE_CHARS = 100
_DATELINE_PLACE_WORDS = 6
_DATELINE_END = re.compile(r"\s*\)?\s*(?:\([^()]{1,30}\)\s*)?[-—–:]")
"""After the date: a closing bracket, an agency's credit ("(AP)"), then the dash."""


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
