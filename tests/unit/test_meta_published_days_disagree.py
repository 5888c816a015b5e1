"""When the page's metadata states several publication days, the one it shows may decide."""

from datetime import UTC, datetime, timedelta, timezone

from selectolax.lexbor import LexborHTMLParser

from flows.parse.meta import extract_metadata

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)
PLUS_ONE = timezone(timedelta(hours=1))


def _published(head: str, shown: str) -> datetime | None:
    html = (
        f"<html><head>{head}</head><body><h1>Council approves the new bridge</h1>"
        f"<div class='byline'>By Ada Obi</div><div>{shown}</div><p>Text of the story.</p>"
        "</body></html>"
    )
    return extract_metadata(LexborHTMLParser(html), fetched_at=FETCHED).published_at


def _ld(published: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council '
        f'approves the new bridge", "datePublished": "{published}"}}</script>'
    )


def test_an_earlier_day_the_page_shows_wins_over_an_update_written_as_the_publication():
    head = _ld("2021-01-06T00:34:00Z") + '<meta name="datepublished" content="2021-01-05T21:23Z">'
    found = _published(head, "Jan. 5, 2021, 9:23 PM UTC")
    assert found == datetime(2021, 1, 5, 21, 23, tzinfo=UTC)


def test_a_later_day_the_page_shows_does_not_replace_the_first_source():
    head = _ld("2025-09-01T14:10:40+01:00") + '<meta name="date" content="September 5, 2025">'
    assert _published(head, "Sep 5, 2025") == datetime(2025, 9, 1, 14, 10, 40, tzinfo=PLUS_ONE)


def test_the_first_source_stays_when_the_page_shows_its_day():
    head = _ld("2025-09-05T14:10:40+01:00") + '<meta name="date" content="September 1, 2025">'
    assert _published(head, "Sep 5, 2025") == datetime(2025, 9, 5, 14, 10, 40, tzinfo=PLUS_ONE)


def test_the_first_source_stays_when_no_other_source_states_the_shown_day():
    head = _ld("2025-09-05T14:10:40+01:00") + '<meta name="date" content="September 4, 2025">'
    assert _published(head, "Sep 1, 2025") == datetime(2025, 9, 5, 14, 10, 40, tzinfo=PLUS_ONE)


def test_a_local_time_written_without_its_zone_is_the_same_moment_not_an_earlier_day():
    head = (
        '<meta property="article:published_time" content="2016-12-23T00:47:31Z">'
        '<meta name="sailthru.date" content="Thursday, December 22, 2016, 06:47 PM">'
    )
    found = _published(head, "December 22, 2016 at 6:47 PM")
    assert found == datetime(2016, 12, 23, 0, 47, 31, tzinfo=UTC)


def test_a_date_a_day_before_a_time_is_that_moment_s_day_elsewhere_not_another_day():
    head = _ld("2021-10-22T00:44:09+00:00") + '<meta name="date" content="2021-10-21">'
    assert _published(head, "October 21, 2021") == datetime(2021, 10, 22, 0, 44, 9, tzinfo=UTC)


def test_a_related_story_s_microdata_date_shown_in_the_article_does_not_count():
    teaser = (
        "<div itemscope itemtype='https://schema.org/NewsArticle'><h2>Ferry fares rise</h2>"
        "<div class='publish-date'><time itemprop='datePublished' datetime='2017-03-25T18:22"
        ":25+0000'>March 25 2017, 6:22pm</time></div></div>"
    )
    head = _ld("2017-03-28T23:42:49+00:00")
    assert _published(head, teaser) == datetime(2017, 3, 28, 23, 42, 49, tzinfo=UTC)


def test_a_utc_time_takes_the_zone_of_its_local_clock_in_the_metadata_when_the_day_differs():
    head = (
        '<meta property="article:published_time" content="2016-12-23T00:47:31Z">'
        '<meta name="sailthru.date" content="Thursday, December 22, 2016, 06:47 PM">'
    )
    found = _published(head, "")
    assert found is not None
    assert found.utcoffset() == timedelta(hours=-6)
    assert found.date() == datetime(2016, 12, 22).date()


def test_a_utc_time_keeps_its_zone_when_the_other_time_states_utc_too():
    head = (
        '<meta property="article:published_time" content="2014-11-20T21:57:15Z">'
        '<meta name="datepublished" content="2014-11-21T02:57:15+00:00">'
    )
    found = _published(head, "")
    assert found == datetime(2014, 11, 20, 21, 57, 15, tzinfo=UTC)
    assert found is not None and found.utcoffset() == timedelta(0)


def test_a_day_without_a_time_is_not_moved_into_a_local_clock_s_zone():
    head = (
        '<meta property="article:published_time" content="2014-12-29">'
        '<meta name="datepublished" content="2014-12-29 23:59:08">'
    )
    found = _published(head, "")
    assert found is not None and found.utcoffset() == timedelta(0)


def test_a_time_by_the_headline_on_the_same_clock_with_an_offset_corrects_a_local_time_as_utc():
    head = '<meta property="article:published_time" content="2019-04-19T20:00:00.000Z">'
    shown = '<time datetime="2019-04-19T20:00:00+09:00">2019.04.19 20:00</time>'
    found = _published(head, shown)
    assert found == datetime(2019, 4, 19, 20, tzinfo=timezone(timedelta(hours=9)))


def test_a_time_by_the_headline_stating_the_same_moment_gives_its_zone():
    head = '<meta property="article:published_time" content="2024-02-10T00:32:11Z">'
    shown = '<time datetime="2024-02-09T19:32:11-05:00">February 9, 2024</time>'
    found = _published(head, shown)
    assert found is not None and found.utcoffset() == timedelta(hours=-5)
    assert found == datetime(2024, 2, 10, 0, 32, 11, tzinfo=UTC)
