"""Per-page limits: one hostile page must cost at most a bounded slice of a batch, never the run.

Three limits, checked in this order:
- bytes: `flows.decode.MAX_PAGE_BYTES` (20 MiB after gunzip), enforced while reading;
- shape: at most `MAX_ELEMENTS` tags and `MAX_NESTING` levels of unclosed elements,
  measured on the text *before* lexbor parses it (lexbor's tree builder is quadratic in
  nesting depth: 200,000 nested `<div>` take minutes);
- time: `MAX_PAGE_SECONDS` of parsing, after which the page is rejected.
"""

from __future__ import annotations

import ctypes
import math
import os
import re
import threading
import time
from collections.abc import Callable
from typing import TypeVar

MAX_ELEMENTS = 250_000
"""Start tags per page. A news page has a few thousand; 100,000 links still fit."""
MAX_NESTING = 1_024
"""Elements open at once (twice Chrome's 512-level tree-builder cap)."""
MAX_PAGE_SECONDS = 10.0
"""Wall-clock budget for parsing one page (Python work; a C call in progress finishes first)."""

_CHEAP_TAG_COUNT = 4_096
"""Pages with fewer `<` than this skip the shape scan: they cannot hold more elements than
the limit, nor nest deeper than lexbor parses quickly (4,096 levels: ~0.05 s), while the
scan itself costs ~2 ms a page, as much as the rest of parsing."""
# Tags whose end tag HTML lets pages leave out: counting them as open would call sloppy
# but ordinary pages (a list of unclosed <li>) deeply nested.
_NOT_NESTING = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "option",
        "optgroup",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "tfoot",
        "colgroup",
        "rb",
        "rt",
        "rtc",
        "rp",
    ]
)
# Linear on any text: no part can scan past the next "<", so a page of a million unclosed
# "<a " costs one pass, not a million (a regex in C cannot be stopped by the time limit).
# Written to run in tight loops: a comment or raw text is read up to its first "-->" or end
# tag by skipping what cannot start one, and a tag is read greedily to its ">" (whether it
# closes itself is the last character before it). A pattern that tries its end at every
# character (".*?") spent twice as long on large pages, as much as the rest of parsing.
_TAGS = re.compile(
    r"<!--[^-]*(?:-(?!->)[^-]*)*(?:-->|\Z)"
    r"|<(script|style|textarea|title)\b[^<>]*>[^<]*(?:<(?!/\1\s*>)[^<]*)*(?:</\1\s*>|\Z)"
    r"|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)([^<>]*)>",
    re.IGNORECASE | re.DOTALL,
)

T = TypeVar("T")


class PageOverLimit(ValueError):
    """The page is over a per-page limit; the message says which and by how much."""


def check_shape(html: str, utf8: bytes | None = None) -> None:
    """Raise `PageOverLimit` when `html` has too many tags or nests them too deeply. `utf8`,
    when given, is `html` as UTF-8 bytes, where its `<` are counted faster.

    >>> check_shape("<div>" * 5000)
    Traceback (most recent call last):
    ...
    flows.limits.PageOverLimit: page nested too deeply: over 1024 elements open at once
    """
    if _count_tag_marks(html, utf8) <= _CHEAP_TAG_COUNT:
        return
    elements = 0
    open_now = 0
    nests: dict[str, bool] = {}  # per tag name as written: a page repeats a few dozen names
    for match in _TAGS.finditer(html):
        _raw_text, closing, name, rest = match.groups()
        if name is None:  # a comment, or script/style/textarea/title with its raw text
            continue
        nesting = nests.get(name)
        if nesting is None:
            nesting = nests[name] = name.lower() not in _NOT_NESTING
        if closing:
            if nesting and open_now:
                open_now -= 1
            continue
        elements += 1
        if elements > MAX_ELEMENTS:
            raise PageOverLimit(f"page too complex: over {MAX_ELEMENTS:,} HTML elements")
        if nesting and not rest.endswith("/"):
            open_now += 1
            if open_now > MAX_NESTING:
                raise PageOverLimit(
                    f"page nested too deeply: over {MAX_NESTING} elements open at once"
                )


def _count_tag_marks(html: str, utf8: bytes | None) -> int:
    """How many `<` the page holds. In its UTF-8 bytes (where `<` is always the byte 0x3C)
    numpy compares all bytes at once, in a quarter of the time `str.count` takes going
    character by character; that count was 1.5% of parsing a page, which nearly always
    holds fewer `<` than `_CHEAP_TAG_COUNT` and so is read whole."""
    if utf8 is None:
        return html.count("<")
    import numpy as np  # here, not above: a process that parses no page does not load it

    return int(np.count_nonzero(np.frombuffer(utf8, dtype=np.uint8) == ord("<")))


class PageTimeout(Exception):
    """Raised inside the thread that overran its time budget."""


class _Watchdog:
    """One daemon thread per process that raises `PageTimeout` in threads past their deadline.

    A `threading.Timer` per page started and ended a thread for every page: 7% of the time
    of a batch. Here a page only writes its deadline under a lock; the thread sleeps until
    the earliest deadline, and a deadline already gone by the time it wakes is skipped, so it
    wakes about once per time limit, not once per page (an earlier deadline than the one it
    sleeps until, from a shorter limit, wakes it at once)."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._deadlines: dict[object, tuple[float, int]] = {}  # token → (deadline, thread id)
        self._thread: threading.Thread | None = None
        self._wakes_at = math.inf  # when the thread wakes next: an earlier deadline wakes it

    def arm(self, seconds: float) -> object:
        token = object()
        deadline = time.monotonic() + seconds
        with self._condition:
            self._deadlines[token] = (deadline, threading.get_ident())
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="page-watchdog", daemon=True)
                self._thread.start()
            elif deadline < self._wakes_at:
                self._condition.notify()
        return token

    def disarm(self, token: object) -> None:
        """After this returns, the watchdog raises nothing more for `token`."""
        with self._condition:
            self._deadlines.pop(token, None)

    def _run(self) -> None:
        with self._condition:
            while True:
                now = time.monotonic()
                for token, (deadline, thread_id) in list(self._deadlines.items()):
                    if deadline <= now:
                        del self._deadlines[token]
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(
                            ctypes.c_ulong(thread_id), ctypes.py_object(PageTimeout)
                        )
                self._wakes_at = min((d for d, _ in self._deadlines.values()), default=math.inf)
                self._condition.wait(None if self._wakes_at == math.inf else self._wakes_at - now)


_watchdog = _Watchdog()


def _new_watchdog() -> None:
    """A forked child has no watchdog thread, and maybe a lock held by the parent's."""
    global _watchdog  # the process's one watchdog, replaced in a forked child
    _watchdog = _Watchdog()


os.register_at_fork(after_in_child=_new_watchdog)


def within_time_limit(work: Callable[[], T], seconds: float = MAX_PAGE_SECONDS) -> T:
    """`work()`, or `PageOverLimit` when it runs longer than `seconds`.

    A watchdog thread raises `PageTimeout` asynchronously in the calling thread (so it
    works on Prefect's worker threads too, where signals cannot be used). A C call in
    progress (a lexbor parse) finishes before the exception lands; the shape limits keep
    those calls short.
    """
    watchdog = _watchdog
    try:
        token = watchdog.arm(seconds)
        try:
            return work()
        finally:
            watchdog.disarm(token)
    except PageTimeout as timeout:
        raise PageOverLimit(
            f"page took too long to parse: over {seconds:g} s (the per-page time limit)"
        ) from timeout
