"""SIGINT and SIGTERM stop a real `newsflow run` within seconds at any stage: exit 130/143,
one line, no process left, the flow run Cancelled in Prefect (checked through the API),
and the next run ends with the tables of a clean run. A run killed with `kill -9` stays
Running in Prefect until the next run of its data folder marks it Crashed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from uuid import UUID

import pytest

from tests.support import crash, leftovers


@pytest.fixture(scope="module")
def runs(prefect_api, tmp_path_factory):
    from prefect.settings import PREFECT_API_URL

    root = tmp_path_factory.mktemp("signals")
    crash.small_corpus(root / "raw")
    env = crash.child_env(PREFECT_API_URL.value())
    assert crash.run_newsflow(root / "raw", root / "clean", env) == 0
    return root, env, crash.checksums(root / "clean")


def _state(flow_run_id: str):
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        return client.read_flow_run(UUID(flow_run_id)).state


def _gone(pids: list[int]) -> list[int]:
    """Those of `pids` still alive (zombies count as gone)."""
    alive = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.append(pid)
    return alive


def _check_stopped(stop: crash.Stop, signum: int) -> None:
    assert stop.code == 128 + signum, stop
    # A few seconds; 8 leaves room for a machine shared with other test suites.
    assert stop.seconds < 8, (stop.seconds, stop.stderr)
    lines = [line for line in stop.stderr.splitlines() if line.strip()]
    assert [line for line in lines if line.startswith("newsflow: stopped by")], stop
    assert "Traceback" not in stop.stderr, stop.stderr
    deadline = time.monotonic() + 5
    while _gone(stop.children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _gone(stop.children) == [], stop


@pytest.mark.parametrize(
    ("signum", "phase", "delay"),
    [
        (signal.SIGINT, "ingest", 0.1),
        (signal.SIGTERM, "ingest", 0.3),
        (signal.SIGINT, "build", 0.0),
        (signal.SIGTERM, "starting", 2.5),
        (signal.SIGTERM, "build", 0.3),
    ],
    ids=["sigint-ingest", "sigterm-ingest", "sigint-build", "sigterm-starting", "sigterm-build"],
)
def test_a_signal_stops_the_run_and_the_next_run_finishes_its_work(runs, signum, phase, delay):
    root, env, clean = runs
    data = root / f"stopped-{signum}-{phase}"
    stop = crash.stop_run(root / "raw", data, env, signum, phase, delay=delay)
    if stop.phase == "finished":
        pytest.skip("the run finished before the signal")  # a slow start: nothing to check
    _check_stopped(stop, signum)
    if stop.flow_run_id:
        assert _state(stop.flow_run_id).type.value in ("CANCELLED", "CRASHED")
    assert crash.unreadable_files(data / "lake") == []
    assert crash.run_newsflow(root / "raw", data, env) == 0
    assert crash.compare(clean, crash.checksums(data)) == [], stop
    assert leftovers.orphans() == {}


def test_a_second_ctrl_c_stops_at_once(runs):
    root, env, _ = runs
    stop = crash.stop_run(
        root / "raw", root / "twice", env, signal.SIGINT, "ingest", delay=0.1, second=True
    )
    assert stop.phase != "finished"
    _check_stopped(stop, signal.SIGINT)
    assert leftovers.orphans() == {}


def test_a_killed_run_is_marked_crashed_by_the_next_run(runs):
    root, env, clean = runs
    data = root / "killed"
    process = subprocess.Popen(
        [*crash.NEWSFLOW, "run", "--raw", str(root / "raw"), "--data", str(data),
         "--batch-size", "2", "--quiet"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    started = time.monotonic()
    while not (data / "lake").exists() and time.monotonic() - started < 120:
        time.sleep(0.01)
    process.kill()
    process.wait()
    flow_run_id = crash.flow_run_in_lock(data)
    assert flow_run_id and _state(flow_run_id).type.value == "RUNNING"
    assert leftovers.orphans() == {}, "the killed run's workers outlived it"

    assert crash.run_newsflow(root / "raw", data, env) == 0
    state = _state(flow_run_id)
    assert state.type.value == "CRASHED" and "gone" in state.message
    assert crash.compare(clean, crash.checksums(data)) == []


def test_the_temporary_prefect_server_dies_with_a_killed_run(tmp_path):
    """Without PREFECT_API_URL the run starts Prefect's temporary server: after `kill -9`
    of the run it must not live on."""
    crash.small_corpus(tmp_path / "raw", pages=2)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    process = subprocess.Popen(
        [sys.executable, "-m", "flows.cli.main", "run", "--raw", str(tmp_path / "raw"),
         "--data", str(tmp_path / "data"), "--quiet"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    from flows.processes import descendants

    started, server = time.monotonic(), []
    while not server and process.poll() is None and time.monotonic() - started < 120:
        server = [
            pid for pid in descendants(process.pid)
            if b"uvicorn" in Path(f"/proc/{pid}/cmdline").read_bytes()
        ]  # fmt: skip
        time.sleep(0.2)
    assert server, "no temporary server seen"
    time.sleep(1)
    process.kill()
    process.wait()
    assert leftovers.orphans(env["PREFECT_HOME"]) == {}
