"""What an inline style hides (`display: none`, `visibility: hidden`) is no part of the article:
a paywall's hidden copy of the text, a share box's confirmation. No class name needed."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.body import extract_body
from flows.parse.nodes import hidden_by_style
from tests.support.stories import BRIDGE_STORY as PROSE


def _page(hidden: str, style: str = "display:none") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PROSE)
    return (
        f"<html><body><div class='a'><h1>Old bridge to close</h1>{paragraphs}"
        f"<div class='b' style='{style}'>{hidden}</div></div></body></html>"
    )


def test_a_hidden_copy_of_the_text_is_left_out():
    copy = f"<p>{PROSE[1]}</p><p>The mayor, after the vote, said a ferry would run.</p>"
    body = extract_body(LexborHTMLParser(_page(copy)), title="Old bridge to close")
    assert body == PROSE


def test_a_share_box_confirmation_hidden_by_visibility_is_left_out():
    page = _page(
        "<p>Sent!</p><p>A link has been sent to your friend's email address.</p>",
        "visibility: hidden",
    )
    assert extract_body(LexborHTMLParser(page), title="Old bridge to close") == PROSE


def test_hidden_prose_does_not_outvote_the_story():
    comments = "".join(
        f"<p>Reader {n}: I have crossed this bridge every day, and I agree, it shook, badly.</p>"
        for n in range(8)
    )
    page = _page("").replace(
        "</body>", f"<div class='c' style='display: none'>{comments}</div></body>"
    )
    assert extract_body(LexborHTMLParser(page), title="Old bridge to close") == PROSE


def test_styles_that_do_not_hide_are_read():
    assert hidden_by_style({"style": "display:none"})
    assert hidden_by_style({"style": "width: 10px; DISPLAY : none"})
    assert not hidden_by_style({"style": "display: block; overflow: hidden"})
    assert not hidden_by_style({"class": "x"})


def test_hidden_microdata_is_the_article_stated_for_machines():
    assert not hidden_by_style({"style": "display:none", "itemscope": ""})
    copy = "".join(f"<p>{text}</p>" for text in PROSE)
    page = (
        "<html><body><h1>Old bridge to close</h1><ul><li><a href='/a'>One</a></li></ul>"
        f"<div style='display:none' itemscope><div itemprop='articleBody'>{copy}</div></div>"
        "</body></html>"
    )
    assert extract_body(LexborHTMLParser(page), title="Old bridge to close") == PROSE


def test_slides_hidden_but_one_at_a_time_are_the_text():
    slides = "".join(f"<li><p style='display:none'>{text}</p></li>" for text in PROSE)
    page = f"<html><body><h1>Old bridge to close</h1><ul>{slides}</ul></body></html>"
    assert extract_body(LexborHTMLParser(page), title="Old bridge to close") == PROSE
