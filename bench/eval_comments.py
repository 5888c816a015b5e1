"""Score comment extraction on ../shared/benchmarks/comments/ with that folder's score.py.

Each page goes through `flows.parse.parse_page`, the same entry point the pipeline uses;
a rejected page counts as "no comments". Prints the benchmark's own report and the
median extraction time per page. Exits 0 with a message when the benchmark is absent.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments
from flows.parse.decode import decode, unpack
from flows.parse.page import PageRejected, parse_page

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "comments"
FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)
TIMING_ROUNDS = 5


def predictions(pages: Path) -> dict[str, list[dict[str, Any]]]:
    """file name → [{"author", "text", "parent"}] as newsflow parses the page."""
    found: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(pages.glob("*.html")):
        try:
            page = parse_page(path.read_bytes(), fetched_at=FETCHED, name=path.name)
        except PageRejected:
            found[path.name] = []
            continue
        found[path.name] = [
            {"author": c.author, "text": c.text, "parent": c.parent} for c in page.comments
        ]
    return found


def parent_accuracy(truth: list[dict[str, Any]], found: dict[str, list[dict[str, Any]]]) -> str:
    """score.py does not score threads: the share of right parents on the pages whose comment
    count is right (there the i-th comment found is the i-th true one)."""
    right = total = 0
    for page in truth:
        predicted = found.get(page["file"], [])
        if page["comments"] and len(predicted) == len(page["comments"]):
            total += len(predicted)
            right += sum(
                p["parent"] == t["parent"] for p, t in zip(predicted, page["comments"], strict=True)
            )
    return f"reply parents right: {right}/{total} on pages with the right count"


def comment_ms_per_page(pages: Path) -> list[float]:
    """Per page, the median over rounds of the time `extract_comments` takes (parse excluded)."""
    trees = [LexborHTMLParser(decode(unpack(p.read_bytes()))) for p in sorted(pages.glob("*.html"))]
    times = []
    for tree in trees:
        rounds = []
        for _ in range(TIMING_ROUNDS):
            start = time.perf_counter()
            extract_comments(tree, FETCHED)
            rounds.append((time.perf_counter() - start) * 1000)
        times.append(statistics.median(rounds))
    return times


def main() -> int:
    if not (BENCH / "score.py").is_file():
        print(f"comments benchmark not found at {BENCH}: skipped")
        return 0
    found = predictions(BENCH / "pages")
    with tempfile.TemporaryDirectory() as tmp:
        pred_file = Path(tmp) / "comments.json"
        pred_file.write_text(json.dumps(found, ensure_ascii=False), "utf-8")
        args = [sys.executable, str(BENCH / "score.py"), str(pred_file), *sys.argv[1:]]
        done = subprocess.run(args, check=False)
    print(parent_accuracy(json.loads((BENCH / "truth.json").read_text("utf-8")), found))
    times = comment_ms_per_page(BENCH / "pages")
    print(
        f"comment extraction ms per page: median {statistics.median(times):.3f}, "
        f"mean {statistics.mean(times):.3f}, max {max(times):.3f} "
        f"({len(times)} pages, {TIMING_ROUNDS} rounds each)"
    )
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
