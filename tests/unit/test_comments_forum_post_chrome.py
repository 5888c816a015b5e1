"""A forum topic's chrome around each post's words: the poster's name in a heading of its own
over the user column is no subject, the first post's subject names the page and makes it the
topic's opening post, a reply's subject heading ("Re: …") and the closing edit note ("« Last
Edit: … »") are the forum's, not the reader's, and a quote's label below the date line is no
field of a profile. A board's list of topics, each row counting its replies and views, gives
no comments. A name line closed by a separator ("Ada |") over the date is the author's, and a
minor heading after a comment's date is its words' own."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments
from flows.parse.comments.lines import meta_in, without_edit_note
from flows.parse.comments.opening import without_opening_post
from flows.parse.comments.parts import parts_of

FETCHED = datetime(2025, 9, 1, 10, 0, tzinfo=UTC)
TOPIC = "Trail shoes for wet rock"

POSTS = [
    ("moss_r", "3 March 2025, 09:12:40", "Which soles grip best on wet granite?", ""),
    ("kettle", "3 March 2025, 10:05:11", "Soft rubber lugs, and keep them clean.", ""),
    ("moss_r", "3 March 2025, 11:30:02", "Thanks, ordered a pair.", "3 March 2025, 11:31:09"),
    ("fernbank", "4 March 2025, 08:02:55", "Mine wore out in one season.", ""),
]


_MOTTO = "Walking the northern fells since 1998, mostly in the rain, the wind and the fog. " * 3


def _post(number: int, name: str, date: str, text: str, edited: str) -> str:
    subject = TOPIC if number == 1 else f"Re: {TOPIC}"
    note = f"« Last Edit: {edited} by {name} »" if edited else ""
    return f"""<div class="pw"><div class="pu">
      <h4><a href="/index.php?action=profile;u={number}">{name}</a></h4>
      <ul><li>Posts: {number * 7}</li></ul></div>
      <div class="pa"><div class="pk"><div class="message-icon"><img src="/i/xx.gif" alt=""></div><h5><a href="#m{number}">{subject}</a></h5>
      <div class="pt">« Reply #{number - 1} on: {date} »</div></div>
      <div class="pb" id="msg_{number}">{text}</div></div>
      <div class="pm"><div class="pe">{note}</div><div class="signature">{_MOTTO}</div></div>
      </div>"""


def _page(title: str, body: str) -> str:
    return f"""<html><head><title>{title}</title></head><body>
      <div class="zz"><a href="/">Home</a> <a href="/board">Board</a></div>
      <div class="zy">{body}</div><div class="zw"><p>Forum rules</p></div></body></html>"""


def test_a_topic_gives_its_replies_without_subjects_and_edit_notes():
    body = "".join(_post(number, *post) for number, post in enumerate(POSTS, 1))
    found = extract_comments(LexborHTMLParser(_page(TOPIC, body)), FETCHED)
    assert [(c.author, c.text) for c in found] == [(p[0], p[2]) for p in POSTS[1:]]


def test_a_reply_s_subject_in_its_header_box_is_left_out_of_the_whole_item_s_text():
    item = LexborHTMLParser(f"""<div class="pw"><div class="pa"><div class="pk">
      <div class="message-icon"><img src="/i/xx.gif" alt=""></div>
      <h5><a href="#m2">Re: {TOPIC}</a></h5></div>
      <div class="pb">Soft rubber lugs, and keep them clean.</div></div></div>""").css_first("div")
    assert item is not None
    assert parts_of(item).text(FETCHED)[0] == "Soft rubber lugs, and keep them clean."


def test_an_edit_note_closing_a_text_is_left_out():
    assert without_edit_note("Fixed the link.\n« Last Edit: 3 May 2024, 10:15 by Ada »") == (
        "Fixed the link."
    )
    assert without_edit_note("Danke!\nZuletzt bearbeitet von Ada am 03.05.2024") == "Danke!"
    assert without_edit_note("Last edit of the map was great") == "Last edit of the map was great"


def test_a_quote_label_below_the_date_is_no_profile_field():
    lines = [
        "« Reply #4 on: 14 March 2025, 08:50:09 »",
        "Thanks for the help",
        "Quote from: kettle on 13 March 2025, 23:54:44",
        "Soft rubber lugs.",
    ]
    meta, used, _ = meta_in(lines, FETCHED) or (None, set(), None)
    assert meta is not None and used == {0}


def test_a_name_line_closed_by_a_separator_names_the_author():
    lines = ["Posted by:", "Not the Real Ada King |", "Friday, 13 May 2005 at 07:22 PM"]
    found = meta_in(lines, FETCHED)
    assert found is not None and found[2] == "Not the Real Ada King"


TOPICS = [
    ("Waxing skis at home", "lumi", 3, 1204, "2 March 2025, 10:00:00"),
    ("Best hut in the north", "pekka", 12, 8812, "1 March 2025, 18:22:10"),
    ("Boot liners: heat or not", "aino", 0, 310, "28 February 2025, 07:45:00"),
    ("Avalanche course dates", "ville", 5, 2210, "27 February 2025, 12:30:00"),
]


def _topic_row(number: int, title: str, name: str, replies: int, views: int, date: str) -> str:
    return f"""<tr><td class="ti"><a href="/t/{number}">{title}</a>
      <p>Started by <a href="/index.php?action=profile;u={number}">{name}</a></p></td>
      <td class="st">{replies} Replies<br>{views} Views</td>
      <td class="lp">{date}<br>by <a href="/index.php?action=profile;u={number}">{name}</a></td>
      </tr>"""


def test_a_board_s_list_of_topics_gives_no_comments():
    rows = "".join(_topic_row(number, *topic) for number, topic in enumerate(TOPICS, 1))
    page = _page("Ski talk", f"<table><tbody>{rows}</tbody></table>")
    assert extract_comments(LexborHTMLParser(page), FETCHED) == []


def _comment(name: str, date: str, greeting: str) -> str:
    return f"""<li class="cm"><div class="ca"><time>{date}</time> <cite>{name}</cite></div>
      <div class="cc"><h6>{greeting}</h6><p>Lovely photos of the coast.</p></div></li>"""


def test_a_minor_heading_after_the_date_is_no_subject():
    items = LexborHTMLParser(
        "<ol>"
        + _comment("Ada", "June 21, 2018 at 7:52 pm", "Hey everyone,")
        + _comment("Bo", "June 22, 2018 at 8:10 am", "")
        + _comment("Cy", "June 23, 2018 at 9:30 am", "")
        + "</ol>"
    ).css("li.cm")
    assert len(without_opening_post(items)) == len(items)
