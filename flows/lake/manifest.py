"""The lake's record of ingested input files, so a run need not re-read what has not changed.

Content hashes decide whether a page is new, but computing them means reading every
byte of history on every run. So after a run, each input file it read completely is
recorded with its stamp (size and mtime, and its sidecar's); the next run skips files
whose stamp is unchanged and reads (and hashes) only new or changed ones. The record is
one small Parquet file in `<lake>/_inputs/`, which no lake table reads.
"""

from __future__ import annotations

import hashlib
import posixpath
from collections.abc import Iterable

import pyarrow as pa

from flows.lake import lakefs
from flows.lake.lakefs import Lake
from flows.lake.rows import storable

INPUTS = pa.schema(
    [
        pa.field("source", pa.string(), nullable=False),
        pa.field("stamp", pa.string(), nullable=False),
        pa.field("pages", pa.int64(), nullable=False),
    ]
)
"""One row per input file read completely: where, its stamp, how many pages it held."""


INPUTS_DIR = "_inputs"
"""The record's folder, inside the lake."""


def ingested_inputs(lake: Lake) -> dict[str, tuple[str, int]]:
    """source → (stamp, pages) of every input file recorded as ingested."""
    files = lakefs.glob(lake, f"{INPUTS_DIR}/*.parquet")
    if not files:
        return {}
    table = lakefs.read_table(lake, files)
    return {
        source: (stamp, pages)
        for source, stamp, pages in zip(
            *(table.column(name).to_pylist() for name in INPUTS.names), strict=True
        )
    }


def record_inputs(lake: Lake, inputs: Iterable[tuple[str, str, int]]) -> int:
    """Add (source, stamp, pages) rows, newest stamp per source winning; returns rows added.

    The whole record is rewritten as one file, renamed into place before the old
    files are removed, so it stays one small file however many runs there are.
    """
    # Names with undecodable bytes are stored escaped (`\xNN`), as Parquet takes UTF-8 only.
    new = {storable(source): (stamp, pages) for source, stamp, pages in inputs}
    if not new:
        return 0
    old_files = lakefs.glob(lake, f"{INPUTS_DIR}/*.parquet")
    merged = ingested_inputs(lake) | new
    rows = [{"source": s, "stamp": st, "pages": n} for s, (st, n) in sorted(merged.items())]
    digest = hashlib.sha256("\n".join(f"{r['source']} {r['stamp']}" for r in rows).encode())
    target = posixpath.join(INPUTS_DIR, f"inputs-{digest.hexdigest()[:16]}.parquet")
    lakefs.write_parquet(lake, target, pa.Table.from_pylist(rows, schema=INPUTS))
    for path in old_files:
        if path != target:
            lakefs.delete(lake, path)
    return len(new)
