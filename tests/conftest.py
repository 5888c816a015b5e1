"""Shared fixtures. Prefect gets its own temporary home before anything imports it."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterator

import pytest

os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="newsflow-test-prefect-")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


@pytest.fixture(scope="session")
def prefect_api() -> Iterator[None]:
    """A temporary Prefect API (SQLite) for the whole session: real flow runs, no mocks."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """No process of this session may outlive it: after the last test (and the temporary
    Prefect API) every process that carries the session's PREFECT_HOME must be gone."""
    from tests.support.leftovers import leftovers

    deadline = time.monotonic() + 10
    while (left := leftovers(os.environ["PREFECT_HOME"])) and time.monotonic() < deadline:
        time.sleep(0.2)
    if left:
        lines = "\n".join(f"  {pid}: {command}" for pid, command in sorted(left.items()))
        print(f"\nprocesses left behind by the test session:\n{lines}", file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


KINDS = ("unit", "integration", "e2e")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test with its kind, the folder it lives in: `pytest -m unit` runs the fast
    pure ones, `-m "not e2e"` everything but real flow runs and subprocesses."""
    for item in items:
        kind = item.path.parent.name
        assert kind in KINDS, f"{item.nodeid}: tests live in tests/unit, integration or e2e"
        item.add_marker(getattr(pytest.mark, kind))
