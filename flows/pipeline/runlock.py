"""One run at a time per data folder: an advisory file lock that the kernel drops when the
holder exits, even on `kill -9`, so a crashed run never leaves a stale lock behind."""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from flows.settings import DataLayout


class RunInProgress(RuntimeError):
    """Another run holds the data folder; the message says which process and since when."""


_FLOW_RUN = re.compile(r"flow run ([0-9a-f-]{36})")
_FINISHED = "finished"


def previous_run(lock_text: str) -> str | None:
    """The flow run id an earlier holder of the lock recorded, unless it recorded that it
    finished: a run that held the lock and did not finish was stopped or killed."""
    found = _FLOW_RUN.search(lock_text)
    return found.group(1) if found and _FINISHED not in lock_text else None


@contextmanager
def run_lock(
    data_dir: Path,
    flow_run_id: str | None = None,
    on_abandoned: Callable[[str], None] | None = None,
) -> Iterator[Path]:
    """Hold the data folder's run lock (`DataLayout.run_lock`) for the duration, or raise
    `RunInProgress` at once.

    The lock file names the holder's flow run; the kernel drops the lock when the holder
    exits, however it ends, so the run that takes the lock next knows that flow run is no
    longer alive: if the file does not say it finished, `on_abandoned(flow_run_id)` runs
    (the flow marks it Crashed in Prefect if it is still Running there)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = DataLayout(data_dir).run_lock
    with open(path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise RunInProgress(
                f"another newsflow run is using {data_dir} ({holder}); "
                "this run stopped without changing anything. Wait for it to finish, "
                "or use another --data folder."
            ) from None
        handle.seek(0)
        earlier = previous_run(handle.read())
        handle.seek(0)
        handle.truncate()
        run = f", flow run {flow_run_id}" if flow_run_id else ""
        handle.write(f"pid {os.getpid()}{run}, started {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC\n")
        handle.flush()
        try:
            if earlier and earlier != flow_run_id and on_abandoned is not None:
                on_abandoned(earlier)
            yield path
            handle.write(f"{_FINISHED} {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC\n")
            handle.flush()
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
