"""Article metadata from the machine-readable parts of a page: JSON-LD, OpenGraph, meta, microdata.

Publishers state these for search engines and social cards, so they are more
reliable than anything read off the visible markup; markup is the fallback.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.nodes import Scan, scan
from flows.times import parse_datetime, stated_zone

ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
    "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report",
}  # fmt: skip

BYLINE = (
    '[rel="author"], [itemprop="author"], .byline, [class*="byline"], .author-name, '
    '[class*="author-name"], .author'
)
SHOWN_DATE = (
    '[itemprop="datePublished"], [class*="publish"], [class*="dateline"], .date, '
    '[class*="post-date"], [class*="entry-date"], [class*="timestamp"]'
)
# "TOM KRISHER, AP Auto Writer": a job title after the name is not a second author.
_ROLE = re.compile(
    r"\b(?:writer|correspondent|reporter|editor|staff|contributor|columnist|journalist)s?\b",
    re.IGNORECASE,
)
_HAS_DIGIT = re.compile(r"\d")
_BY = re.compile(r"^\s*(?:by|von|par|por|di|door)\s+", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\|)\s*", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class Metadata:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: datetime | None = None
    modified_at: datetime | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    description: str | None = None
    canonical_url: str | None = None
    og_url: str | None = None
    site_name: str | None = None
    json_ld_body: str | None = None
    zone: tzinfo | None = None
    """The UTC offset the page states its publication time in: the site's local time."""


def extract_metadata(tree: LexborHTMLParser, *, scanned: Scan | None = None) -> Metadata:
    """Merge JSON-LD, then OpenGraph/meta, then microdata and markup: the first source wins."""
    scanned = scan(tree, scanned)
    ld = _json_ld_article(scanned)
    meta = _meta_tags(scanned)
    micro = _microdata(tree)

    def first(*values: Any) -> Any:
        for value in values:
            if value:
                return value
        return None

    html = tree.css_first("html")
    lang = html.attributes.get("lang") if html is not None else None
    canonical = tree.css_first('link[rel="canonical"]')
    title_tag = tree.css_first("title")

    published = first(
        _date(ld.get("datePublished")),
        _date(meta.get("article:published_time")),
        _date(meta.get("og:published_time")),
        _date(meta.get("datepublished")),
        _date(meta.get("pubdate")),
        _date(meta.get("publish-date")),
        _date(meta.get("date")),
        _date(meta.get("dc.date")),
        _date(meta.get("dcterms.created")),
        _date(meta.get("sailthru.date")),
        _date(micro.get("datePublished")),
    )
    # Markup fallbacks cost CSS passes over the page: run them only when metadata is silent.
    published = published or _first_time_element(tree, scanned) or _shown_date(tree)
    return Metadata(
        title=_clean(
            first(ld.get("headline"), meta.get("og:title"), micro.get("headline"), _h1(scanned))
            or (title_tag.text() if title_tag else None)
        ),
        authors=split_authors(ld.get("author"))
        or _union(
            split_authors(meta.get("author"))
            or split_authors(meta.get("article:author"))
            or split_authors(meta.get("dc.creator")),
            split_authors(micro.get("authors")),
        )
        or _byline(tree),
        published_at=published,
        modified_at=first(
            _date(ld.get("dateModified")),
            _date(meta.get("article:modified_time")),
            _date(meta.get("og:updated_time")),
            _date(meta.get("dcterms.modified")),
            _date(micro.get("dateModified")),
        ),
        section=_clean(
            first(
                _first_text(ld.get("articleSection")),
                meta.get("article:section"),
                micro.get("articleSection"),
            )
        ),
        tags=first(
            _keywords(ld.get("keywords")),
            _keywords(meta.get("article:tag")),
            _keywords(meta.get("news_keywords")),
            _keywords(meta.get("keywords")),
            _keywords(micro.get("keywords")),
        )
        or [],
        language=_clean(
            first(
                _first_text(ld.get("inLanguage")),
                lang,
                meta.get("content-language"),
                meta.get("og:locale"),
            )
        ),
        description=_clean(
            first(ld.get("description"), meta.get("og:description"), meta.get("description"))
        ),
        canonical_url=_clean(canonical.attributes.get("href") if canonical else None),
        og_url=_clean(meta.get("og:url")),
        site_name=_clean(meta.get("og:site_name")),
        json_ld_body=ld.get("articleBody") if isinstance(ld.get("articleBody"), str) else None,
        zone=_first_zone(
            ld.get("datePublished"),
            meta.get("article:published_time"),
            micro.get("datePublished"),
            ld.get("dateModified"),
        ),
    )


def _json_ld_article(scanned: Scan) -> dict[str, Any]:
    """The first JSON-LD object typed as an article, searching @graph and nested lists."""
    for text in scanned.ld_json():
        try:
            data = json.loads(text.strip().removesuffix(";"), strict=False)
        except ValueError:
            continue
        for obj in _walk(data):
            types = obj.get("@type")
            names = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in ARTICLE_TYPES for t in names):
                return obj
    return {}


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _walk(data[key])


def _meta_tags(scanned: Scan) -> dict[str, str]:
    """name/property/itemprop/http-equiv → content; repeated tags (article:tag) are joined by commas."""
    found: dict[str, str] = {}
    for node in scanned.of("meta"):  # a <meta> without content is skipped below
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("http-equiv")
        content = attrs.get("content")
        if not key or not content:
            continue
        key = key.lower()
        if key in found and key in ("article:tag", "article:author"):
            found[key] += "," + content
        else:
            found.setdefault(key, content)
    return found


def _microdata(tree: LexborHTMLParser) -> dict[str, Any]:
    scope = tree.css_first('[itemtype*="Article"], [itemtype*="BlogPosting"]')
    if scope is None:
        return {}
    found: dict[str, Any] = {}
    for node in scope.css("[itemprop]"):
        prop = node.attributes.get("itemprop") or ""
        if (prop in found and prop != "author") or _inside_comment(node, scope):
            continue
        if prop == "author":
            name = node.css_first('[itemprop="name"]')
            found.setdefault("authors", []).append((name or node).text(strip=True))
        elif prop in ("datePublished", "dateModified"):
            found[prop] = node.attributes.get("content") or node.attributes.get("datetime")
            found[prop] = found[prop] or node.text(strip=True)
        elif prop in ("headline", "articleSection", "keywords"):
            found[prop] = node.attributes.get("content") or node.text(strip=True)
    return found


def _inside_comment(node: LexborNode, scope: LexborNode) -> bool:
    parent = node.parent
    while parent is not None and parent.mem_id != scope.mem_id:
        if "Comment" in (parent.attributes.get("itemtype") or ""):
            return True
        parent = parent.parent
    return False


def _first_time_element(tree: LexborHTMLParser, scanned: Scan) -> datetime | None:
    scope = scanned.first("article") or tree.body
    if scope is None:
        return None
    node = scope.css_first("time[datetime]")
    return _date(node.attributes.get("datetime")) if node is not None else None


def _byline(tree: LexborHTMLParser) -> list[str]:
    """Authors from the visible byline, for pages that state them nowhere else."""
    node = tree.css_first(BYLINE)
    if node is None:
        return []
    return [name for name in split_authors(node.text()) if not _HAS_DIGIT.search(name)]


def _shown_date(tree: LexborHTMLParser) -> datetime | None:
    """The first readable date in a date-like element ("27 November 2026, 10:15 WAT")."""
    for node in tree.css(SHOWN_DATE)[:8]:
        moment = parse_datetime(node.text(strip=True)[:120])
        if moment is not None:
            return moment
    return None


def _h1(scanned: Scan) -> str | None:
    # "article h1" can only match when there is an <article>: skip that walk otherwise.
    inside = scanned.tree.css_first("article h1") if scanned.first("article") is not None else None
    node = inside or scanned.first("h1")
    return node.text(strip=False) if node is not None else None


def _date(value: Any) -> datetime | None:
    return parse_datetime(value) if isinstance(value, str) else None


def _first_zone(*values: Any) -> tzinfo | None:
    for value in values:
        zone = stated_zone(value) if isinstance(value, str) else None
        if zone is not None:
            return zone
    return None


def _union(first: list[str], second: list[str]) -> list[str]:
    """Names from two sources in order, each once: a meta tag may name one of several bylines."""
    return first + [name for name in second if name not in first]


def _first_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return value if isinstance(value, str) else None


def split_authors(value: Any) -> list[str]:
    """Names from a JSON-LD author (string, Person, list) or a byline string, de-duplicated."""
    names: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict):
            item = item.get("name")
        if not isinstance(item, str):
            continue
        item = _BY.sub("", _SPACES.sub(" ", item).strip())
        if item.startswith(("http://", "https://")):
            continue
        for name in _AUTHOR_SPLIT.split(item):
            name = name.strip(" .")
            if (
                name
                and name not in names
                and len(name) <= 80
                and not (names and _ROLE.search(name))
            ):
                names.append(name)
    return names


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return []
    tags: list[str] = []
    for item in value:
        if isinstance(item, str):
            tag = item.strip()
            if tag and tag not in tags:
                tags.append(tag)
    return tags


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = _SPACES.sub(" ", value).strip()
    return value or None
