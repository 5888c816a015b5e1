"""Comment finding reads what several of its ways ask once a page, and plain searches stand
for patterns built per call: the answers are those the reads gave before."""

import re
from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments.block_dates import Dates, date_shown
from flows.parse.comments.build import _in_words
from flows.parse.comments.slots import block_parts
from flows.parse.nodes import reads_remembered

FETCHED = datetime(2024, 5, 10, tzinfo=UTC)
BLOCKS = (
    "<div class=c><span class=who>Ada</span><time datetime=2024-05-03>3 May 2024</time>"
    "<p class=text>First <b>words</b></p></div>"
    "<div class=c><span class=who>Bo</span><span class=when>4 May 2024, 10:20</span>"
    "<p class=text>Second</p></div>"
)


def _regex_in_words(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def test_a_name_stands_in_the_words_only_as_a_whole_word_as_the_pattern_finds_it():
    cases = [
        ("harriyott", "originally posted by harriyott"),
        ("Ada", "Adam wrote this"),
        ("Ada", "thanks, Ada!"),
        ("Ada", "Ada_x and Ada"),
        ("Ada", "Ada_x only"),
        ("Zoë", "merci Zoë."),
        ("Zoë", "Zoëlle"),
        ("李", "谢谢李老师"),
        ("a.b", "see a.b, and axb"),
        ("Ann", "Ann٣ then Ann"),
        ("", ""),
        ("", "word"),
        ("", "word."),
        ("aa", "aaa aa"),
    ]
    for name, text in cases:
        assert _in_words(name, text) == _regex_in_words(name, text), (name, text)


def test_a_blocks_parts_are_read_once_a_page_and_the_same_as_read_alone():
    tree = LexborHTMLParser(BLOCKS)
    block = tree.css_first("div.c")
    alone = block_parts(block)
    with reads_remembered():
        first = block_parts(block)
        assert block_parts(block) is first
        assert block_parts(block, striped=True) is not first
    assert first == alone


def test_the_dates_of_a_page_are_read_once_across_its_lists():
    tree = LexborHTMLParser(BLOCKS)
    dated = [tree.css_first("time"), tree.css_first("span.when"), tree.css_first("p")]
    alone = [Dates(FETCHED).of(node) for node in dated]
    bare = [Dates(FETCHED, bare_ages=True).of(node) for node in dated]
    shown = [date_shown(node, FETCHED) for node in dated]
    with reads_remembered():
        assert [Dates(FETCHED).of(node) for node in dated] == alone
        assert [Dates(FETCHED).of(node) for node in dated] == alone
        assert [Dates(FETCHED, bare_ages=True).of(node) for node in dated] == bare
        assert [date_shown(node, FETCHED) for node in dated] == shown
    assert alone[0] is not None and alone[1] is not None and alone[2] is None
    assert shown == alone
