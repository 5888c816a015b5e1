"""A forum's posts that each hold a form of choices to tick (a rating "−1 0 +1" as radio
buttons): a post's vote, not a reply form. And a user's post history in the same markup, each
post under its thread's title: no comments."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments.build import looks_like_comment
from tests.support.comment_pages import comments_of

NOW = datetime(2018, 7, 20, tzinfo=UTC)

_WORDS = [
    "I sold half of it yesterday, the report was weaker than I hoped.",
    "The dividend still looks safe to me, they have cash for two years.",
    "Nobody knows where the rate goes next month, so I am waiting.",
    "Bought more on the dip this morning, the chart looks fine.",
]
_NAMES = ["Ada", "Bob", "Cy", "Dee"]


def _post(number: int) -> str:
    return f"""<div class="forum-post" id="table{number}">
      <div class="fp-top"><div><a href="/forum/poster/?id={number}">{_NAMES[number % 4]}</a></div>
        <div><a href="/forum/post/?id={number}">17.07.2018 12:{number:02d}</a></div>
        <div><form><label><input type="radio" name="rate" data-vote="-1">−1</label>
          <label><input type="radio" name="rate" data-vote="1">+1</label></form></div></div>
      <table><tr><td><a href="/forum/poster/rating/?id={number}">326</a></td>
        <td><div>{_WORDS[number % 4]} Post {number}.</div></td></tr></table></div>"""


def test_posts_that_each_hold_a_rating_form_of_radio_buttons_are_comments():
    page = '<div class="fp-list">' + "".join(_post(n) for n in range(8)) + "</div>"
    found = [(c.author, c.text) for c in comments_of(page)]
    assert found[-7:] == [(_NAMES[n % 4], f"{_WORDS[n % 4]} Post {n}.") for n in range(1, 8)]


def _rated(fields: str) -> bool:
    html = f"""<div class="forum-post" id="table3">
      <div><a href="/forum/poster/?id=3">Ada</a> <a href="/forum/post/?id=3">17.07.2018 12:03</a>
        <form>{fields}</form></div>
      <div>The dividend still looks safe to me, they have cash for two years.</div></div>"""
    node = LexborHTMLParser(html).css_first("div.forum-post")
    assert node is not None
    return looks_like_comment(node, NOW)


def test_a_post_whose_form_only_asks_for_a_tick_is_a_comment():
    radios = '<label><input type="radio" name="rate">−1</label><input type="radio" name="rate">'
    assert _rated(radios)
    assert _rated('<input type="checkbox" name="quote"><input type="hidden" name="p" value="3">')


def test_a_post_whose_form_asks_for_words_or_a_pick_is_no_comment():
    assert not _rated('<input type="radio" name="rate"><input type="text" name="q">')
    assert not _rated('<select name="rate"><option>1</option></select>')


def test_a_users_posts_each_under_its_threads_linked_title_are_no_comments():
    posts = "".join(
        f'<h3 class="fp-subject"><a href="/forum/thread/?id={40 + n}">Stocks {n}</a></h3>{_post(n)}'
        for n in range(8)
    )
    page = f'<div class="fp-list"><div class="head">Posts of a user</div>{posts}</div>'
    assert comments_of(page) == []


def test_a_linked_heading_over_a_thread_leaves_its_posts_comments():
    posts = "".join(_post(n) for n in range(8))
    page = f'<h3><a href="/forum/thread/?id=7">Stocks to watch</a></h3>{posts}'
    found = [c.author for c in comments_of(page)]
    assert found[-7:] == [_NAMES[n % 4] for n in range(1, 8)]
