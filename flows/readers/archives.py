"""Read crawl archives: WARC / WARC.gz files (fastwarc) and JSON Lines page dumps.

An archive holds many pages, so it is read as a stream: each yields `RawPage`s one at
a time and tallies what it skipped in a `Counter` the caller passes in. A page's
`source` is the archive's path plus where the page sits in it (`crawl.warc.gz#1234`,
`pages.jsonl#L7`), so reading the same archive again gives the same page ids.

- WARC: `response` records whose HTTP status is 200 and whose content type is HTML
  become pages, with url = `WARC-Target-URI` and fetched_at = `WARC-Date`. Requests,
  metadata, revisits, warcinfo, non-HTML responses and non-200 responses are skipped
  and counted by reason.
- JSON Lines: one `{"url", "fetched_at", "html"}` object per line. A line that cannot be
  read is not dropped: it becomes a page with an error (a `rejected` row).
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO

from fastwarc import ArchiveIterator, WarcRecordType
from fastwarc.stream_io import GzipReader

from flows.contracts import MAX_PAGE_BYTES, RawPage
from flows.times import parse_datetime

WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

_RECORD_NAMES = {
    int(WarcRecordType.request): "request",
    int(WarcRecordType.metadata): "metadata",
    int(WarcRecordType.revisit): "revisit",
    int(WarcRecordType.warcinfo): "warcinfo",
    int(WarcRecordType.resource): "resource",
    int(WarcRecordType.conversion): "conversion",
    int(WarcRecordType.continuation): "continuation",
}


def archive_kind(name: str) -> str | None:
    """ "warc" or "jsonl" when a file name says it is a crawl archive, else None."""
    lower = name.lower()
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return None


def read_archive(
    path: Path,
    source: str,
    skipped: Counter[str],
    *,
    since: date | None = None,
    until: date | None = None,
) -> Iterator[RawPage]:
    """The pages in a WARC or JSON Lines archive fetched in [since, until] (UTC dates)."""
    kind = archive_kind(path.name)
    if kind == "warc":
        yield from read_warc(path, source, skipped, since=since, until=until)
    elif kind == "jsonl":
        yield from read_jsonl(path, source, skipped, since=since, until=until)
    else:
        raise ValueError(f"not a crawl archive: {path.name}")


def read_warc(
    path: Path,
    source: str,
    skipped: Counter[str],
    *,
    since: date | None = None,
    until: date | None = None,
) -> Iterator[RawPage]:
    """HTML response records → pages; every other record is skipped and counted. An archive
    that breaks off, or holds no WARC record at all, is counted under its own name."""
    gzipped = path.name.lower().endswith(".gz")
    stream = GzipReader(str(path), fsspec_args=False) if gzipped else str(path)
    records = ArchiveIterator(
        stream, parse_http=False, auto_decode="none", fsspec_args=False, quirks_mode=True
    )
    read = 0
    try:
        for record in records:
            read += 1
            reason = _skip_reason(record)
            if reason is None:
                record.parse_http(auto_decode="all", quirks_mode=True)
                reason = _http_skip_reason(record)
            fetched_at = record.record_date
            if reason is None and fetched_at is None:
                reason = "response without a WARC-Date"
            if reason is None:
                reason = outside_window(fetched_at, since, until)
            if reason is not None:
                skipped[reason] += 1
                continue
            data = record.reader.read(MAX_PAGE_BYTES + 1)
            error = None
            if len(data) > MAX_PAGE_BYTES:
                error = f"page too large: over {MAX_PAGE_BYTES // 2**20} MiB"
            # Handed a stream, fastwarc puts the first record at the end of its first read;
            # opening the path itself it said 0, which page ids (the source is in them) keep.
            position = 0 if read == 1 else record.stream_pos
            yield RawPage(
                data=data,
                source=f"{source}#{position}",
                fetched_at=fetched_at.astimezone(UTC),
                url=record.headers.get("WARC-Target-URI") or None,
                error=error,
            )
    except OSError as problem:
        skipped[f"{source}: unreadable after {read} records: {problem}"] += 1
        return
    cut = gzip_problem(path, stream.tell()) if isinstance(stream, GzipReader) and read else None
    if cut:
        skipped[f"{source}: unreadable after {read} records: {cut}"] += 1
    elif read == 0:
        skipped[f"{source}: no WARC records (not a WARC file, or empty)"] += 1


def gzip_problem(path: Path, inflated: int, tail: int = 2**22) -> str | None:
    """Why a gzip file's end is damaged, or None; `inflated` is how many bytes fastwarc read
    out of it. fastwarc stops quietly at a cut-off gzip stream, which would lose the record
    there unseen. A file of one gzip member ends with its inflated size (mod 2**32): if that
    matches, the file is whole. A file of a member per record, as crawlers write them, is
    checked by inflating its last member (found in the last `tail` bytes) again: ~0.2 ms,
    where inflating a whole archive cost ~10% of parsing its pages. Damage in the middle of
    a file that fastwarc reads past is not looked for."""
    size = path.stat().st_size
    with path.open("rb") as stream:
        stream.seek(max(0, size - 4))
        if int.from_bytes(stream.read(4), "little") == inflated % 2**32:
            return None
        stream.seek(max(0, size - tail))
        data = stream.read()
    at = len(data)
    while (at := data.rfind(b"\x1f\x8b\x08", 0, at)) >= 0:
        inflater = zlib.decompressobj(wbits=31)
        try:
            inflater.decompress(data[at:])
        except zlib.error:
            continue  # those bytes were inside compressed data, not a member's start
        if not inflater.eof:
            break
        if inflater.unused_data:
            return f"{len(inflater.unused_data)} unreadable bytes after the last record"
        return None
    return "truncated gzip data: the file ends before its gzip stream does"


def _skip_reason(record: object) -> str | None:
    kind = record.record_type  # type: ignore[attr-defined]
    if kind != WarcRecordType.response:
        return f"WARC {_RECORD_NAMES.get(int(kind), 'unknown')} record"
    if not record.is_http:  # type: ignore[attr-defined]
        return "WARC response that is not HTTP"
    return None


def _http_skip_reason(record: object) -> str | None:
    headers = record.http_headers  # type: ignore[attr-defined]
    status = headers.status_code if headers is not None else None
    if status != 200:
        return f"HTTP status {status}"
    content_type = record.http_content_type  # type: ignore[attr-defined]
    if (content_type or "").lower() not in HTML_TYPES:
        return f"not HTML: {content_type or 'no content type'}"
    return None


def read_jsonl(
    path: Path,
    source: str,
    skipped: Counter[str],
    *,
    since: date | None = None,
    until: date | None = None,
) -> Iterator[RawPage]:
    """One page per `{"url", "fetched_at", "html"}` line; a bad line is a page with an error."""
    opened = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    with _open_text(path) as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            page = jsonl_page(line, f"{source}#L{number}", opened)
            reason = outside_window(page.fetched_at, since, until)
            if reason is not None:
                skipped[reason] += 1
                continue
            yield page


def outside_window(fetched_at: datetime, since: date | None, until: date | None) -> str | None:
    """Why a record fetched at `fetched_at` is outside the run's [since, until] window."""
    if since is not None and fetched_at.date() < since:
        return "fetched before --since"
    if until is not None and fetched_at.date() > until:
        return "fetched after --until"
    return None


def jsonl_page(line: str, source: str, fallback_time: datetime) -> RawPage:
    """One JSON Lines record → a page; what is wrong with it becomes the page's error."""
    try:
        item = json.loads(line)
    except ValueError as problem:
        return RawPage(b"", source, fallback_time, error=f"bad JSON line: {problem}")
    if not isinstance(item, dict):
        return RawPage(b"", source, fallback_time, error="bad JSON line: not an object")
    url = item.get("url") if isinstance(item.get("url"), str) else None
    fetched_at = parse_datetime(item["fetched_at"]) if "fetched_at" in item else fallback_time
    html = item.get("html")
    error = None
    if fetched_at is None:
        error = f"unreadable fetched_at {item['fetched_at']!r}"
    elif not isinstance(html, str):
        error = 'JSON line without an "html" string'
    data = html.encode("utf-8", "replace") if isinstance(html, str) else b""
    if len(data) > MAX_PAGE_BYTES:
        error, data = f"page too large: over {MAX_PAGE_BYTES // 2**20} MiB", data[:0]
    return RawPage(data, source, fetched_at or fallback_time, url=url, error=error)


def _open_text(path: Path) -> IO[str]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")
