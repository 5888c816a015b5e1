"""Processes a test session left behind: every process it starts (runs, workers, Prefect
servers) inherits the session's PREFECT_HOME (tests/conftest.py), so one that still carries
it after its parent ended is an orphan."""

from __future__ import annotations

import os
import time
from pathlib import Path

from flows.processes import descendants


def carrying(env_value: str) -> dict[int, str]:
    """pid → command line of each live process (not a zombie) whose environment holds
    `PREFECT_HOME=<env_value>`, this process left out."""
    found = {}
    needle = f"PREFECT_HOME={env_value}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if state != "Z":
            found[int(entry.name)] = command.strip()
    return found


def orphans(env_value: str | None = None, wait: float = 5.0) -> dict[int, str]:
    """The session's processes that are not this process's descendants (their parent
    died), after giving them `wait` seconds to exit."""
    value = env_value or os.environ["PREFECT_HOME"]
    deadline = time.monotonic() + wait
    while True:
        mine = set(descendants())
        left = {pid: cmd for pid, cmd in carrying(value).items() if pid not in mine}
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.2)


def leftovers(env_value: str) -> dict[int, str]:
    """The session's processes still alive at its end, but for this process's own
    multiprocessing resource tracker (it lives as long as this process, by design)."""
    mine = set(descendants())
    return {
        pid: command
        for pid, command in carrying(env_value).items()
        if not (pid in mine and "multiprocessing.resource_tracker" in command)
    }
