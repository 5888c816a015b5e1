"""Where the headline stands: the `<h1>` and the box around it, near which the page's own
byline and date are, rather than a teaser's."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from flows.parse.nodes import Scan, tag_id


def around_headline(scanned: Scan) -> LexborNode | None:
    """The box around the first `<h1>`, three levels up (or the highest below `<body>`): for
    a page without `<article>`, the date beside the headline before a header's ticker or a
    menu above it."""
    headings = scanned.of("h1")
    box = None
    node = headings[0].parent if headings else None
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
    headings = [heading for heading in scanned.of("h1") if heading.text(strip=True)]
    if not headings:
        return None
    if scanned.first("article") is not None:
        inside = next((h for h in headings if _within(h, "article")), None)
        return (inside or headings[0]).text(strip=False)
    return headings[0].text(strip=False)


def _within(node: LexborNode, tag: str) -> bool:
    current = node.parent
    while current is not None:
        if current.tag == tag:
            return True
        current = current.parent
    return False
