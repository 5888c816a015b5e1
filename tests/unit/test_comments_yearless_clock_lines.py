"""A comment's line that names its author, then a day and month without the year, "at" and a
clock time ("Ada Posted: Oct.28 at 4:22 pm"): a blog dating this year's comments."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows.parse.comments.meta_line import read_meta_line
from tests.support.comment_pages import FETCHED, comments_of

_ITEM = "<li><div>{name} Posted: {day} at {clock}</div>{text}</li>"
_ROWS = [
    ("Marta", "Oct.28", "4:22 pm", "First time I read a ranking this odd."),
    ("JTaylor21", "Oct.28", "4:29 pm", "Miami last in the Southeast? Come on."),
    ("Cheech", "Oct.29", "1:05 am", "Some teams fall where we expect them to."),
]


def test_a_thread_dated_by_day_and_month_at_a_clock_time_gives_its_authors_and_texts():
    page = (
        "<section><h3>3 Responses to “Rankings”</h3><ul>"
        + "".join(_ITEM.format(name=n, day=d, clock=c, text=t) for n, d, c, t in _ROWS)
        + "</ul></section>"
    )
    assert [(c.author, c.posted_at, c.text) for c in comments_of(page)] == [
        ("Marta", datetime(2024, 10, 28, 16, 22, tzinfo=UTC), _ROWS[0][3]),
        ("JTaylor21", datetime(2024, 10, 28, 16, 29, tzinfo=UTC), _ROWS[1][3]),
        ("Cheech", datetime(2024, 10, 29, 1, 5, tzinfo=UTC), _ROWS[2][3]),
    ]


@pytest.mark.parametrize(
    ("line", "author", "moment"),
    [
        ("Ada Posted: Oct.28 at 4:22 pm", "Ada", datetime(2024, 10, 28, 16, 22, tzinfo=UTC)),
        ("Ada, 3 Mar um 09:15", "Ada", datetime(2024, 3, 3, 9, 15, tzinfo=UTC)),
        # a day after `FETCHED` is last year's
        ("Ada on Dec 24 at 7:10 PM", "Ada", datetime(2023, 12, 24, 19, 10, tzinfo=UTC)),
    ],
)
def test_a_day_and_month_at_a_clock_time_dates_a_line_of_the_last_such_day(
    line: str, author: str, moment: datetime
):
    meta = read_meta_line(line, FETCHED)
    assert meta is not None and (meta.author, meta.posted_at) == (author, moment)


@pytest.mark.parametrize(
    "line",
    [
        "Ada | added: 5 Jan, 13:04",  # no "at": a teaser's date beside a figure
        "Ada on Sunday December 02, @11:40PM",  # a sign is no word: a collapsed reply's title
        "Version 2.28 at 12:30",
    ],
)
def test_a_day_and_month_before_a_clock_time_without_at_is_no_dated_line(line: str):
    meta = read_meta_line(line, FETCHED)
    assert meta is None or meta.posted_at is None
