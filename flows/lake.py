"""Write and read the Parquet lake: `<lake>/<table>/dt=YYYY-MM-DD/<part>.parquet`.

Files appear atomically (written under a dot-name, then renamed), so a reader
never sees half a file. A part's name is derived from the pages in it, so
writing the same batch again replaces the file instead of adding a copy.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from flows.rows import PageRows, Row
from flows.schemas import TABLES


def partition_dir(lake: Path, table: str, dt: date) -> Path:
    return lake / table / f"dt={dt.isoformat()}"


def write_batch(lake: Path, batch: Iterable[PageRows]) -> dict[str, int]:
    """Write one batch of pages' rows, one file per table and day. Returns rows written per table.

    `pages` files are written last: a page counts as ingested only once its `pages`
    row exists, so a crash mid-batch makes the next run redo the batch, and the
    content-derived file names make the redo overwrite what the crash left.
    """
    by_day: dict[date, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for page in batch:
        for table, rows in page.tables.items():
            by_day[page.dt][table].extend(rows)
    written = dict.fromkeys(TABLES, 0)
    for table in ("articles", "comments", "links", "pages"):
        for dt, tables in sorted(by_day.items()):
            rows = tables[table]
            if not rows:
                continue
            name = _part_name(p["page_id"] for p in tables["pages"])
            _write_atomic(
                pa.Table.from_pylist(rows, schema=TABLES[table]),
                partition_dir(lake, table, dt) / name,
            )
            written[table] += len(rows)
    return written


def seen_page_ids(lake: Path) -> set[str]:
    """page_ids already in the lake: the pages a run must not ingest again."""
    files = table_files(lake, "pages")
    if not files:
        return set()
    ids = pq.ParquetDataset(files).read(columns=["page_id"]).column("page_id")
    return set(ids.to_pylist())


def table_files(lake: Path, table: str) -> list[str]:
    return sorted(str(p) for p in (lake / table).glob("dt=*/*.parquet"))


def _part_name(page_ids: Iterable[str]) -> str:
    digest = hashlib.sha256("\n".join(sorted(page_ids)).encode()).hexdigest()[:16]
    return f"part-{digest}.parquet"


def _write_atomic(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, temporary, compression="zstd")
    os.replace(temporary, path)
