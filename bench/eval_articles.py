"""Score newsflow's article bodies on the shared article-extraction benchmark.

Runs `flows.parse.parse_page` over every page of
../shared/benchmarks/article-extraction/, writes the bodies as predictions and
prints the benchmark's own score (shingle F1, precision, recall) and the worst
pages. The benchmark is not part of the repo: without it this says so and exits 0.

usage: python bench/eval_articles.py [--benchmark DIR] [--worst N] [--keep FILE]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from flows.parse.page import PageRejected, parse_page

DEFAULT_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "benchmarks"
FETCHED_AT = datetime(2020, 1, 1, tzinfo=UTC)


def predict(benchmark: Path) -> dict[str, dict[str, str]]:
    """Page id → {"articleBody": body} for every page in the benchmark's ground truth."""
    truth = json.loads((benchmark / "ground-truth.json").read_text())
    predictions = {}
    for page_id, item in truth.items():
        data = (benchmark / "html" / f"{page_id}.html.gz").read_bytes()
        try:
            body = parse_page(data, fetched_at=FETCHED_AT, url=item.get("url")).article.body
        except PageRejected:
            body = ""
        predictions[page_id] = {"articleBody": body}
    return predictions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmark", type=Path, default=DEFAULT_DIR / "article-extraction")
    parser.add_argument("--worst", type=int, default=10, help="list the N pages with lowest F1")
    parser.add_argument("--keep", type=Path, help="also write the predictions to this file")
    args = parser.parse_args()
    benchmark = args.benchmark.resolve()
    if not (benchmark / "score.py").is_file():
        print(f"eval articles: skipped, no benchmark at {benchmark} (it lives in ../shared)")
        return 0
    predictions = predict(benchmark)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp) / "predictions.json"
        out.write_text(json.dumps(predictions))
        print(f"article extraction, {len(predictions)} pages of {benchmark}")
        return subprocess.call(
            [sys.executable, str(benchmark / "score.py"), str(out), "--worst", str(args.worst)]
        )


if __name__ == "__main__":
    sys.exit(main())
