"""Days of invented pages written straight into a lake, without a flow run."""

from datetime import UTC, datetime

from flows.contracts import RawPage
from flows.lake import store
from flows.lake.rows import page_rows
from tests.support.pages import wordpress_page

SPAM = "Cheap loans, instant approval! Contact us on WhatsApp +234 803 123 4567"


def write_day(lake_dir, day: str, stories: range) -> None:
    pages = []
    for n in stories:
        url = f"https://a.example/{day}/{n}"
        html = wordpress_page(f"Story {n}", url, f"{day}T08:00:00Z",
                              [("Ada", f"{day}T09:00:00Z", f"Fine story {n}."),
                               ("Loans", f"{day}T09:10:00Z", SPAM)])  # fmt: skip
        fetched = datetime.fromisoformat(f"{day}T10:00:00").replace(tzinfo=UTC)
        pages.append(page_rows(RawPage(html, f"{day}-{n}.html", fetched, url), "test"))
    store.write_batch(lake_dir, pages)
