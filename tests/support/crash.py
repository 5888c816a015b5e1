"""Kill `newsflow run` with SIGKILL at random moments, run it again, compare with a clean run.

Tables are compared by checksum: row count and an order-independent sum of row hashes,
`run_id` left out (it names the run, so it differs by design). Used by `make stress` and
by tests/e2e/test_crash.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from flows.lake import store
from flows.lake.schema import TABLES
from flows.processes import descendants
from tests.support.hostile import article

Checksums = dict[str, tuple[int, int]]
NEWSFLOW = [sys.executable, "-m", "flows.cli.main"]


@dataclass(frozen=True, slots=True)
class Kill:
    phase: str
    """Where the kill landed: `starting`, `ingest`, `build`, `summaries` (after the swap), or
    `finished` when the run ended first."""
    seconds: float
    """How long after the start."""
    unreadable: list[str]
    """Parquet files readers could see right after the kill that were not complete."""


def small_corpus(raw: Path, pages: int = 16) -> None:
    """Articles with comments over three fetch days, plus a few pages that are rejected."""
    raw.mkdir(parents=True, exist_ok=True)
    start = datetime(2024, 11, 1, 9, tzinfo=UTC)
    for n in range(pages):
        fetched = start + timedelta(days=n % 3, minutes=n)
        comments = "".join(
            f'<li id="comment-{c}" class="comment"><b class="fn">Reader {c}</b>'
            f'<div class="comment-content"><p>Comment {c} on story {n}, '
            f"{'WhatsApp +234 803 123 4567 for cheap loans' if c == 2 else 'well said'}.</p></div></li>"
            for c in range(1, 4)
        )
        page = article(
            head=f'<link rel="canonical" href="https://site{n % 2}.example/story-{n}">'
            f'<meta property="article:published_time" content="{fetched.isoformat()}">',
            extra=f'<ol class="comment-list">{comments}</ol><a href="/next-{n}">next</a>',
        ).replace(b"Hostile page", f"Story number {n}".encode())
        _write(raw / f"site{n % 2}" / f"story-{n}.html", page, fetched)
    for name, data in (("empty.html", b""), ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(99))):
        _write(raw / name, data, start)


def _write(path: Path, data: bytes, fetched: datetime) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    path.with_name(path.name + ".meta.json").write_text(
        json.dumps({"fetched_at": fetched.isoformat()}), encoding="utf-8"
    )


def run_newsflow(raw: Path, data: Path, env: dict[str, str], batch_size: int = 2) -> int:
    """One complete `newsflow run` in its own process; its exit code."""
    return subprocess.run(
        [*NEWSFLOW, "run", "--raw", str(raw), "--data", str(data), "--batch-size",
         str(batch_size), "--quiet"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False,
    ).returncode  # fmt: skip


def kill_run(raw: Path, data: Path, env: dict[str, str], rng: random.Random) -> Kill:
    """Start a run and SIGKILL it at a random moment of its ingest or model build."""
    phase_wanted = rng.choice(["ingest", "ingest", "build"])
    extra = rng.uniform(0, 0.4 if phase_wanted == "ingest" else 0.3)
    process = subprocess.Popen(
        [*NEWSFLOW, "run", "--raw", str(raw), "--data", str(data), "--batch-size", "2", "--quiet"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    started = time.monotonic()
    marker = data / "lake" if phase_wanted == "ingest" else data / "warehouse.duckdb.building"
    while process.poll() is None and not marker.exists() and time.monotonic() - started < 120:
        time.sleep(0.005)
    time.sleep(extra)
    phase = _phase(data) if process.poll() is None else "finished"
    process.send_signal(signal.SIGKILL)
    process.wait()
    return Kill(phase, round(time.monotonic() - started, 2), unreadable_files(data / "lake"))


@dataclass(frozen=True, slots=True)
class Stop:
    phase: str
    """Where the signal landed (see `Kill.phase`)."""
    code: int
    seconds: float
    """From the signal to the process's exit."""
    stderr: str
    children: list[int]
    """The run's descendants (workers, a server) just before the signal."""
    flow_run_id: str | None
    """The flow run the run's lock file named, if it got that far."""


def stop_run(
    raw: Path,
    data: Path,
    env: dict[str, str],
    signum: int,
    phase: str,
    *,
    delay: float = 0.0,
    second: bool = False,
    batch_size: int = 2,
) -> Stop:
    """Start `newsflow run` in its own process group and send `signum` to the group (as a
    terminal's Ctrl-C does) once it reaches `phase` (`starting`: at once; `ingest`: the lake
    exists; `build`: the warehouse is being built) and `delay` more seconds; `second` sends
    a second signal right after."""
    process = subprocess.Popen(
        [*NEWSFLOW, "run", "--raw", str(raw), "--data", str(data), "--batch-size",
         str(batch_size), "--quiet"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    markers = {"ingest": data / "lake", "build": data / "warehouse.duckdb.building"}
    started = time.monotonic()
    if phase in markers:
        while (
            process.poll() is None
            and not markers[phase].exists()
            and time.monotonic() - started < 120
        ):
            time.sleep(0.005)
    time.sleep(delay)
    landed = _phase(data) if process.poll() is None else "finished"
    children = descendants(process.pid)
    sent = time.monotonic()
    os.killpg(process.pid, signum)
    if second:
        time.sleep(0.05)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=120)
    seconds = round(time.monotonic() - sent, 2)
    return Stop(landed, process.returncode, seconds, err, children, flow_run_in_lock(data))


def flow_run_in_lock(data: Path) -> str | None:
    """The flow run the data folder's run lock file names (the last run that took it)."""
    lock = data / ".newsflow-run.lock"
    found = re.search(r"flow run ([0-9a-f-]{36})", lock.read_text()) if lock.exists() else None
    return found.group(1) if found else None


def overlapping_runs(raw: Path, data: Path, env: dict[str, str]) -> list[tuple[int, str]]:
    """Two `newsflow run`s started at once on one data folder: (exit code, last stderr line)."""
    command = [*NEWSFLOW, "run", "--raw", str(raw), "--data", str(data), "--quiet"]
    runs = [
        subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True)
        for _ in range(2)
    ]  # fmt: skip
    outcomes = []
    for run in runs:
        _, err = run.communicate()
        lines = [line for line in err.splitlines() if line.startswith("newsflow:")]
        outcomes.append((run.returncode, lines[-1] if lines else ""))
    return sorted(outcomes)


def _phase(data: Path) -> str:
    if (data / "warehouse.duckdb.building").exists():
        return "build"
    if (data / "warehouse.duckdb").exists():
        return "summaries"
    if (data / "lake").exists():
        return "ingest"
    return "starting"


def unreadable_files(lake_dir: Path) -> list[str]:
    """Parquet files in the table folders that a reader cannot read (there must be none)."""
    bad = []
    for table in TABLES:
        for path in store.table_files(lake_dir, table):
            try:
                pq.read_metadata(path)
            except (OSError, pa.ArrowException):
                bad.append(path)
    return bad


def checksums(data: Path) -> Checksums:
    """(rows, hash sum) of every lake table and every warehouse table and view of data."""
    sums: Checksums = {}
    con = duckdb.connect()
    for table in TABLES:
        files = store.table_files(data / "lake", table)
        if files:
            sums[f"lake/{table}"] = _checksum(con, f"read_parquet({files!r})")
    con.close()
    with duckdb.connect(str(data / "warehouse.duckdb"), read_only=True) as wh:
        names = wh.execute(
            "select table_name from duckdb_tables() union select view_name from duckdb_views() "
            "where not internal"
        ).fetchall()
        for (name,) in sorted(names):
            if name.startswith("_"):
                continue  # the build's own bookkeeping (which files were tested), not data
            sums[f"warehouse/{name}"] = _checksum(wh, f'"{name}"')
    return sums


def _checksum(con: duckdb.DuckDBPyConnection, relation: str) -> tuple[int, int]:
    columns = [
        row[0] for row in con.execute(f"describe select * from {relation}").fetchall()
        if row[0] != "run_id"
    ]  # fmt: skip
    quoted = ", ".join(f'"{c}"' for c in columns)
    count, total = con.execute(
        f"select count(*), coalesce(sum(hash({quoted}))::hugeint, 0) from {relation}"
    ).fetchall()[0]
    return int(count), int(total)


def compare(clean: Checksums, after: Checksums) -> list[str]:
    """What differs between two sets of checksums, in words."""
    return [
        f"{name}: {clean.get(name)} rows/hash in a clean run, {after.get(name)} after the crash"
        for name in sorted(clean.keys() | after.keys())
        if clean.get(name) != after.get(name)
    ]


def uncommitted_files(lake_dir: Path) -> list[str]:
    """Files in the table folders that no commit record lists (there must be none)."""
    listed = {
        str(lake_dir / str(entry["path"]))
        for record in store.committed_batches(lake_dir)
        for entry in record["files"]
    }
    return [f for table in TABLES for f in store.table_files(lake_dir, table) if f not in listed]


def child_env(api_url: str) -> dict[str, str]:
    """The environment for `newsflow run` children: the given Prefect API, no telemetry."""
    return {
        **os.environ,
        "PREFECT_API_URL": api_url,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
