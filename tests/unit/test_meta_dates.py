"""Published dates that only the visible markup states."""

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.meta import extract_metadata

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)


def _published(html: str) -> datetime | None:
    return extract_metadata(LexborHTMLParser(html), fetched_at=FETCHED).published_at


def test_a_labelled_line_whose_date_is_a_link_gives_the_date():
    html = """<html><body><article><h1>Fixing the boiler</h1>
    <div class="entry-meta">Posted on <a href="/2012/03/03/boiler">March 3, 2012</a>
    by <a href="/author/ada">Ada Obi</a></div><p>Text.</p></article></body></html>"""
    assert _published(html) == datetime(2012, 3, 3, tzinfo=UTC)


def test_a_microformat_abbr_gives_its_machine_date_from_the_tooltip():
    html = """<html><body><h3>Fixing the boiler</h3><p>Text.</p><div class="post-footer">
    at <abbr class="published" title="2012-03-03T10:00:00-08:00">10:00 AM</abbr></div>
    </body></html>"""
    assert _published(html) == datetime(2012, 3, 3, 18, tzinfo=UTC)


def test_a_tooltip_on_another_element_is_not_read():
    html = """<html><body><h1>Thread</h1><a class="timestamp" title="20 Jun 2016">Jun 20</a>
    <p>Text.</p></body></html>"""
    assert _published(html) is None
