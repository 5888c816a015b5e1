"""Coverage-guided fuzzing of `flows.rows.page_rows` with atheris (`make fuzz`).

Any input must give exactly one `pages` row that Parquet can store, parsed or rejected
with a reason; anything else (an exception, a crash, a hang past libFuzzer's timeout)
is a finding, saved by libFuzzer in build/fuzz/ as a `crash-*`, `timeout-*` or `slow-unit-*`
file to replay. Bounded: by default 60 s (`FUZZ_SECONDS`), seeded with the hostile corpus.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import pyarrow as pa

    from flows.contracts import RawPage
    from flows.lake.rows import page_rows
    from flows.lake.schema import TABLES

FETCHED = datetime(2024, 11, 1, 12, tzinfo=UTC)
NAMES = ("page.html", "page.txt", "page.html.gz")


def one_input(data: bytes) -> None:
    name = NAMES[data[0] % len(NAMES)] if data else NAMES[0]
    rows = page_rows(RawPage(data=data[1:], source=name, fetched_at=FETCHED), run_id="fuzz")
    [page] = rows.tables["pages"]
    if (page["status"] == "rejected") != bool(page["error"]):
        raise AssertionError(f"a page must be parsed, or rejected with a reason: {page}")
    for table, schema in TABLES.items():
        pa.Table.from_pylist(rows.tables[table], schema=schema)


def seeds(folder: Path) -> None:
    """Small hostile pages to start from (the giant ones are left to the stress run)."""
    from tests.support.hostile import corpus

    for item in corpus(scale=0.001):
        data = item.make()
        if len(data) < 200_000:
            (folder / f"seed-{abs(hash(item.name))}").write_bytes(b"\x00" + data)


def main() -> None:
    seconds = os.environ.get("FUZZ_SECONDS", "60")
    folder = Path(tempfile.mkdtemp(prefix="newsflow-fuzz-"))
    seeds(folder)
    findings = Path("build/fuzz")
    findings.mkdir(parents=True, exist_ok=True)
    argv = [sys.argv[0], f"-max_total_time={seconds}", "-timeout=20", "-rss_limit_mb=3072",
            "-max_len=65536", f"-artifact_prefix={findings}/", str(folder)]  # fmt: skip
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
