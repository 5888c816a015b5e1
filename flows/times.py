"""Turn the date and time strings news pages show into aware datetimes, on the clock the text
states (a zone name or offset), else on the caller's: the same instant as UTC, with the day the
page shows.

Pages state times as ISO 8601 in metadata, RFC 2822 in feeds, prose like
"27 November 2026, 10:15 WAT" in bylines, and relative labels like
"35 mins ago" in widgets. Relative labels only mean something against the
moment the page was fetched, so that moment is always passed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

# Offsets of the zone abbreviations news sites print. Ambiguous ones (IST, CST)
# take the reading most common on English-language news sites.
TZ_OFFSETS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "UT": 0,
    "WET": 0,
    "BST": 1,
    "WAT": 1,
    "CET": 1,
    "WEST": 1,
    "CEST": 2,
    "EET": 2,
    "CAT": 2,
    "SAST": 2,
    "EEST": 3,
    "EAT": 3,
    "MSK": 3,
    "AST": 3,
    "GST": 4,
    "PKT": 5,
    "IST": 5.5,
    "NPT": 5.75,
    "ICT": 7,
    "WIB": 7,
    "SGT": 8,
    "HKT": 8,
    "PHT": 8,
    "AWST": 8,
    "JST": 9,
    "KST": 9,
    "ACST": 9.5,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    "EST": -5,
    "EDT": -4,
    "ET": -5,
    "CST": -6,
    "CDT": -5,
    "CT": -6,
    "MST": -7,
    "MDT": -6,
    "MT": -7,
    "PST": -8,
    "PDT": -7,
    "PT": -8,
    "AKST": -9,
    "HST": -10,
    "BRT": -3,
    "ART": -3,
}

MONTHS: dict[str, int] = {}
"""Month name (abbreviated, nominative or genitive as dates write it) → number, in English,
French, German, Spanish, Portuguese, Italian, Dutch, the Scandinavian languages, Polish,
Turkish, Czech, Slovak, Russian, Finnish, Hungarian, Romanian, Arabic (the Egyptian and
the Levantine names), Greek and Ukrainian."""
for _number, _names in enumerate(
    [
        ("jan", "january", "janvier", "janv", "januar", "enero", "ene", "janeiro", "gennaio")
        + ("januari", "jän", "jänner", "genn", "stycznia", "ocak", "ledna", "januára")
        + ("января", "янв", "tammikuuta", "január", "ianuarie", "يناير", "كانون الثاني"),
        ("feb", "february", "février", "fevrier", "févr", "fevr", "februar", "febrero")
        + ("fevereiro", "fev", "febbraio", "februari", "lutego", "şubat", "února", "februára")
        + ("февраля", "фев", "helmikuuta", "február", "februarie", "فبراير", "شباط"),
        ("mar", "march", "mars", "märz", "maerz", "mrz", "mär", "marzo", "março", "marco")
        + ("maart", "mrt", "marts", "marca", "mart", "března", "марта", "мар", "maaliskuuta")
        + ("március", "martie", "مارس", "آذار"),
        ("apr", "april", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "nisan")
        + ("dubna", "apríla", "апреля", "апр", "huhtikuuta", "április", "aprilie", "أبريل", "ابريل")
        + ("نيسان",),
        ("may", "mai", "mayo", "maio", "maggio", "mei", "mag", "maj", "maja", "mayıs")
        + ("května", "mája", "мая", "май", "toukokuuta", "május", "مايو", "أيار"),
        ("jun", "june", "juin", "juni", "junio", "junho", "giugno", "giu", "czerwca", "haziran")
        + ("června", "júna", "июня", "июн", "kesäkuuta", "június", "iunie", "يونيو", "حزيران"),
        ("jul", "july", "juillet", "juil", "juli", "julio", "julho", "luglio", "lug", "lipca")
        + ("temmuz", "července", "júla", "июля", "июл", "heinäkuuta", "július", "iulie", "يوليو")
        + ("تموز",),
        ("aug", "august", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpnia")
        + ("ağustos", "srpna", "augusta", "августа", "авг", "elokuuta", "augusztus", "أغسطس")
        + ("اغسطس", "آب"),
        ("sep", "sept", "september", "septembre", "septiembre", "setiembre", "setembro")
        + ("settembre", "set", "września", "wrzesnia", "eylül", "září", "septembra")
        + ("сентября", "сен", "сент", "syyskuuta", "szeptember", "septembrie", "سبتمبر", "أيلول"),
        ("oct", "october", "octobre", "oktober", "okt", "octubre", "outubro", "out")
        + ("ottobre", "ott", "października", "pazdziernika", "ekim", "října", "októbra")
        + ("октября", "окт", "lokakuuta", "október", "octombrie", "أكتوبر", "اكتوبر")
        + ("تشرين الأول",),
        ("nov", "november", "novembre", "noviembre", "novembro", "listopada", "kasım")
        + ("listopadu", "novembra", "ноября", "ноя", "marraskuuta", "noiembrie", "نوفمبر")
        + ("تشرين الثاني",),
        ("dec", "december", "décembre", "decembre", "déc", "dezember", "dez", "diciembre")
        + ("dic", "dezembro", "dicembre", "grudnia", "aralık", "prosince", "decembra")
        + ("декабря", "дек", "joulukuuta", "desember", "decembrie", "ديسمبر", "كانون الأول"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number
# Hungarian short names, as dates write them with a dot ("2020. máj. 12.").
for _number, _name in enumerate(("febr", "márc", "ápr", "máj", "jún", "júl", "szept"), start=2):
    MONTHS[_name] = _number
# Greek (nominative, genitive and abbreviated; the genitive also as capitals write it, without
# accents, and in the spoken form papers print: "30 Δεκέμβρη 2011") and Ukrainian (genitive,
# as dates write it).
for _number, _words in enumerate(
    [
        "ιανουάριος ιανουαρίου ιανουαριου ιαν γενάρη γεναρη січня",
        "φεβρουάριος φεβρουαρίου φεβρουαριου φεβ φλεβάρη φλεβαρη лютого",
        "μάρτιος μαρτίου μαρτιου μαρ μάρτη μαρτη березня",
        "απρίλιος απριλίου απριλιου απρ απρίλη απριλη квітня",
        "μάιος μαΐου μαιου μαΐ μαι μάη μαη травня",
        "ιούνιος ιουνίου ιουνιου ιουν ιούνη ιουνη червня",
        "ιούλιος ιουλίου ιουλιου ιουλ ιούλη ιουλη липня",
        "αύγουστος αυγούστου αυγουστου αυγ серпня",
        "σεπτέμβριος σεπτεμβρίου σεπτεμβριου σεπ σεπτέμβρη σεπτεμβρη вересня",
        "οκτώβριος οκτωβρίου οκτωβριου οκτ οκτώβρη οκτωβρη жовтня",
        "νοέμβριος νοεμβρίου νοεμβριου νοε νοέμβρη νοεμβρη листопада",
        "δεκέμβριος δεκεμβρίου δεκεμβριου δεκ δεκέμβρη δεκεμβρη грудня",
    ],
    start=1,
):
    for _name in _words.split():
        MONTHS[_name] = _number

# Indonesian and Malay, Slovenian (nominative and genitive), Serbian, Croatian and Bosnian
# (Latin script, genitive), Catalan, Estonian, Bulgarian and the Russian nominative (forum
# software prints it: "Ноябрь 13, 2017"): the names the tables above lack.
# Not Croatian "listopada" (October), which is Polish November; not Malay "Mac" (March).
for _number, _words in enumerate(
    [
        "januarja januara siječnja sijecnja gener jaanuar януари январь",
        "februarja februara veljače veljace febrer veebruar февруари февраль",
        "maret marec marta ožujka ozujka març märts март",
        "aprila travnja aprill април апрель",
        "svibnja maig",
        "junij junija juna lipnja juny juuni юни июнь",
        "julai julij julija jula srpnja juliol juuli юли июль",
        "agustus ogos avgust avgusta kolovoza agost август",
        "rujna setembre септември сентябрь",
        "oktobra oktoober октомври октябрь",
        "studenoga studenog ноември ноябрь",
        "disember prosinca desembre detsember декември декабрь",
    ],
    start=1,
):
    for _name in _words.split():
        MONTHS.setdefault(_name, _number)


def _prefix_tree(words: list[str]) -> str:
    """An alternation of `words` as a tree of their shared beginnings ("jan(?:uary|vier)?"),
    which matches what the longest-first list of them does: the regex engine tries each
    branch of a list in turn at every word, and the month names are some three hundred (the
    time units some 140)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(tree)


def _branches(node: dict[str, Any]) -> str:
    """The pattern of one node of `_prefix_tree`: its longer words before the word ending at
    it, as the list tried the longer names first."""
    branches = [re.escape(char) + _branches(child) for char, child in node.items() if char]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{pattern})?" if "" in node else pattern


class _Lazy:
    """A pattern compiled when first used. The patterns holding every month's name (or every
    time unit's) are most of this module's import, and a process that reads no page's prose
    never asks them: a run with nothing new reads only its sidecars' ISO stamps. The first
    use keeps the compiled pattern's methods on the instance, which later calls reach as
    directly as the pattern's own."""

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        """Reached only while a method is not on the instance: before the first use."""
        if name not in _LAZY_METHODS:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _LAZY_METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


_LAZY_METHODS = ("search", "match", "fullmatch")
_Pattern = re.Pattern[str] | _Lazy
"""A pattern compiled at import, or on its first use."""


_MONTH_RE = _prefix_tree(list(MONTHS))
_TZ_RE = (
    r"(?:(?-i:"
    + "|".join(zone for zone in TZ_OFFSETS if len(zone) == 2)
    + r")|"
    + _prefix_tree([zone for zone in TZ_OFFSETS if len(zone) != 2])
    + r")(?![^\W\d_])"
)
"""A zone's abbreviation as a whole word ("6:04 pm estimated" is no EST, "18h04 etc" no ET),
the two-letter ones in capitals only: French "à 18:04 et est classé" is "and", not ET."""

_TIME = (
    r"(?:(?:at|um|à|às|as|a las|a la|alle|om|kl\.?|o|@|,|-|–|—|\|)\s*)?"
    r"(?P<hour>\d{1,2}(?!\d))(?=[:.h]\d{2}|\s*[ap]\.?\s?m\b|\s*(?:Uhr|hrs|h)\b)"
    r"(?:[:.h](?P<minute>\d{2}))?(?::(?P<second>\d{2}))?\s*"
    r"(?P<ampm>[ap]\.?\s?m\.?)?"
    r"(?:\s*(?:Uhr|hrs|h))?"
    r"(?:\s*\(?(?P<tz>" + _TZ_RE + r"|[+-]\d{2}:?\d{2})\)?)?"
)
"""A clock after a date. An hour needs its minutes, "am"/"pm" or an hour word: in
"October 31, 2007, 3 comments" the 3 is a count, not 3 o'clock."""
_DAY_FIRST = _Lazy(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:of\s+|de\s+)?(?P<month>"
    + _MONTH_RE
    + r")\b\.?(?:\s?,)?\s+(?:de\s+|del\s+)?(?P<year>\d{4})(?:[,\s]+"
    + _TIME
    + r")?",
    re.IGNORECASE,
)
_MONTH_FIRST = _Lazy(
    r"\b(?P<month>" + _MONTH_RE + r")\b\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s?,)?\s+"
    r"(?P<year>\d{4})(?:[,\s]+" + _TIME + r")?",
    re.IGNORECASE,
)
_YEAR_FIRST = _Lazy(
    r"\b(?P<year>\d{4})\.?,?\s+(?P<month>" + _MONTH_RE + r")\b\.?\s+(?P<day>\d{1,2})\b\.?"
    r"(?:[,\s]+" + _TIME + r")?",
    re.IGNORECASE,
)
"""The year before a month's name: Hungarian and Lithuanian dates ("2012. január 17., 12:54"),
and CMSs that print "2012, January 17 - 12:54". Read only on a page's date line
(`year_first_date`): in comments' lines it finds more dates than it should."""
_YEAR_DOT_FIRST = _Lazy(
    r"\b(?P<year>\d{4})\.\s+(?P<month>" + _MONTH_RE + r")\b\.?\s+(?P<day>\d{1,2})\."
    r"(?:,?\s*(?:[^\W\d_]{2,12}\.?\s*)?" + _TIME + r")?",
    re.IGNORECASE,
)
"""The year-first form with the dots Hungarian writes ("2009. március 3., kedd - 10:15"),
distinct enough to be read in any line, unlike `_YEAR_FIRST`."""
_BRACKETED_WEEKDAY = r"(?:\s*[(（][^\W\d_]{1,3}\.?[)）](?=\s*\d{1,2}:\d\d))?"
"""A weekday's short name in brackets between a numeric date and its clock time, as boards
print it ("2018/09/03(Mon) 15:22:19", "2021/12/03(五) 14:22", "03.05.2024 (Mo) 10:15"):
part of the date, so the clock after it is still the date's. Without a clock after it, the
brackets are left to the words."""
_NUMERIC = re.compile(
    r"(?<![0-9A-Za-z_])(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})"
    + _BRACKETED_WEEKDAY
    + r"(?:[T,\s]+"
    + _TIME
    + r")?",
    re.IGNORECASE,
)
"""Year first ("2022-11-26 15:19"), also glued to a word in a script without spaces between
words ("3楼2022-11-26": the third floor, then its date), not to a Latin word or number."""
_DAY_MONTH_YEAR = re.compile(
    r"\b(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})"
    + _BRACKETED_WEEKDAY
    + r"(?:[,\s]+"
    + _TIME
    + r")?",
    re.IGNORECASE,
)
"""Day first ("03.05.2024", "3/5/2024", "03-05-2024"), unless the day cannot be a month or a
12-hour clock follows ("04-09-2005, 06:46 PM"): the American order."""
_SPACED_DAY_MONTH_YEAR = re.compile(
    r"(?<![\d/.] )(?<![\d/.])\b(?P<day>\d{1,2}) (?P<sep>[/.]) ?(?P<month>\d{1,2}) ?(?P=sep) ?"
    r"(?P<year>\d{4})(?! ?[/.]? ?\d)(?:[,\s]+" + _TIME + r")?",
    re.IGNORECASE,
)
"""Day first with a space before its separators, as hand-typed pages write it ("08 / 11 / 2015",
"01 / 04 /2013", "08 . 11 . 2015"): three numbers and a four-digit year, so a fraction, a score
or a page count ("3 / 4", "1 / 23") is no date, nor a run of more numbers ("1 / 2 / 2015 / 3")."""

_DAY_AND_MONTH = _Lazy(
    r"\b\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(?:"
    + _MONTH_RE
    + r")\b|\b(?:"
    + _MONTH_RE
    + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
_MAX_SHORT_DATE = 40  # a date line, not a sentence that mentions a day


def shows_day_and_month(text: str) -> bool:
    """Does the text show a day and a month's name, with or without the year ("Sunday 8th
    March", "Mar 8")? A date a page prints without its year names no moment, but it is a
    date."""
    return len(text) <= _MAX_SHORT_DATE and _DAY_AND_MONTH.search(text) is not None


_YEARLESS = _Lazy(
    r"(?:" + _DAY_AND_MONTH.pattern + r"|\b\d{1,2}/\d{1,2}(?=\s+\d{1,2}:\d\d\b)"
    r"|(?<![\d.])\d{1,2}\.\d{1,2}\.(?=\s+\d{1,2}:\d\d\b)"
    r"|(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?:,?\s*(?:at|um|à|às|a las|alle|om|kl\.?|@|-|–|—|\|)?\s*"
    r"\d{1,2}[:h]\d{2}(?:\s*[ap]\.?\s?m\.?)?)?",
    re.IGNORECASE,
)
_COMPACT_AGE = re.compile(r"\d{1,3}\s?(?:s|m|min|h|d|w|mo|y)")


_MONTH_AND_YEAR = _Lazy(r"(?:" + _MONTH_RE + r")[^\W\d_]*\.?,?\s+\d{4}", re.IGNORECASE)
"""A month's name in any of its forms (the nominative "Март" where dates use "марта")."""


def shows_month_and_year(text: str) -> bool:
    """Is the text a month's name and a year and nothing else ("Март 2018", "March 2018"):
    a date a page prints without the day?"""
    return _MONTH_AND_YEAR.fullmatch(text.strip()) is not None


def find_yearless_date(text: str) -> tuple[int, int] | None:
    """Where a line shows a day and a month without the year, with the clock time after it
    ("Sep 18 at 7:37", "December 02, @02:32PM", "01/12 21:52", "10.2. 19:34", "5月19日"): a
    date, which names no moment without its year."""
    found = _YEARLESS.search(text)
    return None if found is None else found.span()


def compact_age(text: str, now: datetime) -> datetime | None:
    """The moment an age written with a one-letter unit names ("16h", "11m", "2y": so many
    hours, minutes, years ago), when the text is that age alone."""
    shown = text.strip()
    return resolve_relative(shown + " ago", now) if _COMPACT_AGE.fullmatch(shown) else None


_DASHED = _Lazy(
    r"\b(?P<day>\d{1,2})-(?P<month>"
    + _MONTH_RE
    + r")\.?-(?P<year>\d{4}|\d{2})\b(?:[,\s]+"
    + _TIME
    + r")?",
    re.IGNORECASE,
)
"""A month's name between dashes ("11-Nov-2016", "11-Ноя-16 19:34", as forums print them):
with a name, a two-digit year is no version number."""
_DASHED_HINT = re.compile(r"\d-[^\W\d_]{3,10}\.?-\d\d")
"""Abbreviated or written out: "11-Nov-2016", "25-February-2012 21:46" (Phorum)."""

_APOSTROPHE_YEAR = _Lazy(
    r"\b(?P<month>"
    + _MONTH_RE
    + r")\b\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+['’](?P<year>\d\d)\b(?:[,\s]+"
    + _TIME
    + r")?",
    re.IGNORECASE,
)
"""A year cut to two digits after an apostrophe ("Thu, Jun 23 '05, 3:37 PM"): the apostrophe
says the digits are a year, so no clock need confirm them."""
_APOSTROPHE_HINT = re.compile(r"['’]\d\d\b")

_SHORT_DATE = (
    r"(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{2})(?![\d/.-]?\d)"
)
_SHORT_CLOCK = (
    r"(?P<hour>\d{1,2})[:h](?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
)
_SHORT_YEAR = (
    re.compile(
        r"\b"
        + _SHORT_DATE
        + r"[,\s]+(?:(?:at|um|à|às|as|a las|alle|om|kl\.?|в|@|-|–|—|\|)\s*)?"
        + _SHORT_CLOCK,
        re.IGNORECASE,
    ),
    re.compile(
        r"\b" + _SHORT_CLOCK + r"\s*(?:,|on|am|le|el|op|-|–|—|\|)?\s*\b" + _SHORT_DATE,
        re.IGNORECASE,
    ),
)
"""A numeric date with a two-digit year, read only beside a clock time ("28.10.10, 21:02",
"12/02/19 às 6:33", "09:02 PM 10/28/10"): alone, "1.2.10" may be a version number. The
century is the one that puts the year at most a year after `now`."""
_SHORT_HINT = re.compile(r"\d[/.-]\d{1,2}[/.-]\d\d(?![\d/.-]?\d)")
_NAMED_SHORT_YEAR = (
    _Lazy(
        r"(?P<day>\d{1,2})\.?\s+(?P<month>" + _MONTH_RE + r")\b\.?,?\s+(?P<year>\d\d)"
        r"[,\s]+(?:(?:at|um|à|às|alle|om|kl\.?|в|@|-|–|—|\|)\s*)?" + _SHORT_CLOCK,
        re.IGNORECASE,
    ),
    _Lazy(
        r"(?P<month>" + _MONTH_RE + r")\b\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
        r"(?P<year>\d\d)[,\s]+(?:(?:at|@|-|–|—|\|)\s*)?" + _SHORT_CLOCK,
        re.IGNORECASE,
    ),
)
"""A month's name and a two-digit year beside a clock time ("3 Jan 12 13:48", "Ноя 27th 11
17:46"): the clock after the digits says they are a year, not a day."""
_SHORT_YEAR_LINE = re.compile(r"\b\d\d[,\s]+(?:[^\W\d_]{1,5}\.?\s*)?\d{1,2}[:h]\d\d")
"""What a date line with a two-digit year cannot be without: the year, then the clock."""


def year_first_date(text: str) -> datetime | None:
    """The date in `text` written year first before a month's name, in UTC: "Submitted on
    2012, January 17 - 12:54", "2012. január 17."."""
    match = _YEAR_FIRST.search(text)
    if match is None:
        return None
    try:
        return _from_match(match, UTC)
    except (ValueError, OverflowError):
        return None


def shows_short_year(text: str) -> bool:
    """Does the text hold a year of two digits before a clock time ("28.11.11 16:58",
    "3 Jan 12 13:48")? A line without a four-digit year that may still be a date."""
    return ":" in text and _SHORT_YEAR_LINE.search(text) is not None


def short_year_date(text: str, now: datetime) -> datetime | None:
    """The date opening `text` when its year is cut to two digits and a clock time follows
    ("28.11.11 16:58", "12/01/12 at 09:49am", "3 Jan 12 13:48", "Ноя 27th 11 17:46"), as
    forums and older CMSs print a story's date: the century is the one that puts the year
    at most a year after `now`, the time is read in `now`'s zone."""
    shown = text.strip()
    for pattern in (*_SHORT_YEAR, *_NAMED_SHORT_YEAR):
        match = pattern.match(shown)
        if match is not None:
            try:
                return _from_match(match, now.tzinfo or UTC, now)
            except (ValueError, OverflowError):
                return None
    return None


_CTIME = _Lazy(
    r"\b(?P<month>" + _MONTH_RE + r")\s+(?P<day>\d{1,2})\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})"
    r"(?::(?P<second>\d{2}))?(?:\s+(?P<tz>" + _TZ_RE + r"|[+-]\d{4}))?\s+(?P<year>\d{4})\b",
    re.IGNORECASE,
)
"""The clock between the day and the year, as C's `ctime` and Java's `Date.toString` write a
time and some CMSs put it in `article:published_time`: "Mon Aug 03 12:45:00 EDT 2015"."""

_MAIL_DATE = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun),\s+(?P<day>\d{1,2})\s+"
    r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(?P<year>\d{4}|\d\d)\b"
    r"(?:\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?",
    re.IGNORECASE,
)
"""The date of a mail header (RFC 822), English abbreviations after a weekday, its year in two
digits or four: "Tue, 22 Sep 98", "Thu, 15 Aug 2002 21:19:43"."""


def find_machine_date(text: str, now: datetime) -> tuple[int, int, datetime] | None:
    """The first date in a line written by a program rather than a person, as (start, end,
    moment): C's `ctime` ("Thu Aug 15 21:19:43 2002") or a mail header's date ("Tue, 22 Sep
    98"), which old scripts print under a message. `find_datetime` reads prose and leaves
    these out; a caller that knows the line is a signature asks for them here. Two-digit
    years take the century that puts them at most a year after `now`."""
    found = None
    for pattern in (_CTIME, _MAIL_DATE):
        match = pattern.search(text)
        if match is not None and (found is None or match.start() < found[0]):
            try:
                moment = _from_match(match, now.tzinfo or UTC, now)
            except (ValueError, OverflowError):
                moment = None
            if moment is not None:
                weekday = _WEEKDAY_BEFORE.search(text, 0, match.start())
                found = (match.start() if weekday is None else weekday.start(), match.end(), moment)
    return found


_WEEKDAY_BEFORE = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)\s+$", re.IGNORECASE)
"""The weekday `ctime` writes before its month: part of the date, not of the words before."""


_CJK_DATE = re.compile(
    r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
    r"(?:\D{0,6}?(?P<hour>\d{1,2})[:時시]\s*(?P<minute>\d{2}))?"
)
"""Chinese, Japanese and Korean dates: "2019年4月2日 14:05", "2019년 4월 2일"."""

_UNITS = {
    "s": "seconds",
    "sec": "seconds",
    "secs": "seconds",
    "second": "seconds",
    "seconds": "seconds",
    "m": "minutes",
    "min": "minutes",
    "mins": "minutes",
    "minute": "minutes",
    "minutes": "minutes",
    "h": "hours",
    "hr": "hours",
    "hrs": "hours",
    "hour": "hours",
    "hours": "hours",
    "d": "days",
    "day": "days",
    "days": "days",
    "w": "weeks",
    "wk": "weeks",
    "wks": "weeks",
    "week": "weeks",
    "weeks": "weeks",
    "month": "months",
    "months": "months",
    "mo": "months",
    "y": "years",
    "yr": "years",
    "yrs": "years",
    "year": "years",
    "years": "years",
}
for _unit, _words in {
    "seconds": "sekunde sekunden sek seconde secondes secondo secondi segundo segundos"
    + " секунду секунды секунд sekundę sekundy",
    "minutes": "minuten minuut minuti minuto minutos минуту минуты минут minutę minuty",
    "hours": "stunde stunden std heure heures hora horas uur ora ore час часа часов godzinę"
    + " godziny godzin",
    "days": "tag tage tagen jour jours día días dia dias dag dagen giorno giorni день дня дней"
    + " dzień dni",
    "weeks": "woche wochen semaine semaines semana semanas weken settimana settimane неделю"
    + " недели недель tydzień tygodnie tygodni",
    "months": "monat monate monaten mois mes meses mês maand maanden mese mesi месяц месяца"
    + " месяцев miesiąc miesiące miesięcy",
    "years": "jahr jahre jahren an ans année années año años ano anos jaar jaren anno anni год"
    + " года лет rok lata",
}.items():
    for _word in _words.split():
        _UNITS[_word] = _unit
for _unit, _words in {  # Turkish, read only before "önce" (see _RELATIVE_TR)
    "seconds": "saniye sn",
    "minutes": "dakika dk",
    "hours": "saat",
    "days": "gün",
    "weeks": "hafta",
    "months": "ay",
    "years": "yıl sene",
}.items():
    for _word in _words.split():
        _UNITS[_word] = _unit
_UNIT_RE = _prefix_tree(list(_UNITS))
_ONE = r"an?|one|ein|eine[mnr]?|une?|uno|una|uma|um|een"
_RELATIVE = _Lazy(
    r"\b(?:(?:about|around|almost|nearly|over|etwa|environ|cerca de|circa)\s+)?(?P<n>\d+|"
    + _ONE
    + r")\s*(?P<unit>"
    + _UNIT_RE
    + r")\.?\s+(?:ago|geleden|fa|назад|temu)\b",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = _Lazy(
    r"(?:\bvor|\bil\s+y\s+a|\bhace|\bhá|\bha)\s+(?P<n>\d+|"
    + _ONE
    + r")\s*(?P<unit>"
    + _UNIT_RE
    + r")\b",
    re.IGNORECASE,
)
"""The languages that put the word for "ago" first: "vor 3 Stunden", "il y a 2 jours",
"hace 3 horas", "há 2 dias"."""
_CJK_UNITS = {
    "seconds": "秒 초",
    "minutes": "分钟 分鐘 分 분",
    "hours": "个小时 小时 小時 時間 시간",
    "days": "天 日 일",
    "weeks": "周 週 주",
    "months": "个月 個月 ヶ月 か月 月 개월 달",
    "years": "年 년",
}
_CJK_UNIT = {word: unit for unit, words in _CJK_UNITS.items() for word in words.split()}
_CJK_UNIT_RE = "|".join(sorted(_CJK_UNIT, key=len, reverse=True))
_RELATIVE_CJK = re.compile(
    r"(?<!\d)(?P<n>\d+)\s*(?P<unit>"
    + _CJK_UNIT_RE
    + r")(?:\s*\d+\s*(?:"
    + _CJK_UNIT_RE
    + r"))*\s*(?:前|전)"
)
"""Chinese, Japanese and Korean: "5 小时 7 分钟前", "3日前", "2시간 전" (the largest unit).
Read from the start of its number: a start inside it finds what the number's start finds,
and trying each made a long number quadratic (3,000 digits and a 前 took 1.5 s in one C
call, 100,000 half an hour)."""
_RELATIVE_BARE = _Lazy(r"\b(?P<unit>" + _UNIT_RE + r")\s+(?:назад|temu)\b", re.IGNORECASE)
"""Russian and Polish leave out a count of one: "день назад", "час назад", "godzinę temu"."""
_RELATIVE_TR = _Lazy(r"\b(?P<n>\d+|bir)\s*(?P<unit>" + _UNIT_RE + r")\.?\s+önce\b", re.IGNORECASE)
"""Turkish: "3 gün önce", "bir saat önce"."""
_COUNTED = (_RELATIVE, _RELATIVE_BEFORE, _RELATIVE_BARE, _RELATIVE_CJK, _RELATIVE_TR)
"""The patterns of a count and a unit ("3 hours ago", "vor 3 Stunden", "3日前")."""
_GATES = {
    id(_RELATIVE_BARE): ("назад", "Назад", "НАЗАД", "temu"),
    id(_RELATIVE_CJK): ("前", "전"),
    id(_RELATIVE_TR): ("önce", "Önce", "ÖNCE"),
}
"""Words a pattern cannot match without, looked for first (a plain substring test is fast):
the patterns try their many unit words at every word of every line. Keyed by the patterns'
`id`: hashing a compiled pattern hashes its whole program, on every lookup (microseconds)."""


def _search(pattern: _Pattern, text: str) -> re.Match[str] | None:
    gate = _GATES.get(id(pattern))
    if gate is not None and not any(word in text for word in gate):
        return None
    return pattern.search(text)


_YESTERDAY = re.compile(
    r"\b(?:yesterday|gestern|ayer|ontem|gisteren|ieri|вчера|wczoraj|hier(?=,?\s*(?:à\s*)?\d))\b"
    r"|昨天|昨日|어제",
    re.IGNORECASE,
)
"""French "hier" only before a time: in German the word means "here". Chinese, Japanese
and Korean write no space between the word and the clock ("昨天18:05"): no word boundary."""
_TODAY = re.compile(
    r"\b(?:today|just now|moments? ago|now|heute|gerade eben|aujourd'hui|hoy|hoje|vandaag"
    r"|oggi|сегодня|только что|dzisiaj|dziś|przed chwilą)\b|今天|今日|오늘",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"\b(?P<hour>\d{1,2})[:h](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?\s?m\.?)?", re.IGNORECASE
)


def looks_like_relative_time(text: str) -> bool:
    """True when the text is a relative label such as "6 hours ago" or "yesterday"."""
    return any(_search(pattern, text) for pattern in (*_COUNTED, _YESTERDAY))


def resolve_relative(text: str, now: datetime) -> datetime | None:
    """Resolve "35 mins ago", "an hour ago", "yesterday", "yesterday at 9:15" (and the same
    in German, French, Spanish, Portuguese, Dutch and Italian) against `now`.

    >>> resolve_relative("35 mins ago", datetime(2024, 11, 3, 10, 0, tzinfo=UTC))
    datetime.datetime(2024, 11, 3, 9, 25, tzinfo=datetime.timezone.utc)
    """
    try:
        return _resolve_relative(text, _as_utc(now))
    except (ValueError, OverflowError):
        return None  # "yesterday at 25:70", "999999999 years ago": no moment, not an error


def _resolve_relative(text: str, now: datetime) -> datetime | None:
    match = next(filter(None, (_search(pattern, text) for pattern in _COUNTED)), None)
    if match:
        raw = match.groupdict().get("n") or ""
        n = int(raw) if raw.isdigit() else 1
        word = match.group("unit").lower()
        unit = _UNITS.get(word) or _CJK_UNIT[word]
        if unit == "months":
            return now - timedelta(days=30 * n)
        if unit == "years":
            return now - timedelta(days=365 * n)
        return now - timedelta(**{unit: n})
    yesterday = _YESTERDAY.search(text)
    word = yesterday or _TODAY.search(text)
    if word:
        day = now - timedelta(days=1) if yesterday else now
        clock = _CLOCK.search(text[word.end() :]) or _CLOCK.search(text)
        if clock is None:
            return day if yesterday or _TODAY.fullmatch(text.strip()) else None
        return day.replace(
            hour=_hour24(int(clock.group("hour")), clock.group("ampm")),
            minute=int(clock.group("minute")),
            second=0,
            microsecond=0,
        )
    return None


def parse_datetime(
    text: str | None, *, now: datetime | None = None, default_zone: tzinfo | None = None
) -> datetime | None:
    """Parse an absolute or (given `now`) relative date string to an aware datetime.

    Times without a zone are read in `default_zone`, else in the zone `now` is expressed
    in, else UTC: a caller that knows the site's local time passes `now` in it. A date
    without a time is midnight there.
    Returns None for anything it cannot read or that is impossible (month 13).

    >>> parse_datetime("27 November 2026, 10:15 WAT").isoformat()
    '2026-11-27T10:15:00+01:00'
    """
    try:
        return _parse_datetime(text, now=now, default_zone=default_zone)
    except (ValueError, OverflowError, TypeError, AttributeError):
        # Impossible or out of range ("0001-01-01T00:00+05:00", zone +99:99, 10^9 years
        # ago, a number where text belongs): not a date, and never a reason to lose a page.
        return None


def _parse_datetime(
    text: str | None, *, now: datetime | None, default_zone: tzinfo | None
) -> datetime | None:
    if not text:
        return None
    text = text.strip()
    if not text or len(text) > 200:
        return None
    zone = default_zone or (now.tzinfo if now is not None and now.tzinfo is not None else UTC)
    try:
        return _aware(datetime.fromisoformat(text), zone)
    except ValueError:
        pass
    if text[:3].isalpha() and "," in text[:5]:
        try:
            return _aware(parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError):
            pass
    for pattern in _ABSOLUTE:
        match = pattern.search(text)
        if match:
            return _from_match(match, zone)
    if _CTIME_HINT.search(text):
        match = _CTIME.search(text)
        if match:
            return _from_match(match, zone)
    if now is not None:
        return resolve_relative(text, now)
    return None


def _from_match(
    match: re.Match[str], default_zone: tzinfo, now: datetime | None = None
) -> datetime | None:
    parts = match.groupdict()
    month_text = parts["month"]
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower().rstrip("."))
    if month is None:
        return None
    day = int(parts["day"])
    year = int(parts["year"])
    if len(parts["year"]) == 2:
        if now is None:
            return None  # no century to put it in
        year += 2000 if 2000 + year <= now.year + 1 else 1900
    numeric = match.re in (_DAY_MONTH_YEAR, _SPACED_DAY_MONTH_YEAR) or match.re in _SHORT_YEAR
    if numeric and day <= 12 and (month > 12 or parts.get("ampm")):
        month, day = day, month  # "9/21/2016", or a 12-hour clock: the American order
    elif (
        numeric and day <= 12 and month <= 12 and _weekday_says_month_first(match, year, day, month)
    ):
        month, day = day, month
    hour = minute = second = 0
    if parts.get("hour") is not None:
        hour = _hour24(int(parts["hour"]), parts.get("ampm"))
        minute = int(parts["minute"] or 0)
        second = int(parts.get("second") or 0)
    tz = _zone(parts.get("tz")) or default_zone
    try:
        moment = datetime(year, month, day, hour, minute, second, 0, tz)
    except ValueError:
        return None
    return _aware(moment)


_WEEKDAY_NAME = re.compile(
    r"\b(?:(mon)(?:day)?|(tue)(?:s|sday)?|(wed)(?:nesday)?|(thu)(?:rs?|rsday)?|(fri)(?:day)?|"
    r"(sat)(?:urday)?|(sun)(?:day)?)\.?,?\s*$",
    re.IGNORECASE,
)
"""An English weekday's name just before a date ("Thu, 09/01/2011"); its groups are Monday's to
Sunday's, in `date.weekday`'s order."""


def _weekday_says_month_first(match: re.Match[str], year: int, day: int, month: int) -> bool:
    """Whether a numeric date that reads both ways ("09/01/2011") is month first by the weekday
    named before it: only its month-first reading falls on that weekday (Drupal's "Thu,
    09/01/2011" is 1 September, not 9 January)."""
    named = _WEEKDAY_NAME.search(match.string, max(0, match.start() - 12), match.start())
    if named is None or named.lastindex is None:
        return False
    weekday = named.lastindex - 1
    return (
        date(year, month, day).weekday() != weekday and date(year, day, month).weekday() == weekday
    )


def _hour24(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    pm = ampm.lower().startswith("p")
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm else hour


def _zone(raw: str | None) -> timezone | None:
    if not raw:
        return None
    upper = raw.upper()
    if upper in TZ_OFFSETS:
        return timezone(timedelta(hours=TZ_OFFSETS[upper]))
    sign = -1 if raw[0] == "-" else 1
    digits = raw[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def _aware(moment: datetime, default_zone: tzinfo = UTC) -> datetime:
    """The moment in the zone it was stated in, else in `default_zone`. One that has no instant
    in UTC's range (1 January of year 1 east of Greenwich) raises OverflowError, as its
    conversion would later, when the lake stores it."""
    moment = moment if moment.tzinfo is not None else moment.replace(tzinfo=default_zone)
    moment.astimezone(UTC)
    return moment


def _as_utc(moment: datetime, default_zone: tzinfo = UTC) -> datetime:
    return _aware(moment, default_zone).astimezone(UTC)


def stated_zone(text: str | None) -> tzinfo | None:
    """The UTC offset an ISO 8601 timestamp states ("2024-11-01T08:30:00+01:00" → +01:00)."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.strip()).tzinfo
    except ValueError:
        return None


_ABSOLUTE = (
    _NUMERIC,
    _DAY_FIRST,
    _MONTH_FIRST,
    _DAY_MONTH_YEAR,
    _SPACED_DAY_MONTH_YEAR,
    _CJK_DATE,
    _YEAR_DOT_FIRST,
)
_CTIME_HINT = re.compile(r"\d:\d\d\s+(?:\S+\s+)?\d{4}\b")
"""What the `ctime` form cannot be without, looked for first: its pattern tries every month
name at every word of the text. Prose lines (`find_datetime`) are not searched for it."""
"""What a whole date string may be; prose lines (`find_datetime`) are not searched for the
`ctime` form, a machine's."""
_YEAR_DIGITS = re.compile(r"\d{4}")
_RELATIVE_LABELS = (*_COUNTED, _YESTERDAY, _TODAY)


def find_datetime(text: str, now: datetime) -> tuple[int, int, datetime] | None:
    """The first date in a line of prose, as (start, end, moment): "Ada | Saturday,
    2 November 2024 - 14:05", "Le 3 mars 2024 à 14h30", "vor 3 Stunden", "gestern um 9:15".
    A word for today counts only with a clock time after it ("Heute, 14:05"), so the "now"
    of a sentence is not a date. Absolute dates are read in the zone of `now`.
    Short lines are remembered: a page's readers ask for the date of the same line again
    (a block's lines when it is judged a comment, then when it is read as one)."""
    if len(text) > _REMEMBERED_TEXT:
        return _find_datetime(text, now)
    zone = now.tzinfo
    return _find_short_datetime(text, now, zone, None if zone is None else zone.tzname(now))


_REMEMBERED_TEXT = 200
"""The longest line remembered, so that a hostile page's long lines are not kept."""


@lru_cache(maxsize=4096)
def _find_short_datetime(
    text: str, now: datetime, zone: tzinfo | None, zone_name: str | None
) -> tuple[int, int, datetime] | None:
    """`zone` and its name are part of the key: the same instant in two zones compares
    equal, and so do two zones of one offset whatever their names, but dates are read in
    the zone of `now`."""
    return _find_datetime(text, now)


def _find_datetime(text: str, now: datetime) -> tuple[int, int, datetime] | None:
    zone = now.tzinfo or UTC
    found: tuple[int, int, datetime] | None = None
    # Every absolute form holds a four-digit year: most lines have none, and the month-name
    # patterns cost more than all the others together.
    absolute: tuple[_Pattern, ...] = _ABSOLUTE if _YEAR_DIGITS.search(text) else ()
    if ":" in text and _SHORT_HINT.search(text):
        absolute += _SHORT_YEAR
    if _DASHED_HINT.search(text):
        absolute += (_DASHED,)
    if _APOSTROPHE_HINT.search(text):
        absolute += (_APOSTROPHE_YEAR,)
    for pattern in absolute:
        if found is not None and found[0] == 0:
            break  # the first date starts the line: no other can start before it
        match = pattern.search(text)
        if match and (found is None or match.start() < found[0]):
            try:
                moment = _from_match(match, zone, now)
            except (ValueError, OverflowError):
                moment = None
            if moment is not None:
                found = (match.start(), match.end(), moment)
    starts_line = found is not None and found[0] == 0  # no label can start before it
    for pattern in () if starts_line else _RELATIVE_LABELS:
        match = _search(pattern, text)
        if match is None or (found is not None and match.start() >= found[0]):
            continue
        end = match.end()
        clock = _CLOCK.search(text[end : end + 12])
        if pattern in (_YESTERDAY, _TODAY) and clock is not None:
            end += clock.end()
        elif pattern is _TODAY:
            continue
        moment = resolve_relative(text[match.start() : end], now)
        if moment is not None:
            found = (match.start(), end, moment)
    if found is not None:
        start, end, moment = found
        found = (start, len(text[:end].rstrip()), moment)
    return found
