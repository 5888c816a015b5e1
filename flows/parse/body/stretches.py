"""An article cut into stretches (between figures, ad slots, paywall markers) or written in two
places by one template (a lead in the header row, the rest in the body row): the chosen block's
twins, tied to it by their wrappers' shape, since they sit out of reach of the votes."""

from __future__ import annotations

import re
from functools import lru_cache

from selectolax.lexbor import LexborNode

from flows.parse.body.climb import SECTION_CLIMB
from flows.parse.body.headlines import under_other_headline
from flows.parse.body.junk import JUNK_TAG_SET, is_junk_element
from flows.parse.body.position import precedes
from flows.parse.body.prose import MIN_HELD, MIN_PROSE, link_density
from flows.parse.body.words import junk_label
from flows.parse.nodes import ancestor_ids, is_inside, spaced

TWIN_SCOPE = 8  # levels above the chosen block searched for its twins (`distant_twins`)
_PLAIN_CLASSES = re.compile(r"[A-Za-z_][\w-]*(?:\s+[A-Za-z_][\w-]*)*")


def distant_twins(
    node: LexborNode, headline: LexborNode | None, headlines: dict[int, int]
) -> tuple[list[LexborNode], list[LexborNode]]:
    """Other stretches of the article written by the same template as the chosen block but in
    wrappers of other shapes, too far apart for `repeated_sections` (a lead stretch in the
    story's header row, the rest in its body row): elements of the chosen block's tag and
    classes within `TWIN_SCOPE` levels, holding prose the same way (`_is_stretch`), not under
    another story's headline, another `article` or a boilerplate box, and not a copy of a text
    already taken. Returned as those before the block and those after it."""
    label = node.attributes.get("class")
    if not label or not _PLAIN_CLASSES.fullmatch(label):
        return [], []
    scope = node
    for _ in range(TWIN_SCOPE):
        parent = scope.parent
        if parent is None or parent.tag in ("body", "html"):
            break
        scope = parent
    if scope.mem_id == node.mem_id:
        return [], []
    selector = (node.tag or "div") + "".join(f".{token}" for token in label.split())
    twins = [twin for twin in scope.css(selector) if twin.mem_id != node.mem_id]
    if not twins:
        return [], []
    homes = _paragraph_homes(node)
    mine = ancestor_ids((node,))
    seen = {spaced(node.text())}  # a copy of a text (a mobile layout) is no stretch
    before, after = [], []
    for twin in twins:
        text = spaced(twin.text())
        if (
            text in seen
            or twin.mem_id in mine
            or is_inside(twin, node)
            or not _is_stretch(twin, homes)
            or headline is not None
            and under_other_headline(twin, headlines, headline)
        ):
            continue
        common = twin.parent
        while common is not None and common.mem_id not in mine:
            if common.tag == "article" or is_junk_element(common):
                break  # inside another story or a box of boilerplate (a sidebar's widget)
            common = common.parent
        if common is None or common.mem_id not in mine:
            continue
        seen.add(text)
        if precedes(twin, node, common):
            before.append(twin)
        else:
            after.append(twin)
    return before, after


def repeated_sections(node: LexborNode, headlines: dict[int, int]) -> tuple[LexborNode, set[int]]:
    """An article cut into stretches (between figures, ad slots, paywall markers), each in
    the same deep wrapper: the chosen block's ancestor whose siblings share its tag and class
    and hold prose, and those siblings (by `mem_id`). The stretches sit far above their
    paragraphs, out of reach of the votes, so the wrapper's shape is what ties them.

    The climb stops at a headline (what lies beside it is other stories or the page) and at
    `article` / `main` (beside those are other articles)."""
    current = node
    for _ in range(SECTION_CLIMB):
        parent = current.parent
        if parent is None or current.tag in ("body", "html") or headlines.get(current.mem_id):
            break
        tag, shape = current.tag, _shape(current)
        twins = []
        child = parent.first_child
        while child is not None:
            if child.tag == tag and child.mem_id != current.mem_id and _shape(child) == shape:
                twins.append(child)
            child = child.next
        if twins:
            homes = _paragraph_homes(current)
            shared = is_junk_element(current)  # the twins' class is the article's own
            same = {child.mem_id for child in twins if _is_stretch(child, homes, shared)}
            if same:
                return current, same
        if current.tag in ("article", "main"):
            break
        current = parent
    return node, set()


def _shape(node: LexborNode) -> tuple[str, frozenset[str]]:
    """An element's tag and class tokens, less BEM modifiers ("text text_drop-cap",
    "card card--wide"): what repeated wrappers share, whatever variant each one is."""
    return node.tag or "", _class_tokens(node.attributes.get("class") or "")


@lru_cache(maxsize=4096)
def _class_tokens(label: str) -> frozenset[str]:
    tokens = label.split()
    if len(tokens) < 2:
        return frozenset(tokens)
    return frozenset(
        token
        for token in tokens
        if not any(token.startswith((f"{other}_", f"{other}--")) for other in tokens)
    )


def _paragraph_homes(node: LexborNode) -> set[tuple[str, frozenset[str]]]:
    """The shapes of the elements holding `node`'s paragraphs of prose."""
    return {
        _shape(p.parent)
        for p in node.css("p")
        if p.parent is not None and len(p.text()) >= MIN_PROSE
    }


def _is_stretch(
    node: LexborNode, homes: set[tuple[str, frozenset[str]]], shared_label: bool = False
) -> bool:
    """A stretch of the article: paragraphs of prose held the way the chosen block holds its
    own (one template wrote both; a promo box in the same grid row is written otherwise),
    little link text, no headline of its own (a sibling with an `<h1>` is the next story of an
    infinite scroll), no boilerplate label. `shared_label`: the class the stretch shares with
    the chosen block's wrapper reads as boilerplate ("article-widget"); it names the layout
    there, so only the stretch's tag and id are judged."""
    if shared_label:
        junk = node.tag in JUNK_TAG_SET or junk_label(node.attributes.get("id") or "")
    else:
        junk = is_junk_element(node)
    if junk or node.css_first("h1") is not None:
        return False
    prose = 0
    for p in node.css("p"):
        if (
            len(text := p.text()) >= MIN_PROSE
            and p.parent is not None
            and _shape(p.parent) in homes
        ):
            prose += len(text)
    return prose >= MIN_HELD and link_density(node) < 0.25
