from selectolax.lexbor import LexborHTMLParser

from flows.parse.body import extract_body
from flows.parse.body.captions import gallery_captions
from tests.support.stories import BRIDGE_STORY as PROSE


def _page(picture: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PROSE[:-1])
    return (
        f"<html><body><div class='qa'><h1>Bridge</h1>{paragraphs}{picture}"
        f"<p>{PROSE[-1]}</p></div></body></html>"
    )


def test_a_caption_in_an_unnamed_box_beside_its_picture_is_left_out():
    picture = (
        "<div class='zu'><div class='zy'><a href='/big.jpg'><img src='/b.jpg'></a></div>"
        "<div><p>The old bridge at dusk, seen from the east bank.</p>"
        "<p>Ada Obi / Agency</p></div></div>"
    )
    assert extract_body(LexborHTMLParser(_page(picture))) == PROSE


def test_a_box_with_a_picture_and_a_heading_is_a_list_item_and_is_read():
    item = "A bridge in the north of the county, also closed, is to reopen in the summer."
    picture = f"<div class='zu'><img src='/b.jpg'><h2>The north bridge</h2><p>{item}</p></div>"
    assert item in extract_body(LexborHTMLParser(_page(picture)))


def test_a_picture_set_inside_a_paragraph_keeps_the_paragraph():
    text = "The bridge was built in 1890 and has been repaired twice since then, the council said."
    picture = f"<p><img src='/b.jpg'>{text}</p>"
    assert text in extract_body(LexborHTMLParser(_page(picture)))


def test_a_picture_beside_a_long_paragraph_keeps_the_paragraph():
    text = " ".join(["The council said the bridge needs work on every one of its arches."] * 9)
    picture = f"<div class='zu'><img src='/b.jpg'><div>{text}</div></div>"
    assert text in extract_body(LexborHTMLParser(_page(picture)))


def test_a_slideshow_of_captioned_pictures_does_not_outvote_a_short_story():
    """Each slide's caption is a long sentence with commas: together they would outvote the
    story, and reading would then skip every one of them and keep nothing."""
    caption = (
        "Crowds gather on the east bank, beside the old toll house, as the bridge closes, "
        "on Monday, March 3, 2025, in the county town, during the evening rush. (Agency photo)"
    )
    slides = "".join(
        f"<li><div class='zq'><img src='/{n}.jpg'><p class='zr'></p><p class='zs'>{caption}</p>"
        "</div></li>"
        for n in range(8)
    )
    story = [*PROSE, "The council will meet again in spring."]
    page = (
        "<html><body><div class='qa'><h1>Bridge</h1>"
        f"<div class='qb'>{''.join(f'<p>{text}</p>' for text in story)}</div></div>"
        f"<div class='qc'><div class='qd'><div class='qe'><ul>{slides}</ul></div></div></div>"
        "</body></html>"
    )
    assert extract_body(LexborHTMLParser(page)) == story


def test_story_cards_and_a_lone_captioned_picture_are_no_slideshow():
    """A teaser card is an `<article>` with its title beside its picture; one picture with a
    caption never outvotes the text."""
    title = "Council to vote on the new bridge budget in the spring, after the repairs"
    cards = "".join(f"<article><img src='/{n}.jpg'><p>{title}</p></article>" for n in range(4))
    lone = f"<div><img src='/x.jpg'><p>{title}</p></div>"
    page = LexborHTMLParser(f"<html><body>{cards}{lone}</body></html>")
    assert gallery_captions(page.css("p"), page.css("img")) == set()


def _slide(n: int) -> str:
    caption = " ".join(
        f"Picture {n}: the old bridge at dusk, seen from the east bank, with the ferry that "
        "will carry walkers across the river until the new crossing opens."
        for _ in range(5)
    )  # some 700 characters: longer than a caption under a picture in the text
    return (
        f"<div class='qs'><div class='qb'><img src='/{n}.jpg'>"
        f"<div class='qm'><div class='qc'>{caption}</div><span>Ada Obi / Agency</span></div>"
        "</div></div>"
    )


def test_a_gallery_of_long_captions_after_the_story_is_left_out():
    """Slides of one shape, a picture and a long caption each (three at least): a gallery,
    however long its captions."""
    gallery = "<div class='qv'>" + "".join(_slide(n) for n in range(3)) + "</div>"
    assert extract_body(LexborHTMLParser(_page(gallery))) == PROSE
