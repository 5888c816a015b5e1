"""Where the lake lives: a local folder (the default) or an fsspec filesystem URL.

The lake modules (lake, manifest, compact, verdicts, warehouse) name files by their path
inside the lake (`pages/dt=2024-11-01/part-….parquet`) and do their I/O through the few
operations here, so the same code writes to `data/lake` or to `s3://bucket/lake`.

A lake is given as a `Path` or a string: a local path, `file://…`, or any fsspec URL
(`s3://`, `gcs://`, `memory://`, …). Storage options come from fsspec's usual
configuration (`FSSPEC_<PROTOCOL>_<OPTION>` variables, `~/.config/fsspec/`) and the
store's own (for S3: `AWS_ENDPOINT_URL`, `AWS_ACCESS_KEY_ID`, `AWS_PROFILE`, …). Worker
processes are handed the lake as this string and open the filesystem themselves.

What a write guarantees:

- Local folder: as it always was. A file is written under a dot-name, fsynced and
  `os.replace`d into place, so it is whole or absent; a commit record's folder is fsynced
  too. Publishing a staged file is an `os.replace`, atomic.
- Object storage: an object appears whole when its upload completes (a failed write is
  discarded, never uploaded in part), so a reader never sees a partial file. There is
  no rename: publishing a staged file is a server-side copy, and the staged copies are
  deleted only after the batch's last file is in place (and a compaction's replaced
  files are gone). So publishing a batch is not atomic, and a crash can leave files
  both staged and published, but the commit protocol (flows.lake.store) still holds: the
  commit record is the commit point, and `recover` publishes a committed batch again,
  idempotently, because a part's name is derived from its pages (publishing twice
  overwrites, never adds). Listings are never served from fsspec's cache: other
  processes write the lake, so each listing asks the store.

The run lock (flows.pipeline.runlock) stays an OS lock on the local data folder: only one run
per data folder, whichever lake it writes. Two data folders must not share a lake.
"""

from __future__ import annotations

import os
import posixpath
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import duckdb
import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem

Lake = str | Path
"""A lake as flows and the CLI pass it around: a local path or a filesystem URL."""


@dataclass(frozen=True, slots=True)
class Location:
    """A lake resolved: its filesystem (None for a local folder) and its root in it."""

    fs: fsspec.AbstractFileSystem | None
    root: str

    def path(self, relative: str) -> str:
        """Where a file inside the lake is, in the filesystem's own terms."""
        if self.fs is None:
            return os.path.join(self.root, relative) if relative else self.root
        return posixpath.join(self.root, relative) if relative else self.root


def locate(lake: Lake) -> Location:
    """Resolve a lake path or URL. fsspec keeps one filesystem object per set of options."""
    if isinstance(lake, Path) or "://" not in lake:
        return Location(None, str(lake))
    fs, root = fsspec.core.url_to_fs(lake)
    if isinstance(fs, LocalFileSystem):  # file://…: the local folder, with local guarantees
        return Location(None, root)
    return Location(fs, root.rstrip("/"))


def uri(lake: Lake, relative: str) -> str:
    """An absolute name DuckDB and other readers can open: a resolved local path, else a URL."""
    where = locate(lake)
    if where.fs is None:
        root = Path(where.root).resolve()
        return (root / relative).as_posix() if relative else root.as_posix()
    return str(where.fs.unstrip_protocol(where.path(relative)))


def full_path(lake: Lake, relative: str) -> str:
    """A file's name as readers of this lake use it: the local path as given, else a URL."""
    where = locate(lake)
    if where.fs is None:
        return where.path(relative)
    return str(where.fs.unstrip_protocol(where.path(relative)))


def glob(lake: Lake, pattern: str) -> list[str]:
    """Paths inside the lake matching `pattern` (`*` stays within a folder), sorted."""
    where = locate(lake)
    if where.fs is None:
        root = Path(where.root)
        return sorted(p.relative_to(root).as_posix() for p in root.glob(pattern))
    where.fs.invalidate_cache()
    found = where.fs.glob(where.path(pattern))
    return sorted(str(p).rstrip("/").removeprefix(f"{where.root}/") for p in found)


def children(lake: Lake, relative: str) -> list[str]:
    """Names of what a folder inside the lake holds, sorted; none if it does not exist."""
    where = locate(lake)
    if where.fs is None:
        folder = Path(where.path(relative))
        return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
    where.fs.invalidate_cache()
    try:
        found = where.fs.ls(where.path(relative), detail=False)
    except FileNotFoundError:
        return []
    return sorted(posixpath.basename(str(p).rstrip("/")) for p in found)


def exists(lake: Lake, relative: str) -> bool:
    where = locate(lake)
    if where.fs is None:
        return os.path.exists(where.path(relative))
    where.fs.invalidate_cache()
    return bool(where.fs.exists(where.path(relative)))


def read_bytes(lake: Lake, relative: str) -> bytes:
    where = locate(lake)
    if where.fs is None:
        return Path(where.path(relative)).read_bytes()
    return bytes(where.fs.cat_file(where.path(relative)))


@contextmanager
def output(lake: Lake, relative: str) -> Iterator[str | IO[bytes]]:
    """Where to write a new file so that it appears whole or not at all: locally a
    temporary path (fsynced and renamed into place on success), on object storage a
    file whose upload completes only on success and is discarded on failure."""
    where = locate(lake)
    target = where.path(relative)
    if where.fs is None:
        path = Path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            yield str(temporary)
            _fsync(str(temporary))
            os.replace(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return
    sink = where.fs.open(target, "wb", autocommit=False)
    try:
        yield sink
        sink.close()
        sink.commit()
    except BaseException:
        sink.discard()
        sink.closed = True  # discarded: garbage collection must not try to upload it
        raise


def write_parquet(lake: Lake, relative: str, table: pa.Table) -> None:
    """Write one Parquet file (zstd) that readers see whole or not at all."""
    with output(lake, relative) as sink:
        pq.write_table(table, sink, compression="zstd")


def write_bytes(lake: Lake, relative: str, data: bytes) -> None:
    """Write a small file whole or not at all; locally its folder is fsynced too, so the
    file survives a power cut (a commit record must)."""
    with output(lake, relative) as sink:
        if isinstance(sink, str):
            Path(sink).write_bytes(data)
        else:
            sink.write(data)
    where = locate(lake)
    if where.fs is None:
        _fsync(os.path.dirname(where.path(relative)))


def publish(lake: Lake, staged: str, target: str) -> None:
    """Put a staged file at its place in the lake: locally an atomic rename; on object
    storage a server-side copy, the staged copy staying until its folder is deleted
    (`delete_tree`), so an interrupted publish can be done again from it."""
    where = locate(lake)
    if where.fs is None:
        destination = Path(where.path(target))
        destination.parent.mkdir(parents=True, exist_ok=True)
        os.replace(where.path(staged), destination)
        return
    where.fs.copy(where.path(staged), where.path(target))


def delete(lake: Lake, relative: str) -> None:
    """Delete a file inside the lake; one already gone is fine."""
    where = locate(lake)
    if where.fs is None:
        Path(where.path(relative)).unlink(missing_ok=True)
        return
    try:
        where.fs.rm_file(where.path(relative))
    except FileNotFoundError:
        return


def delete_tree(lake: Lake, relative: str) -> None:
    """Delete a folder inside the lake and all it holds; one already gone is fine."""
    where = locate(lake)
    if where.fs is None:
        shutil.rmtree(where.path(relative), ignore_errors=True)
        return
    where.fs.invalidate_cache()
    try:
        where.fs.rm(where.path(relative), recursive=True)
    except FileNotFoundError:
        return


def read_table(
    lake: Lake, files: list[str], columns: list[str] | None = None, schema: pa.Schema | None = None
) -> pa.Table:
    """Read Parquet files inside the lake as one table."""
    where = locate(lake)
    paths = [where.path(relative) for relative in files]
    return pq.ParquetDataset(paths, filesystem=where.fs, schema=schema).read(columns=columns)


def parquet_rows(lake: Lake, relative: str) -> int:
    """Rows in a Parquet file, from its footer."""
    where = locate(lake)
    return int(pq.ParquetFile(where.path(relative), filesystem=where.fs).metadata.num_rows)


def register(con: duckdb.DuckDBPyConnection, lake: Lake) -> None:
    """Let DuckDB read the lake's URLs through fsspec (nothing to do for a local folder)."""
    where = locate(lake)
    if where.fs is None:
        return
    protocols: Any = where.fs.protocol
    name = protocols if isinstance(protocols, str) else protocols[0]
    if not con.filesystem_is_registered(name):
        con.register_filesystem(where.fs)


def _fsync(path: str) -> None:
    """Flush a file (or a folder's entries) to disk, so a commit survives a power cut too."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
