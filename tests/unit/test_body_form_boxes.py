from selectolax.lexbor import LexborHTMLParser

from flows.parse.body import extract_body
from tests.support.stories import BRIDGE_STORY as PROSE


def _page(box: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PROSE[:-1])
    return (
        f"<html><body><div class='qa'><h1>Bridge</h1>{paragraphs}{box}"
        f"<p>{PROSE[-1]}</p></div></body></html>"
    )


def test_the_words_around_a_sign_up_form_in_an_unnamed_box_are_left_out():
    box = (
        "<div class='zu'><h3>Stay informed</h3>"
        "<p>Get the local headlines delivered to your email every morning.</p>"
        "<form class='zy'><input type='email'><button>Go</button></form>"
        "<p>Success! An email has been sent with a link to confirm your signup.</p></div>"
    )
    assert extract_body(LexborHTMLParser(_page(box))) == PROSE


def test_a_button_set_in_a_paragraph_keeps_the_paragraph():
    text = "The bridge was built in 1890 and has been repaired twice since, the council said."
    box = f"<p>{text} <button>Show the map</button></p>"
    assert any(text in paragraph for paragraph in extract_body(LexborHTMLParser(_page(box))))
