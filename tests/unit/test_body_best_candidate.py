"""The best candidate block: the one `max` picks by candidate score (votes less the share of
link text), without reading the link text of a block whose votes cannot beat it."""

import itertools

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.body import votes
from flows.parse.body.votes import Vote, best_candidate, candidate_score

PAGE = (
    "<div id='plain'>Text of its own, no link at all in it.</div>"
    "<div id='half'>Text of its own <a href='/x'>and a link as long</a></div>"
    "<div id='links'><a href='/a'>Only a link, nothing else in this box</a></div>"
    "<div id='empty'></div>"
    "<div id='twice'><h1>One</h1><h1>Two</h1>Text beside two headlines, no link.</div>"
)


def _nodes() -> dict[str | None, LexborNode]:
    tree = LexborHTMLParser(PAGE)
    return {node.id: node for node in tree.css("div")}


def test_best_candidate_is_the_block_max_picks_by_candidate_score() -> None:
    nodes = _nodes()
    headlines = {nodes["twice"].mem_id: 2}
    blocks = [nodes[name] for name in ("plain", "half", "links", "empty", "twice")]
    for scores in itertools.product((0.0, 1.0, 2.0, 3.5), repeat=3):
        for chosen in itertools.permutations(blocks, 3):
            ballot = [Vote(node, score) for node, score in zip(chosen, scores, strict=True)]
            expected = max(ballot, key=lambda vote: candidate_score(vote, headlines))
            assert best_candidate(ballot, headlines) is expected


def test_best_candidate_does_not_read_the_links_of_a_block_that_cannot_win(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nodes = _nodes()
    read: list[str] = []

    def density(node: LexborNode) -> float:
        read.append(node.id or "")
        return 0.0

    monkeypatch.setattr(votes, "link_density", density)
    ballot = [Vote(nodes["plain"], 5.0), Vote(nodes["links"], 5.0), Vote(nodes["half"], 2.0)]
    assert best_candidate(ballot, {}).node.id == "plain"
    assert read == ["plain"]


def test_best_candidate_of_no_votes_is_an_error() -> None:
    with pytest.raises(ValueError):
        best_candidate([], {})
