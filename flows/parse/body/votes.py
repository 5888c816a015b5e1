"""A block's votes: prose (not link text) votes for the element holding it, more for longer
text with more commas; a candidate's votes count less for its link text and its headlines."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from flows.parse.body.boilerplate import ends_as_sentence
from flows.parse.body.prose import link_density
from flows.parse.nodes import COMMENT_NODE, link_chars, tag_id


@dataclass(slots=True)
class Vote:
    """An element and the votes it has gathered (or the score it inherits as a wrapper)."""

    node: LexborNode
    score: float = 0.0


def candidate_score(vote: Vote, headlines: dict[int, int]) -> float:
    """Votes, less the share of link text; halved for an element holding several
    headlines, which is a list of stories rather than one."""
    score = vote.score * (1 - link_density(vote.node))
    return score / 2 if headlines.get(vote.node.mem_id, 0) > 1 else score


def best_candidate(votes: Iterable[Vote], headlines: dict[int, int]) -> Vote:
    """`max(votes, key=candidate_score)`, the first of equals, reading the link text of fewer
    blocks (a wrapper's costs a walk of all its links): a candidate score is at most the
    votes (`1 - link_density` is at most 1, votes are never negative), so a vote with no more
    votes than the best candidate score so far cannot win and is not scored."""
    best: Vote | None = None
    best_score = -math.inf
    for vote in votes:
        if vote.score <= best_score:
            continue
        score = candidate_score(vote, headlines)
        if score > best_score:
            best, best_score = vote, score
    if best is None:
        raise ValueError("best_candidate() of no votes")
    return best


def prose_score(para: LexborNode, text: str, counted: dict[int, int]) -> float:
    """A paragraph's vote, none when it is mostly links; its link text goes into `counted`, so
    reading the chosen block does not count it again."""
    links = counted[para.mem_id] = link_chars(para)
    if links > 0.5 * len(text):
        return 0.0
    return 1 + text.count(",") + min(len(text) / 100, 3)


# Inline elements an editor wraps a paragraph's text in (not `<small>`: small print, a
# footer's legal lines).
_WRAPPING = ("span", "font", "b", "strong", "i", "em", "u", "big", "mark", "cite", "q")
_WRAPPING_IDS = frozenset(map(tag_id, (*_WRAPPING, "sub", "sup", "abbr", "time", "tt")))
_A_ID, _BR_ID = tag_id("a"), tag_id("br")
WRAPPED_PARAGRAPH = 80  # characters of an inline element's text that make it a paragraph


def held_text(holder: LexborNode, skip: frozenset[int] | set[int] = frozenset()) -> str:
    """The text written straight into a block, with the text of the inline elements it is
    wrapped in when each of them is a paragraph: over `WRAPPED_PARAGRAPH` characters (link
    text aside), ending as a sentence, no block inside (`<div><span>…</span></div>`,
    `<font>…</font><br><br><font>…</font>`: what editors pasting from a word processor
    write). Beside any other element with text (a teaser card's title in `<strong>` above
    its summary in `<em>`, a name beside a job title), or for one in `skip` (a run that votes
    on its own), only the text straight inside counts.

    Lexbor reads the text straight inside (`text(deep=False)`, the text nodes run together)
    and Python walks the other children only (`iter`): most holders are boxes of elements
    with white space between them."""
    own = holder.text(deep=False)
    wrapped: list[str] = []
    others: list[LexborNode] = []  # elements that are no wrapped paragraph
    for child in holder.iter():  # elements and comments, no text nodes
        number = child.tag_id  # a node's kind by its number: comments have their own
        if number != COMMENT_NODE and number != _BR_ID:
            text = (
                wrapped_paragraph(child)
                if number in _WRAPPING_IDS and child.mem_id not in skip
                else ""
            )
            if text:
                wrapped.append(text)
            else:
                others.append(child)
    if not wrapped or any(other.text(strip=True) for other in others):
        return own  # no wrapped paragraph, or one beside other text (read lazily)
    return own + "".join(wrapped)


def wrapped_paragraph(element: LexborNode) -> str:
    """The text of an inline element that reads as a paragraph (over `WRAPPED_PARAGRAPH`
    characters besides link text, ending as a sentence, no block inside), else nothing."""
    if element.tag_id not in _WRAPPING_IDS:
        return ""
    text = _inline_text(element)
    stripped = text.strip()
    return text if len(stripped) > WRAPPED_PARAGRAPH and ends_as_sentence(stripped) else ""


def _inline_text(element: LexborNode) -> str:
    """The text of an inline element, its links' text aside; empty when it holds a block."""
    parts: list[str] = []
    stack = [element.first_child]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        stack.append(node.next)
        if node.is_text_node:
            parts.append(node.text_content or "")
        elif node.tag_id in _WRAPPING_IDS:
            stack.append(node.first_child)
        elif node.tag_id not in (_A_ID, _BR_ID) and node.is_element_node:
            return ""
    return "".join(parts)
