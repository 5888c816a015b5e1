"""Prefect's temporary API server for a `newsflow run` without PREFECT_API_URL, started so
that it outlives Ctrl-C and dies with the run.

Prefect starts the same server on first use (`SubprocessASGIServer`), in the terminal's
process group: Ctrl-C killed it with the run, which then could not report its state and
retried for minutes; after `kill -9` of the run it lived on. Here it runs in its own
session (the terminal's Ctrl-C does not reach it; the run stops it on exit) with the
parent-death signal set (flows.processes), started from the main thread.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from flows import processes


def api_configured() -> bool:
    """Whether Prefect has an API to talk to (PREFECT_API_URL or a profile's)."""
    from prefect.settings import PREFECT_API_URL

    return bool(PREFECT_API_URL.value())


def start_temporary_server() -> str:
    """Start the temporary server Prefect would start, our way; returns its API URL.

    Registered as Prefect's own instance (`SubprocessASGIServer()`), so every Prefect client
    in this process uses it; Prefect stops it at exit."""
    import prefect
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import get_current_settings

    class _DiesWithParent(SubprocessASGIServer):
        def _run_uvicorn_command(self) -> subprocess.Popen[Any]:
            # Prefect 3.9.1's command and environment, plus a session and a death signal.
            return subprocess.Popen(
                args=[sys.executable, "-m", "uvicorn", "--app-dir",
                      str(prefect.__module_path__.parent), "--factory",
                      "prefect.server.api.server:create_app", "--host", "127.0.0.1",
                      "--port", str(self.port), "--log-level", "error", "--lifespan", "on"],
                env={
                    **os.environ,
                    "PREFECT_UI_ENABLED": "0",
                    "PREFECT__SERVER_EPHEMERAL": "1",
                    "PREFECT__SERVER_FINAL": "1",
                    **get_current_settings().to_environment_variables(exclude_unset=True),
                },
                stdout=subprocess.DEVNULL,
                stderr=_log_file(),
                start_new_session=True,
                preexec_fn=processes.preexec_die_with_parent,  # noqa: PLW1509
            )  # fmt: skip

    SubprocessASGIServer._instances.pop(None, None)  # none started yet; ours takes its place
    server = _DiesWithParent()
    server.start()
    return server.api_url


def stop_temporary_server() -> None:
    """Kill our temporary server now: a stopped run does not wait for its graceful stop
    (its SQLite database survives a kill like any crash)."""
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer._instances.get(None)
    process = getattr(server, "server_process", None)
    if process is not None and process.poll() is None:
        process.kill()
        process.wait()


def _log_file() -> Any:
    """Where the temporary server's own messages go: a file in PREFECT_HOME, not the terminal."""
    from prefect.settings import PREFECT_HOME

    home = Path(PREFECT_HOME.value())
    home.mkdir(parents=True, exist_ok=True)
    return open(home / "newsflow-temporary-server.log", "ab")  # the child keeps it open
