"""Python's cycle collector paused around work that builds many objects without cycles.

Parsing a page (an element wrapper for every element walked, thousands kept in lists) and
placing a batch of stories (hundreds of thousands of small word lists and band buckets) make
objects that form no reference cycles, so the collector finds nothing in them; but while they
pile up it walks them and then the whole process's heap again and again, which in a flow
run's process holds Prefect's objects too. Reference counting frees them as usual.
Imports nothing: the parser and the stories both use it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off for the block, back on after it if it was on before; what it
    would have found waits for the next collection after the block."""
    enabled = gc.isenabled()
    try:  # disabled inside the try: a time-limit exception raised at once still re-enables
        gc.disable()
        yield
    finally:
        if enabled:
            gc.enable()
