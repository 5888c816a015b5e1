"""Small invented raw pages and archives, written the way real sites and crawlers write them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
RAW = REPO / "data" / "raw"
FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def wordpress_page(
    title: str,
    url: str,
    published: str,
    comments: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    body: str = "",
) -> bytes:
    """A small WordPress-style article page; comments are (author, ISO time, text)."""
    items = "".join(
        f'<li id="comment-{n}" class="comment"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{author}</b></div>'
        f'<div class="comment-metadata"><time datetime="{when}">{when}</time></div></footer>'
        f'<div class="comment-content"><p>{text}</p></div>'
        f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>'
        for n, (author, when, text) in enumerate(comments, start=1)
    )
    paragraphs = body or "".join(
        f"<p>Paragraph {n} of the story about {title}, with enough words to read as prose, "
        "and commas, like real reporting does.</p>"
        for n in range(1, 6)
    )
    return (
        f'<!doctype html><html lang="en"><head><title>{title}</title>'
        f'<link rel="canonical" href="{url}">'
        f'<meta property="article:published_time" content="{published}"></head>'
        f'<body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>'
        f'<div class="entry-content">{paragraphs}</div></article>'
        f'<div id="comments"><ol class="comment-list">{items}</ol></div>'
        f'<footer><a href="/about">About</a></footer></body></html>'
    ).encode()


def http_response(
    body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK"
) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def write_warc(path: Path, records: list[tuple[str, str, str, bytes]]) -> Path:
    """A real WARC(.gz) file written by fastwarc; records are (type, url, ISO date, content).

    `type` is a WARC-Type name (response, request, metadata, revisit, warcinfo);
    response and request content is an HTTP message (see `http_response`).
    """
    from fastwarc import GzipWriter, WarcRecord, WarcRecordType

    def record(kind: str, url: str, when: str, content: bytes, number: int) -> WarcRecord:
        item = WarcRecord()
        item.init_headers(
            record_type=getattr(WarcRecordType, kind), record_urn=f"uuid:0-{number}".encode()
        )
        item.headers["WARC-Target-URI"] = url
        item.headers["WARC-Date"] = when
        item.headers["Content-Type"] = (
            f"application/http; msgtype={kind}"
            if kind in ("response", "request", "revisit")
            else "application/warc-fields"
        )
        item.set_bytes_content(content)
        return item

    if path.name.endswith(".gz"):
        with GzipWriter(str(path), fsspec_args=False) as out:
            for number, spec in enumerate(records):
                record(*spec, number).write(out)
    else:
        with open(path, "wb") as out:
            for number, spec in enumerate(records):
                record(*spec, number).write(out)
    return path
