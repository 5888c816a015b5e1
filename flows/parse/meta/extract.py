"""Article metadata from the machine-readable parts of a page: JSON-LD, OpenGraph, meta, microdata.

Publishers state these for search engines and social cards, so they are more reliable than
anything read off the visible markup; markup is the fallback. PRECEDENCE says where each field
is read, first source first; the readers of each source are modules of this package (the
table in docs/extraction.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.meta.dates import (
    DATE_LINE_CHARS,
    YEAR,
    date_line,
    first_time_element,
    first_zone,
    published_markup,
    read_date,
    shown_date,
    url_date,
)
from flows.parse.meta.headline import around_headline, first_h1
from flows.parse.meta.json_ld import is_typed, json_ld_article
from flows.parse.meta.meta_tags import meta_tags
from flows.parse.meta.microdata import microdata
from flows.parse.meta.names import BY, LOGIN, split_authors, union
from flows.parse.meta.titles import (
    best_title,
    heading_or_title,
    post_heading,
    shown_headline,
    title_tag,
    title_text,
)
from flows.parse.meta.urls import host_name, host_of
from flows.parse.meta.values import (
    SPACES,
    clean,
    keyword_list,
    language_tag,
    squashed_key,
    text_field,
)
from flows.parse.nodes import Scan, scan, tag_id
from flows.times import find_datetime

# In order of trust; each selector is a walk of the page, so they are few and broad.
BYLINE = (
    '[itemprop="author"], [rel="author"], [class*="byline"], [class*="author"], '
    '[class*="Byline"], [class*="Author"], a[href*="/author/"]'
)
_BYLINE_CHARS = 120


# A name as bylines write it: letters, spaces, dots, hyphens, apostrophes; no digits, no
# "@handle", no form label ("Name *", "Quelle: dpa").
_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[ .'’-])*")


_BY_INITIALS = frozenset("bBvVpPdDaA")
"""The letters the line search (`_by_line`) tries `BY` after, in either case: those of its
by-words and "Posted" (no other character matches them when case is ignored), after the white
space it skips and the text nodes it is tried on lack. Not "Written" nor "Reported": lines
starting with W or R are many, and those bylines are read where the page marks them."""


# Where a byline's names end: a separator before the date, or a label ("Updated", "Published").
_BYLINE_END = re.compile(
    r"\s(?:[|•·—–/]|-\s)\s*|\s(?:at|um|à)\s+\d|\b(?:(?:last\s+)?updated|published|posted|aktualisiert|veröffentlicht|"
    r"mis à jour|publié|actualizado|publicado)\b",
    re.IGNORECASE,
)
# The word that joins names to the date after them: "Ada Obi on May 3, 2024", "Ada Obi, le 3 mai".
_BEFORE_DATE = re.compile(r"[\s,]+(?:at|on|am|um|le|el|il|op|om|em|den|the)?[\s,]*$", re.IGNORECASE)
# A label before the names: "Author:", "著者：", "Texto:".
_BYLINE_PREFIX = re.compile(r"^[^\s:：]{1,15}\s*[:：]\s*")
_BYLINE_LABEL = re.compile(
    r"\b(?:ago|min|read|follow|email|share|comments?|photos?|video|minutes?|hours?|"
    r"autor(?:in)?|author|redaktion|editorial|see\s+all|view\s+all|profile)\b|著者|作者|記者|记者|編集|编辑",
    re.IGNORECASE,
)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


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
    stated_title: str | None = None
    """The title as the metadata states it, before a shown `<h1>` replaces it: the body's
    headline anchor keeps to it (anchoring on that `<h1>` pulls standfirsts and byline lines
    into bodies whose benchmarks leave them out)."""
    zone: tzinfo | None = None
    """The UTC offset the page states its publication time in: the site's local time."""


# Where each field is read, first source first: (field, source, key). Sources: "ld" the
# page's JSON-LD article, "meta" a <meta> name/property/itemprop (lower-case), "micro" the
# article's microdata, "markup" a reader of the visible page (run only when reached).
PRECEDENCE: tuple[tuple[str, str, str], ...] = (
    ("title", "ld", "headline"),
    ("title", "meta", "og:title"),
    ("title", "meta", "twitter:title"),
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
    ("authors", "micro", "authors"),
    ("authors", "markup", "byline"),
    ("authors", "markup", "name before date"),
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
    ("published", "ld", "dateCreated"),
    ("published", "ld", "webPageDatePublished"),
    ("published", "micro", "datePublished"),
    ("published", "markup", "published"),
    ("published", "markup", "time"),
    ("published", "markup", "shown"),
    ("published", "markup", "line"),
    ("published", "url", "path"),
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
    micro = microdata(tree)
    markup: dict[str, Callable[[], Any]] = {
        "h1": lambda: first_h1(scanned),
        "title": lambda: title_tag(tree),
        "byline": lambda: _byline(tree),
        "name before date": lambda: _name_before_date(scanned),
        "published": lambda: published_markup(tree),
        "time": lambda: first_time_element(tree, scanned),
        "shown": lambda: shown_date(tree, fetched_at),
        "line": lambda: date_line(tree, scanned, fetched_at),
        "updated line": lambda: date_line(tree, scanned, fetched_at, updated=True),
        "lang": lambda: _html_lang(tree),
    }
    sources: dict[str, Callable[[str], Any]] = {
        "ld": ld.get,
        "meta": meta.get,
        "micro": micro.get,
        "markup": lambda key: markup[key](),
        "url": lambda key: url_date(url),
    }

    site_name = clean(meta.get("og:site_name") or meta.get("application-name"))

    def read(wanted: str) -> tuple[Any, str]:
        reader = READERS[wanted]
        for source, key in _SOURCES_OF[wanted]:
            value = reader(sources[source](key))
            if value:
                return value, source
        return None, ""

    def read_authors() -> tuple[list[str], str]:
        """The first source naming a person; a company or an address only when none does."""
        first: tuple[list[str], str] = ([], "")
        for source, key in _SOURCES_OF["authors"]:
            raw = sources[source](key)
            if raw is None:  # most sources are absent
                continue
            names = split_authors(raw) or _profile_names(raw, tree, page_host)
            if names and not all(_not_a_person(name) for name in names):
                return names, source
            if names and not first[0]:
                first = (names, source)
        return first

    page_host = host_of(url or meta.get("og:url"))
    authors, authors_from = read_authors()
    if authors_from == "meta":  # a meta tag may name one of several bylines
        authors = union(authors, split_authors(micro.get("authors")))
    if len(authors) == 1 and _is_login(authors[0]) and authors_from != "markup":
        authors = [_spelled_out(authors[0], markup["byline"]())]
    if authors and authors_from in ("ld", "meta"):
        authors = _confirmed(authors, _stated_authors(sources), lambda: _byline(tree))
        publisher = ld.get("publisher")
        marks = _publisher_marks(
            (site_name, publisher.get("name") if isinstance(publisher, dict) else None), page_host
        )
        organization = authors_from == "ld" and _typed_organization(ld.get("author"))
        if organization or all(_names_publisher(name, marks, page_host) for name in authors):
            box = around_headline(scanned)  # the byline under the headline, not a teaser's
            under = _byline(tree, box) if box is not None else []
            authors = _persons_shown(under, marks, page_host) or authors
    canonical = tree.css_first('link[rel="canonical"]')
    title, title_from = read("title")
    heading = first_h1(scanned)
    if title_from == "markup":
        sole = len(scanned.of("h1")) == 1
        tag = clean(title_tag(tree))
        title = heading_or_title(title, tag, sole=sole)
        title = post_heading(tree, title, tag) or title
    stated = best_title(title, heading, site_name)
    if title_from not in ("markup", "ld") and heading and clean(heading) != title:
        # a JSON-LD headline is the publisher's own word
        others = (meta.get("og:title"), meta.get("twitter:title"), micro.get("headline"))
        shown = shown_headline(title, heading, [*map(title_text, others), title_tag(tree)])
        title = stated if shown == title else best_title(shown, heading, site_name)
    else:
        title = stated
    return Metadata(
        title=title,
        stated_title=stated,
        authors=authors or [],
        published_at=read("published")[0],
        modified_at=read("modified")[0],
        section=read("section")[0],
        tags=read("tags")[0] or [],
        language=read("language")[0],
        description=read("description")[0],
        canonical_url=clean(canonical.attributes.get("href") if canonical else None),
        og_url=clean(meta.get("og:url")),
        site_name=site_name,
        json_ld_body=ld.get("articleBody") if isinstance(ld.get("articleBody"), str) else None,
        zone=first_zone(
            ld.get("datePublished"),
            meta.get("article:published_time"),
            micro.get("datePublished"),
            ld.get("dateModified"),
        ),
    )


def _stated_authors(sources: dict[str, Callable[[str], Any]]) -> list[list[str]]:
    """The names each JSON-LD and meta source states, in PRECEDENCE's order; none when they
    are one value or fewer (most pages), which is all `_confirmed` needs to know."""
    raws = [sources[source](key) for source, key in _METADATA_AUTHOR_SOURCES]
    present = [raw for raw in raws if raw is not None]
    if len(present) < 2 or all(raw == present[0] for raw in present):
        return []
    return [names for names in map(split_authors, present) if names]


def _confirmed(
    authors: list[str], stated: list[list[str]], shown: Callable[[], list[str]]
) -> list[str]:
    """When the metadata's sources name different authors (`author` the publishing company,
    `article:author` the writer), the ones the visible byline names, if it names none of
    the first."""
    first = {squashed_key(name) for name in authors}
    others = [names for names in stated if {squashed_key(name) for name in names} != first]
    if not others:
        return authors
    byline = {squashed_key(name) for name in shown()}
    if not byline or byline & first:  # the byline shows one of them: no disagreement
        return authors
    return next((names for names in others if {squashed_key(n) for n in names} == byline), authors)


def _publisher_marks(names: tuple[str | None, ...], host: str) -> set[str]:
    """The publisher's names squashed (og:site_name, JSON-LD publisher) and its host's name."""
    marks = {squashed_key(name) for name in names if name}
    marks.add(host_name(host))
    return marks - {""}


def _names_publisher(name: str, marks: set[str], host: str) -> bool:
    """An author that is the site itself: its name ("ABC News" on abcnews.go.com, "LTO" on
    lto.de) or its address ("mdr.de", "Deutsche Welle (www.dw.com)")."""
    return squashed_key(name) in marks or bool(host and host in name.casefold())


def _credits_publisher(name: str, marks: set[str], host: str) -> bool:
    """A byline that names the site, alone or with others ("Euronews with Agencies")."""
    squashed = squashed_key(name)
    return _names_publisher(name, marks, host) or any(
        len(mark) >= 4 and mark in squashed for mark in marks
    )


def _typed_organization(value: Any) -> bool:
    items = value if isinstance(value, list) else [value]
    dicts = [item for item in items if isinstance(item, dict)]
    return bool(dicts) and all(is_typed(item, _ORGANIZATION_TYPES) for item in dicts)


_ORGANIZATION_TYPES = {"organization", "newsmediaorganization", "corporation"}


def _persons_shown(shown: list[str], marks: set[str], host: str) -> list[str]:
    """The visible byline's names instead of an author that is the publisher, when they name
    someone else and one of them is a full name (two words or more): the metadata of many
    CMSs credits the site on every page, while the page itself shows who wrote it."""
    if not shown or any(_credits_publisher(name, marks, host) for name in shown):
        return []
    persons = [name for name in shown if not _COLLECTIVE.search(name)]
    return shown if any(len(name.split()) >= 2 for name in persons) else []


# A byline that credits a group, not a person: "Team Cookit", "Redaktion", "Metro Desk".
_COLLECTIVE = re.compile(
    r"\b(?:team|staff|desk|newsroom|editors|redaktion|rédaction|redacción|redazione|redactie)\b",
    re.IGNORECASE,
)


_PROFILE_SLUG = re.compile(r"[^\W\d_]+(?:[-_][^\W\d_]+){1,3}")


def _profile_names(value: Any, tree: LexborHTMLParser, host: str) -> list[str]:
    """Authors given as links to their profile pages on the site ("https://site/editors/
    ada-obi", as `article:author` holds it): the text of a link on the page to that profile
    when it spells the slug ("Ada Obi"), else the slug's words capitalised. Profiles on other
    hosts (a social network's page) and one-word slugs are no name."""
    items = value if isinstance(value, list) else str(value or "").split(",")
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("url")
        if not isinstance(item, str) or not item.strip().startswith(("http://", "https://")):
            continue
        parts = urlsplit(item.strip())
        slug = parts.path.rstrip("/").rsplit("/", 1)[-1]
        same_site = host and host_name(host_of(item.strip())) == host_name(host)
        if not same_site or not _PROFILE_SLUG.fullmatch(slug):
            continue
        name = _linked_name(tree, slug) or " ".join(
            word.capitalize() for word in re.split(r"[-_]", slug)
        )
        if name not in names:
            names.append(name)
    return names


def _linked_name(tree: LexborHTMLParser, slug: str) -> str | None:
    """The text of a link whose address ends with the slug and spells it."""
    squashed = squashed_key(slug)
    for link in tree.css("a[href]"):
        href = (link.attributes.get("href") or "").rstrip("/")
        if href.endswith("/" + slug):
            text = clean(link.text())
            if text and squashed_key(text) == squashed:
                return text
    return None


_LEGAL_FORM = re.compile(
    r"[\s,](?:inc|ltd|llc|plc|corp|gmbh|ag|s\.?a|s\.?l|b\.?v|limited|k\.?k)\.?$", re.IGNORECASE
)
_EMAIL = re.compile(r"\S+@\S+\.\w+")


def _is_login(name: str) -> bool:
    """One lower-case word of ASCII letters and digits, as a CMS's user name is ("mikecason"),
    not a domain ("mdr.de")."""
    return bool(LOGIN.fullmatch(name))


def _spelled_out(name: str, shown: list[str]) -> str:
    """The visible byline's name for an author given as a login ("mikecason"), when it is that
    login spelled out ("Mike Cason")."""
    squashed = squashed_key(name)
    return next((full for full in shown if " " in full and squashed_key(full) == squashed), name)


def _not_a_person(name: str) -> bool:
    """A company ("mediagene Inc.") or an address given as the author: a later source, often
    the visible byline, names the person who wrote the article."""
    return bool(_EMAIL.fullmatch(name) or _LEGAL_FORM.search(name))


def _byline(tree: LexborHTMLParser, within: LexborNode | None = None) -> list[str]:
    """Authors from the visible byline, for pages that state them nowhere else: the first
    byline-like element that yields a name ("By Ada Obi | 3 May 2024" → Ada Obi), with the
    author links next to it in the same parent (`<a rel=author>Ada</a> and <a rel=author>Ben`).
    Not a comment's author (`cite.comment-author`) nor a teaser's byline inside a link to
    another story. With `within`, only the bylines inside that element."""
    found = (within or tree).css(BYLINE)[:6]
    nodes = [node for node in found if not (_comment_part(node) or _in_teaser_link(node))]
    for index, node in enumerate(nodes):
        names = byline_names(node.text(separator=" "), handles=True)
        if not names:
            continue
        parent = node.parent.mem_id if node.parent is not None else None
        for other in nodes[index + 1 :]:
            beside = other.parent is not None and other.parent.mem_id == parent
            if beside and node.tag == other.tag == "a":
                names = union(names, byline_names(other.text(separator=" ")))
        return names
    return _by_line(within or tree.body)


def _by_line(scope: LexborNode | None) -> list[str]:
    """A short line that starts with "By" ("By <a>Ada Obi</a>"), whatever its markup: the
    byline of pages whose classes say nothing. Only pages without any other byline get here."""
    if scope is None:
        return []
    for node in scope.traverse(include_text=True):
        if not node.is_text_node:  # cheaper than reading its tag's name, "-text"
            continue
        text = (node.text_content or "").strip()
        if text[:1] not in _BY_INITIALS or not BY.match(text + " ") or len(text) > _BYLINE_CHARS:
            continue  # the initials first: most text nodes start with none of them
        line = node.parent
        alone = not BY.sub("", text + " ")  # "By" alone in a span: the line is its parent
        while alone and line is not None and len(line.text(strip=True)) <= len(text) + 1:
            line = line.parent
        if line is None or len(line.text(strip=True)) > _BYLINE_CHARS or _in_teaser_link(line):
            continue
        names = byline_names(line.text(separator=" "))
        if names:
            return names
    return []


def _name_before_date(scanned: Scan) -> list[str]:
    """A name line under the headline that a separator parts from the date ("Ada Obi |
    05.04.2025"), whatever its markup: full names only (two words or more), so a section's
    name before a date ("Economy | 05.04.2025") is none."""
    headings, box = scanned.of("h1"), around_headline(scanned)
    if box is None:
        return []
    for node in _text_after(headings[0], box, _NAME_LINE_REACH):
        text = (node.text_content or "").strip()
        if not 4 < len(text) <= DATE_LINE_CHARS or not _NAME_SEPARATOR.search(text):
            continue
        line = node.parent
        while line is not None and len(line.text(strip=True)) <= len(text) + 1:
            line = line.parent  # "Ada Obi |" in a span of its own: the line is its parent
        whole = line.text(separator=" ", strip=True) if line is not None else ""
        if len(whole) > DATE_LINE_CHARS:
            continue
        parts = _NAME_SEPARATOR.split(whole, maxsplit=1)
        if len(parts) < 2 or not _starts_with_date(parts[1]):
            continue
        names = byline_names(parts[0])
        if names and all(len(name.split()) >= 2 for name in names):
            return names
    return []


_NAME_SEPARATOR = re.compile(r"\s*[|•·]\s*")
_NAME_LINE_REACH = 100  # text nodes after the headline


def _text_after(start: LexborNode, box: LexborNode, limit: int) -> Iterator[LexborNode]:
    """The first `limit` text nodes after `start` inside `box`, in document order: what the
    headline is followed by, without walking the menus before it."""
    count = 0
    node: LexborNode | None = start
    while node is not None and node.mem_id != box.mem_id:
        sibling = node.next
        while sibling is not None:
            for inner in sibling.traverse(include_text=True):
                if inner.is_text_node:
                    yield inner
                    count += 1
                    if count >= limit:
                        return
            sibling = sibling.next
        node = node.parent


def _starts_with_date(text: str) -> bool:
    found = find_datetime(text, _EPOCH) if YEAR.search(text) else None
    return found is not None and found[0] <= 2


def _comment_part(node: LexborNode) -> bool:
    """An author element named for a comment (`cite.comment-author`): a reader's name."""
    return "comment" in (node.attributes.get("class") or "").lower()


def _in_teaser_link(line: LexborNode) -> bool:
    """A line inside a link that holds more than it (a headline, an image's caption): the
    byline of a teaser for another story. A link that is only the byline is the page's."""
    parent: LexborNode | None = line
    for _ in range(4):
        if parent is None:
            return False
        if parent.tag_id == _LINK:
            return len(parent.text(strip=True)) > len(line.text(strip=True))
        parent = parent.parent
    return False


_LINK = tag_id("a")


def byline_names(text: str, handles: bool = False) -> list[str]:
    """Names from a visible byline: "By X and Y", "X | 3 May 2024", "X, Staff Writer",
    "Von X, aktualisiert am …", "著者：X". Dates, times, roles and labels are left out. With
    `handles` (an element the page names as its byline), a user name after "By" counts too
    ("by doumae"), which in any line of prose would be a phrase ("by default")."""
    text = SPACES.sub(" ", text).strip()
    if not text or len(text) > 200:
        return []
    unlabelled = _BYLINE_PREFIX.sub("", text)
    text = BY.sub("", unlabelled)
    if handles and text != unlabelled and LOGIN.fullmatch(text):
        return [text]
    text = _BYLINE_END.split(text, maxsplit=1)[0]
    shown = find_datetime(text, _EPOCH)
    if shown is not None and shown[0] > 0:  # "By Ada Obi December 28, 2016"
        text = _BEFORE_DATE.sub("", text[: shown[0]])
    names = []
    for name in split_authors(text):
        if _BYLINE_LABEL.search(name) or not _NAME.fullmatch(name):
            continue
        if len(name.split()) > 5 or name[:1].islower():  # scripts without case are names too
            continue
        names.append(name)
    return names


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
_SOURCES_OF: dict[str, list[tuple[str, str]]] = {}
for _field, _source, _key in PRECEDENCE:
    _SOURCES_OF.setdefault(_field, []).append((_source, _key))
_METADATA_AUTHOR_SOURCES = [pair for pair in _SOURCES_OF["authors"] if pair[0] in ("ld", "meta")]
