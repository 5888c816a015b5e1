"""A corpus of hostile raw pages, written on demand (nothing big is kept in git).

Used by `make stress` and by the tests. Each entry says what must become of the page:
a `pages` row that is parsed, or rejected with an error containing a given phrase.
"""

from __future__ import annotations

import gzip
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MB = 1_000_000
FETCHED_AT = "2024-11-05T10:00:00Z"


@dataclass(frozen=True, slots=True)
class Hostile:
    name: str
    """Path under the raw folder, as bytes so that names no encoding can read fit too."""
    make: Callable[[], bytes]
    expect: str
    """`parsed`, or a phrase the rejection reason must contain."""


def article(body: str = "", *, head: str = "", extra: str = "") -> bytes:
    """A small, valid news article page to wrap hostile parts in."""
    prose = body or "".join(
        f"<p>Paragraph {n} of a perfectly ordinary story, with commas, names and numbers.</p>"
        for n in range(1, 5)
    )
    return (
        f"<!doctype html><html lang=en><head><title>Hostile page</title>{head}</head>"
        f"<body><article><h1>Hostile page</h1>{prose}</article>{extra}</body></html>"
    ).encode()


TEMPLATE_AND_SQL = [
    "Robert'); DROP TABLE comments; --",
    "{{ 7*7 }} {% for x in y %}{{ x }}{% endfor %}",
    "${jndi:ldap://127.0.0.1/a} <%= system('id') %> $(rm -rf /)",
    "' OR 1=1; select * from lake_pages where '' = '",
]


def _comments(texts: list[str]) -> str:
    items = "".join(
        f'<li id="comment-{n}" class="comment"><div class="comment-body">'
        f'<b class="fn">Reader {n}</b><div class="comment-content"><p>{_escape(text)}</p></div>'
        f"</div></li>"
        for n, text in enumerate(texts, start=1)
    )
    return f'<div id="comments"><ol class="comment-list">{items}</ol></div>'


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _gzip_bomb() -> bytes:
    """~100 MB of zeros in ~100 KB of gzip."""
    return gzip.compress(bytes(100 * MB), compresslevel=9, mtime=0)


def corpus(*, scale: float = 1.0) -> list[Hostile]:
    """Every hostile page; `scale` < 1 shrinks the giant ones (for quick local runs only)."""
    big = max(1, int(MB * scale))
    rng = random.Random(6)
    links = "".join(f'<a href="/story/{n}">Story {n}</a> ' for n in range(100_000))
    crowded = '<div class="comment">{}<p>Hi.</p></div>'.format(
        "".join(f'<a href="/user/u{n}">u{n}</a> <time>3 May 2024</time>' for n in range(5_000))
    )
    pseudo = (
        '<a href="javascript:alert(1)">js</a><a href=" JaVaScRiPt:alert(2)">js</a>'
        '<a href="java&#x09;script:alert(3)">js</a><a href="data:text/html,<script>x</script>">'
        'data</a><a href="vbscript:msgbox">vb</a><a href="/real">the one real link</a>'
    )
    return [
        Hostile("empty.html", lambda: b"", "empty page: no bytes"),
        Hostile("whitespace.html", lambda: b" \n\t\r\n  " * 100, "empty page: only whitespace"),
        Hostile("random-bytes.html", lambda: rng.randbytes(64 * 1024), "not a text page"),
        Hostile("image.html", lambda: b"\x89PNG\r\n\x1a\n" + rng.randbytes(4096), "PNG image"),
        Hostile("photo.htm", lambda: b"\xff\xd8\xff\xe0" + rng.randbytes(4096), "JPEG image"),
        Hostile("document.html", lambda: b"%PDF-1.7\n" + rng.randbytes(4096), "PDF document"),
        Hostile("truncated.html.gz", lambda: gzip.compress(article() * 20)[:200], "truncated gzip"),
        Hostile("fake.html.gz", lambda: b"\x1f\x8b" + rng.randbytes(512), "corrupt gzip"),
        Hostile("plain-named.html.gz", article, "parsed"),
        Hostile("bomb.html.gz", _gzip_bomb, "page too large"),
        Hostile("huge-50mb.html", lambda: article("<p>x</p>" * (50 * big // 8)), "page too large"),
        Hostile(
            "deep-200k.html", lambda: b"<html><body>" + b"<div>" * 200_000, "nested too deeply"
        ),
        Hostile("unclosed-anchors.html", lambda: article(extra="<a " * 300_000), "parsed"),
        Hostile(
            "sibling-divs.html",
            lambda: article(extra="<div>" + "<div>x</div>" * 100_000 + "</div>"),
            "parsed",
        ),
        Hostile("unclosed-scripts.html", lambda: article(extra="<script " * 200_000), "parsed"),
        Hostile(
            "never-closed.html",
            lambda: (
                b"<html><head><title>Never closed<body><article><p>Text, with commas, "
                b"that goes on<div><span><p>and on, and on<ul><li>one<li>two<table><tr><td>cell"
            ),
            "parsed",
        ),
        Hostile(
            "unclosed-formatting.html",
            lambda: b"<html><body>" + b"<p>para, para <b>bold <i>italic " * 20_000,
            "nested too deeply",
        ),
        Hostile(
            "invalid-utf8.html",
            lambda: article("<p>Caf\xc3\xa9 prices rose, \xff\xfe\xc3 then fell, again.</p>"),
            "parsed",
        ),
        Hostile(
            "wrong-charset.html",
            lambda: (
                article("<p>Se\u00f1or Mu\u00f1oz said, \u201cno\u201d.</p>")
                .replace(b"<title>", b'<meta charset="utf-8"><title>')
                .decode()
                .encode("cp1252")
            ),
            "parsed",
        ),
        Hostile(
            "unknown-charset.html",
            lambda: article(head='<meta charset="x-no-such-charset">'),
            "parsed",
        ),
        Hostile("utf16-bom.html", lambda: article().decode().encode("utf-16"), "parsed"),
        Hostile("utf16-no-bom.html", lambda: article().decode().encode("utf-16-le"), "parsed"),
        Hostile("nul-bytes.html", lambda: article().replace(b"<p>", b"<p>\x00"), "parsed"),
        Hostile(
            "head-only.html", lambda: b"<html><head><title>Just a head</title></head>", "parsed"
        ),
        Hostile("links-100k.html", lambda: article(extra=f"<nav>{links}</nav>"), "parsed"),
        Hostile(
            "script-20mb.html",
            lambda: article(head="<script>" + "var a = '<div>';" * (20 * big // 16) + "</script>"),
            "parsed",
        ),
        Hostile(
            "attribute-10mb.html",
            lambda: article(f'<p data-blob="{"A" * 10 * big}">An attribute, too long.</p>' * 1),
            "parsed",
        ),
        Hostile(
            "impossible-dates.html",
            lambda: article(
                head='<meta property="article:published_time" content="2024-02-30T25:61:00Z">'
                '<meta property="article:modified_time" content="99999-01-01">'
            ),
            "parsed",
        ),
        Hostile("pseudo-links.html", lambda: article(extra=pseudo), "parsed"),
        Hostile("comment-of-many-authors.html", lambda: article(extra=crowded), "parsed"),
        Hostile(
            "sql-and-templates.html", lambda: article(extra=_comments(TEMPLATE_AND_SQL)), "parsed"
        ),
        Hostile(
            "lone-surrogate.html",
            lambda: article(
                head='<script type="application/ld+json">{"@type": "NewsArticle", '
                '"headline": "Broken \\ud800 headline", "author": {"name": "\\udfff"}}</script>'
            ),
            "parsed",
        ),
        Hostile("text-dump.txt", lambda: rng.randbytes(2048).hex().encode(), "parsed"),
        Hostile("spaces and \u00fcn\u00efc\u00f6d\u00e9.html", article, "parsed"),
        Hostile("new\nline.html", article, "parsed"),
        Hostile("-starts-with-a-dash.html", article, "parsed"),
        Hostile("quote'\"semicolon;.html", article, "parsed"),
        Hostile(b"bad-\xff\xfe-bytes.html".decode("utf-8", "surrogateescape"), article, "parsed"),
        Hostile("x" * 240 + ".html", article, "parsed"),
    ]


def write_corpus(raw: Path, *, scale: float = 1.0) -> dict[str, str]:
    """Write the corpus under `raw`; returns {source: expectation} for every raw page.

    Besides the files: a page whose name is too long to have a sidecar, a FIFO and a link to
    /dev/zero named like pages, a sidecar fetch time before year 1 in UTC, a symlink pointing
    at itself, a dangling symlink, a page with an unreadable sidecar, and a truncated WARC (not a page type on this branch: it must be
    counted as ignored, and must not stop the run).
    """
    raw.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}
    for item in corpus(scale=scale):
        path = raw / item.name
        with open(os.fsencode(path), "wb") as handle:
            handle.write(item.make())
        _sidecar(path, {"fetched_at": FETCHED_AT})
        expected[item.name] = item.expect
    longest = "y" * 250 + ".html"  # 255 bytes: the file fits, "<name>.meta.json" cannot exist
    (raw / longest).write_bytes(article())
    expected[longest] = "parsed"
    os.mkfifo(raw / "fifo.html")  # reading it would wait forever
    expected["fifo.html"] = "not a regular file"
    os.symlink("/dev/zero", raw / "zeros.html")
    expected["zeros.html"] = "not a regular file"
    (raw / "year-one.html").write_bytes(article())
    _sidecar(raw / "year-one.html", {"fetched_at": "0001-01-01T00:00:00+05:00"})
    expected["year-one.html"] = "unreadable fetched_at"
    os.symlink("loop.html", raw / "loop.html")
    expected["loop.html"] = "cannot read file"
    os.symlink("nowhere/missing.html", raw / "dangling.html")
    expected["dangling.html"] = "cannot read file"
    (raw / "bad-sidecar.html").write_bytes(article())
    (raw / "bad-sidecar.html.meta.json").write_text("{not json", encoding="utf-8")
    expected["bad-sidecar.html"] = "unreadable sidecar"
    (raw / "crawl.warc.gz").write_bytes(gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n")[:40])
    return expected


def _sidecar(path: Path, meta: dict[str, str]) -> None:
    with open(os.fsencode(path) + b".meta.json", "w", encoding="utf-8") as handle:
        json.dump(meta, handle)
