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
