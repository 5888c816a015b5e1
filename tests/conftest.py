"""Shared fixtures. Prefect gets its own temporary home before anything imports it."""

from __future__ import annotations

import os
import tempfile
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


KINDS = ("unit", "integration", "e2e")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test with its kind, the folder it lives in: `pytest -m unit` runs the fast
    pure ones, `-m "not e2e"` everything but real flow runs and subprocesses."""
    for item in items:
        kind = item.path.parent.name
        assert kind in KINDS, f"{item.nodeid}: tests live in tests/unit, integration or e2e"
        item.add_marker(getattr(pytest.mark, kind))
