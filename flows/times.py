"""Turn the date and time strings news pages show into UTC datetimes.

Pages state times as ISO 8601 in metadata, RFC 2822 in feeds, prose like
"27 November 2026, 10:15 WAT" in bylines, and relative labels like
"35 mins ago" in widgets. Relative labels only mean something against the
moment the page was fetched, so that moment is always passed in.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime

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
for _number, _names in enumerate(
    [
        ("jan", "january", "janvier", "januar", "enero", "janeiro", "gennaio"),
        ("feb", "february", "février", "fevrier", "februar", "febrero", "fevereiro", "febbraio"),
        ("mar", "march", "mars", "märz", "maerz", "marzo", "março"),
        ("apr", "april", "avril", "abril", "aprile"),
        ("may", "mai", "mayo", "maio", "maggio"),
        ("jun", "june", "juin", "juni", "junio", "junho", "giugno"),
        ("jul", "july", "juillet", "juli", "julio", "julho", "luglio"),
        ("aug", "august", "août", "aout", "agosto"),
        ("sep", "sept", "september", "septembre", "septiembre", "setembro", "settembre"),
        ("oct", "october", "octobre", "oktober", "octubre", "outubro", "ottobre"),
        ("nov", "november", "novembre", "noviembre", "novembro"),
        (
            "dec",
            "december",
            "décembre",
            "decembre",
            "dezember",
            "diciembre",
            "dezembro",
            "dicembre",
        ),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_TZ_RE = "|".join(sorted(TZ_OFFSETS, key=len, reverse=True))

_TIME = (
    r"(?:(?:at|um|à|a las|,|-|–)\s*)?"
    r"(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?(?::(?P<second>\d{2}))?\s*"
    r"(?P<ampm>[ap]\.?\s?m\.?)?"
    r"(?:\s*(?:Uhr|hrs|h))?"
    r"(?:\s*\(?(?P<tz>" + _TZ_RE + r"|[+-]\d{2}:?\d{2})\)?)?"
)
_DAY_FIRST = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<month>" + _MONTH_RE + r")\.?,?\s+"
    r"(?P<year>\d{4})(?:[,\s]+" + _TIME + r")?",
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(
    r"\b(?P<month>" + _MONTH_RE + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>\d{4})(?:[,\s]+" + _TIME + r")?",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"\b(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})"
    r"(?:[T\s]+" + _TIME + r")?",
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = re.compile(
    r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4})(?:[,\s]+" + _TIME + r")?",
    re.IGNORECASE,
)

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
_RELATIVE = re.compile(
    r"\b(?P<n>\d+|an?|one)\s*(?P<unit>"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r")\.?\s+ago\b",
    re.IGNORECASE,
)
_YESTERDAY = re.compile(r"\byesterday\b", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:today|just now|moments? ago|now)\b", re.IGNORECASE)
_CLOCK = re.compile(
    r"\b(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*(?P<ampm>[ap]\.?\s?m\.?)?", re.IGNORECASE
)


def looks_like_relative_time(text: str) -> bool:
    """True when the text is a relative label such as "6 hours ago" or "yesterday"."""
    return bool(_RELATIVE.search(text) or _YESTERDAY.search(text))


def resolve_relative(text: str, now: datetime) -> datetime | None:
    """Resolve "35 mins ago", "an hour ago", "yesterday", "yesterday at 9:15" against `now`.

    >>> resolve_relative("35 mins ago", datetime(2024, 11, 3, 10, 0, tzinfo=UTC))
    datetime.datetime(2024, 11, 3, 9, 25, tzinfo=datetime.timezone.utc)
    """
    now = _as_utc(now)
    match = _RELATIVE.search(text)
    if match:
        raw = match.group("n").lower()
        n = 1 if raw in ("a", "an", "one") else int(raw)
        unit = _UNITS[match.group("unit").lower()]
        if unit == "months":
            return now - timedelta(days=30 * n)
        if unit == "years":
            return now - timedelta(days=365 * n)
        return now - timedelta(**{unit: n})
    if _YESTERDAY.search(text):
        day = now - timedelta(days=1)
        clock = _CLOCK.search(text)
        if clock is None:
            return day
        return day.replace(
            hour=_hour24(int(clock.group("hour")), clock.group("ampm")),
            minute=int(clock.group("minute")),
            second=0,
            microsecond=0,
        )
    if _TODAY.fullmatch(text.strip()):
        return now
    return None


def parse_datetime(
    text: str | None, *, now: datetime | None = None, default_zone: tzinfo | None = None
) -> datetime | None:
    """Parse an absolute or (given `now`) relative date string to an aware UTC datetime.

    Times without a zone are read in `default_zone`, else in the zone `now` is expressed
    in, else UTC: a caller that knows the site's local time passes `now` in it. A date
    without a time is midnight there.
    Returns None for anything it cannot read or that is impossible (month 13).

    >>> parse_datetime("27 November 2026, 10:15 WAT")
    datetime.datetime(2026, 11, 27, 9, 15, tzinfo=datetime.timezone.utc)
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
        return _as_utc(datetime.fromisoformat(text), zone)
    except ValueError:
        pass
    if text[:3].isalpha() and "," in text[:5]:
        try:
            return _as_utc(parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError):
            pass
    for pattern in (_NUMERIC, _DAY_FIRST, _MONTH_FIRST, _DAY_MONTH_YEAR):
        match = pattern.search(text)
        if match:
            return _from_match(match, zone)
    if now is not None:
        return resolve_relative(text, now)
    return None


def _from_match(match: re.Match[str], default_zone: tzinfo) -> datetime | None:
    parts = match.groupdict()
    month_text = parts["month"]
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower().rstrip("."))
    if month is None:
        return None
    hour = minute = second = 0
    if parts.get("hour") is not None:
        hour = _hour24(int(parts["hour"]), parts.get("ampm"))
        minute = int(parts["minute"] or 0)
        second = int(parts["second"] or 0)
    tz = _zone(parts.get("tz")) or default_zone
    try:
        moment = datetime(int(parts["year"]), month, int(parts["day"]), hour, minute, second, 0, tz)
    except ValueError:
        return None
    return moment.astimezone(UTC)


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


def _as_utc(moment: datetime, default_zone: tzinfo = UTC) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=default_zone)
    return moment.astimezone(UTC)


def stated_zone(text: str | None) -> tzinfo | None:
    """The UTC offset an ISO 8601 timestamp states ("2024-11-01T08:30:00+01:00" → +01:00)."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.strip()).tzinfo
    except ValueError:
        return None
