"""Crawl archives: real WARC/WARC.gz files written by fastwarc, and JSON Lines dumps."""

import gzip
import json
from collections import Counter
from datetime import UTC, date, datetime

import pytest

from flows.lake.rows import page_rows
from flows.readers.archives import archive_kind, gzip_problem, read_archive
from flows.readers.files import discover
from tests.support.pages import http_response, wordpress_page, write_warc

ONE = wordpress_page("One", "https://a.example/one", "2024-11-03T08:00:00Z",
                     [("Ada", "2024-11-03T09:00:00Z", "Good story.")])  # fmt: skip
TWO = wordpress_page("Two", "https://a.example/two", "2024-11-04T08:00:00Z")


def crawl_records():
    return [
        ("warcinfo", "", "2024-11-03T10:00:00Z", b"software: test\r\n"),
        ("request", "https://a.example/one", "2024-11-03T10:20:00Z",
         b"GET /one HTTP/1.1\r\nHost: a.example\r\n\r\n"),
        ("response", "https://a.example/one", "2024-11-03T10:20:00Z", http_response(ONE)),
        ("metadata", "https://a.example/one", "2024-11-03T10:20:00Z", b"fetchTimeMs: 12\r\n"),
        ("response", "https://a.example/logo.png", "2024-11-03T10:21:00Z",
         http_response(b"\x89PNG\r\n\x1a\n", "image/png")),
        ("response", "https://a.example/gone", "2024-11-03T10:22:00Z",
         http_response(b"<p>gone</p>", status="404 Not Found")),
        ("revisit", "https://a.example/one", "2024-11-04T10:20:00Z", b""),
        ("response", "https://a.example/two", "2024-11-04T11:00:00Z", http_response(TWO)),
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_read_warc_keeps_html_responses_and_counts_the_rest(tmp_path, name):
    path = write_warc(tmp_path / name, crawl_records())
    skipped: Counter[str] = Counter()

    pages = list(read_archive(path, name, skipped))

    assert [(p.url, p.fetched_at) for p in pages] == [
        ("https://a.example/one", datetime(2024, 11, 3, 10, 20, tzinfo=UTC)),
        ("https://a.example/two", datetime(2024, 11, 4, 11, 0, tzinfo=UTC)),
    ]
    assert pages[0].data == ONE
    assert all(p.source.startswith(f"{name}#") for p in pages)
    assert skipped == {
        "WARC warcinfo record": 1,
        "WARC request record": 1,
        "WARC metadata record": 1,
        "WARC revisit record": 1,
        "not HTML: image/png": 1,
        "HTTP status 404": 1,
    }
    rows = page_rows(pages[0], "test").tables
    assert rows["articles"][0]["title"] == "One"
    assert [c["text"] for c in rows["comments"]] == ["Good story."]


def test_a_response_first_in_its_archive_is_at_position_0(tmp_path):
    records = [r for r in crawl_records() if r[0] == "response"]
    path = write_warc(tmp_path / "crawl.warc.gz", records)

    pages = list(read_archive(path, "crawl.warc.gz", Counter()))

    assert pages[0].source == "crawl.warc.gz#0"
    assert pages[1].source != pages[0].source


def test_read_warc_since_skips_earlier_fetches_and_ids_are_stable(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz", crawl_records())
    skipped: Counter[str] = Counter()

    pages = list(read_archive(path, "crawl.warc.gz", skipped, since=date(2024, 11, 4)))
    again = list(read_archive(path, "crawl.warc.gz", Counter(), since=date(2024, 11, 4)))

    assert [p.url for p in pages] == ["https://a.example/two"]
    assert skipped["fetched before --since"] == 1
    assert [p.page_id for p in pages] == [p.page_id for p in again]


def test_a_truncated_or_foreign_warc_keeps_its_pages_and_is_counted_by_name(tmp_path):
    whole = write_warc(tmp_path / "whole.warc.gz", crawl_records() * 40).read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(whole[: len(whole) // 2])
    for name in ("noise.warc.gz", "noise.warc"):
        (tmp_path / name).write_bytes(bytes(range(256)) * 8)
    skipped: Counter[str] = Counter()

    pages = list(read_archive(tmp_path / "cut.warc.gz", "cut.warc.gz", skipped))
    for name in ("noise.warc.gz", "noise.warc"):
        assert list(read_archive(tmp_path / name, name, skipped)) == []

    assert 10 < len(pages) < 40, "the records before the cut are read"
    (cut,) = [reason for reason in skipped if reason.startswith("cut.warc.gz")]
    assert cut.startswith("cut.warc.gz: unreadable after ")
    assert cut.endswith(" records: truncated gzip data: the file ends before its gzip stream does")
    assert [reason for reason in skipped if reason.startswith("noise.warc.gz")] == [
        "noise.warc.gz: unreadable after 0 records: Gzip decompression error: data error"
    ]
    assert skipped["noise.warc: no WARC records (not a WARC file, or empty)"] == 1


def test_a_warc_of_many_gzip_members_cut_in_its_last_is_counted(tmp_path):
    member = write_warc(tmp_path / "one.warc.gz", crawl_records()).read_bytes()
    (tmp_path / "whole.warc.gz").write_bytes(
        member * 3
    )  # a gzip member per part, as crawlers write
    (tmp_path / "cut.warc.gz").write_bytes((member * 3)[:-20])
    skipped: Counter[str] = Counter()

    whole = list(read_archive(tmp_path / "whole.warc.gz", "whole.warc.gz", skipped))
    cut = list(read_archive(tmp_path / "cut.warc.gz", "cut.warc.gz", skipped))

    assert len(whole) == 6
    assert 4 <= len(cut) <= 6, "the pages before the cut are read"
    assert not [reason for reason in skipped if reason.startswith("whole.warc.gz")]
    assert [reason for reason in skipped if reason.startswith("cut.warc.gz")] == [
        "cut.warc.gz: unreadable after 24 records: truncated gzip data: the file ends before its gzip stream does"
    ]


def test_a_one_member_warc_gz_cut_far_from_its_start_is_counted(tmp_path):
    whole = write_warc(tmp_path / "whole.warc.gz", crawl_records() * 40).read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(whole[: len(whole) // 2])
    inflated = len(gzip.decompress(whole))

    assert gzip_problem(tmp_path / "whole.warc.gz", inflated, tail=16) is None
    assert gzip_problem(tmp_path / "cut.warc.gz", inflated // 2, tail=16) == (
        "truncated gzip data: the file ends before its gzip stream does"
    ), "no member starts in the last 16 bytes: the trailer's size decides"


def test_read_jsonl_pages_and_bad_lines_become_rejections(tmp_path):
    lines = [
        json.dumps({"url": "https://a.example/one", "fetched_at": "2024-11-03T10:20:00Z",
                    "html": ONE.decode()}),
        "",
        "{not json",
        json.dumps({"url": "https://a.example/x", "fetched_at": "yesterday-ish", "html": "<p>x</p>"}),
        json.dumps({"url": "https://a.example/y", "fetched_at": "2024-11-03T10:20:00Z"}),
    ]  # fmt: skip
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode()))

    pages = list(read_archive(path, "dump.jsonl.gz", Counter()))

    assert [(p.source, p.error is None) for p in pages] == [
        ("dump.jsonl.gz#L1", True),
        ("dump.jsonl.gz#L3", False),
        ("dump.jsonl.gz#L4", False),
        ("dump.jsonl.gz#L5", False),
    ]
    assert pages[0].url == "https://a.example/one"
    assert pages[0].fetched_at == datetime(2024, 11, 3, 10, 20, tzinfo=UTC)
    assert pages[0].data == ONE
    assert pages[1].error.startswith("bad JSON line")
    assert pages[2].error == "unreadable fetched_at 'yesterday-ish'"
    assert pages[3].error == 'JSON line without an "html" string'
    assert page_rows(pages[1], "test").tables["pages"][0]["status"] == "rejected"


@pytest.mark.parametrize(
    "name,kind",
    [("a.warc", "warc"), ("a.WARC.GZ", "warc"), ("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"),
     ("a.html.gz", None), ("a.warc.bz2", None)],
)  # fmt: skip
def test_archive_kind_by_name(name, kind):
    assert archive_kind(name) == kind


def test_discover_lists_archives_beside_page_files(tmp_path):
    write_warc(tmp_path / "crawl.warc.gz", crawl_records())
    (tmp_path / "dump.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "page.html").write_bytes(ONE)

    found = discover(tmp_path)

    assert [a.source for a in found.archives] == ["crawl.warc.gz", "dump.jsonl"]
    assert [p.source for p in found.pages] == ["page.html"]
    assert found.archives[0].bytes == (tmp_path / "crawl.warc.gz").stat().st_size
