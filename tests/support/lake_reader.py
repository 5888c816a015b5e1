"""A reader in another process that polls `select count(*)` of the lake views (`lake_pages`,
`stg_pages`) through new read-only connections until told to stop, and reports every error:
used by tests/e2e/test_readers.py and `make stress` (the compaction-reader trial)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SCRIPT = """
import json, pathlib, sys, time
import duckdb
path, stop = sys.argv[1], pathlib.Path(sys.argv[2])
print("polling", flush=True)
polls, errors, counts = 0, [], set()
while not stop.exists():
    try:
        with duckdb.connect(path, read_only=True) as con:
            counts.add(tuple(con.execute(
                "select (select count(*) from lake_pages), (select count(*) from stg_pages)"
            ).fetchall()[0]))
        polls += 1
    except Exception as error:
        errors.append(repr(error))
    time.sleep(0.005)
print(json.dumps({"polls": polls, "errors": errors[:5], "error_count": len(errors),
                  "counts": sorted(counts)}), flush=True)
"""


@contextmanager
def polling(warehouse: Path, stop: Path) -> Iterator[dict[str, Any]]:
    """Poll `warehouse` for the length of the block; the dict yielded is filled with the
    reader's report (polls, errors, error_count, counts) when the block ends."""
    report: dict[str, Any] = {}
    reader = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(warehouse), str(stop)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert reader.stdout is not None
    reader.stdout.readline()
    try:
        yield report
    finally:
        stop.touch()
        report.update(json.loads(reader.stdout.readline()))
        reader.wait(timeout=60)
