"""What counts as prose: the block tags that hold it, the sizes a paragraph or a text written
straight into a wrapper must reach, and the share of link text that makes a block links."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from flows.parse.nodes import link_chars

BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, td, dt"
BLOCK_TAGS = frozenset(tag.strip() for tag in BLOCKS.split(","))  # read whole, as one block
PROSE_TAGS = ("p", "pre", "blockquote")  # paragraphs: they vote for their parent
HOLDER_TAGS = ("div", "td", "section", "article")  # with text of their own, they vote for it
UNREAD_TAGS = frozenset(("script", "style", "noscript", "template"))  # text never shown
MIN_PROSE = 25
MIN_HELD = 2 * MIN_PROSE  # text written straight into a div/td counts from here
MOST = 0.6  # the share of the prose an element holding "most" of it holds


def link_density(node: LexborNode) -> float:
    """The share of the element's text that is link text; 1 for an element without text."""
    text = len(node.text())
    return link_chars(node) / text if text else 1.0
