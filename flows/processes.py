"""Child processes that die with their parent, even when the parent is killed with `kill -9`.

A `newsflow run` starts worker processes and, without a Prefect server, Prefect's temporary
API server. Killed by the out-of-memory killer or `kill -9`, a parent runs no clean-up, so
each child watches for the death itself, two ways:

- on Linux, the kernel sends the child SIGKILL when its parent dies (`prctl(PR_SET_PDEATHSIG)`,
  set in the child, kept across exec);
- a daemon thread in the child (workers only: they run our code) polls `os.getppid()` and
  exits when the parent changes, which also covers other systems.

No Prefect and no flows imports here: the worker processes and the CLI both use it.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

PR_SET_PDEATHSIG = 1
WATCH_SECONDS = 0.5
_STOP = threading.Event()


def request_stop() -> None:
    """Record that the run was asked to stop (a SIGINT or SIGTERM arrived), for code below
    the CLI that must not carry on as if nothing happened (a task retrying after its delay)."""
    _STOP.set()


def stop_requested() -> bool:
    return _STOP.is_set()


def set_parent_death_signal(signum: int = signal.SIGKILL) -> bool:
    """Ask the kernel to send this process `signum` when its parent dies (Linux only).

    The "parent" is the thread that started this process: start children from a thread
    that lives as long as they should (the main thread)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return bool(libc.prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def die_with_parent(parent_pid: int) -> None:
    """In a child process: exit as soon as `parent_pid` is no longer this process's parent.

    Sets the parent-death signal and starts a daemon thread watching `os.getppid()`; a
    parent already gone (it died while this child started) ends the child at once."""
    set_parent_death_signal()
    if os.getppid() != parent_pid:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(WATCH_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="newsflow-parent-watch", daemon=True).start()


def preexec_die_with_parent() -> None:
    """`subprocess.Popen(preexec_fn=…)` for a child that runs code we do not control (a
    server): the parent-death signal only. Runs between fork and exec."""
    set_parent_death_signal()


def descendants(pid: int | None = None) -> list[int]:
    """The process ids of every living descendant of `pid` (default: this process), from
    /proc (Linux; empty elsewhere)."""
    root = os.getpid() if pid is None else pid
    children: dict[int, list[int]] = {}
    for parent, child in _parents():
        children.setdefault(parent, []).append(child)
    found: list[int] = []
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _parents() -> Iterator[tuple[int, int]]:
    proc = Path("/proc")
    if not proc.is_dir():
        return
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid …; comm may hold spaces and parentheses
        fields = stat[stat.rfind(")") + 2 :].split()
        if fields and fields[0] != "Z":
            yield int(fields[1]), int(entry.name)


def kill_descendants(pid: int | None = None) -> None:
    """SIGKILL every descendant of `pid` (default: this process), deepest first."""
    for child in reversed(descendants(pid)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(child, signal.SIGKILL)
