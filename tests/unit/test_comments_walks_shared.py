"""The comment finders read what the page's walk read already, and skip work whose answer a
cheap test gives: the answers are those the full reads gave."""

import re

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments.lines import DIGIT
from flows.parse.comments.members import id_record_name, record_name
from flows.parse.comments.meta_line import HEADING_STEMS
from flows.parse.comments.roles import RECORD_NUMBER
from flows.parse.comments.scopes import _stemmed
from flows.parse.nodes import INLINE_TAGS, Scan, squash

_KEY = re.compile(r"[-_](?=[a-f]*\d)(?=\d*[a-f])[\da-f]{16,}$")


def _searched_record_name(node_id: str) -> str | None:
    """The record name as the two searches give it for every id."""
    key = _KEY.search(node_id) if len(node_id) > 16 else None
    number = key or (RECORD_NUMBER.search(node_id) if node_id[-1:].isdigit() else None)
    if number is None:
        return None
    name = node_id[: number.start()]
    return None if DIGIT.search(name) else name


def test_scan_keeps_each_id_beside_its_element_in_the_same_order():
    page = (
        '<div id="a"><p id="post_1">x</p><svg><g id="icon-2"></g></svg><!-- <p id="no"> -->'
        '<ul><li id="post_2"><ul><li id="post_3">y</li></ul></li></ul></div><p id="">z</p>'
    )
    scanned = Scan(LexborHTMLParser(page))
    assert scanned.ids == [node.id for node in scanned.with_id]
    assert scanned.ids == ["a", "post_1", "icon-2", "post_2", "post_3"]


def test_an_id_ending_in_no_digit_nor_key_letter_names_no_record_as_the_searches_find():
    ids = [
        "post_703351",
        "post-12",
        "r_8855809",
        "reply-6633939fcdf9f10013fdab5d",
        "reply-6633939fcdf9f10013fdab5d\n",  # `$` matches before a final line break
        "post_abcdefabcdefabcdef",  # hexadecimal letters alone: no key
        "comment-form",
        "header",
        "x1_2",
        "post_²",
        "post_٣٤",
        "cafe_0123456789abcdef0",
        "42",
        "",
        "-",
    ]
    for node_id in ids:
        assert id_record_name(node_id) == _searched_record_name(node_id), node_id
    tree = LexborHTMLParser("".join(f'<div id="{node_id}"></div>' for node_id in ids[:4]))
    assert [record_name(node) for node in tree.css("div")] == ["post", "post", "r", "reply"]


def test_stemmed_lines_are_the_short_own_texts_that_hold_a_stem_in_page_order():
    page = (
        "<div>\n  <p>Comments</p>\n</div><p>  </p><p></p><div>Kom<b>x</b>mentare</div>"
        "<p>" + "comments " * 6 + "</p><span>12 <b>x</b>Reacties</span><b>reply</b>"
        "<svg><text>comments</text></svg><p>Antworten (3)<span>Kommentar</span></p>"
    )
    scanned = Scan(LexborHTMLParser(page))
    for tags, longest in ((("p", "div"), 40), (INLINE_TAGS, 40), (("p", "div"), 12)):
        nodes = scanned.of(*tags)
        expected = [
            (node.mem_id, node.text(deep=False))
            for node in nodes
            if node.text(deep=False).strip()
            and len(node.text(deep=False)) <= longest
            and HEADING_STEMS.search(node.text(deep=False).lower())
        ]
        found = [(node.mem_id, own) for node, own in _stemmed(nodes, longest)]
        assert found == expected
    assert [own for _, own in _stemmed(scanned.of("p", "div"), 40)] == [
        "Comments",
        "Kommentare",
        "Antworten (3)",
    ]


def _split_squash(text: str) -> str:
    """`squash` as it read before: the runs collapsed by dropping the empty pieces between
    the spaces."""
    stripped = text.strip()
    if "  " not in stripped and stripped.isprintable():
        return stripped
    for space in ("\t", "\r", "\f", "\v", "\u00a0", "\u200b"):
        text = text.replace(space, " ")
    return " ".join(filter(None, text.split(" "))).strip()


def test_squash_collapses_each_run_of_spaces_as_dropping_the_empty_pieces_does():
    texts = [
        "",
        " ",
        "  a  ",
        "a b",
        "a  b   c",
        "\n        Ada\n        wrote  ",
        " \n  x",
        "\u200b a",
        "a\u200b\u200bb",
        "\u00a0\u00a0Ada\u00a0 \t Bo\r\n",
        "line one  \n  line two",
        "\t\t",
        "\u3000全角\u3000 space",
        "x \f\v y",
    ]
    for text in texts:
        assert squash(text) == _split_squash(text), repr(text)
