"""Which blocks are the article: prose votes for the elements holding it, boxes off the article
aside, another story's block gives way, and the winner climbs to the article's wrapper and
gathers its siblings and stretches. No per-site rules: the page's own structure decides."""

from __future__ import annotations

from collections import Counter

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.body.boilerplate import ends_as_sentence
from flows.parse.body.captions import gallery_captions
from flows.parse.body.climb import (
    CLIMB,
    climb_to_wrapper,
    headline_box,
    holding_most,
    host_text,
    steps_beside,
)
from flows.parse.body.headlines import (
    STORY_BOX,
    before_headline,
    headlines_within,
    levels_apart,
    under_other_headline,
)
from flows.parse.body.junk import junk_paragraph
from flows.parse.body.position import precedes
from flows.parse.body.posts import dated_posts
from flows.parse.body.prose import HOLDER_TAGS, MIN_HELD, MIN_PROSE, PROSE_TAGS, link_density
from flows.parse.body.regions import off_article
from flows.parse.body.siblings import with_siblings
from flows.parse.body.stretches import distant_twins, repeated_sections
from flows.parse.body.votes import (
    Vote,
    best_candidate,
    candidate_score,
    held_text,
    prose_score,
)
from flows.parse.nodes import Scan, ancestor_tagged, held_by_any, is_inside, tag_id

SCATTERED = 0.2  # a best block holding less of the page's prose than this: prose is scattered
UNANCHORED_LINKS = 0.05  # link text of the element holding most prose, on a page without headline
FAR_BOX = 5  # levels above the headline beyond which a block shares no story box with it
NEAR_SHARE = 0.25  # of the best block's score, that a block by the headline needs to win instead
NEAR_PARAGRAPHS = 2  # … and paragraphs of its own: text, not a lone standfirst
TWIN_NEEDLESS = 0.8  # share of the page's prose in the block beyond which no twin is sought
PARAGRAPH_DEPTH = 3  # levels above an inline run searched for a paragraph holding it
_INLINE_IDS = frozenset(map(tag_id, ("span", "font")))  # inline wrappers old editors wrote into
_PROSE_IDS = frozenset(map(tag_id, PROSE_TAGS))
_CODE_IDS = frozenset(map(tag_id, ("script", "style")))
_OL = tag_id("ol")
_ITALIC_IDS = frozenset(map(tag_id, ("em", "i")))
INLINE_BREAKS = 2  # `<br>`s straight inside one that make its text a run of lines
POSTS_FLOOR = 0.1  # of a list of posts' score, that a block by the headline needs instead
VOTE_LEVELS = 4  # a paragraph and the three elements above it its vote reaches
CODE_CHARS = 400  # a paragraph with this much code inside (an ad's script) casts no vote
MIN_STEPS = 2  # list items reading as sentences in one list that make it a run of steps
CARD_LEVELS = 6  # levels above the steps searched for the box holding another list too


def main_blocks(
    tree: LexborHTMLParser,
    scanned: Scan,
    headline: LexborNode | None = None,
    links: dict[int, int] | None = None,
    embeds: set[int] | None = None,
    comments: set[int] | None = None,
    texts: dict[int, str] | None = None,
) -> list[LexborNode]:
    """The highest-voted element, plus its siblings that carry prose too. With the page's
    `headline` known, a block under another story's headline (the next story of an infinite
    scroll, a teaser's own page) gives way to the best one that is not, and so does a block
    that ends before the headline (a masthead's licence text); a block sharing no box with the
    headline within `FAR_BOX` levels (a terms dialog at the page's end) gives way to the text
    in the headline's close box (`_by_headline`), found without class words. `links`, when given,
    gets each voting paragraph's characters of link text (reading counts them again else);
    `embeds`, the block that won the vote when the text around it is chosen instead
    (`host_text`); `comments`, the comment parser's items, whose prose does not vote
    (`off_article`, which keeps in the set only those it leaves out); `texts`, when given, gets
    the text of each paragraph that is prose (`<p>`, `<pre>`, `<blockquote>`) by `mem_id`, for
    reading to take."""
    if links is None:
        links = {}
    if texts is None:
        texts = {}
    # Prose: <p>-like blocks, and divs/tds with text straight inside (between <br>s, or
    # as a paragraph of its own). Holders vote for themselves, paragraphs for their parent.
    # Text holding a "©" is a copyright notice (a footer's legal lines): it casts no vote.
    prose: dict[int, tuple[LexborNode, str, bool]] = {
        para.mem_id: (para, text, False)
        for para in scanned.of(*PROSE_TAGS)
        if len(text := para.text()) >= MIN_PROSE
        and "©" not in text
        and not junk_paragraph(para)
        and (len(text) < CODE_CHARS or _code_chars(para) < CODE_CHARS)
    }
    texts.update({para_id: text for para_id, (_, text, _) in prose.items()})
    steps = _steps(scanned)
    prose.update({item.mem_id: (item, text, False) for item, text, _ in steps})
    cards = {item.mem_id: card for item, _, card in steps}  # the box each step votes for
    step_ids = set(cards)
    for caption in gallery_captions([node for node, _, _ in prose.values()], scanned.of("img")):
        del prose[caption]
    runs = _inline_runs(scanned)
    inline = {node.mem_id for node in runs}
    wrapped: set[int] = set()  # holders whose text is in inline elements: no siblings to take
    for holder in scanned.of(*HOLDER_TAGS):
        own = held_text(holder, inline)
        if len(own.strip()) < MIN_HELD or "©" in own:
            continue
        if len(holder.text(deep=False).strip()) < MIN_HELD:  # held in inline elements
            if comments and _inside(holder, comments):
                continue  # wrapped text must not make a comment's box the post (off_article)
            wrapped.add(holder.mem_id)
        prose[holder.mem_id] = (holder, own, True)
    for holder in runs:
        own = holder.text(deep=False)
        if len(own.strip()) >= MIN_HELD and "©" not in own:
            prose[holder.mem_id] = (holder, own, True)
    headlines = headlines_within(scanned)
    off = off_article(tree, prose, headlines, comments)
    if step_ids and not _steps_lead(prose, off, step_ids):
        off = off | step_ids
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
            vote(cards.get(node_id, node.parent), score, len(text))
            cast.append((node, len(text), False))
    if not votes:
        return [tree.body] if tree.body is not None else []
    ranked = sorted(votes.values(), key=lambda v: v.score, reverse=True)[:5]
    best = best_candidate(ranked, headlines)
    if (
        headline is not None
        and len(scanned.of("h1")) > 1
        and under_other_headline(best.node, headlines, headline)
    ):
        ours = [v for v in ranked if not under_other_headline(v.node, headlines, headline)]
        if ours:
            best = best_candidate(ours, headlines)
    if headline is not None and before_headline(best.node, headline):
        below = [v for v in ranked if not before_headline(v.node, headline)]
        if below:
            best = best_candidate(below, headlines)
    if headline is not None and levels_apart(best.node, headline, FAR_BOX) > FAR_BOX:
        best = _by_headline(best, ranked, headline, headlines, cast)
    if headline is not None and not is_inside(headline, best.node):
        best = _over_posts(best, votes, headline, headlines, cast)
    voters = [(node, len(text)) for node_id, (node, text, _) in prose.items() if node_id not in off]
    total = sum(chars for _, chars in voters)
    boxed = None
    if held.get(best.node.mem_id, 0) < SCATTERED * total:
        boxed = headline_box(best, headline, headlines)
        most = holding_most(voters, total)
        if headline is None and most is not None and link_density(most.node) > UNANCHORED_LINKS:
            most = None  # no headline says where the story is: a page of teasers, not steps
        if boxed is not None and most is not None and steps_beside(boxed, most, voters):
            boxed = None
        best = boxed or most or best
    holders = {node_id for node_id, (_, _, is_holder) in prose.items() if is_holder}
    chosen = boxed or climb_to_wrapper(best, votes, held, headlines, cast)
    host = host_text(chosen, held, headlines)
    if host is not chosen and embeds is not None:
        embeds.add(chosen.node.mem_id)
    chosen = host
    wrapper, sections = repeated_sections(chosen.node, headlines)
    leads = _leads(wrapped - off, prose, headline)
    blocks = with_siblings(
        Vote(wrapper, chosen.score), votes, holders - off - wrapped, sections, leads
    )
    if sections or len(blocks) != 1 or held.get(blocks[0].mem_id, 0) >= TWIN_NEEDLESS * total:
        return blocks  # a block holding nearly all the prose leaves no stretch to find
    before, after = distant_twins(blocks[0], headline, headlines)
    return [*before, *blocks, *after]


def _by_headline(
    best: Vote,
    ranked: list[Vote],
    headline: LexborNode,
    headlines: dict[int, int],
    cast: list[tuple[LexborNode, int, bool]],
) -> Vote:
    """The block in the headline's close box that holds `NEAR_PARAGRAPHS` of its own (not a
    lone standfirst above a recipe's steps) and `NEAR_SHARE` of `best`'s score, else `best`."""
    floor = NEAR_SHARE * candidate_score(best, headlines)
    near = [
        vote
        for vote in ranked
        if candidate_score(vote, headlines) >= floor
        and levels_apart(vote.node, headline, STORY_BOX) <= STORY_BOX
    ]
    if not near:
        return best
    runs = Counter(
        (node if is_holder else node.parent or node).mem_id for node, _, is_holder in cast
    )
    near = [vote for vote in near if runs[vote.node.mem_id] >= NEAR_PARAGRAPHS]
    return best_candidate(near, headlines) if near else best


def _over_posts(
    best: Vote,
    votes: dict[int, Vote],
    headline: LexborNode,
    headlines: dict[int, int],
    cast: list[tuple[LexborNode, int, bool]],
) -> Vote:
    """When `best` does not hold the headline and is a list of dated posts (`dated_posts`:
    readers' comments whose classes say nothing), the best block in the headline's close box
    (`STORY_BOX` levels) apart from `best`, with `NEAR_PARAGRAPHS` voting paragraphs and
    `POSTS_FLOOR` of `best`'s score; else `best`."""
    floor = POSTS_FLOOR * best.score
    near = [
        vote
        for vote in votes.values()
        if vote.score >= floor
        and vote.node.mem_id != best.node.mem_id
        and levels_apart(vote.node, headline, STORY_BOX) <= STORY_BOX
        and not is_inside(vote.node, best.node)
        and not is_inside(best.node, vote.node)
    ]
    if not near:
        return best
    held: Counter[int] = Counter()  # element → voting paragraphs within the levels they vote
    for node, _, _ in cast:
        current: LexborNode | None = node
        for _ in range(VOTE_LEVELS):
            if current is None:
                break
            held[current.mem_id] += 1
            current = current.parent
    near = [vote for vote in near if held[vote.node.mem_id] >= NEAR_PARAGRAPHS]
    if not near:
        return best
    inside = sum(1 for node, _, _ in cast if is_inside(node, best.node))
    if not dated_posts(best.node, inside):
        return best
    return best_candidate(near, headlines)


def _inside(node: LexborNode, boxes: set[int]) -> bool:
    """Whether `node` or an ancestor is one of `boxes` (by `mem_id`)."""
    return node.mem_id in boxes or held_by_any(node, boxes)


def _leads(
    ids: set[int], prose: dict[int, tuple[LexborNode, str, bool]], headline: LexborNode | None
) -> set[int]:
    """The holders among `ids` that may be a lead set apart before the chosen block: not set
    in italics (an editor's note, a series' welcome line) and, with a headline known, after
    it (a box above the headline is the site's, not the story's)."""
    above: dict[int, LexborNode] = {}
    current: LexborNode | None = headline
    while current is not None:
        above[current.mem_id] = current
        current = current.parent
    found = set()
    for node_id in ids:
        node = prose[node_id][0]
        if any(child.tag_id in _ITALIC_IDS for child in node.iter()):
            continue
        if headline is not None:
            ancestor = node.parent
            while ancestor is not None and ancestor.mem_id not in above:
                ancestor = ancestor.parent
            if ancestor is None or not precedes(headline, node, ancestor):
                continue
        found.add(node_id)
    return found


def _inline_runs(scanned: Scan) -> list[LexborNode]:
    """`<span>`s and `<font>`s with lines of their own between `<br>`s (`INLINE_BREAKS` at
    least), outside paragraphs: old editors' text, held by no `<p>` or `<div>` of its own."""
    breaks: dict[int, int] = {}
    inline: dict[int, LexborNode] = {}
    for line_break in scanned.of("br"):
        parent = line_break.parent
        if parent is not None and parent.tag_id in _INLINE_IDS:
            breaks[parent.mem_id] = breaks.get(parent.mem_id, 0) + 1
            inline[parent.mem_id] = parent
    return [
        node
        for node_id, node in inline.items()
        if breaks[node_id] >= INLINE_BREAKS
        and ancestor_tagged(node, _PROSE_IDS, PARAGRAPH_DEPTH) is None
    ]


def _code_chars(para: LexborNode) -> int:
    """Characters of code (`<script>`, `<style>`) in a paragraph: with `CODE_CHARS` of it a
    paragraph casts no vote, since an ad's code written into a `<p>` is no prose and can
    outvote the article."""
    return sum(len(node.text()) for node in para.traverse() if node.tag_id in _CODE_IDS)


def _steps(scanned: Scan) -> list[tuple[LexborNode, str, LexborNode]]:
    """Items of a numbered list written as sentences (`MIN_PROSE` characters or more, ending as
    one, no block inside), `MIN_STEPS` or more in one list, with their text and the box they
    vote for (`_card`): a recipe's or a how-to's steps, set in no `<p>` (a list of links, a
    menu, ends no item as a sentence)."""
    runs: dict[int, list[tuple[LexborNode, str]]] = {}
    lists: dict[int, LexborNode] = {}
    for item in scanned.of("li"):  # `ol > li` off the scan's walk, not a walk of lexbor's
        parent = item.parent
        if parent is None or parent.tag_id != _OL:
            continue
        text = item.text()
        if (
            len(text) < MIN_PROSE
            or "©" in text
            or not ends_as_sentence(text.rstrip())
            or item.css_first("p, div, ol, ul, pre, blockquote") is not None
        ):
            continue
        runs.setdefault(parent.mem_id, []).append((item, text))
        lists[parent.mem_id] = parent
    found: list[tuple[LexborNode, str, LexborNode]] = []
    for list_id, run in runs.items():
        if len(run) >= MIN_STEPS:
            card = _card(lists[list_id])
            found.extend((item, text, card) for item, text in run)
    return found


def _card(steps: LexborNode) -> LexborNode:
    """The box the steps vote for: the nearest wrapper (`CARD_LEVELS` up at most) that holds
    another list too, the ingredients a recipe card sets beside its steps; else the list's
    parent, as a paragraph votes for its own."""
    own = len(steps.css("li"))
    node = steps.parent
    for _ in range(CARD_LEVELS):
        if node is None or node.tag in ("body", "html"):
            break
        if len(node.css("li")) > own:
            return node
        node = node.parent
    return steps.parent or steps


def _steps_lead(
    prose: dict[int, tuple[LexborNode, str, bool]], off: set[int], step_ids: set[int]
) -> bool:
    """Whether the steps (`_steps`) hold more of the page's voting text than its paragraphs
    do: then the page's text is in its lists (a recipe card under a short intro) and they
    vote; beside an article's own paragraphs a list is read with them and needs no vote."""
    steps = other = 0
    for node_id, (_, text, _) in prose.items():
        if node_id in off:
            continue
        if node_id in step_ids:
            steps += len(text)
        else:
            other += len(text)
    return steps > other
