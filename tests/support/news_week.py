"""A week of invented raw pages on two sites, with spam comments on most days, for report tests."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from tests.support.pages import wordpress_page

FIRST_DAY = date(2024, 11, 1)
DAYS = 8
LAST_DAY = FIRST_DAY + timedelta(days=DAYS - 1)
SPAM = "Cheap loans, instant approval! Contact us on WhatsApp +234 803 123 4567"
HAM = ("Good reporting, thank you.", "I disagree with the minister.", "Where is the full speech?")


def write_news_week(raw: Path) -> dict[date, tuple[int, int]]:
    """Write the pages under `raw`; returns (comments, spam comments) per day, all sites together.

    Day n has n % 3 + 1 stories on site a and one on site b; day n's story on b has n % 4
    spam comments among its three others.
    """
    expected: dict[date, tuple[int, int]] = {}
    for n in range(DAYS):
        day = FIRST_DAY + timedelta(days=n)
        stamp = f"{day.isoformat()}T08:00:00Z"
        posted = f"{day.isoformat()}T09:00:00Z"
        for k in range(n % 3 + 1):
            _write(raw / "a" / f"{day}-{k}.html",
                   wordpress_page(f"Story {k} of {day} on A", f"https://a.example/{day}/{k}", stamp),
                   day)  # fmt: skip
        spam = n % 4
        comments = [("Reader", posted, text) for text in HAM] + [("Loans", posted, SPAM)] * spam
        _write(raw / "b" / f"{day}.html",
               wordpress_page(f"Lead story of {day} on B", f"https://b.example/{day}", stamp,
                              comments),
               day)  # fmt: skip
        expected[day] = (len(comments), spam)
    return expected


def _write(path: Path, page: bytes, day: date) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(page)
    fetched = {"fetched_at": f"{day.isoformat()}T12:00:00Z"}
    path.with_name(path.name + ".meta.json").write_text(json.dumps(fetched), encoding="utf-8")
