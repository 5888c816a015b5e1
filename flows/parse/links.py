"""Every `<a href>` on a page, with the region of the page it sits in.

Regions come from the containers the page itself declares (nav, footer,
comment lists, related-story lists) and from the article's own element.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.contracts import Link, Region
from flows.parse.nodes import Scan, scan, squash
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
_SKIPPED_SCHEMES = ("javascript:", "data:", "vbscript:")
_CONTROLS = re.compile(r"[\x00-\x20]+")
_PSEUDO_FIRST = frozenset(scheme[0] for scheme in _SKIPPED_SCHEMES)
_TIME_SELECTOR = 'time, .post-date, .date, [class*="time"], [class*="date"]'


def extract_links(
    tree: LexborHTMLParser,
    base_url: str | None,
    fetched_at: datetime,
    *,
    scanned: Scan | None = None,
) -> list[Link]:
    """Links in document order. `javascript:`/`data:` pseudo-links and bare `#` anchors are skipped."""
    rank = _container_ranks(tree)
    above: dict[int, int] = {}  # element → best-ranked region container it sits in
    links: list[Link] = []
    resolve = _resolver(base_url)
    for anchor in scan(tree, scanned).of("a"):  # an <a> without href is skipped below
        attrs = anchor.attrs
        href = (attrs.get("href") or "").strip()
        if not href or href.startswith("#") or _pseudo_link(href):
            continue
        url = resolve(href)
        region = _REGIONS[_region_rank(anchor, rank, above)]
        text = squash(anchor.text())
        time_text, moment = (
            _label_time(anchor, text, fetched_at) if region == "related" else (None, None)
        )
        links.append(
            Link(
                url=url,
                anchor_text=text,
                region=region,
                rel=attrs.get("rel"),
                label_time_text=time_text,
                label_time=moment,
            )
        )
    return links


def _pseudo_link(href: str) -> bool:
    """`javascript:`/`data:` links, also spelled the ways browsers still run them:
    any case, with tabs, newlines or control characters inside ("java\\tscript:")."""
    first = href[0]
    if first > " " and first.lower()[:1] not in _PSEUDO_FIRST:
        return False  # the common case, without the regex: "/", "h", ...
    return _CONTROLS.sub("", href).lower().startswith(_SKIPPED_SCHEMES)


def _container_ranks(tree: LexborHTMLParser) -> dict[int, int]:
    """Region containers by `mem_id` → their rank in REGION_CONTAINERS (lower wins)."""
    rank: dict[int, int] = {}
    for position, (_, selector) in enumerate(REGION_CONTAINERS):
        for container in tree.css(selector):
            rank.setdefault(container.mem_id, position)
    return rank


def _region_rank(anchor: LexborNode, rank: dict[int, int], above: dict[int, int]) -> int:
    """The best rank among the anchor and its ancestors, memoised in `above`: one walk up
    per anchor costs less than a CSS query per container (dozens of nested ones per page)."""
    path: list[int] = []
    node: LexborNode | None = anchor
    while node is not None and node.mem_id not in above:
        path.append(node.mem_id)
        node = node.parent
    best = above[node.mem_id] if node is not None else len(REGION_CONTAINERS)
    for mem_id in reversed(path):
        best = min(best, rank.get(mem_id, best))
        above[mem_id] = best
    return best


def _resolver(base_url: str | None) -> Callable[[str], str]:
    """href → absolute URL. Absolute hrefs pass as they are and repeated ones are looked up:
    `urljoin` was half of all parse time on pages with hundreds of links."""
    if not base_url or "://" not in base_url:
        return lambda href: href
    base: str = base_url
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}"

    @lru_cache(maxsize=1024)
    def resolve(href: str) -> str:
        if " " in href or "/." in href or "\\" in href:
            return urljoin(base, href)
        if href.startswith(("https://", "http://")):
            return href
        if href.startswith("//"):
            return f"{parts.scheme}:{href}"
        if href.startswith("/"):
            return origin + href
        return urljoin(base, href)

    return resolve


def _label_time(
    anchor: LexborNode, anchor_text: str, fetched_at: datetime
) -> tuple[str | None, datetime | None]:
    """The time shown beside a listed post ("35 mins ago"), from its list item."""
    item = anchor.parent
    for _ in range(3):
        if item is None:
            return None, None
        if item.tag in ("li", "article") or squash(item.text()) != anchor_text:
            break
        item = item.parent
    if item is None:
        return None, None
    for node in item.css(_TIME_SELECTOR):
        shown = squash(node.text())
        machine = node.attributes.get("datetime")
        if (
            shown
            and shown != anchor_text
            and (machine or looks_like_relative_time(shown) or parse_datetime(shown))
        ):
            return shown, parse_datetime(machine) or parse_datetime(shown, now=fetched_at)
    return None, None
