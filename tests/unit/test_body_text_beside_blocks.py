"""Text written straight inside a block beside its inner blocks is read where it stands: the
text a quote or list item opens with before its first inner block (a quote's first paragraph
left bare, a list item's sentence above its sublist), and the loose lines of the chosen block
with the links inside them."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.body import extract_body
from tests.support.stories import BRIDGE_STORY as PROSE

QUOTED = [
    "Residents said the detour added half an hour to each trip, and asked for a ferry instead.",
    "The mayor answered that a ferry would cost more than the repairs themselves, every year.",
]


def _body(story: str) -> list[str]:
    page = (
        "<html><body><div class='page'><h1>Bridge to stay closed</h1>"
        f"<div class='story'>{story}</div></div></body></html>"
    )
    return extract_body(LexborHTMLParser(page), title="Bridge to stay closed")


def _p(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def test_body_keeps_a_quotes_bare_first_paragraph_before_its_paragraphs():
    quote = f"<blockquote>{QUOTED[0]}<p>{QUOTED[1]}</p></blockquote>"
    body = _body(f"{_p(PROSE[:2])}{quote}{_p(PROSE[2:])}")
    assert body == [*PROSE[:2], *QUOTED, *PROSE[2:]]


def test_body_keeps_a_list_items_sentence_above_its_sublist():
    item = f"<ul><li>{QUOTED[0]}<ul><li>{QUOTED[1]}</li></ul></li></ul>"
    body = _body(f"{_p(PROSE[:2])}{item}{_p(PROSE[2:])}")
    assert body == [*PROSE[:2], *QUOTED, *PROSE[2:]]


def test_body_leaves_out_links_and_a_copyright_line_opening_a_holding_block():
    links = "<a href='/a'>Another story about the bridges of the region, and more</a>"
    notice = "Copyright © 2024 The Daily Bridge, all rights reserved by the owners."
    quote = f"<blockquote>{links}<br>{notice}<p>{QUOTED[1]}</p></blockquote>"
    body = _body(f"{_p(PROSE[:2])}{quote}{_p(PROSE[2:])}")
    assert body == [*PROSE[:2], QUOTED[1], *PROSE[2:]]


def test_body_keeps_a_links_words_in_a_loose_line_after_a_box_closed_a_paragraph():
    """An ad box inside a `<p>` closes it early; the rest of the paragraph is loose text and
    the link inside it keeps its words."""
    rest = (
        "And, researchers say in the journal, the <a href='https://example.org/s'>bleaching"
        " continues</a> through the whole of the coming season."
    )
    story = f"{_p(PROSE[:2])}<p>{PROSE[2]}<div class='ad'>Advertisement</div>{rest}</p>"
    body = _body(story)
    assert body[-1] == (
        "And, researchers say in the journal, the bleaching continues through the whole of the"
        " coming season."
    )


def test_body_leaves_out_a_loose_line_that_is_mostly_links():
    links = "".join(f"<a href='/s{n}'>Another story about the bridges {n}</a> " for n in range(3))
    story = f"{_p(PROSE)}{links}"
    assert _body(story) == PROSE


def test_body_leaves_a_link_out_of_a_loose_line_that_is_no_sentence():
    """ "… on our <a>forum</a>" after the text, a label and its link, no sentence: the link's
    words are left out of the line."""
    words = "Join the readers who are discussing it all week long on the biggest"
    invite = f"<br>{words} <a href='https://forum.example.org/'>regional forum</a><br>"
    assert _body(f"{_p(PROSE)}{invite}") == [*PROSE, words]
