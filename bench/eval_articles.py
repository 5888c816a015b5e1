"""Score newsflow's articles on the shared benchmark and on the dev sets made here.

Shared set (../shared/benchmarks/article-extraction): runs `flows.parse.parse_page` over every
page, writes the bodies as predictions and prints the benchmark's own score.py report (shingle
F1, precision, recall, worst pages), then the same figures from bench.article_scores.

Dev sets (bench/devsets/NAME with pages fetched by `make devsets`): body shingle F1/P/R and
metadata accuracy (title, authors, published day, language: the rules of bench.article_scores;
a body kept in its source is read from the fetched text file, bench.devset.read_truth;
a set that labels snippets, `with` runs of the main text and `without` runs of the rest of the
page, fills the body columns with the snippet score of bench.article_scores.snippet_count)
for all pages and each half of the fixed site split (tune, test), the site-macro F1 (each site
weighs the same), lines per language and per page type, and the N worst pages of the tune half
(the test half is for pages not yet seen). When trafilatura is importable (the `eval` extra) it
is scored by the same code on the same pages.

`--scrambled` makes the same report on copies of the pages whose class, id and data-* words
are replaced by pseudo-words (`bench.scramble`), made in memory: how much of the body and the
metadata rests on the vocabulary of the markup rather than on its shape (issue #13).

What is absent (the shared folder, a set's pages) is skipped with a message; exit 0.

usage: python bench/eval_articles.py [--benchmark DIR] [--sets NAME ...] [--worst N]
                                     [--keep FILE] [--no-trafilatura] [--scrambled]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from bench import devset
from bench.article_scores import (
    BodyScore,
    Overlap,
    SnippetCount,
    authors_match,
    body_score,
    language_matches,
    overlap,
    published_matches,
    snippet_count,
    snippet_score,
    split_of,
    title_matches,
)
from bench.paths import BENCHMARKS
from bench.scramble import scramble
from flows.parse.page import PageRejected, parse_page

FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC)
"""The crawl time of a page whose set does not say: after every page of the sets was
published, as a real crawl is (an earlier one made dates after it impossible, and newsflow
refuses those)."""
FIELDS = ("title", "authors", "published", "lang")
Transform = Callable[[bytes], bytes]
"""What is done to a page's bytes before every extractor reads it (`scramble`, or nothing)."""


def unchanged(data: bytes) -> bytes:
    return data


@dataclass(frozen=True)
class Extraction:
    """What an extractor says about one page, in the fields the truth labels."""

    body: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | date | datetime | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Extractor:
    """A named extractor and the metadata fields it reports (the others print as n/a)."""

    name: str
    run: Callable[[bytes, str | None, datetime], Extraction]
    fields: tuple[str, ...] = FIELDS


def _newsflow(data: bytes, url: str | None, fetched_at: datetime) -> Extraction:
    try:
        article = parse_page(data, fetched_at=fetched_at, url=url).article
    except PageRejected:
        return Extraction()
    return Extraction(
        article.body, article.title, article.authors, article.published_at, article.language
    )


def trafilatura_extractor() -> Extractor | None:
    """trafilatura (without comments, as the shared README's reference) if it is installed."""
    try:
        import trafilatura  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None

    def extract(data: bytes, url: str | None, fetched_at: datetime) -> Extraction:
        html = gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data
        with warnings.catch_warnings():  # its date parser warns about zone names it skips
            warnings.simplefilter("ignore")
            doc = trafilatura.bare_extraction(
                html, url=url, include_comments=False, with_metadata=True
            )
        if doc is None:
            return Extraction()
        found: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()
        authors = [a.strip() for a in (found.get("author") or "").split(";") if a.strip()]
        return Extraction(
            found.get("text") or "",
            found.get("title"),
            authors,
            found.get("date"),
            found.get("language"),
        )

    # It names a language only when asked for one (target_language), so that field is n/a.
    name = f"trafilatura {trafilatura.__version__}"
    return Extractor(name, extract, ("title", "authors", "published"))


NEWSFLOW = Extractor("newsflow", _newsflow)


# --- the shared benchmark


def predict(benchmark: Path, transform: Transform = unchanged) -> dict[str, dict[str, str]]:
    """Page id → {"articleBody": body} for every page in the benchmark's ground truth."""
    truth = json.loads((benchmark / "ground-truth.json").read_text())
    predictions = {}
    for page_id, item in truth.items():
        data = transform((benchmark / "html" / f"{page_id}.html.gz").read_bytes())
        body = NEWSFLOW.run(data, item.get("url"), FETCHED_AT).body
        predictions[page_id] = {"articleBody": body}
    return predictions


def shared(
    benchmark: Path,
    worst: int,
    keep: Path | None,
    extractors: list[Extractor],
    transform: Transform = unchanged,
) -> int:
    if not (benchmark / "score.py").is_file():
        print(f"eval articles: skipped, no benchmark at {benchmark} (it lives in ../shared)")
        return 0
    predictions = predict(benchmark, transform)
    with tempfile.TemporaryDirectory() as tmp:
        out = keep or Path(tmp) / "predictions.json"
        out.write_text(json.dumps(predictions))
        print(f"article extraction, {len(predictions)} pages of {benchmark}{_what(transform)}")
        status = subprocess.call(
            [sys.executable, str(benchmark / "score.py"), str(out), "--worst", str(worst)]
        )
    truth = json.loads((benchmark / "ground-truth.json").read_text())
    for extractor in extractors:
        overlaps = []
        for page_id, item in truth.items():
            if extractor is NEWSFLOW:
                body = predictions[page_id]["articleBody"]
            else:
                data = transform((benchmark / "html" / f"{page_id}.html.gz").read_bytes())
                body = extractor.run(data, item.get("url"), FETCHED_AT).body
            overlaps.append(overlap(item["articleBody"], body))
        score = body_score(overlaps)
        print(
            f"  {extractor.name:<18} shared   {score.pages:>4} pages  F1 {score.f1:.4f}  "
            f"P {score.precision:.4f}  R {score.recall:.4f}  (bench.article_scores)"
        )
    return status


# --- the dev sets made here


@dataclass(frozen=True)
class Scored:
    """One page of a dev set as one extractor did on it."""

    page_id: str
    truth: dict[str, Any]
    body: Overlap | None  # None: the set labels no body (a metadata or a snippet set)
    fields: dict[str, bool]  # only the fields the page labels
    snippets: SnippetCount | None = None  # a snippet set's checks (`with` / `without` runs)

    @property
    def missed(self) -> int:
        return sum(not ok for ok in self.fields.values())


def score_page(
    truth: dict[str, Any], found: Extraction, fields: tuple[str, ...] = FIELDS
) -> tuple[Overlap | None, dict[str, bool]]:
    """The body overlap and, per field both the page labels and the extractor reports, a match."""
    checks = {
        "title": lambda: title_matches(truth["title"], found.title),
        "authors": lambda: authors_match(truth["authors"], found.authors),
        "published": lambda: published_matches(truth["published"], found.published),
        "lang": lambda: language_matches(truth["lang"], found.lang),
    }
    labelled = {
        name: check()
        for name, check in checks.items()
        if truth.get(name) is not None and name in fields
    }
    if truth.get("articleBody") is None:
        return None, labelled
    return overlap(truth["articleBody"], found.body), labelled


def _fetched(truth: dict[str, Any]) -> datetime:
    """The crawl time when the set knows it (relative dates count from it), else a fixed one."""
    if not truth.get("fetched"):
        return FETCHED_AT
    when = datetime.fromisoformat(truth["fetched"])
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def run_set(name: str, extractor: Extractor, transform: Transform = unchanged) -> list[Scored]:
    truth: dict[str, dict[str, Any]] = devset.truth(name)  # type: ignore[assignment]
    scored = []
    for source, path in devset.present(name):
        item = truth[source.id]
        fetched_body = devset.read_truth(name, source, item.get("title"))
        if fetched_body is not None:
            item = item | {"articleBody": fetched_body}
        data = transform(devset.read_page(source, path))
        found = extractor.run(data, item["url"], _fetched(item))
        body, fields = score_page(item, found, extractor.fields)
        snippets = None
        if "with" in item:
            snippets = snippet_count(item["with"], item.get("without", []), found.body)
        scored.append(Scored(source.id, item, body, fields, snippets))
    return scored


def _bodies(rows: list[Scored]) -> list[Overlap]:
    return [r.body for r in rows if r.body is not None]


def _snippets(rows: list[Scored]) -> list[SnippetCount]:
    return [r.snippets for r in rows if r.snippets is not None]


def _text_score(rows: list[Scored]) -> BodyScore | None:
    """The rows' body figures: shingles against labelled bodies, else a snippet set's snippet
    score; None for a set that labels neither (a metadata set)."""
    bodies, snippets = _bodies(rows), _snippets(rows)
    if bodies:
        return body_score(bodies)
    return snippet_score(snippets) if snippets else None


def _line(label: str, rows: list[Scored]) -> str:
    score = _text_score(rows)
    body = (
        f"{score.f1:.3f} {score.precision:.3f} {score.recall:.3f}"
        if score is not None
        else "  n/a" + " " * 12
    )
    cells = []
    for name in FIELDS:
        hits = [r.fields[name] for r in rows if name in r.fields]
        cells.append(f"{statistics.mean(hits):.3f}" if hits else "n/a")
    sites = len({r.truth["site"] for r in rows})
    return f"  {label:<28} {len(rows):>4} {sites:>5}  {body}   " + "  ".join(
        f"{c:>7}" for c in cells
    )


def _site_macro(rows: list[Scored]) -> float:
    by_site: dict[str, list[Scored]] = defaultdict(list)
    for row in rows:
        by_site[row.truth["site"]].append(row)
    scores = (_text_score(site_rows) for site_rows in by_site.values())
    return statistics.mean(score.f1 for score in scores if score is not None)


def _groups(rows: list[Scored], key: str) -> Iterable[tuple[str, list[Scored]]]:
    grouped: dict[str, list[Scored]] = defaultdict(list)
    for row in rows:
        grouped[str(row.truth[key])].append(row)
    return sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0]))


def report_set(
    name: str, results: dict[str, list[Scored]], worst: int, transform: Transform = unchanged
) -> None:
    first = next(iter(results.values()))
    rows_any = list(first)
    langs = {r.truth["lang"] for r in rows_any}
    sites = {r.truth["site"] for r in rows_any}
    total = len(devset.sources(name))
    print(
        f"\n{name}: {len(rows_any)}/{total} pages present, {len(sites)} sites, "
        f"{len(langs)} languages (bench/devsets/{name}, pages in {devset.pages_dir(name)})"
        + _what(transform)
    )
    print(
        f"  {'extractor / part':<28} {'pages':>4} {'sites':>5}  {'F1':<5} {'P':<5} {'R':<5}   "
        + "  ".join(f"{f:>7}" for f in FIELDS)
    )
    for extractor, rows in results.items():
        print(_line(f"{extractor} all", rows))
        for half in ("tune", "test"):
            part = [r for r in rows if split_of(r.truth["site"]) == half]
            if part:
                print(_line(f"{extractor} {half}", part))
    labels_text = _text_score(rows_any) is not None
    if labels_text:
        macro = ", ".join(f"{ex} {_site_macro(rows):.3f}" for ex, rows in results.items())
        print(f"  site-macro F1 (each site weighs the same; leave-one-site-out): {macro}")
    for key in ("lang", "type"):
        groups = [(value, _group_rows(results, key, value)) for value, _ in _groups(first, key)]
        if len(groups) < 2:
            continue
        what = "F1" if labels_text else "fields right"
        print(f"  by {key} (pages: {what} per extractor):")
        for value, per in groups:
            figures = " / ".join(_group_figure(p) for p in per)
            print(f"    {value:<10} {len(per[0]):>4}: {figures}")
    _worst(results, worst)


def _group_figure(rows: list[Scored]) -> str:
    """Body F1 (shingles or snippets), or for a metadata set the share of labelled fields found
    right."""
    score = _text_score(rows)
    if score is not None:
        return f"{score.f1:.3f}"
    checks = [ok for r in rows for ok in r.fields.values()]
    return f"{statistics.mean(checks):.3f}" if checks else "n/a"


def _group_rows(results: dict[str, list[Scored]], key: str, value: str) -> list[list[Scored]]:
    return [[r for r in rows if str(r.truth[key]) == value] for rows in results.values()]


def _worst(results: dict[str, list[Scored]], worst: int) -> None:
    """The worst pages of the tune half only: the test half is scored, never read page by page."""
    if not worst:
        return
    names = list(results)
    by_id = {ex: {r.page_id: r for r in rows} for ex, rows in results.items()}
    rows = [r for r in results[names[0]] if split_of(r.truth["site"]) == "tune"]
    if _bodies(rows):
        ranked = sorted(rows, key=lambda r: r.body.f1 if r.body else 1.0)[:worst]
        what = "F1"
    elif _snippets(rows):
        ranked = sorted(rows, key=lambda r: r.snippets.f1 if r.snippets else 1.0)[:worst]
        what = "snippet F1"
    else:
        ranked = sorted((r for r in rows if r.missed), key=lambda r: -r.missed)[:worst]
        what = "fields missed"
    print(f"  worst {len(ranked)} tune pages by {names[0]} {what} (" + " / ".join(names) + "):")
    for row in ranked:
        figures = " / ".join(_page_figure(by_id[ex][row.page_id]) for ex in names)
        missed = ",".join(k for k, ok in row.fields.items() if not ok)
        print(
            f"    {figures}  {row.page_id}  {row.truth['url'] or row.truth['site']}"
            + (f"  [{missed}]" if missed else "")
        )


def _page_figure(row: Scored) -> str:
    if row.body:
        return f"{row.body.f1:.3f}"
    if row.snippets:
        return f"{row.snippets.f1:.3f}"
    return f"{row.missed} missed"


def _what(transform: Transform) -> str:
    return ", class, id and data-* words scrambled" if transform is scramble else ""


def dev_sets(
    names: list[str], worst: int, extractors: list[Extractor], transform: Transform = unchanged
) -> None:
    for name in names:
        if not devset.present(name):
            print(f"\n{name}: skipped, no pages in {devset.pages_dir(name)} (make devsets)")
            continue
        results = {ex.name: run_set(name, ex, transform) for ex in extractors}
        report_set(name, results, worst, transform)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmark", type=Path, default=BENCHMARKS / "article-extraction")
    parser.add_argument("--sets", nargs="*", help="dev sets to score (default: every one)")
    parser.add_argument("--worst", type=int, default=10, help="list the N pages with lowest F1")
    parser.add_argument("--keep", type=Path, help="also write the shared predictions here")
    parser.add_argument("--no-trafilatura", action="store_true", help="score newsflow only")
    parser.add_argument(
        "--scrambled",
        action="store_true",
        help="read copies of the pages whose class, id and data-* words are pseudo-words",
    )
    args = parser.parse_args(argv)
    transform = scramble if args.scrambled else unchanged
    extractors: list[Extractor] = [NEWSFLOW]
    other = None if args.no_trafilatura else trafilatura_extractor()
    if other is not None:
        extractors.append(other)
    status = shared(args.benchmark.resolve(), args.worst, args.keep, extractors, transform)
    names = args.sets
    if names is None:
        names = [name for name in devset.names() if isinstance(devset.truth(name), dict)]
    dev_sets(names, args.worst, extractors, transform)
    return status


if __name__ == "__main__":
    sys.exit(main())
