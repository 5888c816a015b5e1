"""Published dates on the article dev sets, measured where the sets' truth holds none.

Two yardsticks. `bench/devsets/published.json` holds the days a person read off tune-half
pages (set → page id → "YYYY-MM-DD", or null where the page states no publication date);
newsflow and htmldate are scored on those pages. And htmldate (the date reader trafilatura
uses, in the `eval` extra) is a second opinion on every page, labelled or not: how often
newsflow names the same day, names none where htmldate names one, or names another day.
Neither is the truth alone; their disagreements are where to look, on tune halves only.
Test halves print aggregates only.

usage: python -m bench.eval_dates [NAME ...]     (no name: every article set)
"""

from __future__ import annotations

import gzip
import json
import sys
import warnings
from collections import Counter
from collections.abc import Callable
from datetime import datetime

from bench import devset
from bench.article_scores import published_matches, split_of
from bench.eval_articles import _fetched
from flows.parse.page import PageRejected, parse_page

LABELS = devset.SETS / "published.json"
SETS = ("chaos", "daniel", "newspaper", "fundus", "mercury", "recipes")


def same_day(label: str | None, found: str | datetime | None) -> bool:
    """A labelled day matched (bench.article_scores' rule), or no date where the page has none."""
    if label is None:
        return found is None
    return found is not None and published_matches(label, found)


def agreement(newsflow: datetime | None, other: str | None) -> str:
    """How newsflow's date stands to htmldate's: "same" (the same day, or neither names one),
    "newsflow none", "other none" or "different"."""
    if newsflow is None:
        return "same" if other is None else "newsflow none"
    if other is None:
        return "other none"
    return "same" if published_matches(other, newsflow) else "different"


def _htmldate() -> Callable[[bytes, str | None], str | None]:
    import htmldate  # type: ignore[import-not-found, unused-ignore]

    def find(html: bytes, url: str | None) -> str | None:
        with warnings.catch_warnings():  # its parser warns about zone names it skips
            warnings.simplefilter("ignore")
            found = htmldate.find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d")
        return found if isinstance(found, str) else None

    return find


def run(name: str, labels: dict[str, str | None], htmldate: Callable[..., str | None]) -> None:
    truth: dict[str, dict[str, object]] = devset.truth(name)  # type: ignore[assignment]
    present = devset.present(name)
    if not present:
        print(f"  {name:10} skipped: run make devsets (no pages in {devset.pages_dir(name)})")
        return
    counts: dict[str, Counter[str]] = {"tune": Counter(), "test": Counter()}
    for source, path in present:
        item = truth[source.id]
        url = item["url"] if isinstance(item["url"], str) else None
        data = devset.read_page(source, path)
        try:
            published = parse_page(data, fetched_at=_fetched(item), url=url).article.published_at
        except PageRejected:
            published = None
        other = htmldate(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data, url)
        count = counts[split_of(str(item["site"]))]
        count["pages"] += 1
        count[agreement(published, other)] += 1
        if source.id in labels:
            count["labelled"] += 1
            count["newsflow right"] += same_day(labels[source.id], published)
            count["htmldate right"] += same_day(labels[source.id], other)
    for half, count in counts.items():
        pages = count["pages"] or 1
        labelled = (
            f"  labelled {count['labelled']:3}: newsflow {count['newsflow right']:3}"
            f"  htmldate {count['htmldate right']:3}"
            if count["labelled"]
            else ""
        )
        print(
            f"  {name:10} {half:4} {count['pages']:4} pages  same day as htmldate"
            f" {count['same'] / pages:.3f}  newsflow none {count['newsflow none']:3}"
            f"  htmldate none {count['other none']:3}  different {count['different']:3}{labelled}"
        )


def main() -> int:
    names = sys.argv[1:] or list(SETS)
    labels: dict[str, dict[str, str | None]] = json.loads(LABELS.read_text("utf-8"))
    htmldate = _htmldate()
    print("published dates: newsflow against htmldate (original_date) and the labelled days")
    for name in names:
        run(name, labels.get(name, {}), htmldate)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
