"""The lead: paragraphs between the headline and the chosen block (a standfirst, a first
paragraph written outside the body's wrapper), read before the block."""

from __future__ import annotations

import re
from itertools import islice

from selectolax.lexbor import LexborNode

from flows.parse.body.captions import is_caption
from flows.parse.body.headlines import folded
from flows.parse.body.junk import inside_junk
from flows.parse.body.position import precedes
from flows.parse.body.prose import MIN_PROSE, UNREAD_TAGS, link_density
from flows.parse.nodes import Scan, ancestor_ids, is_inside, spaced

LEAD_GAP = 3  # at most this many paragraphs between the headline and the block's first
LEAD_WORDS = 8  # a lead in a div of inline text is a sentence: this many words at least
LEAD_CHARS = 30  # … or this many characters in a script written without spaces
_LEAD_INNER = frozenset(
    ("p", "div", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", *UNREAD_TAGS)
)


def lead_paragraphs(
    root: LexborNode, headline: LexborNode, scanned: Scan, *, inline: bool = False
) -> list[str]:
    """Paragraphs between the headline and the chosen block (a standfirst, a lead written
    outside the body's wrapper), when few paragraphs separate them. `inline`: the headline is
    an `<h2>`/`<h3>` (`title_heading`); such templates also write the lead as a `div` of
    inline text (`_inline_lead`). Under an `<h1>` headline a `div` there is a deck or a
    summary, which the article-extraction benchmark leaves out of the body; one set in bold
    (`_bold_lead`) is the lead, and so is one set as a sub-heading (`_deck`), as the article
    dev sets made here label it."""
    bold = [] if inline else _bold_lead(headline, root)
    before = _paragraphs_before(root, headline, scanned, inline)
    deck = [
        text
        for text in _deck(headline, root) or _deck_above(headline, root)
        if text not in bold and text not in before and not _says_the_headline(text, headline)
    ]
    return bold + deck + before


def _paragraphs_before(
    root: LexborNode, headline: LexborNode, scanned: Scan, inline: bool
) -> list[str]:
    first = root if root.tag == "p" else root.css_first("p")
    if first is None:
        return []
    between: list[LexborNode] = []
    paras = 0
    seen_headline = False
    tags = (headline.tag or "h2", "p", "div") if inline else ("h1", "p")
    for element in scanned.of(*tags):
        if element.mem_id == first.mem_id:
            break
        if element.mem_id == headline.mem_id:
            seen_headline, between, paras = True, [], 0
        elif seen_headline:
            between.append(element)
            paras += element.tag == "p"
            if paras > LEAD_GAP:
                return []
    else:
        return []
    if not seen_headline:
        return []
    above = set()
    node: LexborNode | None = root
    while node is not None:
        above.add(node.mem_id)
        node = node.parent
    lead = []
    for para in between:
        text = spaced(para.text())
        if para.tag == "p":
            wanted = len(text) >= MIN_PROSE and link_density(para) < 0.3
        elif para.tag == "div" and inline:
            wanted = _inline_lead(para, text) and not is_inside(para, root)
        else:
            continue
        if wanted and not inside_junk(para, above) and not is_caption(para, above):
            lead.append(text)
    return lead


def _inline_lead(element: LexborNode, text: str) -> bool:
    """A `div` of inline text that reads as a sentence: long enough (eight words, or 30
    characters of a script written without spaces), few links, and no block nor script inside
    it (a block's paragraphs are read where they stand; a script's text is not shown)."""
    words = len(text.split())
    if words < LEAD_WORDS and not (len(text) >= LEAD_CHARS and words <= 2):
        return False
    if link_density(element) >= 0.3:
        return False
    inside = islice(element.traverse(), 1, None)  # its first node is `element` itself
    return not any(inner.tag in _LEAD_INNER for inner in inside)


BOLD_LEAD_GAP = 3  # elements at most between the headline and a lead set in bold
_BOLD_TAGS = frozenset(("strong", "b"))
_BOLD_BOXES = frozenset(("div", "span", "cite"))  # inline boxes around it; not a deck's heading
BOLD_LEAD_CLIMB = 2  # boxes around the headline that may end before the lead


def _bold_lead(headline: LexborNode, root: LexborNode) -> list[str]:
    """Bold text that reads as a sentence (`_inline_lead`), a `<strong>` or `<b>` alone or in a
    box of its own (`div`, `span`, `cite`), among the few elements after the headline and
    before the box of the chosen block: a lead set in bold as print sets it
    (`<div><strong>…</strong></div>`), which no paragraph of the block holds."""
    holders = _with_ancestors(root)  # the chosen block and the elements around it
    lead: list[str] = []
    node = headline.next
    seen = 0
    climbed = 0  # the headline's box (a `<header>` around it) ends: on after that box
    above: LexborNode | None = headline
    while node is not None or climbed < BOLD_LEAD_CLIMB:
        if node is None:
            above = above.parent if above is not None else None
            if above is None:
                break
            node, climbed = above.next, climbed + 1
            continue
        if node.is_element_node:
            if node.mem_id in holders:
                return lead  # the chosen block's box: what came before it is the lead
            if seen >= BOLD_LEAD_GAP and not lead:
                return []  # past the gap with no lead: none to find, wherever the box is
            if not lead and (node.tag in _BOLD_TAGS or node.tag in _BOLD_BOXES and _bold(node)):
                text = spaced(node.text())
                if _inline_lead(node, text):
                    lead.append(text)
            seen += 1
        node = node.next
    return []  # the block is not after the headline


def _bold(element: LexborNode) -> bool:
    """An element whose one element is a `<strong>` or `<b>` holding all its text."""
    child = element.child
    bold = False
    while child is not None:
        if child.is_element_node:
            if bold or child.tag not in ("strong", "b"):
                return False
            bold = True
        elif (child.text_content or "").strip():
            return False
        child = child.next
    return bold


DECK_GAP = 3  # elements with text at most between the headline and its deck
DECK_LINKS = 0.5  # a box with this share of link text or more is no element between
DECK_CLIMB = 2  # boxes around the headline that may end before the deck
DECK_DIGITS = 0.2  # a deck's words holding digits at most: more is a dateline ("12 Jan 2012")
DECK_CAPITALS = 0.6  # its words set in capitals at most: more is a byline ("Tim Ng Senior Writer")
_DECK_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6"))  # a `<p>` is `_paragraphs_before`'s
_DECK_SKIPPED = frozenset(("figure", "aside", "nav", "form", "button", "footer", "time"))


def _deck(headline: LexborNode, root: LexborNode) -> list[str]:
    """The deck (a standfirst) written as a sub-heading right under the headline, before the
    chosen block's box: the first `<h2>`-`<h6>` (or a box around one alone) among the
    `DECK_GAP` elements with text after the headline (a byline, a date between them; a box
    of links, `DECK_LINKS`, is not counted: related stories), that
    reads as a sentence (`_inline_lead`) and as no dateline nor byline (`_reads_as_deck`).
    Where it stands says what it is, whatever its class. A `<p>` there is left to
    `_paragraphs_before`: under the headline of a recipe it is the dish's description."""
    if is_inside(headline, root):
        return []  # the block holds the headline: what follows it is read with the block
    holders = _with_ancestors(root)
    node = headline.next
    seen = climbed = 0
    above: LexborNode | None = headline
    while seen < DECK_GAP:
        if node is None:
            above = above.parent if above is not None else None
            if above is None or climbed >= DECK_CLIMB:
                return []
            node, climbed = above.next, climbed + 1
            continue
        if node.mem_id in holders:
            return []
        if node.is_element_node and node.tag not in UNREAD_TAGS:
            text = spaced(node.text())
            if text:
                seen += link_density(node) < DECK_LINKS  # a box of links (related stories) aside
                if node.tag not in _DECK_SKIPPED:
                    deck = _deck_in(node)
                    if deck is not None and _reads_as_deck(deck, text, holders, root):
                        return [text]
        node = node.next
    return []


def _deck_above(headline: LexborNode, root: LexborNode) -> list[str]:
    """The deck written as a sub-heading right above the chosen block, however many boxes
    (a picture's caption, a byline, a share bar) stand between it and the headline: the
    element with text just before the block (or before the box around it, `DECK_CLIMB` boxes
    up at most; in the block's own wrapper too, `<div><h4>deck</h4><div>paragraphs</div>`),
    after the headline, when it is a sub-heading that reads as a deck (`_deck_in`,
    `_reads_as_deck`)."""
    if is_inside(headline, root):
        return []
    node = _just_before(root)
    if node is None or node.tag in _DECK_SKIPPED or is_inside(headline, node):
        return []
    deck = _deck_in(node)
    parent = node.parent
    if deck is None or parent is None or not _after(headline, node):
        return []
    text = spaced(node.text())
    holders = {parent.mem_id}
    return [text] if _reads_as_deck(deck, text, holders, root) else []


def _just_before(root: LexborNode) -> LexborNode | None:
    """The element with text just before `root`, or before a box around it (`DECK_CLIMB`
    boxes up at most) when nothing with text stands before it in that box."""
    current = root
    for _ in range(DECK_CLIMB + 1):
        node = current.prev
        while node is not None and not (
            node.is_element_node and node.tag not in UNREAD_TAGS and node.text().strip()
        ):
            node = node.prev
        if node is not None or current.parent is None:
            return node
        current = current.parent
    return None


_WORD = re.compile(r"\w+")
HEADLINE_WORDS = 0.5  # a deck with more of its words the headline's says the headline again


def _says_the_headline(text: str, headline: LexborNode) -> bool:
    """Whether more than `HEADLINE_WORDS` of the words of `text` are the headline's: the
    headline said again above the text (for screen readers, or with its kicker), no deck."""
    words = set(_WORD.findall(folded(text)))
    said = words & set(_WORD.findall(folded(headline.text())))
    return len(said) > HEADLINE_WORDS * len(words)


def _after(headline: LexborNode, node: LexborNode) -> bool:
    """Whether `node` comes after the headline, in the box the two share."""
    around = _with_ancestors(headline)
    shared = node.parent
    while shared is not None and shared.mem_id not in around:
        shared = shared.parent
    return shared is not None and precedes(headline, node, shared)


def _with_ancestors(node: LexborNode) -> set[int]:
    """The `mem_id` of the node and of every element around it: one set answers whether a
    node met on a walk holds it."""
    return ancestor_ids((node,)) | {node.mem_id}


def _deck_in(element: LexborNode) -> LexborNode | None:
    """The paragraph or sub-heading `element` is, or the one it wraps alone (a `<div>` around
    a `<p>`); None for a box of several, or of text beside an element."""
    current = element
    while current.tag not in _DECK_TAGS:
        inner = [
            child
            for child in current.iter(include_text=True)
            if (child.tag not in UNREAD_TAGS if child.is_element_node else child.text().strip())
        ]
        if len(inner) != 1 or not inner[0].is_element_node:
            return None
        current = inner[0]
    return current


def _reads_as_deck(deck: LexborNode, text: str, holders: set[int], root: LexborNode) -> bool:
    """A sentence (`_inline_lead`) with few numbers (`DECK_DIGITS`) and few words set in
    capitals (`DECK_CAPITALS`), in no link, and before `root` (whose box and the boxes around
    it are `holders`)."""
    words = text.split()
    digits = sum(any(char.isdigit() for char in word) for word in words)
    capitals = sum(word[0].isupper() for word in words)
    if (
        not _inline_lead(deck, text)
        or digits > DECK_DIGITS * len(words)
        or capitals > DECK_CAPITALS * len(words)
    ):
        return False
    current = deck.parent
    while current is not None and current.mem_id not in holders:
        if current.tag == "a":
            return False
        current = current.parent
    return current is not None and precedes(deck, root, current)
