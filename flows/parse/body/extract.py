"""The article body, in order: the blocks chosen (`choose.py`), the lead before them, each block
read into paragraphs, then the paragraphs that are boilerplate wherever they stand dropped.
Read-only and selection in lexbor (CSS): Python only scores what the selectors return.
"""

from __future__ import annotations

from collections.abc import Sequence

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.body.boilerplate import clean, trim_edges, without_boilerplate
from flows.parse.body.choose import main_blocks
from flows.parse.body.headlines import page_headline, reworded_headline, title_heading
from flows.parse.body.lead import lead_paragraphs
from flows.parse.body.read import read_block
from flows.parse.decode import read_back_utf8
from flows.parse.nodes import Scan, scan, spaced

# Soft hyphens, zero-width spaces, invisible separators: typesetting hints, not text
# (ZWJ/ZWNJ stay: Persian, Indic scripts and emoji need them).
_INVISIBLE = ("\u00ad", "\u200b", "\u2060", "\u2063", "\ufeff")
MIN_COMMENTS = 2  # comment items from which they are left out of the article


def extract_body(
    tree: LexborHTMLParser,
    *,
    scanned: Scan | None = None,
    title: str | None = None,
    comments: Sequence[LexborNode] = (),
) -> list[str]:
    """The article's paragraphs in order. Read-only: boilerplate is skipped, not removed.

    `title` (the page's headline, from its metadata) anchors where the body starts: what the
    chosen block holds before the headline is not the article, and a lead paragraph between
    the headline and the block is. `comments`: the elements the page's comments were read
    from (`find_comments`), left out of the article when there are `MIN_COMMENTS` of them
    (one item may be a false find) and none holds an `<h1>` or most of the page's prose."""
    scanned = scan(tree, scanned)
    headline = page_headline(scanned, title)
    counted: dict[int, int] = {}  # paragraph → characters of link text, counted once
    para_texts: dict[int, str] = {}  # paragraph → its text, read once
    embeds: set[int] = set()  # blocks set inside the chosen text, left out of its reading
    found = {item.mem_id for item in comments} if len(comments) >= MIN_COMMENTS else set()
    roots = main_blocks(tree, scanned, headline, counted, embeds, found, para_texts)
    embeds |= found
    if not roots:
        return []
    heading = title_heading(scanned, title)
    anchor = headline or heading or reworded_headline(scanned, title, roots[0])
    paragraphs = (
        lead_paragraphs(roots[0], anchor, scanned, inline=anchor is heading) if anchor else []
    )
    for root in roots:
        paragraphs.extend(read_block(root, headline, scanned.of("h1"), counted, embeds, para_texts))
    paragraphs = read_back_utf8(paragraphs)
    texts = [text for text in (clean(_visible(paragraph)) for paragraph in paragraphs) if text]
    return trim_edges(without_boilerplate(texts, title), lambda: _link_texts(roots))


def _link_texts(roots: list[LexborNode]) -> frozenset[str]:
    """The text of every link in the chosen blocks, its whitespace runs one space."""
    return frozenset(spaced(a.text()) for root in roots for a in root.css("a"))


def _visible(text: str) -> str:
    """The text without invisible characters (none in ASCII text: `isascii` costs nothing),
    each removed by `replace`, which scans for one character many times faster than a regex
    tries a set at every position, and returns the text itself when the character is not
    there."""
    if text.isascii():
        return text
    for invisible in _INVISIBLE:
        text = text.replace(invisible, "")
    return text
