"""How fast newsflow parses pages, next to the bare lexbor parse on the same pages.

Loads the article-extraction benchmark's pages into memory (gunzipped), then in
one process times (a) `LexborHTMLParser(html).body.text()`, the ceiling anything
built on selectolax can reach, and (b) `flows.parse.parse_page`, which decodes and
extracts every field (metadata, body, comments, links). Prints the median of
several rounds as pages/s of CPU time (one core) and the ratio b/a. Without ../shared it says so, exits 0.

usage: python -m bench.parse_speed [--benchmark DIR] [--rounds N]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from bench.paths import BENCHMARKS
from flows.parse.decode import decode
from flows.parse.page import PageRejected, parse_page

FETCHED_AT = datetime(2020, 1, 1, tzinfo=UTC)


def bare_parse(pages: list[bytes]) -> None:
    """The ceiling: parse and read the body text, nothing else."""
    for data in pages:
        body = LexborHTMLParser(decode(data)).body
        if body is not None:
            body.text()


def full_parse(pages: list[bytes]) -> None:
    """Everything newsflow reads from a page."""
    for data in pages:
        with contextlib.suppress(PageRejected):
            parse_page(data, fetched_at=FETCHED_AT)


def pages_per_second(run: Callable[[list[bytes]], None], pages: list[bytes], rounds: int) -> float:
    """Median pages/s of CPU time over `rounds` passes. CPU time, not wall time: the machine
    is shared, and a process waiting for a core should not count as slow parsing."""
    rates = []
    for _ in range(rounds):
        start = time.process_time()
        run(pages)
        rates.append(len(pages) / (time.process_time() - start))
    return statistics.median(rates)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmark", type=Path, default=BENCHMARKS / "article-extraction")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    folder = args.benchmark.resolve() / "html"
    if not folder.is_dir():
        print(f"bench parse: skipped, no benchmark pages at {folder} (they live in ../shared)")
        return 0
    pages = [gzip.decompress(path.read_bytes()) for path in sorted(folder.glob("*.html.gz"))]
    megabytes = sum(map(len, pages)) / 2**20
    bare = pages_per_second(bare_parse, pages, args.rounds)
    full = pages_per_second(full_parse, pages, args.rounds)
    print(f"{len(pages)} pages, {megabytes:.1f} MiB in memory, median of {args.rounds} rounds")
    print(f"bare lexbor parse + body.text(): {bare:8.1f} pages/s")
    print(f"newsflow parse_page (all fields): {full:8.1f} pages/s")
    print(f"ratio: {full / bare:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
