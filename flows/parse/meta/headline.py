"""Where the headline stands: the `<h1>` and the box around it, near which the page's own
byline and date are, rather than a teaser's."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from flows.parse.nodes import Scan, tag_id


def around_headline(scanned: Scan) -> LexborNode | None:
    """The box around the story's `<h1>` (`first_h1_node`: not a logo's empty one in the
    header), three levels up (or the highest below `<body>`): for a page without `<article>`,
    the date beside the headline before a header's ticker or a menu above it."""
    heading = first_h1_node(scanned)
    box = None
    node = heading.parent if heading is not None else None
    for _ in range(_HEADLINE_REACH):
        if node is None or node.tag_id == _BODY:
            break
        box, node = node, node.parent
    return box


_HEADLINE_REACH = 3
_BODY = tag_id("body")


def first_h1(scanned: Scan) -> str | None:
    """The first `<h1>` inside an `<article>`, else the first `<h1>`; one without text (a
    logo's image) is none."""
    node = first_h1_node(scanned)
    return h1_text(node) if node is not None else None


def h1_text(node: LexborNode) -> str:
    """A heading's text without soft hyphens and zero-width marks: where it may break, no
    part of the words."""
    return _INVISIBLE.sub("", node.text(strip=False))


_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def first_h1_node(scanned: Scan) -> LexborNode | None:
    """The element `first_h1` reads."""
    headings = [heading for heading in scanned.of("h1") if heading.text(strip=True)]
    if not headings:
        return None
    if scanned.first("article") is not None:
        inside = next((h for h in headings if _within(h, "article")), None)
        return inside or headings[0]
    return headings[0]


def has_kicker(heading: LexborNode) -> bool:
    """An `<h1>` made of two lines or more in elements of their own, a kicker above the
    headline (`<h1><span>Slaughterhouses</span><span>Headline</span></h1>`): its text runs
    them together, which no title states."""
    lines = 0
    node = heading.child
    while node is not None:
        if node.text(strip=True):
            if node.is_text_node:
                return False
            lines += 1
        node = node.next
    return lines >= 2


def _within(node: LexborNode, tag: str) -> bool:
    current = node.parent
    while current is not None:
        if current.tag == tag:
            return True
        current = current.parent
    return False
