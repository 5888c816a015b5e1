"""Readability's sibling rule: the chosen block's siblings that carry prose too join it, with
the subheadings, lists and short paragraphs between two of them."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from flows.parse.body.junk import is_junk_element
from flows.parse.body.prose import link_density
from flows.parse.body.votes import Vote
from flows.parse.nodes import element_children

# Blocks taken when they stand between two parts of the article, however short.
_BETWEEN = frozenset(("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table"))


def with_siblings(
    best: Vote,
    votes: dict[int, Vote],
    holders: set[int],
    sections: set[int],
    leading: set[int] | frozenset[int] = frozenset(),
) -> list[LexborNode]:
    """Readability's sibling rule: article text split across sibling blocks stays whole, with
    the short paragraphs, subheadings and lists between two of them (link text aside).
    A sibling whose tag or class names boilerplate (a related box beside the text) is not.
    `sections`: siblings already known to be stretches of the article (`repeated_sections`).
    `leading`: holders of a paragraph wrapped in an inline element (`<div><span>…</span></div>`),
    taken before the chosen block only (a lead set apart); after it such a box is a notice on
    comments or rights, not the story."""
    parent = best.node.parent
    if parent is None or best.node.tag in ("body", "html"):
        return [best.node]
    threshold = max(10.0, best.score * 0.2)
    blocks: list[LexborNode] = []
    between: list[LexborNode] = []  # short blocks since the last one taken
    seen_best = False  # a wrapped paragraph after the text is a bio or a call to action
    child = parent.first_child
    while child is not None:
        take = False
        if child.mem_id == best.node.mem_id or child.mem_id in sections:
            seen_best = seen_best or child.mem_id == best.node.mem_id
            take = True
        elif child.is_element_node and not is_junk_element(child):
            entry = votes.get(child.mem_id)
            take = (
                entry is not None
                and entry.score >= threshold
                and link_density(child) < 0.25
                or (
                    child.tag == "p"
                    or child.mem_id in holders
                    or not seen_best
                    and child.mem_id in leading
                )
                and _is_prose_paragraph(child)
                or not seen_best
                and _wrapped_paragraph(child)
            )
            if not take and child.tag in _BETWEEN:
                between.append(child)
        if take:
            if blocks:  # what lies between two parts of the text is text: subheads, lists
                blocks.extend(node for node in between if link_density(node) < 0.5)
            blocks.append(child)
            between = []
        child = child.next
    return blocks


OPENING_PARAGRAPHS = 3  # paragraphs of prose a wrapper of the opening ones holds at most


def _wrapped_paragraph(node: LexborNode) -> bool:
    """An element whose elements are one to `OPENING_PARAGRAPHS` paragraphs of prose and
    nothing else: the opening paragraphs in a wrapper of their own (a `div` each, a
    `span` or an `article` around the lead), the rest of the text in the chosen block. Taken
    before the chosen block only: after it, such boxes are author bios and calls to action."""
    children: list[LexborNode] = []
    for child in element_children(node):
        if child.tag != "p" or len(children) == OPENING_PARAGRAPHS:
            return False
        children.append(child)
    return bool(children) and all(map(_is_prose_paragraph, children))


def _is_prose_paragraph(node: LexborNode) -> bool:
    """A paragraph long enough, and with few enough links, to be the article's own."""
    text = node.text()
    return len(text) > 80 and link_density(node) < 0.25
