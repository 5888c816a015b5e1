"""When the page's metadata states several publication days, the one it shows decides."""

from datetime import UTC, datetime, timedelta, timezone

from selectolax.lexbor import LexborHTMLParser

from flows.parse.meta import extract_metadata

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)


def _published(head: str, shown: str) -> datetime | None:
    html = (
        f"<html><head>{head}</head><body><h1>Council approves the new bridge</h1>"
        f"<div class='byline'>By Ada Obi</div><div>{shown}</div><p>Text of the story.</p>"
        "</body></html>"
    )
    return extract_metadata(LexborHTMLParser(html), fetched_at=FETCHED).published_at


DRAFTED = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves'
    ' the new bridge", "datePublished": "2025-09-01T14:10:40+01:00"}</script>'
)


def test_the_day_the_page_shows_wins_over_a_first_source_on_another_day():
    head = DRAFTED + '<meta name="date" content="September 5, 2025">'
    assert _published(head, "Sep 5, 2025").date() == datetime(2025, 9, 5).date()


def test_the_first_source_stays_when_the_page_shows_its_day():
    head = DRAFTED + '<meta name="date" content="September 5, 2025">'
    assert _published(head, "Sep 1, 2025") == datetime(
        2025, 9, 1, 14, 10, 40, tzinfo=timezone(timedelta(hours=1))
    )


def test_the_first_source_stays_when_no_other_source_states_the_shown_day():
    assert _published(DRAFTED, "Sep 5, 2025") == datetime(
        2025, 9, 1, 14, 10, 40, tzinfo=timezone(timedelta(hours=1))
    )


def test_a_local_time_written_without_its_zone_keeps_the_moment_in_that_zone():
    head = (
        '<meta property="article:published_time" content="2016-12-23T00:47:31Z">'
        '<meta name="sailthru.date" content="Thursday, December 22, 2016, 06:47 PM">'
    )
    found = _published(head, "December 22, 2016 at 6:47 PM")
    assert found == datetime(2016, 12, 23, 0, 47, 31, tzinfo=UTC)
    assert found is not None and found.utcoffset() == timedelta(hours=-6)


def test_a_date_a_day_after_an_evening_time_is_the_print_edition_not_the_publication():
    head = (
        '<meta property="article:published_time" content="2026-05-17T19:30:02+02:00">'
        '<meta name="date" content="2026-05-18">'
    )
    assert _published(head, "18.05.2026") == datetime(
        2026, 5, 17, 19, 30, 2, tzinfo=timezone(timedelta(hours=2))
    )
