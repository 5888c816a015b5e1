"""Article metadata from the machine-readable parts of a page: JSON-LD, OpenGraph, meta, microdata.

Publishers state these for search engines and social cards, so they are more reliable than
anything read off the visible markup; markup is the fallback. PRECEDENCE says where each field
is read, first source first; the readers of each source are modules of this package (the
table in docs/extraction.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.meta.authors import not_a_person, profile_names, settled_authors
from flows.parse.meta.bylines import (
    editor_line,
    name_before_date,
    name_beside_date,
    shown_byline,
)
from flows.parse.meta.dates import (
    date_line,
    first_time_element,
    first_zone,
    on_local_clock,
    on_url_day,
    published_markup,
    read_date,
    shown_among,
    shown_date,
    states_zone,
    time_elements,
    url_date,
    url_date_last_resort,
)
from flows.parse.meta.headline import first_h1
from flows.parse.meta.json_ld import json_ld_article
from flows.parse.meta.meta_tags import meta_tags
from flows.parse.meta.microdata import microdata
from flows.parse.meta.names import split_authors
from flows.parse.meta.titles import (
    chosen_title,
    names_section,
    names_site,
    site_marks,
    title_tag,
    title_text,
)
from flows.parse.meta.urls import host_of
from flows.parse.meta.values import clean, keyword_list, language_tag, squashed_key, text_field
from flows.parse.nodes import Scan, scan


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
    recipe_card: list[str] = field(default_factory=list)
    """The lines of the recipe card the page's JSON-LD states (its ingredients, then its
    steps): the body's fallback when the markup shows little of it."""
    stated_title: str | None = None
    """The title as the metadata states it, before a shown `<h1>` replaces it: the body's
    headline anchor keeps to it (anchoring on that `<h1>` pulls standfirsts and byline lines
    into bodies whose benchmarks leave them out)."""
    published_guessed: bool = True
    """No published time, or one counted from the fetch ("3 hours ago") or read off an update
    line: a dateline opening the body ("BERLIN, 3 March 2019 —") states the page's own."""
    zone: tzinfo | None = None
    """The UTC offset the page states its publication time in: the site's local time."""


# Where each field is read, first source first: (field, source, key). Sources: "ld" the
# page's JSON-LD article, "meta" a <meta> name/property/itemprop (lower-case), "micro" the
# article's microdata, "markup" a reader of the visible page (run only when reached).
PRECEDENCE: tuple[tuple[str, str, str], ...] = (
    ("title", "ld", "headline"),
    ("title", "meta", "og:title"),
    ("title", "meta", "twitter:title"),
    ("title", "meta", "dc.title"),
    ("title", "meta", "dcterms.title"),
    ("title", "meta", "parsely-title"),
    ("title", "meta", "sailthru.title"),
    ("title", "micro", "headline"),
    ("title", "markup", "h1"),
    ("title", "markup", "title"),
    ("authors", "ld", "author"),
    ("authors", "ld", "creator"),
    ("authors", "meta", "author"),
    ("authors", "meta", "article:author"),
    ("authors", "meta", "og:article:author"),
    ("authors", "meta", "parsely-author"),
    ("authors", "meta", "sailthru.author"),
    ("authors", "meta", "dc.creator"),
    ("authors", "meta", "dcterms.creator"),
    ("authors", "meta", "byl"),
    ("authors", "meta", "twitter:written-by"),
    ("authors", "meta", "og:author"),
    ("authors", "meta", "article:author_name"),
    ("authors", "meta", "cxenseparse:author"),
    ("authors", "meta", "shareaholic:article_author_name"),
    ("authors", "meta", "article_author"),
    ("authors", "meta", "byline"),
    ("authors", "meta", "writer"),
    ("authors", "micro", "authors"),
    ("authors", "markup", "byline"),
    ("authors", "markup", "name before date"),
    ("authors", "markup", "name beside date"),
    ("authors", "markup", "editor line"),
    ("published", "ld", "datePublished"),
    ("published", "meta", "article:published_time"),
    ("published", "meta", "og:article:published_time"),
    ("published", "meta", "og:published_time"),
    ("published", "meta", "datepublished"),
    ("published", "meta", "pubdate"),
    ("published", "meta", "publish-date"),
    ("published", "meta", "publishdate"),
    ("published", "meta", "parsely-pub-date"),
    ("published", "meta", "sailthru.date"),
    ("published", "meta", "dc.date.issued"),
    ("published", "meta", "dcterms.issued"),
    ("published", "meta", "dc.date"),
    ("published", "meta", "dcterms.date"),
    ("published", "meta", "dcterms.created"),
    ("published", "meta", "date"),
    ("published", "meta", "citation_publication_date"),
    ("published", "meta", "article:published"),
    ("published", "meta", "article.published"),
    ("published", "meta", "og:pubdate"),
    ("published", "meta", "publish_date"),
    ("published", "meta", "date_published"),
    ("published", "meta", "published-date"),
    ("published", "meta", "publication_date"),
    ("published", "meta", "dc.date.created"),
    ("published", "meta", "dc.date.published"),
    ("published", "meta", "dc:date"),
    ("published", "meta", "cxenseparse:recs:publishtime"),
    ("published", "meta", "originalpublicationdate"),
    ("published", "meta", "citation_date"),
    ("published", "meta", "publicationdate"),
    ("published", "meta", "article:publicationdate"),
    ("published", "meta", "article:published_date"),
    ("published", "meta", "article:post_date"),
    ("published", "meta", "published_time"),
    ("published", "meta", "published_date"),
    ("published", "meta", "publish_time"),
    ("published", "meta", "publisheddate"),
    ("published", "meta", "published_at"),
    ("published", "meta", "dateposted"),
    ("published", "meta", "dc.date.publication"),
    ("published", "meta", "og:datepublished"),
    ("published", "meta", "og:publish_date"),
    ("published", "meta", "rnews:datepublished"),
    ("published", "meta", "shareaholic:article_published_time"),
    ("published", "meta", "vr:published_time"),
    ("published", "meta", "displaydate"),
    ("published", "ld", "dateCreated"),
    ("published", "ld", "webPageDatePublished"),
    ("published", "micro", "datePublished"),
    ("published", "markup", "published"),
    ("published", "markup", "time"),
    ("published", "markup", "shown"),
    ("published", "markup", "line"),
    ("published", "url", "path"),
    ("published", "markup", "shown ago"),
    ("published", "markup", "line ago"),
    ("published", "markup", "updated line"),
    ("modified", "ld", "dateModified"),
    ("modified", "meta", "article:modified_time"),
    ("modified", "meta", "og:article:modified_time"),
    ("modified", "meta", "og:updated_time"),
    ("modified", "meta", "dcterms.modified"),
    ("modified", "meta", "datemodified"),
    ("modified", "micro", "dateModified"),
    ("modified", "ld", "webPageDateModified"),
    ("section", "ld", "articleSection"),
    ("section", "meta", "article:section"),
    ("section", "meta", "parsely-section"),
    ("section", "micro", "articleSection"),
    ("tags", "ld", "keywords"),
    ("tags", "meta", "article:tag"),
    ("tags", "meta", "news_keywords"),
    ("tags", "meta", "parsely-tags"),
    ("tags", "meta", "keywords"),
    ("tags", "micro", "keywords"),
    ("language", "ld", "inLanguage"),
    ("language", "markup", "lang"),
    ("language", "meta", "content-language"),
    ("language", "meta", "dc.language"),
    ("language", "meta", "og:locale"),
    ("description", "ld", "description"),
    ("description", "meta", "og:description"),
    ("description", "meta", "description"),
)


def extract_metadata(
    tree: LexborHTMLParser,
    *,
    scanned: Scan | None = None,
    fetched_at: datetime | None = None,
    url: str | None = None,
) -> Metadata:
    """Each field from the first source in PRECEDENCE that states it. `fetched_at` resolves
    relative dates shown on the page ("3 hours ago"); `url` is the last place for a date."""
    scanned = scan(tree, scanned)
    meta = meta_tags(scanned)
    ld = json_ld_article(scanned, (url, meta.get("og:url")))
    page_host = host_of(url or meta.get("og:url"))
    micro = microdata(tree)

    canonical = canonical_link(scanned)
    canonical_url = clean(canonical.attributes.get("href") if canonical else None)
    dated_url = _dated_url(url, meta.get("og:url"), canonical_url)

    def stated_title() -> str | None:
        """The title the page states, which the shown headline's words begin."""
        return meta.get("og:title") or title_tag(tree)

    markup: dict[str, Callable[[], Any]] = {
        "h1": lambda: first_h1(scanned),
        "title": lambda: title_tag(tree),
        "byline": lambda: shown_byline(tree),
        "name before date": lambda: name_before_date(scanned),
        "name beside date": lambda: name_beside_date(scanned, page_host),
        "editor line": lambda: editor_line(scanned),
        "published": lambda: published_markup(tree, scanned),
        "time": lambda: on_url_day(first_time_element(tree, scanned), dated_url),
        "shown": lambda: on_url_day(
            shown_date(tree, scanned, fetched_at, stated_title(), relative=False), dated_url
        ),
        "line": lambda: on_url_day(
            date_line(tree, scanned, fetched_at, title=stated_title(), relative=False), dated_url
        ),
        "shown ago": lambda: on_url_day(
            shown_date(tree, scanned, fetched_at, stated_title()), dated_url
        ),
        "line ago": lambda: on_url_day(
            date_line(tree, scanned, fetched_at, title=stated_title()), dated_url
        ),
        "updated line": lambda: date_line(
            tree, scanned, fetched_at, updated=True, title=stated_title()
        ),
        "lang": lambda: _html_lang(tree),
    }
    sources: dict[str, Callable[[str], Any]] = {
        "ld": ld.get,
        "meta": meta.get,
        "micro": micro.get,
        "markup": lambda key: markup[key](),
        "url": lambda key: url_date_last_resort(dated_url),
    }

    site_name = clean(meta.get("og:site_name") or meta.get("application-name"))

    def read(wanted: str, unwanted: Callable[[Any], bool] = bool) -> tuple[Any, str, str]:
        """The value, its source and its key: the first value that is not `unwanted`, else
        the first value."""
        reader = READERS[wanted]
        first: tuple[Any, str, str] = (None, "", "")
        for source, key in _SOURCES_OF[wanted]:
            value = reader(sources[source](key))
            if not value:
                continue
            if unwanted is bool or not unwanted(value):
                return value, source, key
            first = first if first[0] else (value, source, key)
        return first

    def read_authors() -> tuple[list[str], str]:
        """The first source naming a person; a company or an address only when none does."""
        first: tuple[list[str], str] = ([], "")
        for source, key in _SOURCES_OF["authors"]:
            raw = sources[source](key)
            if raw is None:  # most sources are absent
                continue
            names = _site_itself(raw, site_name) or split_authors(raw)
            names = names or profile_names(raw, tree, page_host)
            if names and not all(not_a_person(name) for name in names):
                return names, source
            if names and not first[0]:
                first = (names, source)
        return first

    authors, authors_from = read_authors()
    authors = settled_authors(
        authors,
        authors_from,
        tree=tree,
        scanned=scanned,
        ld=ld,
        micro_authors=micro.get("authors"),
        stated=lambda: _stated_authors(sources),
        site_name=site_name,
        host=page_host,
        publisher_tag=meta.get("publisher"),
    )
    tag = title_tag(tree)
    marks = site_marks(site_name, ld.get("publisher"), page_host, tag)
    title, title_from, _ = read(
        "title", lambda value: names_site(value, marks) or names_section(value, tag)
    )
    cards = (meta.get("og:title"), meta.get("twitter:title"), micro.get("headline"))
    title, stated = chosen_title(
        title,
        title_from,
        tree=tree,
        scanned=scanned,
        stated=cards,
        site_name=site_name,
        marks=marks,
    )
    work_name = title_text(ld.get("workName"))
    if work_name and not names_site(work_name, marks):  # a recipe's page: the dish's name
        title, _ = chosen_title(
            work_name,
            "work",
            tree=tree,
            scanned=scanned,
            stated=cards,
            site_name=site_name,
            marks=marks,
        )
    published, published_from, published_key = read("published")
    if published is not None and published_from != "markup":
        raws = [sources[source](key) for source, key in _STATED_PUBLISHED]
        times = [moment for moment in map(read_date, raws) if moment is not None]
        first = published
        published = shown_among(first, times, lambda: markup["line"]() or markup["shown"]())
        if published is first and states_zone(sources[published_from](published_key)):
            clocks = [read_date(raw) for raw in raws if raw and not states_zone(raw)]
            published = on_local_clock(
                first,
                [moment for moment in clocks if moment is not None],
                lambda: time_elements(scanned),
            )
    return Metadata(
        title=title,
        stated_title=stated,
        authors=authors or [],
        published_at=published,
        published_guessed=published is None or published_key in _GUESSED_DATES,
        modified_at=read("modified")[0],
        section=read("section")[0],
        tags=read("tags")[0] or [],
        language=read("language")[0],
        description=read("description")[0],
        canonical_url=canonical_url,
        og_url=clean(meta.get("og:url")),
        site_name=site_name,
        json_ld_body=ld.get("articleBody") if isinstance(ld.get("articleBody"), str) else None,
        recipe_card=ld.get("workCard") or [],
        zone=first_zone(
            ld.get("datePublished"),
            meta.get("article:published_time"),
            micro.get("datePublished"),
            ld.get("dateModified"),
        ),
    )


def _stated_authors(sources: dict[str, Callable[[str], Any]]) -> list[list[str]]:
    """The names each JSON-LD and meta source states, in PRECEDENCE's order; none when they
    are one value or fewer (most pages), which is all `settled_authors` needs to know."""
    raws = [sources[source](key) for source, key in _METADATA_AUTHOR_SOURCES]
    present = [raw for raw in raws if raw is not None]
    if len(present) < 2 or all(raw == present[0] for raw in present):
        return []
    return [names for names in map(split_authors, present) if names]


def _dated_url(*urls: str | None) -> str | None:
    """The page's address, or the one it states as its own (`og:url`, canonical) when only
    that names a day ("/2012-01-16/science/…" behind a short or dateless address): where the
    CMS wrote the day it published."""
    return next((url for url in urls if url_date(url) is not None), urls[0])


def _site_itself(raw: Any, site_name: str | None) -> list[str]:
    """An author that is the site's own name, whole: "Lekker en Simpel" is one name, not
    two people joined by "and"."""
    if isinstance(raw, list) and len(raw) == 1:
        raw = raw[0]
    text = clean(raw.get("name") if isinstance(raw, dict) else raw)
    same = text and site_name and squashed_key(text) == squashed_key(site_name)
    return [text] if same and text else []


def canonical_link(scanned: Scan) -> LexborNode | None:
    """The first `<link rel=canonical>` (`rel` read in any case, as lexbor's selector reads
    it), from the scanned `<link>`s: a page without one costs no walk of all its elements."""
    for link in scanned.of("link"):
        if (link.attributes.get("rel") or "").lower() == "canonical":
            return link
    return None


def _html_lang(tree: LexborHTMLParser) -> str | None:
    html = tree.css_first("html")
    return html.attributes.get("lang") if html is not None else None


# How each field's raw value (a string, a JSON-LD value, a markup reader's result) is read.
READERS: dict[str, Callable[[Any], Any]] = {
    "title": title_text,
    "authors": split_authors,
    "published": read_date,
    "modified": read_date,
    "section": text_field,
    "tags": keyword_list,
    "language": language_tag,
    "description": clean,
}
_GUESSED_DATES = frozenset(("shown ago", "line ago", "updated line"))
_SOURCES_OF: dict[str, list[tuple[str, str]]] = {}
for _field, _source, _key in PRECEDENCE:
    _SOURCES_OF.setdefault(_field, []).append((_source, _key))
_METADATA_AUTHOR_SOURCES = [pair for pair in _SOURCES_OF["authors"] if pair[0] in ("ld", "meta")]
_STATED_PUBLISHED = [pair for pair in _SOURCES_OF["published"] if pair[0] in ("ld", "meta")]
"""Where a page states its publication for machines; not its microdata, which a related
story's teaser inside the article carries too."""
