"""A headline the page's metadata words differently (a title rewritten for sharing): the one
`<h1>` that holds most of the title's words still marks where the story starts, so the lead
written between it and the block of paragraphs is read first."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.body import extract_body
from tests.support.stories import BRIDGE_STORY as PROSE

LEAD = "The crossing shuts for good after inspectors found deep cracks in two of its piers."


def story(headline: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in PROSE)
    return (
        "<html><body><nav><a href='/'>Home</a></nav><article>"
        f"<header><h1>{headline}</h1><div class='qx'><p>{LEAD}</p></div></header>"
        f"<div class='zv'>{body}</div></article></body></html>"
    )


def test_a_lead_under_a_headline_the_title_rewords_is_read_before_the_story():
    html = story("Old town bridge to close after cracks found in its piers")
    title = "Old bridge to close for good after cracks are found"
    assert extract_body(LexborHTMLParser(html), title=title) == [LEAD, *PROSE]


def test_a_heading_with_few_of_the_titles_words_marks_no_lead():
    """Most of the heading's words must be the title's: another heading states another thing."""
    html = story("Readers' letters on the week in the town")
    title = "Old bridge to close for good after cracks are found"
    assert extract_body(LexborHTMLParser(html), title=title) == PROSE
