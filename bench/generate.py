"""Generate a synthetic news crawl for benchmarks: many sites, four page templates, N pages.

Pages look like real news pages where it matters for speed: ~100 KB median (navigation,
inline scripts and styles around a few hundred words of story), a comment thread
under most stories with a share of spam, related-post lists, and some stories fetched
again on a later day. Output is one folder per fetch day, so a benchmark can ingest
days 1-10 and then add day 11:

    python bench/generate.py OUT --pages 50000 --days 10 --format warc.gz

Formats: `warc.gz` (one archive per site and day, with request, metadata, revisit,
non-HTML and 404 records the pipeline must skip), `html.gz` (one file per page with a
`.meta.json` sidecar) and `jsonl` (one JSON Lines file per site and day).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from multiprocessing import Pool
from pathlib import Path

from fastwarc import GzipWriter, WarcRecord, WarcRecordType

SITES = 40
TEMPLATES = 4
SPAM_SHARE = 0.15
WORDS = [
    "government",
    "minister",
    "said",
    "on",
    "the",
    "week",
    "police",
    "report",
    "city",
    "council",
    "market",
    "prices",
    "rose",
    "after",
    "election",
    "voters",
    "health",
    "hospital",
    "school",
    "teachers",
    "strike",
    "union",
    "court",
    "ruling",
    "judge",
    "appeal",
    "oil",
    "exports",
    "economy",
    "inflation",
    "bank",
    "rate",
    "farmers",
    "rain",
    "season",
    "flood",
    "roads",
    "bridge",
    "contract",
    "company",
    "shares",
    "investors",
    "growth",
    "quarter",
    "officials",
    "statement",
    "residents",
    "told",
    "reporters",
    "interview",
    "spokesperson",
    "national",
    "assembly",
    "budget",
    "debate",
    "opposition",
    "party",
    "leader",
    "campaign",
    "rally",
    "security",
    "army",
    "border",
    "talks",
    "agreement",
    "summit",
    "president",
    "visit",
]
SPAM = (
    "Cheap loans, instant approval! Contact us on WhatsApp +234 803 123 4567",
    "Earn $500 per day working from home, message me on telegram now",
    "I recovered my lost bitcoin thanks to Dr. Frank, email recoverdr@mail.example today",
    "Visit http://deals.example http://win.example http://cash.example for free money",
    "Call me now 0803-555-1234 for the best forex investment, guaranteed returns",
)
NAMES = [
    "Ada",
    "Bola",
    "Chidi",
    "Dayo",
    "Efe",
    "Funmi",
    "Gbenga",
    "Halima",
    "Ike",
    "Jide",
    "Kemi",
    "Lola",
    "Musa",
    "Ngozi",
    "Ola",
]


@dataclass(frozen=True, slots=True)
class Page:
    site: int
    day: int
    number: int
    fetched_at: datetime
    url: str
    html: bytes


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _site_chrome(site: int) -> tuple[str, str, str]:
    """(head extras, navigation, footer) shared by every page of a site, like a real CMS."""
    rng = random.Random(site)
    script = "".join(
        f"var cfg{n}={{id:{rng.randint(0, 10**9)},name:'{rng.choice(WORDS)}',"
        f"tags:[{','.join(repr(rng.choice(WORDS)) for _ in range(8))}]}};\n"
        for n in range(250)
    )
    style = "".join(
        f".c{n}{{margin:{n % 9}px;padding:{n % 7}px;color:#{rng.randrange(16**6):06x}}}\n"
        for n in range(300)
    )
    host = f"site{site}.example"
    nav = "".join(
        f'<li class="menu-item"><a href="https://{host}/section/{rng.choice(WORDS)}-{n}">'
        f"{rng.choice(WORDS).title()}</a></li>"
        for n in range(120)
    )
    footer = "".join(f'<a href="https://{host}/page/{n}">Page {n}</a> ' for n in range(60))
    return (
        f"<style>{style}</style><script>{script}</script>",
        f'<nav class="main-nav"><ul>{nav}</ul></nav>',
        f"<footer>{footer}</footer>",
    )


def _comment(template: int, n: int, author: str, when: datetime, text: str) -> str:
    iso = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    if template == 0:
        return (
            f'<li id="comment-{n}" class="comment"><article class="comment-body">'
            f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">'
            f'{author}</b></div><div class="comment-metadata"><time datetime="{iso}">{iso}'
            f'</time></div></footer><div class="comment-content"><p>{text}</p></div>'
            f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>'
            "</article></li>"
        )
    if template == 1:
        return (
            f'<article class="js-comment" id="c{n}"><span class="username">{author}</span>'
            f'<time datetime="{iso}">{iso}</time>'
            f'<div class="field--name-comment-body"><p>{text}</p></div></article>'
        )
    if template == 2:
        return (
            f'<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">'
            f'<span itemprop="name">{author}</span></span><time itemprop="dateCreated" '
            f'datetime="{iso}">{iso}</time><div itemprop="text"><p>{text}</p></div></div>'
        )
    return (
        f'<div class="user-comment"><span class="user-name">{author}</span>'
        f'<span class="comment-time"><time datetime="{iso}">{iso}</time></span>'
        f'<div class="comment-text">{text}</div></div>'
    )


def render_page(site: int, story: int, fetched_at: datetime, rng: random.Random) -> tuple[str, str]:
    """(url, html) of one story page of `site` as fetched at `fetched_at`."""
    template = site % TEMPLATES
    host = f"site{site}.example"
    url = f"https://{host}/news/story-{story}"
    head, nav, footer = _site_chrome(site)
    title = _sentence(rng, rng.randint(6, 12)).rstrip(".")
    published = fetched_at - timedelta(hours=rng.randint(1, 20))
    iso = published.strftime("%Y-%m-%dT%H:%M:%SZ")
    paragraphs = "".join(
        f"<p>{' '.join(_sentence(rng, rng.randint(10, 25)) for _ in range(3))}</p>"
        for _ in range(rng.randint(6, 16))
    )
    comments = []
    for n in range(int(rng.expovariate(1 / 8))):
        text = rng.choice(SPAM) if rng.random() < SPAM_SHARE else _sentence(rng, rng.randint(5, 30))
        when = published + timedelta(minutes=rng.randint(5, 600))
        comments.append(_comment(template, n + 1, rng.choice(NAMES), min(when, fetched_at), text))
    related = "".join(
        f'<li><a href="https://{host}/news/story-{rng.randrange(story + 1)}">'
        f"{_sentence(rng, 6)}</a></li>"
        for _ in range(10)
    )
    padding = head * max(1, round(rng.lognormvariate(0.8, 0.5)))
    meta = {
        0: f'<meta property="og:url" content="{url}">'
        f'<meta property="article:published_time" content="{iso}">',
        1: '<script type="application/ld+json">'
        + json.dumps({"@type": "NewsArticle", "headline": title, "datePublished": iso})
        + "</script>",
        2: f'<meta itemprop="datePublished" content="{iso}">',
        3: f'<meta name="date" content="{iso}">',
    }[template]
    thread = "".join(comments)
    if template == 0:
        thread = f'<ol class="comment-list">{thread}</ol>'
    html = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} - Site '
        f'{site}</title><link rel="canonical" href="{url}">{meta}{padding}</head><body>{nav}'
        f'<main><article><h1>{title}</h1><time datetime="{iso}">{iso}</time>'
        f'<div class="entry-content">{paragraphs}</div></article>'
        f'<section id="comments" class="comments">{thread}</section>'
        f'<aside class="related-posts"><h3>Related</h3><ul>{related}</ul></aside></main>'
        f"{footer}</body></html>"
    )
    return url, html


def site_day_pages(site: int, day: int, count: int, start: date) -> Iterator[Page]:
    """The pages of one site fetched on one day; about 5% re-fetch an earlier story."""
    rng = random.Random(site * 100_003 + day)
    midnight = datetime(start.year, start.month, start.day, tzinfo=UTC) + timedelta(days=day)
    for number in range(count):
        story = day * 100_000 + number
        if day > 0 and rng.random() < 0.05:
            story = rng.randrange(day) * 100_000 + rng.randrange(max(count, 1))
        fetched_at = midnight + timedelta(seconds=rng.randrange(86_400))
        url, html = render_page(site, story, fetched_at, rng)
        yield Page(site, day, number, fetched_at, url, html.encode())


def _http_response(status: str, content_type: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


def _record(
    kind: WarcRecordType, url: str, when: datetime, content: bytes, ctype: str
) -> WarcRecord:
    record = WarcRecord()
    record.init_headers(
        record_type=kind,
        record_urn=f"uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{int(kind)} {url} {when}')}".encode(),
    )
    record.headers["WARC-Target-URI"] = url
    record.headers["WARC-Date"] = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    record.headers["Content-Type"] = ctype
    record.set_bytes_content(content)
    return record


def write_warc(path: Path, pages: Iterator[Page]) -> None:
    """Pages as HTTP response records, each after its request, plus records to skip."""
    http = "application/http; msgtype=response"
    with GzipWriter(str(path), compression_level=3, fsspec_args=False) as out:
        for page in pages:
            request = f"GET {page.url} HTTP/1.1\r\nHost: site{page.site}.example\r\n\r\n".encode()
            records = [
                _record(WarcRecordType.request, page.url, page.fetched_at, request,
                        "application/http; msgtype=request"),
                _record(WarcRecordType.response, page.url, page.fetched_at,
                        _http_response("200 OK", "text/html; charset=utf-8", page.html), http),
            ]  # fmt: skip
            if page.number % 10 == 0:
                records.append(
                    _record(WarcRecordType.metadata, page.url, page.fetched_at,
                            b"fetchTimeMs: 120\r\n", "application/warc-fields")
                )  # fmt: skip
                records.append(
                    _record(WarcRecordType.response, page.url + ".jpg", page.fetched_at,
                            _http_response("200 OK", "image/jpeg", b"\xff\xd8\xff" + bytes(500)),
                            http)
                )  # fmt: skip
            if page.number % 25 == 0:
                records.append(
                    _record(WarcRecordType.response, page.url + "/missing", page.fetched_at,
                            _http_response("404 Not Found", "text/html", b"<p>gone</p>"), http)
                )  # fmt: skip
                records.append(
                    _record(WarcRecordType.revisit, page.url, page.fetched_at, b"", http)
                )  # fmt: skip
            for record in records:
                record.write(out)


def write_site_day(out: Path, site: int, day: int, count: int, start: date, fmt: str) -> int:
    folder = out / f"day-{day + 1:02d}"
    folder.mkdir(parents=True, exist_ok=True)
    pages = site_day_pages(site, day, count, start)
    stem = f"site{site:03d}"
    if fmt == "warc.gz":
        write_warc(folder / f"{stem}.warc.gz", pages)
    elif fmt == "jsonl":
        with open(folder / f"{stem}.jsonl", "w", encoding="utf-8") as lines:
            for page in pages:
                item = {"url": page.url, "fetched_at": page.fetched_at.isoformat(),
                        "html": page.html.decode()}  # fmt: skip
                lines.write(json.dumps(item) + "\n")
    elif fmt == "html.gz":
        for page in pages:
            name = folder / stem / f"{page.number:06d}.html.gz"
            name.parent.mkdir(exist_ok=True)
            name.write_bytes(gzip.compress(page.html, compresslevel=3, mtime=0))
            sidecar = {"url": page.url, "fetched_at": page.fetched_at.isoformat()}
            name.with_name(name.name + ".meta.json").write_text(json.dumps(sidecar))
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return count


def _job(args: tuple[Path, int, int, int, date, str]) -> int:
    return write_site_day(*args)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=50_000, help="pages over --days days")
    parser.add_argument("--days", type=int, default=10)
    parser.add_argument("--extra-days", type=int, default=0, help="more days after --days")
    parser.add_argument("--format", choices=("warc.gz", "html.gz", "jsonl"), default="warc.gz")
    parser.add_argument("--start", type=date.fromisoformat, default=date(2026, 1, 1))
    parser.add_argument("--sites", type=int, default=SITES)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    per_site_day = max(1, args.pages // (args.days * args.sites))
    jobs = [
        (args.out, site, day, per_site_day, args.start, args.format)
        for day in range(args.days + args.extra_days)
        for site in range(args.sites)
    ]
    with Pool(args.workers) as pool:
        total = sum(pool.imap_unordered(_job, jobs))
    print(f"generated {total} pages in {args.format} under {args.out}")


if __name__ == "__main__":
    main()
