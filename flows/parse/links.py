"""Every `<a href>` on a page, with the region of the page it sits in.

Regions come from the containers the page itself declares (nav, footer,
comment lists, related-story lists) and from the article's own element.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.contracts import Link, Region
from flows.parse.nodes import Scan, scan, select, squash, tag_id
from flows.times import looks_like_relative_time, parse_datetime

# First match wins: a related list inside the article is "related", not "body".
REGION_CONTAINERS: tuple[tuple[Region, str], ...] = (
    ("comment", ('#comments, .comments, .comment-list, .commentlist, [itemtype*="Comment"], '
                 '.js-comment, .user-comment, #disqus_thread')),
    ("related", ('[class*="related"], [id*="related"], [class*="recent"], [class*="more-stories"], '
                 '[class*="popular"], [class*="trending"], [class*="most-read"], aside')),
    ("nav", 'nav, header, [role="navigation"], [class*="menu"], [class*="breadcrumb"]'),
    ("footer", 'footer, [role="contentinfo"], [class*="footer"]'),
    ("body", ('[itemprop="articleBody"], article, main, [role="main"], [class*="entry-content"], '
              '[class*="article-body"], [class*="story-body"], [class*="post-content"]')),
)  # fmt: skip
_REGIONS: tuple[Region, ...] = (*(region for region, _ in REGION_CONTAINERS), "other")
_OUTSIDE = len(REGION_CONTAINERS)  # the rank of an element in no region container
_SKIPPED_SCHEMES = ("javascript:", "data:", "vbscript:")
_CONTROLS = re.compile(r"[\x00-\x20]+")
_PSEUDO_FIRST = frozenset(scheme[0] for scheme in _SKIPPED_SCHEMES)
_TIME_SELECTOR = 'time, .post-date, .date, [class*="time"], [class*="date"]'
_TIME = tag_id("time")
_ITEM_IDS = frozenset((tag_id("li"), tag_id("article")))  # a listed post's own box
_TIME_WALK_AT_MOST = 48
"""Elements of a list item `_time_elements` walks in Python before it leaves them to lexbor."""


def extract_links(
    tree: LexborHTMLParser,
    base_url: str | None,
    fetched_at: datetime,
    *,
    scanned: Scan | None = None,
) -> list[Link]:
    """Links in document order. `javascript:`/`data:` pseudo-links and bare `#` anchors are skipped."""
    above: dict[int, int] = {}  # element → best-ranked region container it sits in
    times: dict[int, list[LexborNode]] = {}  # list item → its time elements (`_time_elements`)
    links: list[Link] = []
    resolve = _resolver(base_url)
    for anchor, attrs in scan(tree, scanned).anchors():  # an <a> without href is skipped below
        href = (attrs.get("href") or "").strip()
        if not href or href.startswith("#") or _pseudo_link(href):
            continue
        url = resolve(href)
        region = _REGIONS[_region_rank(anchor, attrs, above)]
        shown = anchor.text()
        text = squash(shown)
        time_text, moment = (
            _label_time(anchor, shown, text, fetched_at, times)
            if region == "related"
            else (None, None)
        )
        # Fields by position (url, anchor_text, region, rel, label_time_text, label_time):
        # a call by keywords costs twice as much, once per link.
        links.append(Link(url, text, region, attrs.get("rel"), time_text, moment))
    return links


def _pseudo_link(href: str) -> bool:
    """`javascript:`/`data:` links, also spelled the ways browsers still run them:
    any case, with tabs, newlines or control characters inside ("java\\tscript:")."""
    first = href[0]
    if first > " " and first.lower()[:1] not in _PSEUDO_FIRST:
        return False  # the common case, without the regex: "/", "h", ...
    return _CONTROLS.sub("", href).lower().startswith(_SKIPPED_SCHEMES)


def _region_rank(
    anchor: LexborNode, attributes: dict[str, str | None], above: dict[int, int]
) -> int:
    """The best rank among the anchor (whose `attributes` the caller has read) and its
    ancestors, memoised in `above`: each element is classified once, on the first walk up
    through it, instead of a CSS query per region that walks the whole tree (those queries
    were a third of the time spent on links). The anchor itself is left out of the memo:
    no walk from another link passes through it."""
    path: list[tuple[int, LexborNode]] = []
    node = anchor.parent
    best = _OUTSIDE
    while node is not None:
        mem_id = node.mem_id
        known = above.get(mem_id)
        if known is not None:
            best = known
            break
        path.append((mem_id, node))
        node = node.parent
    for mem_id, element in reversed(path):
        if best:
            tagged = _TAG_ID_RANKS.get(element.tag_id, _OUTSIDE)
            if tagged < best:  # noqa: PLR1730 (a comparison costs a fraction of a call to min)
                best = tagged
            best = _attribute_rank(element, element.attributes, best)
        above[mem_id] = best
    if best > _ANCHOR_RANK:  # noqa: PLR1730 (as above)
        best = _ANCHOR_RANK
    return _attribute_rank(anchor, attributes, best) if best else best


_SIMPLE_SELECTOR = re.compile(r'([a-z]+)|#([\w-]+)|\.([\w-]+)|\[([a-z]+)(\*?)="([^"]+)"\]')
_CLASS_SPACE = re.compile(r"[ \t\n\f\r]+")  # the separators lexbor splits `class` on
_Test = tuple[
    int, str, frozenset[str]
]  # rank, how ("contains", "equals", "named", "token"), values


def _compile(
    containers: tuple[tuple[Region, str], ...],
) -> tuple[dict[str, int], dict[str, tuple[_Test, ...]], dict[tuple[str, int], str]]:
    """REGION_CONTAINERS as lookups: tag → rank; attribute name → its tests in rank order;
    (attribute, rank) → the CSS of its id or class names, for the rare case lexbor decides.
    Only the selector forms used there are read (tag, #id, .class, [a="v"], [a*="v"]);
    anything else raises, so a new form cannot be matched wrongly without notice."""
    tags: dict[str, int] = {}
    tests: dict[str, list[_Test]] = {}
    named: dict[tuple[str, int], str] = {}
    for rank, (_, selector) in enumerate(containers):
        found: dict[tuple[str, str], set[str]] = {}
        for alternative in (part.strip() for part in selector.split(",")):
            match = _SIMPLE_SELECTOR.fullmatch(alternative)
            if match is None:
                raise ValueError(f"unsupported region selector: {alternative!r}")
            tag, id_, class_, attribute, star, value = match.groups()
            if tag:
                tags.setdefault(tag, rank)
            elif id_:
                found.setdefault(("id", "named"), set()).add(id_)
            elif class_:
                found.setdefault(("class", "token"), set()).add(class_)
            else:
                found.setdefault((attribute, "contains" if star else "equals"), set()).add(value)
        for (attribute, how), values in found.items():
            tests.setdefault(attribute, []).append((rank, how, frozenset(values)))
            if how in ("named", "token"):
                mark = "#" if how == "named" else "."
                named[attribute, rank] = ", ".join(mark + value for value in sorted(values))
    return tags, {name: tuple(found) for name, found in tests.items()}, named


_TAG_RANKS, _ATTRIBUTE_TESTS, _NAMED_CSS = _compile(REGION_CONTAINERS)
_TAG_ID_RANKS = {tag_id(tag): rank for tag, rank in _TAG_RANKS.items()}
"""By lexbor's number for the tag: reading it costs half of reading the tag's name."""
_ANCHOR_RANK = _TAG_ID_RANKS.get(tag_id("a"), _OUTSIDE)
_ANY_VALUE = {
    name: re.compile("|".join(sorted({re.escape(v.lower()) for _, _, vs in tests for v in vs})))
    for name, tests in _ATTRIBUTE_TESTS.items()
}
"""Per attribute, any of its tests' values, lower-cased: a value without one of them (in any
case) passes no test, and one search in C says so."""
_FOLDED = {
    values: frozenset(value.lower() for value in values)
    for tests in _ATTRIBUTE_TESTS.values()
    for _, _, values in tests
}
"""Each test's values lower-cased, for the id and class names matched when case is ignored."""


def _attribute_rank(element: LexborNode, attributes: dict[str, str | None], best: int) -> int:
    """The rank of the first region container selector `element`'s `attributes` match, if
    better than `best` (its tag's, or a container's around it), else `best`: the same answer
    as lexbor's CSS matching, without a walk of the tree."""
    for name, value in attributes.items():
        if value and name in _ATTRIBUTE_TESTS:  # no test passes a bare or empty attribute
            known = _VALUE_RANKS[name]
            ranks = known.get(value)
            if ranks is None:
                if len(known) == _VALUES_KEPT:
                    known.clear()
                ranks = known[value] = _value_ranks(name, value)
            exact, case_only = ranks
            if exact < best:  # noqa: PLR1730 (as in _region_rank)
                best = exact
            for rank in case_only:
                if rank < best and any(
                    found.mem_id == element.mem_id for found in element.css(_NAMED_CSS[name, rank])
                ):
                    best = rank
    return best


_VALUES_KEPT = 8192
_VALUE_RANKS: dict[str, dict[str, tuple[int, tuple[int, ...]]]] = {
    name: {} for name in _ATTRIBUTE_TESTS
}
"""`_value_ranks` by attribute name and value, `_VALUES_KEPT` per name at most: pages repeat
the same class strings on many elements, and a dict per name is looked up in half the time
`lru_cache` takes (no key tuple, no recency list)."""


def _value_ranks(name: str, value: str) -> tuple[int, tuple[int, ...]]:
    """The best rank `name="value"` passes, and the ranks of id or class names it matches
    only when case is ignored. Lexbor reads substrings and equality case-sensitively for
    these attributes, ids and class names case-insensitively in quirks mode only, and
    selectolax does not say which mode a page is in: those few are left to lexbor."""
    lowered = value.lower()
    if not _ANY_VALUE[name].search(lowered):
        return _OUTSIDE, ()  # the common case: no value of any test, in any case
    case_only: list[int] = []
    for rank, how, values in _ATTRIBUTE_TESTS[name]:
        if how == "contains":
            passed = any(map(value.__contains__, values))
        elif how == "equals":
            passed = value in values
        elif not any(map(lowered.__contains__, folded := _FOLDED[values])):
            continue  # no id or class name in any case, nothing to split
        else:
            names = {value} if how == "named" else set(_CLASS_SPACE.split(value))
            passed = not names.isdisjoint(values)
            if not passed and not {found.lower() for found in names}.isdisjoint(folded):
                case_only.append(rank)
        if passed:
            return rank, tuple(case_only)
    return _OUTSIDE, tuple(case_only)


def _resolver(base_url: str | None) -> Callable[[str], str]:
    """href → absolute URL. Absolute hrefs pass as they are, and those under the page's origin
    or scheme are one concatenation; only the rest go through `urljoin`, once per href (it was
    half of all parse time on pages with hundreds of links). Most hrefs of a page are distinct,
    so caching the cheap cases would cost more than it saves."""
    if not base_url or "://" not in base_url:
        return lambda href: href
    base: str = base_url
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}"
    joined: dict[str, str] = {}

    def resolve(href: str) -> str:
        if not (" " in href or "/." in href or "\\" in href):  # nothing for urljoin to normalise
            if href.startswith(("https://", "http://")):
                return href
            if href.startswith("//"):
                return f"{parts.scheme}:{href}"
            if href.startswith("/"):
                return origin + href
        url = joined.get(href)
        if url is None:
            url = joined[href] = urljoin(base, href)
        return url

    return resolve


def _shows_more(text: str, part: str, squashed: str) -> bool:
    """`squash(text) != squashed`, where `text` holds `part` and `squashed` is `squash(part)`:
    an item's text around its link's. Squashing keeps every character that is neither white
    space nor a zero-width space, so any such character in `text` outside `part` means more
    text; only when there is none is the long text squashed (most items hold more text)."""
    start = text.find(part)
    if start >= 0:
        rest = text[:start] + text[start + len(part) :]
        if rest and not rest.replace("\u200b", " ").isspace():
            return True
    return squash(text) != squashed


def _label_time(
    anchor: LexborNode,
    shown: str,
    anchor_text: str,
    fetched_at: datetime,
    times: dict[int, list[LexborNode]],
) -> tuple[str | None, datetime | None]:
    """The time shown beside a listed post ("35 mins ago"), from its list item; `shown` is the
    anchor's text as the page has it, `anchor_text` squashed. `times`: each list item's time
    elements by `mem_id`, found once for the links of an item that holds several."""
    item = anchor.parent
    for _ in range(3):
        if item is None:
            return None, None
        if item.tag_id in _ITEM_IDS or _shows_more(item.text(), shown, anchor_text):
            break
        item = item.parent
    if item is None:
        return None, None
    found = times.get(item.mem_id)
    if found is None:
        found = times[item.mem_id] = _time_elements(item)
    for node in found:
        shown = squash(node.text())
        machine = node.attributes.get("datetime")
        if (
            shown
            and shown != anchor_text
            and (machine or looks_like_relative_time(shown) or parse_datetime(shown))
        ):
            return shown, parse_datetime(machine) or parse_datetime(shown, now=fetched_at)
    return None, None


def _time_elements(item: LexborNode) -> list[LexborNode]:
    """`select(item, _TIME_SELECTOR)`: a list item holds a handful of elements,
    and walking them costs a fraction of lexbor parsing the selector for each related link.
    `.date` and `.post-date` match only where `[class*="date"]` does, but for a class name
    that is "date" when case is ignored, which lexbor matches in quirks mode only: such an
    item, and a large one, is left to lexbor."""
    found: list[LexborNode] = []
    for seen, node in enumerate(item.traverse()):
        if seen == _TIME_WALK_AT_MOST:
            return select(item, _TIME_SELECTOR)
        if node.tag_id == _TIME:
            found.append(node)
            continue
        label = node.attributes.get("class")
        if not label:
            continue
        if "time" in label or "date" in label:
            found.append(node)
        elif "date" in label.lower():
            return select(item, _TIME_SELECTOR)
    return found
