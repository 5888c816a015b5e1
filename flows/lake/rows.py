"""One raw page → its rows in the lake tables. Pure: the caller reads files and writes Parquet.

Ids are derived from content, so ingesting the same raw page twice gives the same
rows and the lake can tell it has seen a page before. Whatever the page holds, it
gives rows Parquet can store: a page over a limit (`flows.parse.limits`) or one that
breaks a parser is a rejected row with the reason, and text is always valid UTF-8.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Any
from urllib.parse import urlsplit

from flows.contracts import Article, ParsedPage, RawPage
from flows.lake.columns import ARTICLES, COMMENTS, LINKS, PAGES, TABLES, Column

Row = dict[str, Any]
_SURROGATES = re.compile("[\ud800-\udfff]")
_ODD_AUTHORITY = re.compile(r"[@:\[%\\?#]")


@dataclass(slots=True)
class PageRows:
    """The rows one raw page contributes, and the partition (UTC fetch date) they go to."""

    dt: date
    tables: dict[str, list[Row]]


def site_of(url: str | None) -> str | None:
    """The host a URL points at, lowercased, without a leading "www."."""
    if not url or "://" not in url:
        return None
    if url.startswith(("https://", "http://")):
        # The common case without urlsplit, which cost ~2 ms a page (a page has ~200 links).
        site = _plain_site(url.split("/", 3)[2])
        if site is not None:
            return site
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


@lru_cache(maxsize=4096)
def _plain_site(authority: str) -> str | None:
    """The site of an authority with no user, port or escapes, else None. Remembered: a
    page's ~200 links point at a few hosts."""
    if authority and not _ODD_AUTHORITY.search(authority):
        return authority.lower().removeprefix("www.")
    return None


def page_rows(raw: RawPage, run_id: str, *, content_sha256: str | None = None) -> PageRows:
    """Parse `raw` and lay it out as table rows; a page that fails to parse is a rejected row.
    `content_sha256` is `raw.content_sha256` when the caller has hashed the page already."""
    # The parser is imported when a page is parsed: a run with nothing new need not load it.
    from flows.parse.limits import PageOverLimit, within_time_limit
    from flows.parse.page import PageRejected, parse_page

    if content_sha256 is None:
        content_sha256 = raw.content_sha256
    page_id = raw.page_id_from(content_sha256)
    parsed: ParsedPage | None = None
    error = raw.error
    if error is None:
        try:
            parsed = within_time_limit(
                lambda: parse_page(
                    raw.data, fetched_at=raw.fetched_at, url=raw.url, name=raw.source
                )
            )
        except (PageRejected, PageOverLimit) as rejection:
            error = str(rejection)
        except RecursionError:
            error = "parser error: the page is nested too deeply to read"
        except Exception as bug:  # noqa: BLE001 - a parser bug must cost one page, never the run
            error = f"parser error: {type(bug).__name__}: {bug}"
    url = raw.url
    if parsed is not None:
        url = url or parsed.article.canonical_url or parsed.og_url
    url = url or raw.source
    site = site_of(url)
    rows = _page_tables(raw, page_id, content_sha256, url, site, parsed, error, run_id)
    for name, table in rows.tables.items():
        if table:
            _make_storable(table, *_TEXT_COLUMNS[name])
    return rows


def rejected(rows: PageRows, reason: str) -> PageRows:
    """The same page as a rejected page: its `pages` row with `reason`, no other rows."""
    page = dict(rows.tables["pages"][0], status="rejected", error=reason, kind=None)
    return PageRows(
        dt=rows.dt, tables={"pages": [page], "articles": [], "comments": [], "links": []}
    )


def storable(value: Any) -> Any:
    """Text Parquet can store. Lone surrogates (JSON `\\ud800` escapes, undecodable bytes in
    file names) cannot be UTF-8: file-name bytes become `\\xNN`, the rest U+FFFD."""
    if isinstance(value, list):
        return [storable(item) for item in value]
    if not isinstance(value, str) or value.isascii():
        return value
    return _SURROGATES.sub(_escape_surrogate, value)


def _make_storable(rows: list[Row], texts: tuple[str, ...], lists: tuple[str, ...]) -> None:
    """Make the text in `rows` storable (`storable`) in place. Each text column is checked
    at once in C (joined, then `isascii`, else encoded: a page has ~200 links), and row by
    row only when it holds a lone surrogate. Other columns hold no text: a value of another
    type is refused by Arrow (`flows.lake.store`)."""
    for column in texts:
        try:
            text = "".join(filter(None, map(itemgetter(column), rows)))
        except TypeError:  # a value that is not text, a bug elsewhere: check it row by row
            text = "\ud800"
        if text.isascii():
            continue
        try:
            text.encode()  # a third of the time of _SURROGATES.search
        except UnicodeEncodeError:  # a lone surrogate, the one thing UTF-8 cannot hold
            for row in rows:
                row[column] = storable(row[column])
    for column in lists:
        for row in rows:
            if row[column]:
                row[column] = storable(row[column])


def _escape_surrogate(match: re.Match[str]) -> str:
    """An undecodable file-name byte (Python keeps it as U+DC80..U+DCFF) shows as `\\xNN`."""
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


def _page_tables(
    raw: RawPage,
    page_id: str,
    content_sha256: str,
    url: str,
    site: str | None,
    parsed: ParsedPage | None,
    error: str | None,
    run_id: str,
) -> PageRows:
    """The rows, each with exactly the columns `flows.lake.columns` declares for its table
    (a column missing here fails at once, with its name)."""
    from flows.parse.page import PARSER_VERSION

    page = _row(
        PAGES,
        page_id=page_id,
        url=url,
        site=site,
        fetched_at=raw.fetched_at,
        source=raw.source,
        content_sha256=content_sha256,
        bytes=len(raw.data),
        kind=parsed.kind if parsed else None,
        status="parsed" if parsed else "rejected",
        error=error,
        parser_version=PARSER_VERSION,
        run_id=run_id,
    )
    tables: dict[str, list[Row]] = {"pages": [page], "articles": [], "comments": [], "links": []}
    rows = PageRows(dt=raw.fetched_at.date(), tables=tables)
    if parsed is None:
        return rows
    article = parsed.article
    stated = {name: getattr(article, name) for name in _ARTICLE_FIELDS}
    tables["articles"].append(
        _row(
            ARTICLES,
            **stated,
            page_id=page_id,
            url=url,
            site=site,
            word_count=article.word_count,
            fetched_at=raw.fetched_at,
        )
    )
    comment_ids = [f"{page_id}-c{position}" for position in range(len(parsed.comments))]
    for position, comment in enumerate(parsed.comments):
        tables["comments"].append(
            _row(
                COMMENTS,
                comment_id=comment_ids[position],
                page_id=page_id,
                article_url=url,
                site=site,
                position=position,
                parent_id=None if comment.parent is None else comment_ids[comment.parent],
                author=comment.author,
                posted_at=comment.posted_at,
                posted_text=comment.posted_text,
                text=comment.text,
                fetched_at=raw.fetched_at,
            )
        )
    links = tables["links"]
    for position, link in enumerate(parsed.links):
        target = site_of(link.url)
        # A page has hundreds of links: their rows are written out in LINKS' column order
        # (checked below, at import) rather than through `_row`.
        links.append(
            {
                "page_id": page_id,
                "site": site,
                "position": position,
                "url": link.url,
                "anchor_text": link.anchor_text,
                "rel": link.rel,
                "region": link.region,
                "is_internal": None if target is None else target == site,
                "target_site": target,
                "label_time_text": link.label_time_text,
                "label_time": link.label_time,
            }
        )
    return rows


_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))
_LINK_COLUMNS = (
    *("page_id", "site", "position", "url", "anchor_text", "rel", "region", "is_internal"),
    *("target_site", "label_time_text", "label_time"),
)
if tuple(column.name for column in LINKS) != _LINK_COLUMNS:  # _page_tables' literal follows it
    raise ImportError(f"link rows out of step with the lake's columns: {LINKS}")


_TEXT_COLUMNS = {
    name: (
        tuple(column.name for column in table if column.kind == "string"),
        tuple(column.name for column in table if column.kind == "list<string>"),
    )
    for name, table in TABLES.items()
}
"""(text columns, list-of-text columns) of each table."""


def _row(table: tuple[Column, ...], **values: Any) -> Row:
    """A row in the table's column order; a column without a value (KeyError: its name), or
    a value without a column, is a bug in this module."""
    row = {column.name: values.pop(column.name) for column in table}
    if values:
        raise KeyError(f"no column in the lake schema for {sorted(values)}")
    return row
