"""One run at a time per data folder: an advisory file lock that the kernel drops when the
holder exits, even on `kill -9`, so a crashed run never leaves a stale lock behind."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from flows.settings import DataLayout


class RunInProgress(RuntimeError):
    """Another run holds the data folder; the message says which process and since when."""


@contextmanager
def run_lock(data_dir: Path) -> Iterator[Path]:
    """Hold the data folder's run lock (`DataLayout.run_lock`) for the duration, or raise
    `RunInProgress` at once."""
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
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC\n")
        handle.flush()
        try:
            yield path
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
