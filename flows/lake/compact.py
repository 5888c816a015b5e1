"""Compact a lake partition: merge a day's many small Parquet files into one.

Ingest writes a file per table and day every 1,000 pages, so a big run leaves a day
with a handful of full files, which suit DuckDB. Many small runs (or many small jobs)
would leave it hundreds of small files instead, and readers pay per file. So after a run,
each day it wrote to whose `pages` partition holds `COMPACT_AT_FILES` small files (under
`SMALL_FILE_PAGES` pages) is merged, every table's files into one; other days are left
alone, since rewriting full files costs a run more than readers save (at 100,000 pages,
merging days of ~13 files of ~750 pages took 3% of the run). The merged file is committed like a batch
(`flows.lake.commit_staged`): staged, recorded, moved into place, and only then are the
old files retired, so a crash leaves duplicate rows at worst (staging de-duplicates them,
and the next run's recovery finishes the swap), never missing ones. Retired files stay
on disk, left out by the lake's readers, until the next warehouse is swapped in (the
one in use lists them in its `lake_*` views): readers of it never hit a missing file.
"""

from __future__ import annotations

import hashlib
import posixpath
from datetime import date

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.lake import lakefs, store
from flows.lake.lakefs import Lake
from flows.lake.schema import TABLES
from flows.lake.store import partition_dir

COMPACT_AT_FILES = 8
"""Small files a day may gather before its partitions are merged."""
SMALL_FILE_PAGES = 250
"""A file of fewer pages is small (ingest writes up to 1,000 a file)."""
ROW_GROUP_ROWS = 256 * 1024
"""Rows per row group in a compacted file: big enough to scan fast, small enough to buffer."""


def partition_files(lake_dir: Lake, table: str, dt: date) -> list[str]:
    """A table's current files for day `dt`, by path inside the lake."""
    return store.current_files(lake_dir, table, f"dt={dt.isoformat()}")


def compact_partition(lake_dir: Lake, table: str, dt: date) -> int:
    """Merge one table's files for day `dt` into one file; returns how many files it replaced.

    Rows of a page that an earlier file already holds are dropped (a page's rows are
    always written together, so `page_id` identifies them in every table).
    """
    files = partition_files(lake_dir, table, dt)
    if len(files) < 2:
        return 0
    names = [posixpath.basename(path) for path in files]
    digest = hashlib.sha256("\n".join(names).encode()).hexdigest()[:16]
    key = f"compact-{table}-{dt.isoformat()}-{digest}"
    relative = f"{partition_dir(table, dt)}/compact-{digest}.parquet"
    schema = TABLES[table]
    seen = pa.array([], pa.string())
    pending: list[pa.Table] = []
    buffered = rows = 0
    with (
        lakefs.output(lake_dir, f"{store.staging_dir(key)}/{relative}") as sink,
        pq.ParquetWriter(sink, schema, compression="zstd") as writer,
    ):
        for path in files:
            part = lakefs.read_table(lake_dir, [path], schema=schema)
            if len(seen):
                part = part.filter(pc.invert(pc.is_in(part["page_id"], value_set=seen)))
            seen = pa.concat_arrays([seen, pc.unique(part["page_id"])])
            pending.append(part)
            buffered += part.num_rows
            rows += part.num_rows
            if buffered >= ROW_GROUP_ROWS:
                writer.write_table(pa.concat_tables(pending), row_group_size=ROW_GROUP_ROWS)
                pending, buffered = [], 0
        if pending:
            writer.write_table(pa.concat_tables(pending), row_group_size=ROW_GROUP_ROWS)
    replaced = [path for path in files if path != relative]
    store.commit_staged(lake_dir, key, {relative: rows}, replaces=replaced)
    return len(files)


def compact_days(
    lake_dir: Lake,
    days: set[date],
    *,
    at_files: int = COMPACT_AT_FILES,
    small_pages: int = SMALL_FILE_PAGES,
) -> int:
    """Compact every table's partitions for the days of `days` with `at_files` files of
    under `small_pages` pages or more; returns the files replaced."""
    return sum(
        compact_partition(lake_dir, table, dt)
        for dt in sorted(days)
        if small_files(lake_dir, dt, small_pages) >= at_files
        for table in TABLES
    )


def small_files(lake_dir: Lake, dt: date, small_pages: int) -> int:
    """How many of the day's `pages` files hold fewer than `small_pages` pages (each comes
    with a file in every other table that has rows)."""
    return sum(
        lakefs.parquet_rows(lake_dir, path) < small_pages
        for path in partition_files(lake_dir, "pages", dt)
    )
