"""A benchmark crawl built from the real pages in ../shared/benchmarks.

The 145 real pages (122 article-extraction pages and 23 comment pages) are copied
round-robin into N pages over 10+1 fetch days. Every copy is made unique (a comment
with its number after the page's HTML, which changes its bytes and page id, not what
is read from it) and gets its own fetch time on its day. The crawl is written like
`bench/generate.py` writes the synthetic one: WARC.gz archives with the records
crawlers write beside the pages (request, metadata, revisit, image and 404 records),
or loose gzip HTML files with `.meta.json` sidecars.

    python -m bench.real OUT --pages 10000 --format warc.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.generate import Page, write_warc
from bench.paths import BENCHMARKS

SITES = 40


@dataclass(slots=True, frozen=True)
class RealPage:
    name: str
    url: str
    html: bytes
    """The page's bytes, gunzipped."""


def available(shared: Path = BENCHMARKS) -> bool:
    return (shared / "article-extraction" / "html").is_dir()


def real_pages(shared: Path = BENCHMARKS) -> list[RealPage]:
    """The real pages, gunzipped, with the URL they were fetched from."""
    pages = []
    articles = shared / "article-extraction"
    if articles.is_dir():
        truth = json.loads((articles / "ground-truth.json").read_text())
        for path in sorted((articles / "html").glob("*.html.gz")):
            key = path.name.removesuffix(".html.gz")
            url = truth.get(key, {}).get("url") or f"https://{key}.example/"
            pages.append(RealPage(path.name, url, gzip.decompress(path.read_bytes())))
    comments = shared / "comments"
    if comments.is_dir():
        urls = {
            item["file"]: item.get("url")
            for item in json.loads((comments / "truth.json").read_text())
        }
        for path in sorted((comments / "pages").iterdir()):
            url = urls.get(path.name) or f"https://{path.stem}.example/"
            pages.append(RealPage(path.name, url, path.read_bytes()))
    return pages


def copies(pages: list[RealPage], total: int, days: int, start: date) -> Iterator[Page]:
    """`total` unique copies of `pages` over `days` days, in 40 "sites" (archives per day)."""
    per_day = max(1, total // days)
    for number in range(total):
        day = number // per_day
        source = pages[number % len(pages)]
        midnight = datetime(start.year, start.month, start.day, tzinfo=UTC) + timedelta(days=day)
        fetched_at = midnight + timedelta(seconds=(number * 7919) % 86_400)
        html = source.html + f"\n<!-- newsflow bench copy {number} -->\n".encode()
        yield Page(number % SITES, day, number, fetched_at, source.url, html)


def write(out: Path, pages: list[RealPage], total: int, days: int, fmt: str) -> int:
    """Write the crawl under `out/day-NN/`; `days` includes the extra day."""
    by_archive: dict[tuple[int, int], list[Page]] = {}
    written = 0
    for page in copies(pages, total, days, date(2026, 1, 1)):
        folder = out / f"day-{page.day + 1:02d}"
        if fmt == "warc.gz":
            by_archive.setdefault((page.day, page.site), []).append(page)
        elif fmt == "html.gz":
            name = folder / f"site{page.site:03d}" / f"{page.number:06d}.html.gz"
            name.parent.mkdir(parents=True, exist_ok=True)
            name.write_bytes(gzip.compress(page.html, compresslevel=3, mtime=0))
            sidecar = {"url": page.url, "fetched_at": page.fetched_at.isoformat()}
            name.with_name(name.name + ".meta.json").write_text(json.dumps(sidecar))
        else:
            raise ValueError(f"unknown format for a real corpus {fmt!r}")
        written += 1
    for (day, site), archive in by_archive.items():
        folder = out / f"day-{day + 1:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        write_warc(folder / f"site{site:03d}.warc.gz", iter(archive))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=10_000, help="pages over --days days")
    parser.add_argument("--days", type=int, default=10)
    parser.add_argument("--extra-days", type=int, default=0, help="more days after --days")
    parser.add_argument("--format", choices=("warc.gz", "html.gz"), default="warc.gz")
    args = parser.parse_args()
    days = args.days + args.extra_days
    per_day = max(1, args.pages // args.days)
    total = write(args.out, real_pages(), per_day * days, days, args.format)
    print(f"wrote {total} copies of real pages in {args.format} under {args.out}")


if __name__ == "__main__":
    main()
