"""Raw page bytes → `ParsedPage`, or `PageRejected` with the reason. Pure: no files, no clock.

This is the one entry point the rest of newsflow calls; it picks the reader
(HTML or plain-text dump) and turns every failure into a reason a person can act on.
"""

from __future__ import annotations

import re
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser

from flows.collector import collector_paused
from flows.contracts import Article, ParsedPage
from flows.parse.agency import agency_named, credited_agency
from flows.parse.body import extract_body, prefer_json_ld, prefer_page_state, with_recipe_card
from flows.parse.comments import find_comments
from flows.parse.comments.lookalikes import (
    a_chronology,
    picture_credits,
    the_article_itself,
    the_articles_byline,
    the_articles_dateline,
)
from flows.parse.decode import NotAPage, closed_empty_elements, decode_keeping_utf8, unpack
from flows.parse.language import checked_language, identify_language
from flows.parse.limits import check_shape
from flows.parse.links import extract_links
from flows.parse.meta import dateline_date, extract_metadata
from flows.parse.nodes import Scan, reads_remembered
from flows.parse.text_dump import parse_text_dump

PARSER_VERSION = "0.38.0"
"""Recorded on every `pages` row; bump it when parsing output changes."""

_HTML_START = re.compile(
    r"^\s*(?:<!--.*-->\s*)?<(?:!doctype|html|head|body|meta|title|div|p)\b",
    re.IGNORECASE | re.DOTALL,
)
"""Does a `.txt` file start like HTML: blank lines and comments, then an HTML tag? The comments
are read as one span from the first `<!--` to a `-->` before the tag: a run of them, or words
between two of them, which the repeat it replaced also took, by backtracking. A repeat of
lazy comments tried every way of cutting them at each `-->`: 20 comments before other text
took 0.4 s, each one more doubled it (a C call the page's time limit cannot stop)."""
_FIRST_CHARACTER = re.compile(r"\S")
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


class PageRejected(ValueError):
    """The page could not be parsed; the message is the reason recorded on its `pages` row."""


def parse_page(
    data: bytes, *, fetched_at: datetime, url: str | None = None, name: str = ""
) -> ParsedPage:
    """Parse one raw page (HTML, gzip HTML or a text dump) fetched at `fetched_at`.

    `name` is the file name, used only as a hint: `.txt` files are read as text dumps
    unless they start like HTML.
    """
    try:
        text, utf8 = decode_keeping_utf8(unpack(data))
    except NotAPage as error:
        raise PageRejected(str(error)) from error
    is_text_dump = name.lower().removesuffix(".gz").endswith(".txt") and not _HTML_START.match(
        text[:2048]
    )
    first = _FIRST_CHARACTER.search(text)  # some pages open with kilobytes of blank lines
    head = text[first.start() : first.start() + 4096] if first else ""
    if is_text_dump or not ("<" in head and ">" in head):
        page = parse_text_dump(text, fetched_at)
    else:
        page = parse_html(text, url=url, fetched_at=fetched_at, utf8=utf8)
    article = page.article
    if not article.title and not article.body:
        raise PageRejected("no article found: the page has neither a title nor body text")
    text = f"{article.title or ''}\n{article.body}"
    if article.language is None:
        article.language = identify_language(text)
    else:
        article.language = checked_language(article.language, text)
    return page


def parse_html(
    html: str, *, url: str | None, fetched_at: datetime, utf8: bytes | None = None
) -> ParsedPage:
    """Parse an HTML page. `url` (where it was fetched) resolves relative links. `utf8`, when
    given, is `html` as UTF-8 bytes (the page as fetched): lexbor reads them without the
    encoding of `html` it would do first. A page an XML serialiser wrote is read with its
    self-closed elements empty, not opened (`closed_empty_elements`).

    Raises `flows.limits.PageOverLimit` before parsing a page too big for lexbor to parse fast.
    """
    check_shape(html, utf8)
    with collector_paused(), reads_remembered():
        markup = closed_empty_elements(html, utf8)
        return _parse_tree(LexborHTMLParser(markup), url, fetched_at)


def _parse_tree(tree: LexborHTMLParser, url: str | None, fetched_at: datetime) -> ParsedPage:
    """`parse_html` on the parsed tree."""
    scanned = Scan(tree)  # one walk for what the extractors select by tag
    meta = extract_metadata(tree, scanned=scanned, fetched_at=fetched_at, url=url)
    base_url = url or meta.canonical_url or meta.og_url
    links = extract_links(tree, base_url, fetched_at, scanned=scanned)
    # Comment times shown without a zone are in the site's local time: the zone the page
    # states for its own publication time.
    local = fetched_at.astimezone(meta.zone) if meta.zone else fetched_at
    comments, items = find_comments(tree, local, scanned=scanned)
    if (
        the_articles_byline(comments, meta.authors)
        or the_articles_dateline(comments, meta.authors, meta.title, meta.published_at)
        or picture_credits(comments)
        or a_chronology(comments, meta.published_at)
    ):
        comments, items = [], []
    paragraphs = with_recipe_card(
        prefer_page_state(
            prefer_json_ld(
                extract_body(tree, scanned=scanned, title=meta.stated_title, comments=items),
                meta.json_ld_body,
            ),
            scanned,
            meta.stated_title,
        ),
        meta.recipe_card,
    )
    if the_article_itself(comments, paragraphs):
        comments = []
    published_at = meta.published_at
    if meta.published_guessed:
        published_at = dateline_date(paragraphs, fetched_at) or published_at
    title = meta.title
    if title and meta.site_name and title.endswith(meta.site_name) and title != meta.site_name:
        title = _TITLE_SUFFIX.sub("", title)
    article = Article(
        title=title,
        body="\n\n".join(paragraphs),
        authors=meta.authors,
        published_at=published_at,
        modified_at=meta.modified_at,
        section=meta.section,
        tags=meta.tags,
        language=meta.language,
        description=meta.description,
        canonical_url=meta.canonical_url,
        source_agency=credited_agency(paragraphs)
        or next(filter(None, map(agency_named, meta.authors)), None),
    )
    return ParsedPage(
        article=article, comments=comments, links=links, kind="html", og_url=meta.og_url
    )
