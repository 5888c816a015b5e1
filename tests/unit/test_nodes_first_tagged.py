"""`first_tagged` walks a subtree in Python for the first element of some tags: from every
element of tricky markup, the element lexbor's `css_first` of those tags finds."""

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.body.prose import BLOCKS
from flows.parse.nodes import HEADING_IDS, HEADING_SELECTOR, first_tagged, tag_id

TRICKY = """<!doctype html><html><body><div><figure><img src=a.jpg><figcaption>Caption
<h3>Heading in a caption</h3></figcaption></figure><H2>Upper</H2><p>para <b>bold</b></p>
<ul><li>item</li></ul><dl><dt>term</dt><dd>def</dd></dl><table><tr><td>cell</td></tr></table>
<svg><td>svg cell</td><li>svg item</li><title>t</title></svg><math><mi>x</mi></math>
<template><h4>in a template</h4><p>template paragraph</p></template><pre>code</pre>
<blockquote>quote</blockquote><x-card><h5>card</h5></x-card><span>no block</span></div>
</body></html>"""
BLOCK_IDS = frozenset(tag_id(tag.strip()) for tag in BLOCKS.split(","))


@pytest.mark.parametrize(
    ("ids", "selector"), [(HEADING_IDS, HEADING_SELECTOR), (BLOCK_IDS, BLOCKS)]
)
def test_first_tagged_is_what_lexbor_finds_first_from_every_element(ids, selector) -> None:
    tree = LexborHTMLParser(TRICKY)
    assert tree.root is not None
    found = 0
    for node in tree.root.traverse():
        expected = node.css_first(selector)
        walked = first_tagged(node, ids)
        assert (walked and walked.mem_id) == (expected and expected.mem_id), node.tag
        found += expected is not None
    assert found  # some elements hold one, some do not
