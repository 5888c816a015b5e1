"""Laying a raw page out as lake rows: ids from content, storable text, link sites."""

import hashlib
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pyarrow as pa

from flows.contracts import RawPage
from flows.lake.rows import page_rows, site_of
from flows.lake.schema import ARTICLES

FETCHED = datetime(2024, 11, 1, 12, tzinfo=UTC)
PAGE = (
    b"<html><head><title>Rain at last</title></head><body><article><h1>Rain at last</h1>"
    b"<p>The river rose overnight, and the town was glad of it after a long summer.</p>"
    b"<a href='https://www.Example.com/weather'>More weather</a>"
    b"<a href='https://other.example/rain'>Elsewhere</a></article></body></html>"
)


def _raw(data: bytes = PAGE, source: str = "day/page.html") -> RawPage:
    return RawPage(data=data, source=source, fetched_at=FETCHED, url="https://example.com/rain")


def test_a_pages_row_carries_the_raw_pages_id_and_content_hash():
    raw = _raw()
    [page] = page_rows(raw, "run").tables["pages"]
    assert page["content_sha256"] == hashlib.sha256(PAGE).hexdigest() == raw.content_sha256
    assert page["page_id"] == raw.page_id


def test_a_content_hash_the_caller_passes_gives_the_same_rows():
    raw = _raw()
    given = page_rows(raw, "run", content_sha256=raw.content_sha256)
    assert given == page_rows(raw, "run")


def test_a_time_the_page_states_in_its_own_offset_is_stored_as_the_same_instant_in_utc():
    stamped = PAGE.replace(
        b"<title>",
        b'<meta property="article:published_time" content="2024-10-31T21:30:00-05:00"><title>',
    )
    [article] = page_rows(_raw(stamped), "run").tables["articles"]
    stored = pa.Table.from_pylist([article], schema=ARTICLES)["published_at"][0].as_py()
    assert stored == datetime(2024, 11, 1, 2, 30, tzinfo=UTC)
    assert stored.utcoffset() == timedelta(0)


def test_a_links_target_site_is_its_host_lowercased_without_www():
    links = page_rows(_raw(), "run").tables["links"]
    by_url = {link["url"]: link for link in links}
    weather = by_url["https://www.Example.com/weather"]
    assert (weather["target_site"], weather["is_internal"]) == ("example.com", True)
    rain = by_url["https://other.example/rain"]
    assert (rain["target_site"], rain["is_internal"]) == ("other.example", False)


def test_a_host_with_a_user_or_port_is_read_by_the_url_parser():
    assert site_of("https://user@WWW.Example.com:8080/x") == "example.com"
    assert (
        site_of("https://www.example.com/x") == site_of("http://WWW.EXAMPLE.COM") == "example.com"
    )
    assert site_of("mailto:someone@example.com") is None


def test_lone_surrogates_become_storable_text_in_every_table():
    data = PAGE.replace(
        b"</head>",
        b'<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rain \\ud800",'
        b' "author": {"name": "\\udfff"}}</script></head>',
    )
    source = b"day/bad-\xff.html".decode("utf-8", "surrogateescape")
    tables = page_rows(_raw(data, source), "run").tables
    [page], [article] = tables["pages"], tables["articles"]
    assert page["source"] == "day/bad-\\xff.html"
    assert (article["title"], article["authors"]) == ("Rain \ufffd", ["\ufffd"])
    for row in (page, article, *tables["links"]):
        for value in row.values():
            for text in value if isinstance(value, list) else [value]:
                assert not isinstance(text, str) or text.encode("utf-8")


def test_laying_out_rows_leaves_arrow_unimported():
    """`newsflow parse` lays out rows and writes no Parquet: Arrow would add ~90 ms to its start."""
    code = "import sys, flows.lake.rows, flows.readers.files; print('pyarrow' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_flow_loads_the_parser_only_when_a_page_is_parsed():
    """A run with nothing new parses nothing: loading the parser would add ~0.3 s to it."""
    code = "import sys, flows.pipeline.flow; print('flows.parse.page' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
