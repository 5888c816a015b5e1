"""Guest-book entries read whole (issue #13): an item whose id names a comment entry and a
number, a weekday in brackets before the date."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments.meta_line import read_meta_line
from flows.parse.comments.named import is_item
from tests.support.comment_pages import comments_of

NOW = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def _entry(number: int, name: str, when: str, text: str) -> str:
    return f"""<li id="commentEntry{number}7712" class="commentstd clearover">
      <strong class="number">#{number}</strong>
      <p class="com-meta"><strong>{name}</strong> <span>(<em>{when}</em>)</span></p>
      <div class="com-edit"></div><p class="commententry">{text}</p></li>"""


def test_items_whose_id_names_a_comment_entry_and_a_number_are_read_whole():
    markup = f"""<div class="j-comment"><div>Kommentare: <i>3</i></div><ul class="com-list">
    <li id="commentFormContainer1" class="commentstd"><strong class="number">#4</strong>
      <div class="commententry"><form><label>Name: *</label><input name="name">
      <textarea name="comment"></textarea><input type="submit" value="Senden"></form></div></li>
    {_entry(3, "Linus", "Freitag, 11 November 2022 21:18", "Hallo")}
    {_entry(2, "Campe", "Donnerstag, 04 August 2022 22:38", "Coole Homepage :)")}
    {_entry(1, "Inga Jopp", "Freitag, 31 Mai 2019 19:56", "Liebe Grüße, Inga")}
    </ul></div>"""
    assert [(c.author, c.text, c.posted_at) for c in comments_of(markup)] == [
        ("Linus", "Hallo", datetime(2022, 11, 11, 21, 18, tzinfo=UTC)),
        ("Campe", "Coole Homepage :)", datetime(2022, 8, 4, 22, 38, tzinfo=UTC)),
        ("Inga Jopp", "Liebe Grüße, Inga", datetime(2019, 5, 31, 19, 56, tzinfo=UTC)),
    ]


def test_an_id_naming_a_comments_part_is_no_item():
    tree = LexborHTMLParser('<div id="comment-body-12">x</div><li id="commentItem-7">y</li>')
    assert [is_item(node) for node in tree.css("div, li")] == [False, True]


def test_a_weekday_in_brackets_before_the_date_is_no_part_of_the_name():
    meta = read_meta_line("Linus holderried (Freitag, 11 November 2022 21:18)", NOW)
    assert meta is not None
    assert meta.author == "Linus holderried"


def _signed(name: str, text: str) -> str:
    return f"""<div class="comment"><div class="comment-author">{name}</div>
      <span class="comment-date">3 May 2024, 10:15</span><p>{text}</p></div>"""


def test_a_login_linked_in_brackets_after_the_name_is_no_part_of_it():
    markup = f"""<div id="comments">
    {_signed('Анатолий (<a href="/index/8-104">Apollon777</a>)', "Будем ждать новостей!")}
    {_signed("Ada (Lyon)", "Lovely pictures of the old town.")}
    </div>"""
    assert [c.author for c in comments_of(markup)] == ["Анатолий", "Ada (Lyon)"]
