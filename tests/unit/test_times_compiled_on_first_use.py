"""The month-name and time-unit patterns of `flows.times` are compiled on their first use, and
read dates as the same patterns compiled at import do."""

import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from flows import times
from flows.times import _Lazy, find_datetime, parse_datetime

NOW = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def _lazy_patterns() -> dict[str, _Lazy]:
    found = {name: value for name, value in vars(times).items() if isinstance(value, _Lazy)}
    for name, value in vars(times).items():
        if isinstance(value, tuple):
            found |= {
                f"{name}[{at}]": item for at, item in enumerate(value) if isinstance(item, _Lazy)
            }
    return found


def test_a_lazy_pattern_finds_what_the_compiled_pattern_finds():
    compiled = re.compile(r"(?P<day>\d{1,2})\s+(?P<month>mar\w*)", re.IGNORECASE)
    lazy = _Lazy(compiled.pattern, compiled.flags)
    for text in ("3 March", "on 3 MARS 2024", "no date", "12 mar"):
        for method in ("search", "match", "fullmatch"):
            got, want = getattr(lazy, method)(text), getattr(compiled, method)(text)
            assert (got and (got.span(), got.groupdict())) == (
                want and (want.span(), want.groupdict())
            )


def test_a_lazy_pattern_is_compiled_once_on_its_first_use():
    lazy = _Lazy(r"\d+")
    assert "search" not in vars(lazy)
    assert lazy.pattern == r"\d+" and lazy.flags == 0
    assert lazy.search("a 12")
    kept = vars(lazy)["search"]
    assert kept.__self__ == re.compile(r"\d+")  # the compiled pattern's own method
    assert lazy.search is kept and lazy.match.__self__ is kept.__self__


def test_a_lazy_pattern_has_no_other_attributes():
    lazy = _Lazy(r"\d+")
    for name in ("sub", "groups", "__deepcopy__"):
        assert not hasattr(lazy, name)
    assert "search" not in vars(lazy)


def test_reading_the_month_names_compiles_their_patterns_with_their_own_flags():
    patterns = _lazy_patterns()
    assert {"_DAY_FIRST", "_MONTH_FIRST", "_CTIME", "_RELATIVE"} <= set(patterns)
    for lazy in patterns.values():
        lazy.search("")  # compiles it
        assert vars(lazy)["search"].__self__.flags & re.IGNORECASE
        assert vars(lazy)["search"].__self__.pattern == lazy.pattern


def test_dates_read_the_same_after_the_first_use():
    lines = [
        "Posted 3 March 2024, 10:15 WAT",
        "März 5, 2023 um 14:05",
        "2012. január 17., 12:54",
        "11-Nov-2016 19:34",
        "Thu, Jun 23 '05, 3:37 PM",
        "vor 3 Stunden",
        "9/21/2016 10:00",
    ]
    first = [find_datetime(line + " ", NOW) for line in lines]  # not the remembered lines
    again = [find_datetime(line + "  ", NOW) for line in lines]
    assert first == again
    assert all(found is not None for found in first)
    assert parse_datetime("Mon Aug 03 12:45:00 EDT 2015") == datetime.fromisoformat(
        "2015-08-03T12:45:00-04:00"
    )
    assert parse_datetime("9/21/2016").month == 9  # the American order, told by the numeric form


def test_importing_the_parser_compiles_none_of_them():
    code = (
        "import flows.parse.page, flows.readers.files, flows.times as t\n"
        "print(sorted(k for k, v in vars(t).items() if isinstance(v, t._Lazy) and vars(v).get('search')))"
    )
    root = Path(times.__file__).parents[1]  # the code under test, not an installed copy
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert shown.stdout.strip() == "[]"
