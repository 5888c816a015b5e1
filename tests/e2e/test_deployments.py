"""prefect.yaml against a real `prefect server start`: deploy, trigger a run through the API,
and let a real process worker run it to completion."""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.news_week import FIRST_DAY, write_news_week
from tests.support.pages import REPO

PREFECT = str(Path(sys.executable).with_name("prefect"))
API_TIMEOUT = 30
"""Seconds for one API call. httpx's default of 5 is short for a server on a loaded machine
(its SQLite logs "database is locked" there); this test failed once in four suite runs."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(check, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(1)
    pytest.fail(f"gave up after {timeout:.0f} s waiting for {what}")


def _stop(process: subprocess.Popen) -> None:
    """Ctrl-C, as a person would (a Prefect worker ignores SIGTERM while it retries the API)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[tuple[str, dict[str, str]]]:
    """A real Prefect server on a free port with its own PREFECT_HOME; yields (api url, env)."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}  # fmt: skip
    log = (home / "server.log").open("w")
    process = subprocess.Popen(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip

    def healthy() -> bool:
        assert process.poll() is None, (home / "server.log").read_text()
        try:
            return httpx.get(f"{api}/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        _wait_for(healthy, 180, "the Prefect server to answer /api/health")
        yield api, env
    finally:
        _stop(process)
        log.close()


def _prefect(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [PREFECT, *args],
        env={**env, "PWD": str(REPO)},  # prefect.yaml's pull step reads $PWD
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"prefect {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_deploy_all_then_a_worker_runs_a_triggered_backfill(server, tmp_path):
    api, env = server
    _prefect(env, "work-pool", "create", "newsflow", "--type", "process")
    _prefect(env, "--no-prompt", "deploy", "--all")

    daily = httpx.get(f"{api}/deployments/name/news_pipeline/daily", timeout=API_TIMEOUT).json()
    assert [s["schedule"]["cron"] for s in daily["schedules"]] == ["0 6 * * *"]
    assert daily["schedules"][0]["schedule"]["timezone"] == "UTC"
    assert daily["parameters"] == {"raw": "data/raw", "data": "data", "days": 2}

    write_news_week(tmp_path / "raw")
    since, until = FIRST_DAY.replace(day=2).isoformat(), FIRST_DAY.replace(day=3).isoformat()
    backfill = httpx.get(
        f"{api}/deployments/name/news_pipeline/backfill", timeout=API_TIMEOUT
    ).json()
    created = httpx.post(
        f"{api}/deployments/{backfill['id']}/create_flow_run",
        timeout=API_TIMEOUT,
        json={"parameters": {"raw": str(tmp_path / "raw"), "data": str(tmp_path / "data"),
                             "since": since, "until": until}},
    )  # fmt: skip
    assert created.status_code == 201, created.text
    run_id = created.json()["id"]

    worker_log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [PREFECT, "worker", "start", "--pool", "newsflow", "--limit", "1"],
        env=env, cwd=REPO, stdout=worker_log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip

    def finished() -> dict | None:
        run = httpx.get(f"{api}/flow_runs/{run_id}", timeout=API_TIMEOUT).json()
        return (
            run if run["state"]["type"] in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"} else None
        )

    try:
        run = _wait_for(finished, 300, "the worker to finish the backfill run")
    finally:
        _stop(worker)
        worker_log.close()
    assert run["state"]["type"] == "COMPLETED", (tmp_path / "worker.log").read_text()
    assert run["name"] == f"news {since}..{until}"
    reports = sorted(p.name for p in (tmp_path / "data" / "reports").iterdir())
    assert reports == [f"{since}.html", f"{until}.html"]
