"""A block's votes: prose (not link text) votes for the element holding it, more for longer
text with more commas; a candidate's votes count less for its link text and its headlines."""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from flows.parse.body.prose import link_density
from flows.parse.nodes import link_chars


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


def prose_score(para: LexborNode, text: str, counted: dict[int, int]) -> float:
    """A paragraph's vote, none when it is mostly links; its link text goes into `counted`, so
    reading the chosen block does not count it again."""
    links = counted[para.mem_id] = link_chars(para)
    if links > 0.5 * len(text):
        return 0.0
    return 1 + text.count(",") + min(len(text) / 100, 3)
