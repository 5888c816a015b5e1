"""Which author to keep when the metadata's are doubtful: a company, an address, a login, or
the site itself, where the visible byline names the person; sources that disagree are settled
by that byline."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.meta.bylines import shown_byline, text_under_headline
from flows.parse.meta.headline import around_headline
from flows.parse.meta.json_ld import is_typed
from flows.parse.meta.names import LOGIN, full_name, split_authors, union
from flows.parse.meta.urls import host_name, host_of
from flows.parse.meta.values import clean, squashed_key
from flows.parse.nodes import Scan
from flows.parse.people import AUTHOR_PAGE


def settled_authors(
    authors: list[str],
    source: str,
    *,
    tree: LexborHTMLParser,
    scanned: Scan,
    ld: dict[str, Any],
    micro_authors: Any,
    stated: Callable[[], list[list[str]]],
    site_name: str | None,
    host: str,
    publisher_tag: str | None = None,
) -> list[str]:
    """The first source's authors (`source`: "ld", "meta", "micro" or "markup"), with the
    visible byline's names where the metadata's are doubtful: a login, authors its sources
    (`stated`) disagree on, or the publisher itself (also as `<meta name="publisher">`,
    `publisher_tag`, names it: "Deutsche Welle (www.dw.com)" as author and publisher)."""
    if source == "meta":  # a meta tag may name one of several bylines
        authors = union(authors, split_authors(micro_authors))
    if source == "micro":  # the author element's whole text: "Por Ada Obi, <i>foodstylist</i>"
        authors = [name for name in authors if not name.islower()] or authors
    if len(authors) >= 2 and any(_SHOOT_CREDIT.search(name) for name in authors):
        authors = _shoot_credits_left_out(authors, shown_byline(tree))
    if len(authors) == 1 and _is_login(authors[0]) and source != "markup":
        authors = [_spelled_out(authors[0], shown_byline(tree))]
    if authors and source in ("ld", "meta"):
        authors = _confirmed(authors, stated(), lambda: shown_byline(tree))
        publisher = ld.get("publisher")
        marks = _publisher_marks(
            (
                site_name,
                publisher.get("name") if isinstance(publisher, dict) else None,
                *split_authors(publisher_tag),
            ),
            host,
        )
        box = around_headline(scanned)  # the byline under the headline, not a teaser's
        organization = source == "ld" and _typed_organization(ld.get("author"))
        if box is None:
            pass
        elif organization or all(_publisher_or_group(name, marks, host) for name in authors):
            authors = _persons_shown(shown_byline(tree, box), marks, host) or authors
        elif any(_FIRST_NAME.fullmatch(name) for name in authors):  # the microdata's, a recipe's
            firsts = {_first(name) for name in authors}
            authors = [
                name for name in authors if full_name(name) or squashed_key(name) not in firsts
            ]
            fuller = split_authors(micro_authors) or split_authors(ld.get("workAuthor"))
            authors = _fuller_byline(authors, fuller, box)
        elif _linked_others(box, authors):  # co-authors the metadata leaves out
            authors = _fuller_byline(authors, shown_byline(tree, box), box)
        elif len(authors) == 1 and _joined_after(text_under_headline(scanned), authors[0]):
            authors = _co_authors(authors, shown_byline(tree, box))
    if len(authors) >= 2 and source != "ld":  # JSON-LD lists a desk as an author of its own
        authors = _without_publisher(authors, ld, site_name, host)
    return [_without_site(name, site_name) for name in authors]


def _shoot_credits_left_out(authors: list[str], shown: list[str]) -> list[str]:
    """The writers of a list that also credits a photo shoot's people (a CMS's author field
    holding every contributor: "Ada Obi, Ben Uche, Cy Dee at Example Models, Di Eze using
    Example Cosmetics"): the names the visible byline shows, else the list without the
    credits a model's agency or a make-up brand marks."""
    shown_keys = {squashed_key(name) for name in shown}
    writers = [name for name in authors if squashed_key(name) in shown_keys]
    return writers or [name for name in authors if not _SHOOT_CREDIT.search(name)] or authors


# A model's agency or the products a stylist used, after a name: "Cy Dee at Example Models",
# "Di Eze using Example Cosmetics". Not "at Example Management", which a writer's employer
# may be ("Example Asset Management").
_SHOOT_CREDIT = re.compile(r"\s(?:using\s\S|at\s.+\bmodels?(?:\s+agency)?$)", re.IGNORECASE)


def _without_publisher(
    authors: list[str], ld: dict[str, Any], site_name: str | None, host: str
) -> list[str]:
    """The people without the site credited beside them in a meta tag's or a byline's text
    ("Ada Obi, Example Business" on example.com, "Ada Obi | Example Media for example.com"):
    the employer, not a co-author. A name opening with the site's is the site's desk."""
    publisher = ld.get("publisher")
    marks = _publisher_marks(
        (site_name, publisher.get("name") if isinstance(publisher, dict) else None), host
    )
    marks = {mark for mark in marks if len(mark) >= 3}
    people = [name for name in authors if not _opens_with_site(name, marks, host)]
    return people or authors


def _opens_with_site(name: str, marks: set[str], host: str) -> bool:
    if host and host in name.casefold():
        return True
    words = name.split()
    return any(squashed_key(" ".join(words[:end])) in marks for end in range(1, len(words) + 1))


def _without_site(name: str, site_name: str | None) -> str:
    """A name without the site's name run on after it, as a byline prints the employer
    below the writer ("David Ferrara Las Vegas Review-Journal" on the Review-Journal's page)."""
    if not site_name or not name.casefold().endswith(" " + site_name.casefold()):
        return name
    kept = name[: -len(site_name)].rstrip(" ,-–—|")
    return kept if len(kept.split()) >= 2 and kept[-1].isalpha() else name  # not "Ada @"


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


def _fuller_byline(authors: list[str], shown: list[str], box: LexborNode) -> list[str]:
    """The byline under the headline instead of the metadata's authors when it says more of
    the same people: a full name where the metadata gives the first name alone
    ("Ann-Christine" as "Ann-Christine Hellerup Brandt"), or every one of them and co-authors
    the metadata leaves out (a CMS's `author` field holds the first writer), each of those
    an author element of its own (`rel=author`, `itemprop=name`), not a blog's name above."""
    if not shown or len(shown) < len(authors) or len(shown) > _BYLINE_AUTHORS:
        return authors
    stated = {squashed_key(name): name for name in authors}
    firsts = {_first(name) for name in shown}
    if any(key not in firsts for key in stated if not full_name(stated[key])):
        return authors
    shown_keys = {squashed_key(name) for name in shown}
    if any(key not in shown_keys for key in stated if full_name(stated[key])):
        return authors
    if len(shown) == len(authors):
        return shown if len(shown_keys & stated.keys()) < len(authors) else authors
    added = {squashed_key(name) for name in shown if _first(name) not in stated} - stated.keys()
    if not added <= _marked_names(box):
        return authors
    return [stated.get(squashed_key(name), name) for name in shown]


def _joined_after(text: str, name: str) -> bool:
    """The text under the headline joins another name to the metadata's one ("Ada Obi and Ben
    Uche"): whether to read its byline for co-authors."""
    start = text.find(name)
    return start >= 0 and _JOINED.match(text, start + len(name)) is not None


_JOINED = re.compile(r"\s*(?:,|&|(?i:\band\b|\bund\b|\bet\b|\by\b|\be\b))\s*[A-Z]")


def _co_authors(authors: list[str], shown: list[str]) -> list[str]:
    """The byline under the headline when it names the metadata's author first and up to three
    co-authors after her, each in full: a CMS's `author` field holds the first writer."""
    if not 2 <= len(shown) <= _BYLINE_AUTHORS or squashed_key(shown[0]) != squashed_key(authors[0]):
        return authors
    return shown if all(map(full_name, shown)) else authors


def _linked_others(box: LexborNode, authors: list[str]) -> bool:
    """A link in `box` marked as an author's (`rel=author`, `itemprop=author` or `name`) whose
    text is a full name the metadata leaves out: whether the byline may name more people,
    before reading it. The box's links with either attribute only, found by lexbor."""
    stated = {squashed_key(name) for name in authors}
    for anchor in box.css(_MARKED_LINKS):
        if anchor.mem_id == box.mem_id:  # lexbor's `css` matches the box itself too
            continue
        if _author_element(anchor):
            text = anchor.text(separator=" ", strip=True)
            if full_name(text) and squashed_key(text) not in stated:
                return True
    return False


def _first(name: str) -> str:
    """A full name's first word, squashed."""
    return squashed_key(name.split()[0]) if full_name(name) else ""


def _marked_names(box: LexborNode) -> set[str]:
    """The names of the author elements in a box, each of its own, squashed."""
    return {
        squashed_key(node.text()) for node in box.css(_AUTHOR_ELEMENTS) if _author_element(node)
    }


def _author_element(node: LexborNode) -> bool:
    """`rel=author`, `itemprop=author` or `name`, or a link to an author's page."""
    attributes = node.attributes
    marks = f"{attributes.get('rel') or ''} {attributes.get('itemprop') or ''}".split()
    if "author" in marks or "name" in marks:
        return True
    return node.tag == "a" and AUTHOR_PAGE.search(attributes.get("href") or "") is not None


_AUTHOR_ELEMENTS = '[rel~="author"], [itemprop~="author"], [itemprop~="name"], a[href*="/aut"]'
_MARKED_LINKS = 'a[rel], a[itemprop], a[href*="/aut"]'

_BYLINE_AUTHORS = 4
_FIRST_NAME = re.compile(r"[^\W\d_][^\W\d_A-Z]+(?:-[^\W\d_][^\W\d_A-Z]+)?")
"""A first name as a CMS's display name gives it ("Ann-Christine"), not a login ("kei_eno",
"gto") nor an acronym ("KWCHCIK")."""


def _publisher_marks(names: tuple[str | None, ...], host: str) -> set[str]:
    """The publisher's names squashed (og:site_name, JSON-LD publisher) and its host's name."""
    marks = {squashed_key(name) for name in names if name}
    marks.add(host_name(host))
    return marks - {""}


def _names_publisher(name: str, marks: set[str], host: str) -> bool:
    """An author that is the site itself: its name ("ABC News" on abcnews.go.com, "LTO" on
    lto.de) or its address ("mdr.de", "Deutsche Welle (www.dw.com)")."""
    return squashed_key(name) in marks or bool(host and host in name.casefold())


def _publisher_or_group(name: str, marks: set[str], host: str) -> bool:
    """The site itself, or a name that says it is a company or a group ("Example Media
    Group", "Example Newsroom")."""
    return _names_publisher(name, marks, host) or _ORGANISATION.search(name) is not None


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
    return shown if any(map(full_name, persons)) else []


# A byline that credits a group, not a person: "Team Cookit", "Redaktion", "Metro Desk".
_COLLECTIVE = re.compile(
    r"\b(?:team|staff|desk|newsroom|editors|redaktion|rédaction|redacción|redazione|redactie)\b",
    re.IGNORECASE,
)

_PROFILE_SLUG = re.compile(r"[^\W\d_]+(?:[-_][^\W\d_]+){1,3}")


def profile_names(value: Any, tree: LexborHTMLParser, host: str) -> list[str]:
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
_HANDLE = re.compile(r"@\w[\w.]*")
# A publisher's or a group's name: "Example Media Group", "Example Newsroom", "Redaktion".
_ORGANISATION = re.compile(
    r"\b(?:media|group|publishing|publications?|newsroom|network|magazine|verlag|redaktion|"
    r"rédaction|redacción|redazione|redactie|team|staff|desk|editors|editorial|press|news|"
    r"communications|foundation|association|institute|university|agency|company)\b",
    re.IGNORECASE,
)


def _is_login(name: str) -> bool:
    """One lower-case word of ASCII letters and digits, as a CMS's user name is ("mikecason"),
    not a domain ("mdr.de")."""
    return bool(LOGIN.fullmatch(name))


def _spelled_out(name: str, shown: list[str]) -> str:
    """The visible byline's name for an author given as a login ("mikecason"), when it is that
    login spelled out ("Mike Cason")."""
    squashed = squashed_key(name)
    return next((full for full in shown if " " in full and squashed_key(full) == squashed), name)


def not_a_person(name: str) -> bool:
    """A company ("mediagene Inc.") or an address given as the author, or a social network's
    handle ("@adaobi"): a later source, often the visible byline, names the person who wrote
    the article."""
    return bool(_EMAIL.fullmatch(name) or _LEGAL_FORM.search(name) or _HANDLE.fullmatch(name))
