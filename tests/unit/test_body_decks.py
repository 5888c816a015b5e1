"""The deck (standfirst) written as a sub-heading right under the headline, outside the block
that holds the story's paragraphs: read first, whatever its class; a byline or a dateline there
is no deck."""

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.body import extract_body
from tests.support.stories import BRIDGE_STORY as PROSE

DECK = "The crossing shuts for good after inspectors found deep cracks in two of its piers"


def story(header: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in PROSE)
    return (
        "<html><body><nav><a href='/'>Home</a></nav><article>"
        f"<header class='qx'>{header}</header><div class='zv'>{body}</div>"
        "</article></body></html>"
    )


@pytest.mark.parametrize("tag", ["h2", "h3", "h4"])
def test_a_deck_in_a_subheading_under_the_headline_is_read_before_the_story(tag):
    html = story(f"<h1>Old bridge to close</h1><{tag} class='qk'>{DECK}</{tag}>")
    assert extract_body(LexborHTMLParser(html)) == [DECK, *PROSE]


def test_a_deck_after_a_byline_and_a_date_under_the_headline_is_read():
    """A byline and a date may stand between the headline and the deck (in a box of their
    own, the deck after the headline's box)."""
    html = story(
        "<div><h1>Old bridge to close</h1></div><div><span>By Ada Obi</span></div>"
        f"<time>12 March 2024</time><h2>{DECK}</h2>"
    )
    assert extract_body(LexborHTMLParser(html)) == [DECK, *PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "Ada Obi Senior Transport Writer Follow Ada On Twitter",  # a byline: words in capitals
        "Published 12 March 2024 10:04, updated 13 March 2024 09:15 GMT",  # a dateline: numbers
        "Bridge closures across the region",  # no sentence: a label, a kicker
    ],
)
def test_a_byline_or_a_dateline_under_the_headline_is_no_deck(line):
    html = story(f"<h1>Old bridge to close</h1><h2>{line}</h2>")
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_a_linked_subheading_under_the_headline_is_another_story_not_a_deck():
    html = story(f"<h1>Old bridge to close</h1><h2><a href='/other'>{DECK}</a></h2>")
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_a_box_of_links_between_the_headline_and_the_deck_is_not_counted():
    """Related stories' links, a byline and a date: three boxes with text, the links no
    element the deck must come within."""
    related = "<ul><li><a href='/a'>Ferry times</a></li><li><a href='/b'>Road works</a></li></ul>"
    html = story(
        f"<h1>Old bridge to close</h1>{related}<div>By <a href='/ada'>Ada Obi</a> and Ben Eze</div>"
        f"<div>12 March 2024</div><h2>{DECK}</h2>"
    )
    assert extract_body(LexborHTMLParser(html)) == [DECK, *PROSE]


def test_a_deck_inside_the_blocks_own_wrapper_before_it_is_read():
    """The deck may stand in the box that wraps the story's paragraphs, before them (a date
    line and a share bar between the headline and that box)."""
    body = "".join(f"<p>{text}</p>" for text in PROSE)
    html = (
        "<html><body><div class='qx'><h1>Old bridge to close</h1><div>12 March 2024</div>"
        f"<div class='sb'></div><div class='wr'><div class='pic'><img src='a.jpg'></div>"
        f"<h4>{DECK}</h4><div class='zv'>{body}</div></div></div></body></html>"
    )
    assert extract_body(LexborHTMLParser(html)) == [DECK, *PROSE]


def test_a_deck_right_above_the_block_is_read_however_far_from_the_headline():
    """A caption, a byline and a share bar between the headline and the deck: the sub-heading
    just above the story's paragraphs, reading as a sentence, is its deck all the same."""
    body = "".join(f"<p>{text}</p>" for text in PROSE)
    html = (
        "<html><body><article><header><h1>Old bridge to close</h1>"
        "<div class='fig'><img src='a.jpg'><span>The bridge at dawn, seen from the quay</span>"
        "</div></header><div class='mb'><div>By Ada Obi, 12 March 2024</div>"
        "<div><button>Share</button> <button>Save</button></div>"
        f"<h2 class='sm'>{DECK}</h2><div class='zv'>{body}</div></div></article></body></html>"
    )
    assert extract_body(LexborHTMLParser(html)) == [DECK, *PROSE]


def test_the_headline_said_again_above_the_block_is_no_deck():
    """The headline again, with its kicker, just above the text (for screen readers)."""
    body = "".join(f"<p>{text}</p>" for text in PROSE)
    html = (
        "<html><body><article><header><h1>Old bridge to close for good after inspection</h1>"
        "<div class='fig'><img src='a.jpg'><span>The bridge at dawn, seen from the quay</span>"
        "</div></header><div class='mb'><div>By Ada Obi, 12 March 2024</div>"
        "<div><button>Share</button> <button>Save</button></div>"
        "<h2 class='sr'>Transport: the old bridge to close for good after inspection</h2>"
        f"<div class='zv'>{body}</div></div></article></body></html>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE
