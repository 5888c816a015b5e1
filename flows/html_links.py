"""Every `<a href>` on a page, with the region of the page it sits in.

Regions come from the containers the page itself declares (nav, footer,
comment lists, related-story lists) and from the article's own element.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.html_nodes import squash
from flows.page import Link, Region
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
_SKIPPED_SCHEMES = ("javascript:", "data:", "vbscript:")
_CONTROLS = re.compile(r"[\x00-\x20]+")
_TIME_SELECTOR = 'time, .post-date, .date, [class*="time"], [class*="date"]'


def extract_links(tree: LexborHTMLParser, base_url: str | None, fetched_at: datetime) -> list[Link]:
    """Links in document order. `javascript:`/`data:` pseudo-links and bare `#` anchors are skipped."""
    regions: dict[int, Region] = {}
    for region, selector in REGION_CONTAINERS:
        for container in tree.css(selector):
            for anchor in container.css("a[href]"):
                regions.setdefault(anchor.mem_id, region)
    links: list[Link] = []
    for anchor in tree.css("a[href]"):
        href = (anchor.attributes.get("href") or "").strip()
        if not href or href.startswith("#") or _pseudo_link(href):
            continue
        url = urljoin(base_url, href) if base_url and "://" in base_url else href
        region = regions.get(anchor.mem_id, "other")
        text = squash(anchor.text())
        time_text, moment = (
            _label_time(anchor, text, fetched_at) if region == "related" else (None, None)
        )
        links.append(
            Link(
                url=url,
                anchor_text=text,
                region=region,
                rel=anchor.attributes.get("rel"),
                label_time_text=time_text,
                label_time=moment,
            )
        )
    return links


def _pseudo_link(href: str) -> bool:
    """`javascript:`/`data:` links, also spelled the ways browsers still run them:
    any case, with tabs, newlines or control characters inside ("java\\tscript:")."""
    return _CONTROLS.sub("", href).lower().startswith(_SKIPPED_SCHEMES)


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
