"""Find raw pages in a folder and read them, with what is known about each fetch.

Convention (see docs/inputs.md):
- `.html`, `.htm`, `.xhtml` and `.txt` files, optionally gzip-compressed (`.gz`),
  anywhere under the raw folder; names starting with "." are ignored.
- A sidecar `<file>.meta.json` may give `{"url": …, "fetched_at": …}`; without
  one, fetched_at is the file's modification time and the url comes from the page.
- Crawl archives (`.warc`, `.warc.gz`, `.jsonl`, `.jsonl.gz`, `.ndjson`) hold many
  pages each; they are listed here and read as streams by `flows.readers.archives`.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from flows.contracts import MAX_PAGE_BYTES, RawPage
from flows.readers.archives import archive_kind, outside_window
from flows.times import parse_datetime

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt")
SIDECAR_SUFFIX = ".meta.json"
MAX_SIDECAR_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A raw page found on disk, not yet read."""

    path: str
    source: str
    fetched_at: datetime
    url: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ArchiveRef:
    """A crawl archive (WARC or JSON Lines) found on disk; its pages are read when ingested."""

    path: str
    source: str
    bytes: int


@dataclass(slots=True)
class Discovery:
    pages: list[SourceRef] = field(default_factory=list)
    archives: list[ArchiveRef] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """Files under the raw folder that are not raw pages (by name)."""
    stamps: dict[str, str] = field(default_factory=dict)
    """source → size and mtime of the file (and its sidecar): how a run tells a file that
    has not changed since it was ingested, without reading it."""


def is_page_name(name: str) -> bool:
    return name.lower().removesuffix(".gz").endswith(PAGE_SUFFIXES)


def discover(raw_dir: Path, *, since: date | None = None, until: date | None = None) -> Discovery:
    """Every raw page and crawl archive under `raw_dir` in path order.

    Loose pages fetched outside [since, until] are left out here; archives are filtered
    as they are read, since only their records say when each page was fetched.
    """
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    found = Discovery()
    for folder, dirs, files in os.walk(raw_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        # Paths as strings, joined once per folder: pathlib per file was most of a run's
        # time with nothing new to read (11,000 pages: ~0.5 s of CPU).
        base = Path(folder)
        prefix = base.relative_to(raw_dir).as_posix()
        head = str(base)
        head = "" if head == "." else head if head.endswith("/") else head + "/"
        for name in sorted(files):
            path = head + name
            source = name if prefix == "." else f"{prefix}/{name}"
            if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                continue
            if archive_kind(name):
                found.archives.append(ArchiveRef(path, source, os.stat(path).st_size))
                found.stamps[source] = file_stamp(Path(path))
                continue
            if not is_page_name(name):
                found.skipped.append(source)
                continue
            ref, stamp = _page_ref(path, source)
            if outside_window(ref.fetched_at, since, until) is None:
                found.pages.append(ref)
                found.stamps[source] = stamp
    return found


def file_stamp(path: Path) -> str:
    """ "size:mtime_ns" of a file, "-" when there is none."""
    try:
        info = path.stat()
    except OSError:
        return "-"
    return f"{info.st_size}:{info.st_mtime_ns}"


def read_page(ref: SourceRef, *, max_bytes: int = MAX_PAGE_BYTES) -> RawPage:
    """Read a page's bytes; a file that cannot be read becomes a page with an error."""
    error = ref.error
    data = b""
    if error is None:
        try:
            data = _read_regular(Path(ref.path), max_bytes + 1)
        except OSError as problem:
            error = f"cannot read file: {problem.strerror or problem}"
        if len(data) > max_bytes:
            error = f"page too large: over {max_bytes // 2**20} MiB"
    return RawPage(
        data=data, source=ref.source, fetched_at=ref.fetched_at, url=ref.url, error=error
    )


def _read_regular(path: Path, limit: int) -> bytes:
    """Up to `limit` bytes of a regular file. A FIFO, device or socket named like a page is
    refused without waiting on it: reading a FIFO would block the run forever."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file (a FIFO, device or socket)")
        return handle.read(limit)


def source_ref(path: Path, source: str) -> SourceRef:
    """What is known about a raw page file before reading it: fetch time and url (sidecar)."""
    return _page_ref(str(path), source)[0]


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _page_ref(path: str, source: str) -> tuple[SourceRef, str]:
    """`source_ref` and the stamp of the page and its sidecar (`file_stamp` of each), from one
    stat of each file."""
    sidecar = path + SIDECAR_SUFFIX
    sidecar_name = sidecar.rsplit("/", 1)[-1]
    info = _stat(path)
    modified = datetime.fromtimestamp((info or os.lstat(path)).st_mtime, UTC)
    sidecar_info = _stat(sidecar)
    stamp = f"{_stamp(info)} {_stamp(sidecar_info)}"
    if sidecar_info is None:
        return SourceRef(path, source, modified), stamp
    try:
        meta = json.loads(_read_regular(Path(sidecar), MAX_SIDECAR_BYTES).decode("utf-8"))
        if not isinstance(meta, dict):
            raise TypeError("expected a JSON object")
    except (OSError, ValueError, TypeError) as problem:
        error = f"unreadable sidecar {sidecar_name}: {problem}"
        return SourceRef(path, source, modified, error=error), stamp
    fetched_at = parse_datetime(meta.get("fetched_at")) if "fetched_at" in meta else modified
    if fetched_at is None:
        error = f"sidecar {sidecar_name}: unreadable fetched_at {meta['fetched_at']!r}"
        return SourceRef(path, source, modified, error=error), stamp
    url = meta.get("url") if isinstance(meta.get("url"), str) else None
    return SourceRef(path, source, fetched_at, url), stamp


def _stamp(info: os.stat_result | None) -> str:
    return "-" if info is None else f"{info.st_size}:{info.st_mtime_ns}"
