"""The canonical link is read off the scanned `<link>`s: the element lexbor's
`link[rel="canonical"]` finds first, `rel` in any case, none where it finds none."""

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.meta.extract import canonical_link
from flows.parse.nodes import Scan

HEADS = [
    "<link rel=stylesheet href=/s.css><link rel=canonical href=/a><link rel=canonical href=/b>",
    "<link rel=Canonical href=/a>",
    "<LINK REL=CANONICAL HREF=/a>",
    "<link rel='canonical ' href=/a><link rel='alternate canonical' href=/b>",
    "<link rel href=/a><link href=/b><link rel=canonicalx href=/c>",
    "<link rel='canonİcal' href=/a><link rel='canonical\u212a' href=/b>",
    "<template><link rel=canonical href=/t></template><link rel=icon href=/i>",
    "",
]
BODIES = ["<p>text</p>", "<svg><link rel=canonical href=/svg></svg><link rel=canonical href=/x>"]


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("body", BODIES)
def test_the_canonical_link_is_the_one_lexbor_selects_first(head: str, body: str) -> None:
    tree = LexborHTMLParser(f"<html><head>{head}</head><body>{body}</body></html>")
    found = canonical_link(Scan(tree))
    expected = tree.css_first('link[rel="canonical"]')
    assert (found and found.mem_id) == (expected and expected.mem_id)


def test_a_page_stating_no_canonical_link_has_none() -> None:
    tree = LexborHTMLParser("<html><head><link rel=icon href=/i></head><body></body></html>")
    assert canonical_link(Scan(tree)) is None
