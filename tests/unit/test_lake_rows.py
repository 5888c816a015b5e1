"""Laying a raw page out as lake rows: ids from content, storable text, link sites."""

import hashlib
from datetime import UTC, datetime

from flows.contracts import RawPage
from flows.lake.rows import page_rows

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
