"""Write and read the Parquet lake: `<lake>/<table>/dt=YYYY-MM-DD/<part>.parquet`.

A batch of pages is committed whole or not at all, so a crash (even `kill -9`) never
leaves a partial file, an orphan row or a duplicate in the lake tables:

1. stage: each file of the batch is written to `<lake>/_staging/<batch>/…`, outside the
   table folders that readers glob, under a dot-name renamed into place when complete;
2. commit: `<lake>/_commits/<batch>.json` (what the batch wrote, how many rows) is
   written atomically. It existing is the commit point, and it stays as the lake's log;
3. publish: the staged files are renamed into the table folders, `pages` last, and the
   staging folder is removed.

The lake may be a local folder or live on object storage (flows.lake.lakefs says what each
guarantees); paths inside the lake, as in commit records, are relative to its root.

Files a compaction replaces are retired, not deleted: `<lake>/_retired/<batch>.json` lists
them, readers of the lake (`partitions`, `table_files`, `seen_page_ids`) leave them out,
and they stay on disk for the warehouse in use, whose `lake_*` views list the files they
read. A run deletes the files earlier runs retired (`purge_retired`) once its own warehouse is
swapped in: the warehouse it replaced was built without them, so a reader who opened that one
before the swap still finds every file its views list.

`recover` runs at the start of every run (under the run lock): a staged batch with a
commit record is published (rolled forward), one without is deleted (rolled back: its
pages have no `pages` row, so the run ingests them again). A part's name is derived
from the pages in it, so publishing the same batch twice replaces, never adds.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pyarrow as pa

from flows.lake import lakefs
from flows.lake.lakefs import Lake
from flows.lake.rows import PageRows, Row, rejected
from flows.lake.schema import TABLES

STAGING = "_staging"
COMMITS = "_commits"
RETIRED = "_retired"
PUBLISH_ORDER = ("articles", "comments", "links", "pages")
"""`pages` last: a page counts as ingested once its `pages` row is visible."""


@dataclass(frozen=True, slots=True)
class Recovery:
    """What `recover` found left by an interrupted run."""

    published: int
    """Committed batches whose files were not all in place yet (rolled forward)."""
    discarded: int
    """Uncommitted batches (rolled back; their pages are ingested again)."""


def partition_dir(table: str, dt: date) -> str:
    """A table's folder for day `dt`, inside the lake."""
    return f"{table}/dt={dt.isoformat()}"


def write_batch(lake: Lake, batch: Iterable[PageRows]) -> dict[str, int]:
    """Commit one batch of pages' rows, one file per table and day. Returns rows written per table."""
    return write_tables(lake, {part: [table] for part, table in arrow_tables(list(batch)).items()})


def arrow_tables(pages: list[PageRows]) -> dict[tuple[str, date], pa.Table]:
    """The pages' rows as one Arrow table per (table, day): a quarter of the memory of the
    rows as Python dicts, so a worker can hold many pages before writing them.

    A page whose rows Arrow refuses (a value no schema allows) becomes a rejected page
    with the reason, instead of failing the batch.
    """
    try:
        return _tables(pages)
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        return _tables([_storable(page) for page in pages])


def write_tables(lake: Lake, parts: dict[tuple[str, date], list[pa.Table]]) -> dict[str, int]:
    """Commit pieces of (table, day) tables as one batch, one file per table and day.
    Returns rows written per table."""
    written = dict.fromkeys(TABLES, 0)
    pages = {
        dt: pa.concat_tables(tables) for (table, dt), tables in parts.items() if table == "pages"
    }
    if not pages:
        return written
    names = {
        dt: f"part-{_digest(table.column('page_id').to_pylist())}.parquet"
        for dt, table in pages.items()
    }
    key = _digest(
        page_id for table in pages.values() for page_id in table.column("page_id").to_pylist()
    )
    staged = staging_dir(key)
    lakefs.delete_tree(lake, staged)
    files: list[dict[str, Any]] = []
    for table_name in PUBLISH_ORDER:
        for (name, dt), tables in sorted(parts.items(), key=lambda item: item[0][1]):
            rows = sum(table.num_rows for table in tables)
            if name != table_name or not rows:
                continue
            relative = f"{partition_dir(name, dt)}/{names[dt]}"
            lakefs.write_parquet(lake, f"{staged}/{relative}", pa.concat_tables(tables))
            files.append({"table": name, "path": relative, "rows": rows})
            written[name] += rows
    run_ids = pa.concat_tables(pages.values()).column("run_id").unique().to_pylist()
    record = {
        "batch": key,
        "run_id": ", ".join(sorted(run_ids)),
        "committed_at": datetime.now(UTC).isoformat(),
        "files": files,
    }
    # The commit point: from here on the batch is in the lake, even if publishing is cut short.
    lakefs.write_bytes(lake, f"{COMMITS}/{key}.json", json.dumps(record, indent=1).encode())
    _publish(lake, key)
    return written


def commit_staged(
    lake: Lake, key: str, files: dict[str, int], *, replaces: Iterable[str] = ()
) -> None:
    """Commit files already written under `<lake>/_staging/<key>/` (path inside the lake →
    rows) that take the place of `replaces`: how compaction swaps a day's small files for
    one. Publishing moves the new files in, then retires the replaced ones (readers leave
    them out; they are deleted after the next warehouse swap), so a crash in between shows
    duplicate rows (staging de-duplicates them) until the next run's `recover` finishes the
    swap; rows are never missing."""
    record = {
        "batch": key,
        "run_id": "compaction",
        "committed_at": datetime.now(UTC).isoformat(),
        "files": [
            {"table": _table(path), "path": path, "rows": rows} for path, rows in files.items()
        ],
        "replaces": sorted(replaces),
    }
    lakefs.write_bytes(lake, f"{COMMITS}/{key}.json", json.dumps(record, indent=1).encode())
    _publish(lake, key)


def staging_dir(key: str) -> str:
    """Where a batch or a compaction writes its files before they are committed, inside the lake."""
    return f"{STAGING}/{key}"


def recover(lake: Lake) -> Recovery:
    """Finish or undo the batches an interrupted run left staged. Idempotent."""
    published = discarded = 0
    for unfinished in lakefs.glob(lake, f"{COMMITS}/.*.tmp"):  # a record cut short: no commit
        lakefs.delete(lake, unfinished)
    for key in lakefs.children(lake, STAGING):
        if lakefs.exists(lake, f"{COMMITS}/{key}.json"):
            _publish(lake, key)
            published += 1
        else:
            lakefs.delete_tree(lake, staging_dir(key))
            discarded += 1
    return Recovery(published, discarded)


def committed_batches(lake: Lake) -> list[dict[str, Any]]:
    """The commit records, oldest first: what each batch wrote."""
    records = [
        json.loads(lakefs.read_bytes(lake, path)) for path in lakefs.glob(lake, f"{COMMITS}/*.json")
    ]
    return sorted(records, key=lambda record: str(record["committed_at"]))


def seen_page_ids(lake: Lake) -> set[str]:
    """page_ids already in the lake: the pages a run must not ingest again."""
    files = current_files(lake, "pages")
    if not files:
        return set()
    ids = lakefs.read_table(lake, files, columns=["page_id"]).column("page_id")
    return set(ids.to_pylist())


def current_files(lake: Lake, table: str, pattern: str = "dt=*") -> list[str]:
    """A table's Parquet files (paths inside the lake) in the partitions `pattern` matches:
    files being written (dot-names) and files retired by a compaction left out."""
    retired = retired_files(lake)
    return [
        path
        for path in lakefs.glob(lake, f"{table}/{pattern}/*.parquet")
        if not path.rsplit("/", 1)[-1].startswith(".") and path not in retired
    ]


def partitions(lake: Lake, table: str) -> dict[str, list[str]]:
    """`dt=…` partition → its current Parquet files (paths inside the lake, in order; see
    `current_files`)."""
    found: dict[str, list[str]] = {}
    for path in current_files(lake, table):
        found.setdefault(path.split("/")[1], []).append(path)
    return found


def table_files(lake: Lake, table: str) -> list[str]:
    """A table's current files, named as readers of this lake open them (a path, or a URL)."""
    return [lakefs.full_path(lake, path) for path in current_files(lake, table)]


def retired_files(lake: Lake) -> set[str]:
    """Files compactions replaced that are still on disk for the warehouse in use."""
    retired: set[str] = set()
    for record in retirements(lake):
        retired.update(json.loads(lakefs.read_bytes(lake, record))["files"])
    return retired


def retirements(lake: Lake) -> list[str]:
    """The records of the compactions so far (`<lake>/_retired/<batch>.json`)."""
    return lakefs.glob(lake, f"{RETIRED}/*.json")


def purge_retired(lake: Lake, records: Iterable[str] | None = None) -> int:
    """Delete the files that RECORDS retired (all retired files when None), and the records;
    call it once no warehouse in use lists them. Returns how many files it deleted."""
    deleted = 0
    for record in retirements(lake) if records is None else records:
        if not lakefs.exists(lake, record):
            continue  # purged by an attempt of this task that failed after it
        for path in json.loads(lakefs.read_bytes(lake, record))["files"]:
            lakefs.delete(lake, path)
            deleted += 1
        lakefs.delete(lake, record)
    return deleted


def _table(path: str) -> str:
    return path.split("/", 1)[0]


def _tables(pages: list[PageRows]) -> dict[tuple[str, date], pa.Table]:
    by_day: dict[date, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for page in pages:
        for table, rows in page.tables.items():
            by_day[page.dt][table].extend(rows)
    return {
        (table, dt): pa.Table.from_pylist(rows, schema=TABLES[table])
        for dt, tables in by_day.items()
        for table, rows in tables.items()
        if rows
    }


def _storable(page: PageRows) -> PageRows:
    """The page itself if Arrow takes all its rows, else the page rejected with Arrow's reason."""
    try:
        _tables([page])
    except (pa.ArrowException, TypeError, ValueError, OverflowError) as problem:
        return rejected(page, f"row error: a value cannot be stored: {problem}")
    return page


def _publish(lake: Lake, key: str) -> None:
    """Move a committed batch's staged files into the table folders, `pages` last, then
    retire the files it replaces (a compaction's: readers leave them out from then on,
    `purge_retired` deletes them), then delete the staging folder. On object storage the
    staged copies stay until that last step, so `recover` can redo it all."""
    staged = staging_dir(key)
    for table in PUBLISH_ORDER:
        for path in lakefs.glob(lake, f"{staged}/{table}/dt=*/*.parquet"):
            lakefs.publish(lake, path, path.removeprefix(f"{staged}/"))
    record = json.loads(lakefs.read_bytes(lake, f"{COMMITS}/{key}.json"))
    if record.get("replaces"):
        retired = {"batch": key, "files": record["replaces"]}
        lakefs.write_bytes(lake, f"{RETIRED}/{key}.json", json.dumps(retired, indent=1).encode())
    lakefs.delete_tree(lake, staged)


def _digest(page_ids: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(page_ids)).encode()).hexdigest()[:16]
