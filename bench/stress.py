"""`make stress`: the hostile corpus through a real `newsflow run`, then the kill loop, the
Ctrl-C loop and the compaction-reader trial.

Prints pages in / parsed / rejected / lost for the hostile corpus; for the kill loop, where
each SIGKILL landed and whether the rerun matched a clean run; for the Ctrl-C loop, where
each SIGINT/SIGTERM landed, the exit code, the seconds to stop, the flow run's state, and
whether the rerun matched a clean run with no process left behind; for the reader trial,
the polls and errors of a reader of the lake views during a compacting run. Exits 1 if a
page was lost, a page's outcome was not the expected one, or a trial failed.
Runs against a temporary Prefect API (SQLite), not ~/.prefect.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from flows.lake import store
from flows.lake.rows import storable
from flows.settings import DataLayout
from tests.support import crash, lake_reader, leftovers
from tests.support.hostile import write_corpus


def hostile(root: Path, env: dict[str, str]) -> bool:
    raw, data = root / "raw", root / "data"
    expected = {storable(source): expect for source, expect in write_corpus(raw).items()}
    started = time.monotonic()
    code = crash.run_newsflow(raw, data, env, batch_size=250)
    seconds = time.monotonic() - started
    files = store.table_files(DataLayout(data).lake, "pages")
    with duckdb.connect() as con:
        rows = con.execute(
            f"select source, status, error from read_parquet({files!r})"
        ).fetchall() if files else []  # fmt: skip
    outcome = {source: (status, error or "") for source, status, error in rows}
    lost = [source for source in expected if source not in outcome]
    duplicated = len(rows) - len(outcome)
    wrong = [
        f"{source}: expected {expect!r}, got {outcome[source]}"
        for source, expect in expected.items()
        if source in outcome
        and not (
            outcome[source][0] == "parsed"
            if expect == "parsed"
            else outcome[source][0] == "rejected" and expect in outcome[source][1]
        )
    ]
    parsed = sum(status == "parsed" for status, _ in outcome.values())
    print(f"hostile corpus: newsflow run exited {code} after {seconds:.1f} s")
    print(
        f"  pages in {len(expected)} / parsed {parsed} / rejected {len(outcome) - parsed} / "
        f"lost {len(lost)} / duplicated {duplicated} / unexpected outcome {len(wrong)}"
    )
    for source, (status, error) in sorted(outcome.items()):
        if status == "rejected":
            print(f"    rejected {source!r}: {error}")
    for line in lost + wrong:
        print(f"  PROBLEM {line}")
    return code == 0 and not lost and not wrong and duplicated == 0


def clean_baseline(root: Path, env: dict[str, str]) -> tuple[Path, crash.Checksums | None]:
    """The trials' small corpus and the checksums of a clean run over it (None if it failed),
    which every interrupted run must reach again after the next run."""
    raw = root / "raw"
    crash.small_corpus(raw)
    if crash.run_newsflow(raw, root / "clean", env) != 0:
        return raw, None
    return raw, crash.checksums(root / "clean")


def kill_loop(root: Path, env: dict[str, str], trials: int, seed: int) -> bool:
    raw, clean = clean_baseline(root, env)
    if clean is None:
        print("kill loop: the clean run failed")
        return False
    rng = random.Random(seed)
    passed = 0
    print(f"kill loop: {trials} trials on {clean['lake/pages'][0]} pages (seed {seed})")
    for trial in range(trials):
        data = root / f"trial-{trial}"
        kill = crash.kill_run(raw, data, env, rng)
        code = crash.run_newsflow(raw, data, env)
        problems = [f"the rerun exited {code}"] if code else []
        problems += [f"unreadable after the kill: {f}" for f in kill.unreadable]
        if not code:
            problems += crash.compare(clean, crash.checksums(data))
            problems += [
                f"not in any commit record: {f}"
                for f in crash.uncommitted_files(Path(DataLayout(data).lake))
            ]
        passed += not problems
        verdict = "same tables as a clean run" if not problems else "; ".join(problems)
        print(
            f"  trial {trial + 1}: SIGKILL during {kill.phase} at {kill.seconds:.2f} s → {verdict}"
        )
    print(f"  trials passed {passed}/{trials}")
    outcomes = crash.overlapping_runs(raw, root / "overlap", env)
    same = crash.compare(clean, crash.checksums(root / "overlap"))
    codes = [code for code, _ in outcomes]
    overlap_ok = codes in ([0, 0], [0, 4]) and not same
    timing = " (the two did not overlap this time)" if codes == [0, 0] else ""
    print(f"overlapping runs: exit codes {codes}{timing}; "
          f"{'same tables as a clean run' if not same else '; '.join(same)}")  # fmt: skip
    for code, message in outcomes:
        if message:
            print(f"  exit {code}: {message}")
    return passed == trials and overlap_ok


def stop_loop(root: Path, env: dict[str, str], trials: int, seed: int) -> bool:
    """SIGINT or SIGTERM at random points of real runs: each must stop within seconds with
    exit 130/143, leave no process and no flow run Running, and the next run must end with
    the tables of a clean run."""
    from uuid import UUID

    from prefect.client.orchestration import get_client

    raw, clean = clean_baseline(root, env)
    if clean is None:
        print("Ctrl-C loop: the clean run failed")
        return False
    rng = random.Random(seed)
    passed = 0
    print(f"Ctrl-C loop: {trials} trials (seed {seed})")
    for trial in range(trials):
        data = root / f"trial-{trial}"
        signum = rng.choice([signal.SIGINT, signal.SIGTERM])
        phase = rng.choice(["starting", "ingest", "ingest", "build"])
        delay = rng.uniform(0, 3 if phase == "starting" else 0.3)
        stop = crash.stop_run(raw, data, env, signum, phase, delay=delay)
        problems = []
        if stop.phase != "finished":
            if stop.code != 128 + signum:
                problems.append(f"exit {stop.code}")
            if stop.seconds > 8:
                problems.append(f"took {stop.seconds:.1f} s to stop")
        if alive := [pid for pid in stop.children if _alive(pid)]:
            problems.append(f"processes left: {alive}")
        state = "-"
        if stop.flow_run_id:
            with get_client(sync_client=True) as client:
                found = client.read_flow_run(UUID(stop.flow_run_id)).state
            state = str(found.name) if found else "-"
            if found is not None and found.is_running():
                problems.append("its flow run is still Running")
        code = crash.run_newsflow(raw, data, env)
        problems += (
            [f"the rerun exited {code}"] if code else crash.compare(clean, crash.checksums(data))
        )
        passed += not problems
        verdict = "same tables as a clean run" if not problems else "; ".join(problems)
        print(
            f"  trial {trial + 1}: {signal.Signals(signum).name} during {stop.phase} → exit "
            f"{stop.code} in {stop.seconds:.2f} s, flow run {state} → {verdict}"
        )
    print(f"  trials passed {passed}/{trials}")
    return passed == trials


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def compaction_readers(root: Path, env: dict[str, str]) -> bool:
    """A reader polls the lake views while a run compacts the files the warehouse in use
    reads: not one error."""
    raw, data = root / "raw", root / "data"
    crash.small_corpus(raw / "first", pages=27)
    first = crash.run_newsflow(raw, data, env, batch_size=1)
    crash.small_corpus(raw / "second", pages=27)
    with lake_reader.polling(data / "warehouse.duckdb", root / "stop") as report:
        second = crash.run_newsflow(raw, data, env, batch_size=1)
    ok = first == second == 0 and report["error_count"] == 0 and report["polls"] > 0
    print(
        f"compaction readers: runs exited {first}, {second}; a reader polled lake_pages and "
        f"stg_pages {report['polls']} times, {report['error_count']} errors"
    )
    for error in report["errors"]:
        print(f"  PROBLEM {error}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Its own Prefect home: every process the trials start carries it, so one left
    # behind is found (tests/support/leftovers.py).
    os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="newsflow-stress-prefect-")

    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with (
        prefect_test_harness(server_startup_timeout=120),
        tempfile.TemporaryDirectory(prefix="newsflow-stress-") as folder,
    ):
        env = crash.child_env(PREFECT_API_URL.value())
        ok = hostile(Path(folder) / "hostile", env)
        ok = kill_loop(Path(folder) / "kills", env, args.trials, args.seed) and ok
        ok = stop_loop(Path(folder) / "stops", env, args.trials, args.seed) and ok
        ok = compaction_readers(Path(folder) / "readers", env) and ok
        left = leftovers.orphans(os.environ["PREFECT_HOME"])
        print(f"processes left behind: {len(left)}")
        for pid, command in left.items():
            print(f"  PROBLEM {pid}: {command}")
        ok = ok and not left
    print("stress: OK" if ok else "stress: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
