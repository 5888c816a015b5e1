"""The voting reads each prose paragraph's text once, and reading the chosen block takes it from
there (`texts`) instead of reading the paragraph again."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.body.choose import main_blocks
from flows.parse.body.read import read_block
from flows.parse.nodes import Scan

PAGE = (
    "<html><body><div class='story'>"
    "<p>The council voted on Tuesday to rebuild the old bridge over the river, after years"
    " of delays.</p>"
    "<p>Work starts in spring, and the road stays open, with one lane each way, until then.</p>"
    "<p>Short.</p>"
    "</div></body></html>"
)


def test_the_voting_gives_each_prose_paragraphs_text_by_its_mem_id():
    tree = LexborHTMLParser(PAGE)
    texts: dict[int, str] = {}
    main_blocks(tree, Scan(tree), texts=texts)
    paragraphs = tree.css("p")
    assert texts == {p.mem_id: p.text() for p in paragraphs[:2]}  # "Short." is no prose


def test_reading_a_block_takes_a_paragraphs_text_from_texts():
    tree = LexborHTMLParser(PAGE)
    root = tree.css_first("div.story")
    first = tree.css_first("p")
    told = "The text the voting read for this paragraph, standing in for its own."
    read = read_block(root, texts={first.mem_id: told})
    assert read[0] == told
    assert read[1:] == read_block(root)[1:]
