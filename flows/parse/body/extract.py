"""The article body: find the page's main content block and read its paragraphs.

No per-site rules: the block is chosen by the page's own structure, the way
readability-style extractors do. Blocks of prose (not link text) vote for the
element holding them; the winner's siblings that carry prose too join it; inside,
boilerplate (share bars, related lists, newsletter boxes, ...) is skipped by tag
and class words. Selection runs in lexbor (CSS), Python only scores the results.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.body.boilerplate import (
    clean,
    from_json_ld,
    is_label,
    trim_edges,
    without_boilerplate,
)
from flows.parse.body.climb import CLIMB, climb_to_wrapper, headline_box, holding_most, host_text
from flows.parse.body.extras import inner_h1s, teaser_cards
from flows.parse.body.headlines import (
    headlines_within,
    page_headline,
    title_heading,
    under_other_headline,
)
from flows.parse.body.junk import JUNK_TAG_SET, junk_ids, junk_paragraph
from flows.parse.body.lead import lead_paragraphs
from flows.parse.body.prose import (
    BLOCK_TAGS,
    BLOCKS,
    HOLDER_TAGS,
    MIN_HELD,
    MIN_PROSE,
    PROSE_TAGS,
    UNREAD_TAGS,
)
from flows.parse.body.regions import off_article
from flows.parse.body.siblings import with_siblings
from flows.parse.body.stretches import distant_twins, repeated_sections
from flows.parse.body.votes import Vote, candidate_score, prose_score
from flows.parse.nodes import LINE_TAGS, Scan, is_inside, lines_text, link_chars, scan, tag_id

LINKS_ONLY = 0.8  # a longer block this much link text is a run of links to other pages
_A_ID = tag_id("a")
HEAD_SHARE = 0.3  # text above the headline dropped when under this share of the block
LD_LONGER, LD_MIN_WORDS = 1.5, 50  # JSON-LD articleBody wins when this much longer
# Soft hyphens, zero-width spaces, invisible separators: typesetting hints, not text
# (ZWJ/ZWNJ stay: Persian, Indic scripts and emoji need them).
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\u2063\ufeff]")
SCATTERED = 0.2
TWIN_NEEDLESS = 0.8  # share of the page's prose in the block beyond which no twin is sought


def extract_body(
    tree: LexborHTMLParser, *, scanned: Scan | None = None, title: str | None = None
) -> list[str]:
    """The article's paragraphs in order. Read-only: boilerplate is skipped, not removed.

    `title` (the page's headline, from its metadata) anchors where the body starts: what the
    chosen block holds before the headline is not the article, and a lead paragraph between
    the headline and the block is."""
    scanned = scan(tree, scanned)
    headline = page_headline(scanned, title)
    links: dict[int, int] = {}  # paragraph → characters of link text, counted once
    embeds: set[int] = set()  # blocks set inside the chosen text, left out of its reading
    roots = _main_blocks(tree, scanned, headline, links, embeds)
    if not roots:
        return []
    anchor = headline or title_heading(scanned, title)
    paragraphs = (
        lead_paragraphs(roots[0], anchor, scanned, inline=anchor is not headline) if anchor else []
    )
    for root in roots:
        paragraphs.extend(_read_block(root, headline, scanned.of("h1"), links, embeds))
    texts = [text for text in (clean(_visible(paragraph)) for paragraph in paragraphs) if text]
    return trim_edges(without_boilerplate(texts, title))


def _visible(text: str) -> str:
    """The text without invisible characters (none in ASCII text: `isascii` costs nothing)."""
    return text if text.isascii() else _INVISIBLE.sub("", text)


def prefer_json_ld(paragraphs: list[str], json_ld_body: str | None) -> list[str]:
    """JSON-LD `articleBody` instead of the HTML's paragraphs when it is far longer: pages
    rendered in the browser ship the whole text there and only a teaser in the markup."""
    if not json_ld_body:
        return paragraphs
    html_words = sum(len(paragraph.split()) for paragraph in paragraphs)
    ld_words = len(json_ld_body.split())
    if ld_words < LD_LONGER * html_words + LD_MIN_WORDS:
        return paragraphs
    return from_json_ld(json_ld_body)


def _main_blocks(
    tree: LexborHTMLParser,
    scanned: Scan,
    headline: LexborNode | None = None,
    links: dict[int, int] | None = None,
    embeds: set[int] | None = None,
) -> list[LexborNode]:
    """The highest-voted element, plus its siblings that carry prose too. With the page's
    `headline` known, a block under another story's headline (the next story of an infinite
    scroll, a teaser's own page) gives way to the best one that is not. `links`, when given,
    gets each voting paragraph's characters of link text (reading counts them again else);
    `embeds`, the block that won the vote when the text around it is chosen instead
    (`host_text`)."""
    if links is None:
        links = {}
    # Prose: <p>-like blocks, and divs/tds with text straight inside (between <br>s, or
    # as a paragraph of its own). Holders vote for themselves, paragraphs for their parent.
    prose: dict[int, tuple[LexborNode, str, bool]] = {
        para.mem_id: (para, text, False)
        for para in scanned.of(*PROSE_TAGS)
        if len(text := para.text()) >= MIN_PROSE and not junk_paragraph(para)
    }
    for holder in scanned.of(*HOLDER_TAGS):
        own = holder.text(deep=False)
        if len(own.strip()) >= MIN_HELD:
            prose[holder.mem_id] = (holder, own, True)
    headlines = headlines_within(scanned)
    off = off_article(tree, prose, headlines)
    votes: dict[int, Vote] = {}
    held: dict[int, int] = {}  # element → characters of prose inside it

    def vote(node: LexborNode | None, score: float, chars: int) -> None:
        for share in (1.0, 0.5, 0.2):
            if node is None:
                return
            entry = votes.get(node.mem_id)
            if entry is None:
                entry = votes[node.mem_id] = Vote(node)
            entry.score += score * share
            held[node.mem_id] = held.get(node.mem_id, 0) + chars
            node = node.parent
        for _ in range(CLIMB):
            if node is None:
                return
            held[node.mem_id] = held.get(node.mem_id, 0) + chars
            node = node.parent

    cast: list[tuple[LexborNode, int, bool]] = []  # voters: element, characters, holder
    for node_id, (node, text, is_holder) in prose.items():
        if node_id in off:
            continue
        if is_holder:
            vote(node, 1 + text.count(",") + min(len(text) / 100, 3), len(text))
            cast.append((node, len(text), True))
        elif score := prose_score(node, text, links):
            vote(node.parent, score, len(text))
            cast.append((node, len(text), False))
    if not votes:
        return [tree.body] if tree.body is not None else []
    ranked = sorted(votes.values(), key=lambda v: v.score, reverse=True)[:5]
    best = max(ranked, key=lambda vote: candidate_score(vote, headlines))
    if (
        headline is not None
        and len(scanned.of("h1")) > 1
        and under_other_headline(best.node, headlines, headline)
    ):
        ours = [v for v in ranked if not under_other_headline(v.node, headlines, headline)]
        if ours:
            best = max(ours, key=lambda vote: candidate_score(vote, headlines))
    voters = [(node, len(text)) for node_id, (node, text, _) in prose.items() if node_id not in off]
    total = sum(chars for _, chars in voters)
    boxed = None
    if held.get(best.node.mem_id, 0) < SCATTERED * total:
        boxed = headline_box(best, headline, headlines)
        best = boxed or holding_most(voters, total) or best
    holders = {node_id for node_id, (_, _, is_holder) in prose.items() if is_holder}
    chosen = boxed or climb_to_wrapper(best, votes, held, headlines, cast)
    host = host_text(chosen, held, headlines)
    if host is not chosen and embeds is not None:
        embeds.add(chosen.node.mem_id)
    chosen = host
    wrapper, sections = repeated_sections(chosen.node, headlines)
    blocks = with_siblings(Vote(wrapper, chosen.score), votes, holders - off, sections)
    if sections or len(blocks) != 1 or held.get(blocks[0].mem_id, 0) >= TWIN_NEEDLESS * total:
        return blocks  # a block holding nearly all the prose leaves no stretch to find
    before, after = distant_twins(blocks[0], headline, headlines)
    return [*before, *blocks, *after]


def _read_block(
    root: LexborNode,
    headline: LexborNode | None = None,
    h1s: list[LexborNode] | None = None,
    links: dict[int, int] | None = None,
    skip: set[int] | None = None,
) -> list[str]:
    """The block's paragraphs. `h1s`: the page's `<h1>`s (from the scan); `links`: the link
    text of paragraphs counted while voting (`_main_blocks`); `skip`: elements left out as if
    they were boilerplate (a slideshow set inside the text, `host_text`)."""
    h1s = h1s or []
    links = {} if links is None else links
    size = len(root.text(strip=True))
    junk, unread = junk_ids(root, size)
    if skip:
        junk |= skip
    if root.mem_id in junk:
        junk.discard(root.mem_id)
    if root.tag in ("p", "pre", "blockquote") or root.css_first(BLOCKS) is None:
        text = lines_text(root, junk)
        return text.split("\n") if text else []
    inside = headline is not None and is_inside(headline, root)
    subheads = inner_h1s(root, headline, h1s) if headline is not None and len(h1s) > 1 else set()
    junk -= subheads
    blocks = root.css(f"{BLOCKS}, h1" if inside or subheads else BLOCKS)  # one tag each
    # A block tag chosen whole (a `td`) matches its own selector: when it holds other blocks
    # it is read through them and its loose text, like a `div`, not whole and then again.
    holding = len(blocks) > 1 and blocks[0].mem_id == root.mem_id
    if holding:
        blocks = blocks[1:]
    junk |= teaser_cards(root, blocks)
    skipped = _inside_junk_or_holding_blocks(root, blocks, junk)
    paragraphs: list[str] = []
    read: list[LexborNode] = []  # the block each paragraph was read from
    covered = 0
    before = 0  # paragraphs read before the headline, when the block holds it
    for node in blocks:
        if inside and headline is not None and node.mem_id == headline.mem_id:
            before = len(paragraphs)
        if node.mem_id in skipped and (node.tag != "p" or skipped[node.mem_id]):
            continue
        text = _text(node, node.mem_id in unread, links)
        if text:
            paragraphs.append(text)
            read.append(node)
            covered += len(text)
        elif paragraphs and is_label(paragraphs[-1]) and node.text(strip=True):
            covered -= len(paragraphs.pop())  # "DON'T MISS", "Read more": its links are gone
            read.pop()
    if covered < 0.5 * size:
        # Prose kept outside blocks (text and <br>s straight inside a div): read lines instead.
        text = lines_text(root, junk)
        return text.split("\n") if text else []
    if before and sum(map(len, paragraphs[:before])) < HEAD_SHARE * covered:
        return paragraphs[before:]  # breadcrumbs, kickers, teasers above the headline
    if (holding or root.tag not in BLOCK_TAGS) and len(root.text(deep=False).strip()) >= MIN_HELD:
        return _with_loose_runs(root, paragraphs, read, junk)
    return paragraphs


def _with_loose_runs(
    root: LexborNode, paragraphs: list[str], read: list[LexborNode], junk: set[int]
) -> list[str]:
    """The block's paragraphs with the text written straight inside it, beside its blocks, put
    where it stands: the rest of a `<p>` that a box inside it closed early (an ad slot), or
    paragraphs an editor separated by `<br>`s after the first few `<p>`s. A run of text and
    inline elements between two blocks is read line by line; lines of prose length with little
    link text are kept."""
    position: dict[int, int] = {}  # root's element children → their place among its children
    child = root.child
    index = 0
    runs: list[tuple[int, str]] = []
    parts: list[str] = []
    start = 0
    while child is not None:
        if child.is_text_node:
            parts.append(child.text_content or "")
        elif child.is_element_node:
            position[child.mem_id] = index
            tag = child.tag
            if tag == "br":
                parts.append("\n")
            elif (
                tag in LINE_TAGS
                or tag in JUNK_TAG_SET
                or child.mem_id in junk
                or child.css_first(BLOCKS) is not None  # read as blocks already
            ):
                runs.append((start, "".join(parts)))
                parts, start = [], index + 1
            elif tag not in UNREAD_TAGS and link_chars(child) < 0.5 * len(child.text()):
                parts.append(lines_text(child, junk))
        child = child.next
        index += 1
    runs.append((start, "".join(parts)))
    placed: list[tuple[int, int, str]] = []
    for order, (node, text) in enumerate(zip(read, paragraphs, strict=True)):
        top = node
        while top.parent is not None and top.parent.mem_id != root.mem_id:
            top = top.parent
        placed.append((position.get(top.mem_id, -1), order, text))
    for at, run in runs:
        for line in run.split("\n"):
            line = " ".join(line.split())
            if len(line) >= MIN_HELD:
                placed.append((at, len(placed), line))
    return [text for _, _, text in sorted(placed)]


def _inside_junk_or_holding_blocks(
    root: LexborNode, blocks: list[LexborNode], junk: set[int]
) -> dict[int, bool]:
    """Blocks to skip, by `mem_id`: True for a block inside (or being) a junk element or
    inside a link (a teaser card whose whole box links to its story: its kicker, its title),
    False for one holding another block (read through the inner one). One memoised walk up
    from each block replaces a `css(BLOCKS)` per junk box and per block."""
    block_ids = {node.mem_id for node in blocks}
    in_junk: dict[int, bool] = {root.mem_id: False}  # element → it or an ancestor is junk
    skipped: dict[int, bool] = {}
    for node in blocks:
        path: list[LexborNode] = []
        current: LexborNode | None = node
        while current is not None and current.mem_id not in in_junk:
            path.append(current)
            current = current.parent
        found = in_junk[current.mem_id] if current is not None else False
        for element in reversed(path):
            found = found or element.mem_id in junk or element.tag_id == _A_ID
            in_junk[element.mem_id] = found
        if in_junk[node.mem_id]:
            skipped[node.mem_id] = True
        # Every block above this one holds a block (stop where an earlier walk marked them).
        parent = node.parent
        while parent is not None and parent.mem_id != root.mem_id:
            if parent.mem_id in block_ids:
                if parent.mem_id in skipped:
                    break
                skipped[parent.mem_id] = in_junk[parent.mem_id]
            parent = parent.parent
    return skipped


def _text(node: LexborNode, holds_unread: bool, counted: dict[int, int]) -> str:
    """The block's text on one line; empty for a line that is mostly links. An inline
    `<script>`/`<style>` (ad code, gallery CSS) is not prose, and the lines a `<br>` ends are
    words apart: `holds_unread` reads the block line by line. `counted`: link text already
    counted, by `mem_id`."""
    text = " ".join((lines_text(node) if holds_unread else node.text()).split())
    if not text:
        return ""
    links = counted.get(node.mem_id)
    if node.tag in ("li", "td", "dd", "dt") or len(text) < 120:
        if (link_chars(node) if links is None else links) > 0.6 * len(text):
            return ""
    elif links is not None:
        if links > LINKS_ONLY * len(text):
            return ""
    elif (
        len(node.text(deep=False)) < (1 - LINKS_ONLY) * len(text)  # else too little can be links
        and link_chars(node) > LINKS_ONLY * len(text)
    ):
        return ""
    return text
