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
import re
import threading
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


def check_shape(html: str) -> None:
    """Raise `PageOverLimit` when `html` has too many tags or nests them too deeply.

    >>> check_shape("<div>" * 5000)
    Traceback (most recent call last):
    ...
    flows.limits.PageOverLimit: page nested too deeply: over 1024 elements open at once
    """
    if html.count("<") <= _CHEAP_TAG_COUNT:
        return
    elements = 0
    open_now = 0
    for match in _TAGS.finditer(html):
        _raw_text, closing, name, rest = match.groups()
        if name is None:  # a comment, or script/style/textarea/title with its raw text
            continue
        if closing:
            open_now = max(open_now - 1, 0) if name.lower() not in _NOT_NESTING else open_now
            continue
        elements += 1
        if elements > MAX_ELEMENTS:
            raise PageOverLimit(f"page too complex: over {MAX_ELEMENTS:,} HTML elements")
        if not rest.endswith("/") and name.lower() not in _NOT_NESTING:
            open_now += 1
            if open_now > MAX_NESTING:
                raise PageOverLimit(
                    f"page nested too deeply: over {MAX_NESTING} elements open at once"
                )


class PageTimeout(Exception):
    """Raised inside the thread that overran its time budget."""


def within_time_limit(work: Callable[[], T], seconds: float = MAX_PAGE_SECONDS) -> T:
    """`work()`, or `PageOverLimit` when it runs longer than `seconds`.

    A watchdog timer raises `PageTimeout` asynchronously in the calling thread (so it
    works on Prefect's worker threads too, where signals cannot be used). A C call in
    progress (a lexbor parse) finishes before the exception lands; the shape limits keep
    those calls short.
    """
    thread_id = threading.get_ident()
    lock = threading.Lock()
    armed = [True]

    def interrupt() -> None:
        with lock:
            if armed[0]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(thread_id), ctypes.py_object(PageTimeout)
                )

    timer = threading.Timer(seconds, interrupt)
    timer.daemon = True
    try:
        try:
            timer.start()
            return work()
        finally:
            with lock:
                armed[0] = False
            timer.cancel()
    except PageTimeout as timeout:
        raise PageOverLimit(
            f"page took too long to parse: over {seconds:g} s (the per-page time limit)"
        ) from timeout
