"""A paragraph read as a block leaves out the boilerplate inside it, as line reading does: a
button's word, a name's pop-up card of links to other stories; and the links of what it
leaves out do not make the paragraph a run of links."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.body.read import read_block

FIRST = "The council voted on Tuesday to rebuild the old bridge over the river, after years."
LAST = "Work starts in spring, and the road stays open, with one lane each way, until then."


def _read(middle: str) -> list[str]:
    page = f"<html><body><div id='root'><p>{FIRST}</p>{middle}<p>{LAST}</p></div></body></html>"
    root = LexborHTMLParser(page).css_first("#root")
    return read_block(root)


def test_a_button_inside_a_paragraph_is_left_out_of_its_text():
    said = "The mayor said the bridge would cost less than the council had feared."
    assert _read(f"<p>{said} <button>Copy link</button></p>") == [FIRST, said, LAST]


def test_a_names_pop_up_card_is_left_out_and_its_links_do_not_drop_the_paragraph():
    card = (
        "<span class='zx'><span><img src='/ada.jpg'>"
        "<a href='/s/1'>Mayor opens the new library on the east bank of the river</a> "
        "<a href='/s/2'>Council to vote on the harbour plans before the summer break</a> "
        "<a href='/s/3'>Bus lanes to stay, the county's transport board decides</a>"
        "</span></span>"
    )
    paragraph = (
        f"<p>The mayor, <span><a href='/p/ada'>Ada Obi</a>{card}</span>, said the bridge"
        " would cost less than the council had feared.</p>"
    )
    said = "The mayor, Ada Obi, said the bridge would cost less than the council had feared."
    assert _read(paragraph) == [FIRST, said, LAST]


def test_a_caption_box_inside_a_list_item_is_left_out_of_its_text():
    item = "The bridge has stood since 1890 and carries the main road over the river."
    slide = (
        "<ul><li><div><img src='/1.jpg'></div>"
        f"<div class='photo-caption'>The old bridge at dusk, from the east bank.</div>{item}"
        "</li></ul>"
    )
    assert _read(slide) == [FIRST, item, LAST]


def test_a_span_named_as_boilerplate_inside_a_paragraph_stays_in_its_sentence():
    paragraph = (
        "<p>The mayor said the bridge would cost less than feared, "
        "<span class='paywall'>and that the work would take two years.</span></p>"
    )
    said = "The mayor said the bridge would cost less than feared, and that the work would take two years."
    assert _read(paragraph) == [FIRST, said, LAST]


def test_a_picture_set_in_a_sentences_inline_wrapper_keeps_the_sentence():
    quote = '"So far, the numbers are unbelievably high, too high," the engineer said.'
    paragraph = f"<p><i><img src='/quote.gif'>{quote}</i></p>"
    assert _read(paragraph) == [FIRST, quote, LAST]


def test_an_icons_name_stays_in_its_paragraph():
    paragraph = (
        "<p><svg><title>Info</title><path d='M0 0'/></svg> The bridge closes to cars on Monday"
        " and opens again in the spring.</p>"
    )
    said = "Info The bridge closes to cars on Monday and opens again in the spring."
    assert _read(paragraph) == [FIRST, said, LAST]
