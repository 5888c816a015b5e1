"""`read_block` walks the chosen block once (`walk_tagged`): the junk finder, the paragraph
`div`s and the blocks read the same walk, which holds the block and every element inside it,
with its tag's number, in document order, as each of their own walks did."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.body.junk import walk_tagged
from flows.parse.body.read import read_block

BLOCK = (
    "<div id=root><p>The harbour board agreed on Monday to dredge the channel before winter.</p>"
    "<div>Fishing crews had asked for the work for two years, saying their boats ran aground.</div>"
    "<p>Work starts in March and should end before the first autumn storms reach the coast.</p>"
    "<div class=share><a href=/s>Share</a></div><script>var x = 1;</script></div>"
)


def test_the_walk_is_the_block_and_its_elements_in_document_order() -> None:
    root = LexborHTMLParser(BLOCK).css_first("#root")
    walked = walk_tagged(root)
    assert [(node.mem_id, number) for node, number in walked] == [
        (node.mem_id, node.tag_id) for node in root.traverse()
    ]
    assert walked[0][0].mem_id == root.mem_id
    assert [node.tag for node, _ in walked] == ["div", "p", "div", "p", "div", "a", "script"]


def test_a_block_read_from_one_walk_keeps_its_paragraph_divs_and_leaves_junk_out() -> None:
    root = LexborHTMLParser(BLOCK).css_first("#root")
    assert read_block(root) == [
        "The harbour board agreed on Monday to dredge the channel before winter.",
        "Fishing crews had asked for the work for two years, saying their boats ran aground.",
        "Work starts in March and should end before the first autumn storms reach the coast.",
    ]
