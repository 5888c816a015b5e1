"""A heading that a page builder's class names as boilerplate (`h2.widget-title`) is the
text's own subheading when it stands between two paragraphs of prose and links nowhere."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.body import extract_body
from tests.support.stories import BRIDGE_STORY as PROSE


def _body(story: str) -> list[str]:
    page = (
        "<html><body><main><h1>Bridge to stay closed</h1>"
        f"<div class='story'>{story}</div></main></body></html>"
    )
    return extract_body(LexborHTMLParser(page), title="Bridge to stay closed")


def test_a_subheading_named_as_boilerplate_between_two_paragraphs_is_read():
    story = (
        f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p><h2 class='widget-title'>What the repair costs</h2>"
        f"<div class='picture'><img src='bridge.jpg'></div><p>{PROSE[2]}</p><p>{PROSE[3]}</p>"
    )
    body = _body(story)
    assert body == [*PROSE[:2], "What the repair costs", *PROSE[2:]]


def test_a_boilerplate_heading_above_a_list_of_links_stays_out():
    story = (
        f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p><h3 class='widget-title'>More on the bridge</h3>"
        "<ul><li><a href='/a'>Ferry plan for the river</a></li>"
        "<li><a href='/b'>Council budget for the year</a></li></ul>"
        f"<p>{PROSE[2]}</p><p>{PROSE[3]}</p>"
    )
    body = _body(story)
    assert "More on the bridge" not in body


def test_a_subheading_named_as_boilerplate_opening_a_section_box_after_prose_is_read():
    """Each section in a box of its own, its heading first: after a paragraph of prose, or
    after the box of the section before, which ends with one."""
    story = (
        f"<p>{PROSE[0]}</p><div class='sec'><h2 class='widget-title'>Fire in the north</h2>"
        f"<div class='widget-image'><img src='a.jpg'></div><p>{PROSE[1]}</p></div>"
        "<div class='sec'><h2 class='widget-title'>Roads closed</h2>"
        f"<p>{PROSE[2]}</p><p>{PROSE[3]}</p></div>"
    )
    body = _body(story)
    assert body == [PROSE[0], "Fire in the north", PROSE[1], "Roads closed", *PROSE[2:]]


def test_a_boilerplate_heading_opening_a_box_after_a_list_of_links_stays_out():
    story = (
        f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p><ul><li><a href='/a'>Ferry plan</a></li>"
        "<li><a href='/b'>Council budget</a></li></ul>"
        f"<div class='sec'><h2 class='widget-title'>Sponsored</h2><p>{PROSE[2]}</p></div>"
        f"<p>{PROSE[3]}</p>"
    )
    assert "Sponsored" not in _body(story)
