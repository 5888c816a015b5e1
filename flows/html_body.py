"""The article body: find the page's main content block and read its paragraphs.

No per-site rules: the block is chosen by the page's own structure, the way
readability-style extractors do: paragraphs vote for the element holding them,
weighted by how much prose (not link text) they carry.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.html_nodes import lines_text, select, squash

# Elements that never hold article prose.
JUNK_TAGS = (
    "script, style, noscript, template, svg, iframe, form, button, select, textarea, "
    "nav, aside, footer, object, embed, canvas, dialog"
)
# class/id words of boilerplate blocks (share bars, related lists, newsletter boxes, ...).
JUNK_WORDS = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|recommend|newsletter|subscribe|signup|"
    r"cookie|consent|comment|comments|respond|reply|sidebar|promo|advert|ads?|"
    r"sponsor|breadcrumbs?|tags|tag-list|author-bio|byline|popular|trending|most-read|"
    r"more-stories|read-more|next-post|prev-post|pagination|footer|masthead|menu)(?:$|[\s_-])",
    re.IGNORECASE,
)
BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, figcaption"


def extract_body(tree: LexborHTMLParser) -> list[str]:
    """The article's paragraphs in order. Read-only: boilerplate is skipped, not removed."""
    junk = _junk_ids(tree)
    root = _main_block(tree, junk)
    if root is None:
        return []
    paragraphs = [
        text
        for node in _innermost_blocks(root)
        if not _inside(node, junk, stop=root) and (text := _text(node))
    ]
    if sum(map(len, paragraphs)) < 0.5 * len(root.text(strip=True)):
        # Prose kept outside <p> (text and <br>s straight inside a div): read lines instead.
        paragraphs = lines_text(root, junk).split("\n")
    return paragraphs


def _junk_ids(tree: LexborHTMLParser) -> set[int]:
    junk = {node.mem_id for node in tree.css(JUNK_TAGS)}
    for node in select(tree, "[class], [id]"):
        attrs = node.attributes
        label = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if node.tag not in ("html", "body", "article", "main") and JUNK_WORDS.search(label):
            junk.add(node.mem_id)
    return junk


def _inside(node: LexborNode, junk: set[int], stop: LexborNode | None = None) -> bool:
    """True when `node` or an ancestor below `stop` is boilerplate."""
    stop_id = stop.mem_id if stop is not None else None
    current: LexborNode | None = node
    while current is not None and current.mem_id != stop_id:
        if current.mem_id in junk:
            return True
        current = current.parent
    return False


def _main_block(tree: LexborHTMLParser, junk: set[int]) -> LexborNode | None:
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for para in tree.css("p, pre, td, blockquote, div"):
        # A div votes only with the text written straight into it (prose split by <br>s).
        text = para.text(deep=para.tag != "div", strip=True)
        if len(text) < 25 or _inside(para, junk):
            continue
        links = sum(len(a.text(strip=True)) for a in para.css("a"))
        if links > 0.5 * len(text):
            continue
        score = 1 + text.count(",") + min(len(text) / 100, 3)
        parent = para if para.tag == "div" else para.parent
        for share in (1.0, 0.5):
            if parent is None:
                break
            scores[parent.mem_id] = scores.get(parent.mem_id, 0) + score * share
            nodes[parent.mem_id] = parent
            parent = parent.parent
    if not scores:
        return tree.body
    best = max(scores, key=scores.__getitem__)
    return nodes[best]


def _innermost_blocks(root: LexborNode) -> list[LexborNode]:
    """Block elements with no block element inside, so nested <li><p> reads once.

    (Lexbor's `node.css()` matches the node itself too, hence "only itself".)
    """
    return [node for node in select(root, BLOCKS) if node.tag == "p" or len(node.css(BLOCKS)) == 1]


def _text(node: LexborNode) -> str:
    text = squash(node.text())
    links = sum(len(a.text(strip=True)) for a in node.css("a"))
    if text and node.tag == "li" and links > 0.6 * len(text):
        return ""
    return text
