"""Run progress for whoever watches from the same process, such as `newsflow run`'s progress bar.

The flow reports steps here as well as to Prefect (its progress artifact), so the
terminal can follow a run without polling the API. With nobody watching, a step
costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Listener = Callable[[str, int, int], None]
"""Called with (step, done, total)."""

_listeners: list[Listener] = []
current_run: str | None = None
"""The id of the flow run last started in this process (for `newsflow run` to report on it
when the run is stopped)."""
current_name: str | None = None


def started(run_id: str, name: str | None = None) -> None:
    """A flow run started in this process."""
    global current_run, current_name
    current_run, current_name = run_id, name


@contextmanager
def watching(listener: Listener) -> Iterator[None]:
    """Call `listener` on every step reported while the block runs."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)


def step(name: str, done: int, total: int) -> None:
    """Tell the listeners that `done` of `total` units of step `name` are finished."""
    for listener in _listeners:
        listener(name, done, total)
