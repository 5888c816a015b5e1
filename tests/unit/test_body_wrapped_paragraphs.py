"""Paragraphs written in inline elements (`<span>`, `<font>`) instead of `<p>`s: they vote and
are read like paragraphs, without making teaser cards or notices after the text into prose."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.body import extract_body
from flows.parse.body.votes import held_text
from tests.support.stories import BRIDGE_STORY as PROSE

SIDEBAR = "".join(
    f"<div class='item'><a href='/story-{n}'>Other story {n}</a>"
    f"<p>A short teaser for the other story number {n}, with a comma.</p></div>"
    for n in range(6)
)


def _body(article: str) -> list[str]:
    page = (
        "<html><body><div class='page'><main>"
        f"{article}</main><aside class='rail'>{SIDEBAR}</aside></div></body></html>"
    )
    return extract_body(LexborHTMLParser(page), title="Bridge to stay closed")


def test_paragraphs_wrapped_in_spans_inside_divs_are_the_article():
    paragraphs = "".join(f"<div><span>{text}</span></div>" for text in PROSE)
    body = _body(f"<h1>Bridge to stay closed</h1><div class='story'>{paragraphs}</div>")
    assert body == PROSE


def test_paragraphs_in_font_elements_between_line_breaks_are_the_article():
    lines = "<br><br>".join(f"<font size='2'>{text}</font>" for text in PROSE)
    body = _body(f"<h1>Bridge to stay closed</h1><div class='story'>{lines}</div>")
    assert body == PROSE


def test_teaser_cards_with_a_title_and_a_summary_in_inline_elements_cast_no_vote():
    cards = "".join(
        f"<div class='card'><strong>Story {n} in the news</strong>"
        f"<em>Summary {n} of another story, which tells of the town hall, the market square "
        "and the new school.</em></div>"
        for n in range(8)
    )
    story = "".join(f"<p>{text}</p>" for text in PROSE[:2])
    page = (
        "<html><body><main><h1>Bridge to stay closed</h1>"
        f"<div class='story'>{story}</div></main><div class='more'>{cards}</div></body></html>"
    )
    assert extract_body(LexborHTMLParser(page), title="Bridge to stay closed") == PROSE[:2]


def test_a_lead_wrapped_in_a_span_under_the_headline_is_read_first():
    story = "".join(f"<p>{text}</p>" for text in PROSE[1:])
    body = _body(
        "<h1>Bridge to stay closed</h1>"
        f"<div class='intro'><span>{PROSE[0]}</span></div><div class='story'>{story}</div>"
    )
    assert body == PROSE


def test_a_note_in_italics_before_the_text_is_no_lead():
    note = (
        "Welcome to our weekly bridge report, your source for the traffic news you actually "
        "want to read."
    )
    story = "".join(f"<p>{text}</p>" for text in PROSE)
    body = _body(
        "<h1>Bridge to stay closed</h1>"
        f"<div class='note'><em>{note}</em></div><div class='story'>{story}</div>"
    )
    assert body == PROSE


def test_a_notice_wrapped_in_a_span_after_the_text_is_not_read():
    notice = (
        "This material may not be published, broadcast, rewritten or redistributed in whole "
        "or in part without the written permission of the publisher."
    )
    story = "".join(f"<p>{text}</p>" for text in PROSE)
    body = _body(
        "<h1>Bridge to stay closed</h1>"
        f"<div class='story'>{story}</div><div><span>{notice}</span></div>"
    )
    assert body == PROSE


def test_a_paragraph_in_a_span_after_the_paragraphs_is_read_where_it_stands():
    story = "".join(f"<p>{text}</p>" for text in PROSE[:3])
    body = _body(
        f"<h1>Bridge to stay closed</h1><div class='story'>{story}<span>{PROSE[3]}</span></div>"
    )
    assert body == PROSE


def test_paragraphs_written_as_divs_between_paragraphs_are_read():
    story = (
        f"<p>{PROSE[0]}</p><div>{PROSE[1]}</div><div><span>{PROSE[2]}</span></div><p>{PROSE[3]}</p>"
    )
    body = _body(f"<h1>Bridge to stay closed</h1><div class='story'>{story}</div>")
    assert body == PROSE


def test_a_div_after_the_last_paragraph_is_a_note_and_not_read():
    note = (
        "This article contains affiliate links, and the publisher may earn a commission when "
        "readers buy through them."
    )
    story = f"<p>{PROSE[0]}</p><div>{PROSE[1]}</div>" + "".join(f"<p>{t}</p>" for t in PROSE[2:])
    body = _body(f"<h1>Bridge to stay closed</h1><div class='story'>{story}<div>{note}</div></div>")
    assert body == PROSE


def test_small_print_in_a_footer_casts_no_vote():
    small = (
        "<small>All trademarks on this page are owned by their respective owners.<br>"
        "Pictures uploaded are the responsibility of the person who posted them.</small>"
    )
    page = (
        "<html><body><div class='board'><h1>Bridge</h1>"
        "<div class='post'>The bridge is closed again today.<br>Take the ferry instead.</div>"
        f"</div><div class='legal'>{small}</div></body></html>"
    )
    body = extract_body(LexborHTMLParser(page), title="Bridge")
    assert not any("trademarks" in line for line in body)


def test_a_comment_wrapped_in_a_span_does_not_make_its_box_the_post():
    long_comment = " ".join(PROSE[1:])
    page = (
        "<html><body><div class='thread'><h1>Bridge</h1>"
        "<div class='post'>The bridge is closed again today, so take the ferry.</div>"
        f"<div class='c'><div class='t'><span>{long_comment}</span></div></div>"
        "<div class='c'><div class='t'>Thanks for the news.</div></div>"
        "</div></body></html>"
    )
    tree = LexborHTMLParser(page)
    body = extract_body(tree, title="Bridge", comments=tree.css("div.c"))
    assert body == ["The bridge is closed again today, so take the ferry."]


def test_held_text_reads_text_nodes_and_wrapped_paragraphs_and_skips_comments_and_breaks():
    wrapped = PROSE[0]
    markup = (
        f"<div id='a'>Loose words<!-- a note --> here<br><span>{wrapped}</span></div>"
        f"<div id='b'>Loose words<br><span>{wrapped}</span><em>short</em></div>"
    )
    tree = LexborHTMLParser(markup)
    first, second = tree.css_first("#a"), tree.css_first("#b")
    assert first is not None and second is not None
    assert held_text(first) == f"Loose words here{wrapped}"
    assert held_text(first, {next(iter(first.css("span"))).mem_id}) == "Loose words here"
    assert held_text(second) == "Loose words"  # a wrapped paragraph beside other text


def test_held_text_runs_the_text_nodes_together_in_order_around_comments_and_elements():
    holder = LexborHTMLParser(
        "<div>Ada &amp; Ben <!-- note -->wrote<br>this <b>short</b> line, ünïcode 漢字.</div>"
    ).css_first("div")
    assert holder is not None
    assert held_text(holder) == "Ada & Ben wrotethis  line, ünïcode 漢字."


def test_held_text_puts_the_wrapped_paragraphs_after_the_text_straight_inside():
    wrapped = PROSE[0]
    holder = LexborHTMLParser(f"<div>Lead <span>{wrapped}</span> tail</div>").css_first("div")
    assert holder is not None
    assert held_text(holder) == f"Lead  tail{wrapped}"
