"""Score comment extraction on ../shared/benchmarks/comments/ and on our set bench/devsets/comments.

Each page goes through `flows.parse.parse_page`, the same entry point the pipeline uses;
a rejected page counts as "no comments". For the shared set: the benchmark's own report
(its score.py) and the median extraction time per page. For our set (pages fetched into
../devsets/comments by `make devsets`): bench/comment_score.py's figures on the tune half,
the held-out test half, both together ("all"), the fresh split (pages nobody tuned on,
kept apart as the final held-out measurement) and the fresh2 split (pages added after the
fresh split had been read, measured once), then one line per markup, worst first, the
held-out markups of fresh and of fresh2 each in a block of their own. Each part is skipped
with a message when its pages are absent.
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
from urllib.parse import urlparse

from selectolax.lexbor import LexborHTMLParser

from bench import devset
from bench.article_scores import split_of
from bench.comment_score import PageRow, page_rows, summary
from flows.parse.comments import extract_comments
from flows.parse.decode import decode, unpack
from flows.parse.page import PageRejected, parse_page

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "comments"
FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)
TIMING_ROUNDS = 5


def predictions(pages: Path | list[Path]) -> dict[str, list[dict[str, Any]]]:
    """file name → [{"author", "text", "parent"}] as newsflow parses the page (PAGES: a
    folder of .html files or a list of page files, gzipped or not)."""
    found: dict[str, list[dict[str, Any]]] = {}
    paths = sorted(pages.glob("*.html")) if isinstance(pages, Path) else pages
    for path in paths:
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
    right, total = parent_counts(truth, found)
    return f"reply parents right: {right}/{total} on pages with the right count"


def parent_counts(
    truth: list[dict[str, Any]], found: dict[str, list[dict[str, Any]]]
) -> tuple[int, int]:
    right = total = 0
    for page in truth:
        predicted = found.get(page["file"], [])
        if page["comments"] and len(predicted) == len(page["comments"]):
            total += len(predicted)
            right += sum(
                p.get("parent") == t["parent"]
                for p, t in zip(predicted, page["comments"], strict=True)
            )
    return right, total


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


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _line(name: str, rows: list[PageRow]) -> str:
    s = summary(rows)
    return (
        f"  {name:<6} pages {s['pages']:3d} ({s['zero_comment_pages']:2d} without)  "
        f"comments {s['true_comments']:4d}  found {s['predicted_comments']:4d}  "
        f"P {_figure(s['precision'])}  R {_figure(s['recall'])}  F1 {_figure(s['f1'])}  "
        f"count {_figure(s['count_accuracy'])}  author {_figure(s['author_accuracy'])}"
    )


DEV_SPLITS = ("tune", "test")
"""The dev halves; "all" is these two together, so its figure does not move as the set grows."""
FRESH = "fresh"
"""The split made last, of markups the dev halves lack. It is cut in two by site, like the
article sets (`bench.article_scores.split_of`): its tune half may be read to change the
parser, its test half only as the final held-out measurement."""
FRESH_HALVES = (f"{FRESH}-tune", f"{FRESH}-test")
FRESH2 = "fresh2"
"""The split added after the fresh split's test half had been read: unseen markups, held out
whole (not cut by site), for one final measurement; never read to change the parser."""


def fresh_half(page: dict[str, Any]) -> str:
    """The fresh half of a page: by the host of its URL, else by the repository it comes from."""
    site = urlparse(page.get("url") or "").hostname or page["source"].split("@")[0]
    return f"{FRESH}-{split_of(site.removeprefix('www.'))}"


def _badness(part: list[PageRow]) -> tuple[float, float, str]:
    """Sort key putting the worst markup first: F1, then recall (pages without comments by
    how few comments were found on them)."""
    s = summary(part)
    return (
        s["f1"] if s["true_comments"] else 1.0 - s["predicted_comments"] / 1e6,
        s["recall"] or 0.0,
        part[0].markup,
    )


def _markup_lines(rows: list[PageRow]) -> list[str]:
    by_markup: dict[str, list[PageRow]] = {}
    for row in rows:
        by_markup.setdefault(row.markup, []).append(row)
    lines = []
    for part in sorted(by_markup.values(), key=_badness):
        s = summary(part)
        lines.append(
            f"    {part[0].split:<10} F1 {_figure(s['f1'] if s['true_comments'] else None)}  "
            f"{len(part)}p  true {s['true_comments']:3d}  found {s['predicted_comments']:3d}  "
            f"matched {s['matched']:3d}  authors {sum(r.author_ok for r in part):3d}  {part[0].markup[:90]}"
        )
    return lines


def devset_report(name: str = "comments") -> list[str]:
    """Our set's figures: tune, test, all (tune and test), fresh, fresh2, then per markup worst
    first (F1, then recall), the held-out markups of fresh and of fresh2 in blocks of their own."""
    present = devset.present(name)
    if not present:
        return [f"devset {name}: skipped: run make devsets (no pages in {devset.pages_dir(name)})"]
    on_disk = {path.name for _, path in present}
    truth = [
        {**p, "split": fresh_half(p)} if p.get("split") == FRESH else p
        for p in devset.truth(name)  # type: ignore[attr-defined]
        if p["file"] in on_disk
    ]
    found = predictions([path for _, path in present])
    rows = page_rows(truth, found)
    dev = [r for r in rows if r.split in DEV_SPLITS]
    fresh = [r for r in rows if r.split in FRESH_HALVES]
    fresh2 = [r for r in rows if r.split == FRESH2]
    lines = [
        f"devset {name} ({len(rows)}/{len(devset.sources(name))} pages present, bench/comment_score.py):"
    ]
    lines += [_line(split, [r for r in rows if r.split == split]) for split in DEV_SPLITS]
    lines.append(_line("all", dev))
    if fresh:
        lines += [_line(half, [r for r in fresh if r.split == half]) for half in FRESH_HALVES]
        lines.append(_line(FRESH, fresh))
    if fresh2:
        lines.append(_line(FRESH2, fresh2))
    parents = [
        (split, *parent_counts([p for p in truth if p.get("split") == split], found))
        for split in (*DEV_SPLITS, *FRESH_HALVES)
    ]
    lines.append(
        "  reply parents right on pages with the right count: "
        + ", ".join(f"{split} {right}/{total}" for split, right, total in parents if total)
    )
    lines.append("  per markup, worst first (split, pages, true, found, matched, right authors):")
    lines += _markup_lines(dev + [r for r in fresh if r.split == FRESH_HALVES[0]])
    held_out = [r for r in fresh if r.split == FRESH_HALVES[1]]
    if held_out:
        lines.append(
            "  per markup of the fresh split's test half (held out: the final measurement, not for tuning):"
        )
        lines += _markup_lines(held_out)
    if fresh2:
        lines.append(
            "  per markup of the fresh2 split (held out: measured once at the end, not for tuning):"
        )
        lines += _markup_lines(fresh2)
    return lines


def main() -> int:
    if not (BENCH / "score.py").is_file():
        print(f"comments benchmark not found at {BENCH}: skipped")
        print("\n".join(devset_report()))
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
    print("\n".join(devset_report()))
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
