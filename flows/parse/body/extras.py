"""What the chosen block holds besides the article's text, found before it is read: teaser cards
for other stories, and the subheadings a template marks as `<h1>` (kept)."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from flows.parse.body.headlines import folded
from flows.parse.body.position import in_link
from flows.parse.nodes import HEADING_SELECTOR, is_inside, link_chars

_SUBHEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
TEASER_MAX = 400  # characters of text a teaser card holds at most


def inner_h1s(root: LexborNode, headline: LexborNode, h1s: list[LexborNode]) -> set[int]:
    """The `<h1>`s inside the block that do not state the headline and link nowhere, by
    `mem_id`: sites and page builders that mark every heading `<h1>` use them for the text's
    subheadings (a teaser's `<h1>` is a link to its story)."""
    wanted = folded(headline.text())
    found = set()
    for heading in h1s:
        if heading.mem_id == headline.mem_id or not is_inside(heading, root):
            continue
        text = folded(heading.text())
        if (
            text
            and text not in wanted
            and wanted not in text
            and not link_chars(heading)
            and not in_link(heading, root)
        ):
            found.add(heading.mem_id)
    return found


def teaser_cards(root: LexborNode, blocks: list[LexborNode]) -> set[int]:
    """Teaser cards inside the block, by `mem_id`: a heading that is all a link to another
    page (an article's own subheadings do not link away), with the wrapper around it that
    holds no other heading and little text (its kicker, a teaser line, a picture)."""
    cards: set[int] = set()
    for heading in blocks:
        if heading.tag not in _SUBHEADINGS or not _links_away(heading):
            continue
        card = heading
        parent = card.parent
        while (
            parent is not None
            and parent.mem_id != root.mem_id
            and len(parent.text(strip=True)) <= TEASER_MAX
            and len(parent.css(HEADING_SELECTOR)) == 1
        ):
            card, parent = parent, parent.parent
        cards.add(card.mem_id)
    return cards


def _links_away(heading: LexborNode) -> bool:
    """Whether the heading's text is all links to other pages (not `#` anchors of its own)."""
    text = len(heading.text(strip=True))
    links = heading.css("a")
    if not text or not links:
        return False
    if any((link.attributes.get("href") or "#").startswith("#") for link in links):
        return False
    return sum(len(link.text(strip=True)) for link in links) >= 0.9 * text
