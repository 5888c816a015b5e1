"""`_paragraph_divs` finds the blocks and the `div`s on one walk by tag number: the same
`div`s as lexbor's selectors for them find, on pages mixing `<div>` and `<p>` paragraphs."""

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.body.junk import mark_ancestors, walk_tagged
from flows.parse.body.read import _HOLDS_BLOCK, _paragraph_divs
from flows.parse.body.votes import WRAPPED_PARAGRAPH, held_text

SENTENCE = (
    "The council voted on Tuesday to rebuild the old bridge over the river after years of delay."
)
PROSE = f"<p>{SENTENCE}</p>"
DIV = f"<div>{SENTENCE}</div>"

PAGES = [
    f"<div id=root>{PROSE}{DIV}{DIV}{PROSE}</div>",
    f"<div id=root>{PROSE}<div><span>{SENTENCE}</span></div>{PROSE}</div>",
    f"<div id=root>{PROSE}<div>{SENTENCE}<ul><li>x</li></ul></div>{PROSE}</div>",
    f"<div id=root>{DIV}{PROSE}</div>",
    f"<div id=root><section>{PROSE}{DIV}{PROSE}</section><footer>{DIV}</footer></div>",
    f"<div id=root>{PROSE}<div><div>{SENTENCE}</div></div>{PROSE}</div>",
    f"<div id=root>{PROSE}<svg><div>{SENTENCE}</div></svg>{DIV}{PROSE}</div>",
    f"<table><tr><td id=root>{PROSE}{DIV}<!-- a note -->{PROSE}</td></tr></table>",
]


def _by_selectors(root: LexborNode) -> set[int]:
    """The lone `div`s as the selectors find them (the rest of `_paragraph_divs` is shared)."""
    holding: set[int] = set()
    for block in root.css(_HOLDS_BLOCK):
        mark_ancestors(block, root, holding)
    return {
        node.mem_id
        for node in root.css("div")
        if node.mem_id not in holding
        and node.mem_id != root.mem_id
        and len(held_text(node).strip()) > WRAPPED_PARAGRAPH
    }


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("doctype", ["", "<!doctype html>"])
def test_paragraph_divs_are_among_the_divs_the_selectors_find(doctype: str, page: str) -> None:
    root = LexborHTMLParser(doctype + page).css_first("#root")
    assert _paragraph_divs(root, walk_tagged(root)) <= _by_selectors(root)


def test_divs_written_as_paragraphs_between_paragraphs_are_found() -> None:
    root = LexborHTMLParser(PAGES[0]).css_first("#root")
    assert _paragraph_divs(root, walk_tagged(root)) == {div.mem_id for div in root.css("div")[1:]}
