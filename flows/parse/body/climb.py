"""From the best-voted element to the article's block: up to the wrapper of an article split
over columns or cards, to the box holding the headline, to the text a slideshow is set in."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from flows.parse.body.junk import is_junk_element
from flows.parse.body.position import in_link
from flows.parse.body.prose import MIN_PROSE, MOST
from flows.parse.body.votes import Vote
from flows.parse.nodes import ancestor_tagged, element_children, is_inside, link_chars, tag_id

CLIMB = 3  # levels above the best-voted element searched for the wrapper of the whole
CLIMB_GAIN = 1.5  # … which holds this many times the best one's prose
HEADLINE_BOX = 3  # levels above the headline searched for the box holding it and the text
RUN_PARAGRAPHS = 3  # paragraphs in one parent that make a run of article text
SECTION_CLIMB = 6  # wrappers between a paragraph's block and the repeated stretch
HOST_PARAGRAPHS = 3  # paragraphs straight inside an ancestor that make it the text around
HOST_SHARE = 0.15  # … when they hold this share of the chosen block's prose
ITEM_DEPTH = 3  # levels above a voter searched for the list item it stands in
_LIST_ITEM = frozenset((tag_id("li"),))


def host_text(chosen: Vote, held: dict[int, int], headlines: dict[int, int]) -> Vote:
    """The text the chosen block is set in, when there is one: an ancestor (up to
    `SECTION_CLIMB` levels) with paragraphs of prose (few links) straight inside it both before
    and after the block, `HOST_PARAGRAPHS` at least, holding `HOST_SHARE` of the block's
    prose or more. A slideshow's captions set in the middle of a story can outvote the
    story's own paragraphs around them."""
    mine = held.get(chosen.node.mem_id, 0)
    branch = chosen.node
    node = branch.parent
    for _ in range(SECTION_CLIMB):
        if node is None or node.tag in ("body", "html") or headlines.get(node.mem_id, 0) > 1:
            break
        before = after = chars = 0
        seen = False
        for child in element_children(node):
            if child.mem_id == branch.mem_id:
                seen = True
            elif (
                child.tag == "p"
                and len(text := child.text(strip=True)) >= MIN_PROSE
                and link_chars(child) < 0.3 * len(text)
            ):
                chars += len(text)
                after += seen
                before += not seen
        if before and after and before + after >= HOST_PARAGRAPHS and chars >= HOST_SHARE * mine:
            return Vote(node, chosen.score)
        branch, node = node, node.parent
    return chosen


def headline_box(best: Vote, headline: LexborNode | None, headlines: dict[int, int]) -> Vote | None:
    """The box that holds the headline and the best-voted text, when it is a close wrapper
    of the headline (`HEADLINE_BOX` levels up at most) and holds no other headline: a short
    article beside a page of teasers and sidebars is that box, not the page's wrapper that
    holds most of the page's prose. Text inside a link (a promo card) makes no box."""
    if headline is None:
        return None
    box = headline.parent
    for _ in range(HEADLINE_BOX):
        if box is None or box.tag in ("body", "html") or headlines.get(box.mem_id, 0) > 1:
            return None
        if is_inside(best.node, box):
            return None if in_link(best.node, box) else Vote(box, best.score)
        box = box.parent
    return None


def steps_beside(box: Vote, most: Vote, voters: list[tuple[LexborNode, int]]) -> bool:
    """Whether the element holding most of the prose, outside the headline's box, holds it as
    one run: `RUN_PARAGRAPHS` voters or more in one parent or one list (a voter up to
    `ITEM_DEPTH` levels inside a list item counts for the item's list), with no link text in
    those items, and `MOST` of the element's prose. A recipe's steps are such a run below the
    box of its title and intro; teaser cards are not (each card its own wrapper, or a list
    whose items each link to their story)."""
    if is_inside(most.node, box.node) or is_inside(box.node, most.node):
        return False
    runs: dict[int, list[LexborNode]] = {}  # the run's parent → its items
    chars: dict[int, int] = {}
    inside = 0
    for node, length in voters:
        if not is_inside(node, most.node):
            continue
        inside += length
        item = ancestor_tagged(node, _LIST_ITEM, ITEM_DEPTH)
        parent = (item or node).parent
        if parent is None:
            continue
        runs.setdefault(parent.mem_id, []).append(item or node)
        chars[parent.mem_id] = chars.get(parent.mem_id, 0) + length
    return any(
        len(items) >= RUN_PARAGRAPHS
        and chars[key] >= MOST * inside
        and not any(link_chars(item) for item in items)
        for key, items in runs.items()
    )


def holding_most(voters: list[tuple[LexborNode, int]], total: int) -> Vote | None:
    """The deepest element holding most of the page's prose: for prose scattered in small
    wrappers (one per step, card or paragraph) where no single parent gathers many votes."""
    held: dict[int, int] = {}
    depth: dict[int, int] = {}
    nodes: dict[int, LexborNode] = {}
    for node, chars in voters:
        path = []
        current: LexborNode | None = node
        while current is not None and current.tag not in ("body", "html"):
            path.append(current)
            current = current.parent
        for level, element in enumerate(reversed(path)):
            held[element.mem_id] = held.get(element.mem_id, 0) + chars
            depth[element.mem_id] = level
            nodes[element.mem_id] = element
    most = [mem_id for mem_id, chars in held.items() if chars >= MOST * total]
    if not most:
        return None
    return Vote(nodes[max(most, key=depth.__getitem__)], 0.0)


def climb_to_wrapper(
    best: Vote,
    votes: dict[int, Vote],
    held: dict[int, int],
    headlines: dict[int, int],
    cast: list[tuple[LexborNode, int, bool]],
) -> Vote:
    """An article split over several sibling columns or cards: the element holding
    them all, when it holds much more prose than the best single one, counted in runs
    (`_in_runs`): lone lines around a short article (a masthead, a disclaimer, a teaser
    per card) do not make its page wrapper the article."""
    node = best.node.parent
    chosen = best
    runs: dict[int, int] | None = None
    for _ in range(CLIMB):
        if node is None or node.tag in ("body", "html") or headlines.get(node.mem_id, 0) > 1:
            break  # several headlines: a list of stories, not one story in pieces
        if held.get(node.mem_id, 0) >= CLIMB_GAIN * held.get(best.node.mem_id, 1):
            if runs is None:
                runs = _in_runs(cast, best.node)
            if not runs or runs.get(node.mem_id, 0) >= CLIMB_GAIN * runs[best.node.mem_id]:
                chosen = votes.get(node.mem_id) or Vote(node, best.score)
        node = node.parent
    return chosen


def _in_runs(cast: list[tuple[LexborNode, int, bool]], best: LexborNode) -> dict[int, int]:
    """Characters of prose each element holds (up to `CLIMB` + 3 levels above the voter's
    parent), counting only text written as a run: a holder's own text broken into lines by
    `<br>`s (`_lone_line`), or paragraphs that
    share their parent (their list, for one paragraph per list item: a recipe's steps) with
    another voting paragraph, unless that parent is named as boilerplate (a footer's contact
    and copyright lines). Empty unless `best` holds a run of its own (`RUN_PARAGRAPHS`
    paragraphs straight inside it, or lines of its own between `<br>`s) that counts: a lone
    paragraph is no yardstick."""
    siblings: dict[int, int] = {}
    for node, _, is_holder in cast:
        if not is_holder and (parent := _run_parent(node)) is not None:
            siblings[parent.mem_id] = siblings.get(parent.mem_id, 0) + 1
    if siblings.get(best.mem_id, 0) < RUN_PARAGRAPHS and (
        sum(child.tag == "br" for child in best.iter()) < RUN_PARAGRAPHS - 1
    ):
        return {}
    runs: dict[int, int] = {}
    for node, chars, is_holder in cast:
        parent = _run_parent(node)
        if (
            _lone_line(node)
            if is_holder
            else parent is None or siblings[parent.mem_id] < 2 or is_junk_element(parent)
        ):
            continue
        current: LexborNode | None = node if is_holder else node.parent
        for _ in range(CLIMB + 3):
            if current is None:
                break
            runs[current.mem_id] = runs.get(current.mem_id, 0) + chars
            current = current.parent
    return runs if best.mem_id in runs else {}


def _lone_line(holder: LexborNode) -> bool:
    """A holder whose own text is one line (no `<br>` breaks it): a date line, a disclaimer,
    a "previous / next" bar, not a run of the article's text."""
    return not any(child.tag == "br" for child in holder.iter())


def _run_parent(paragraph: LexborNode) -> LexborNode | None:
    """What a paragraph's run is gathered in: its parent, or the list for a list item's."""
    parent = paragraph.parent
    if parent is not None and parent.tag == "li":
        return parent.parent
    return parent
