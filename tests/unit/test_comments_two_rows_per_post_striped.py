"""A forum laid out in table rows, each post two rows of one class (a heading row with the
author and the date over the row with the user column and the text), the class alternating
from post to post (`tr.tr1`, `tr.tr1`, `tr.tr2`, `tr.tr2`): each post is read from its pair,
less the topic's opening post, its text the cell of the column that holds most words (the
user column beside it is no part of it). A topic answered once is a discussion of two. A
table of two rows per release, striped alike, stays none."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)

_POSTS = [
    (470, "morisan", "9 Dec 2011 9:10", "Can a PHP script write another PHP script and run it?"),
    (65, "koyhoge", "13 Dec 2011 15:39", "It can, with eval, but you almost never want that."),
    (470, "morisan", "14 Dec 2011 8:02", "Thank you, I will build the query with parameters."),
    (12, "tanaka", "15 Dec 2011 11:47", "Prepared statements are the usual way to do this."),
]


def _post(n: int, user: int, name: str, posted: str, text: str) -> str:
    stripe = ("tr1", "tr2")[n % 2]
    return f"""<tr class="{stripe}"><td class="postername"><div><a href="profile-{user}.html">
        {name}</a></div></td><td class="postinfo"><div class="postlinks"></div>
        <div class="postdate"><a href="topic-post{n}.html#post{n}">#{n + 1}</a> {posted}</div>
        </td></tr>
      <tr class="{stripe}"><td class="posterinfo">Member<div class="field">Replies: {user}</div>
        </td><td class="postcontent"><div class="post">{text}</div></td></tr>"""


def _page(rows: str) -> str:
    return f"""<html><body><h1>Generating PHP with PHP</h1>
      <p class="locationbar"><a href="index.html">Board</a> &raquo; Generating PHP with PHP</p>
      <table class="maintable"><tr><th>Author</th><th>Post</th></tr>{rows}</table>
      <p>Powered by a forum</p></body></html>"""


def test_posts_of_two_rows_each_striped_by_post_are_read():
    rows = "".join(_post(n, *post) for n, post in enumerate(_POSTS))
    found = extract_comments(LexborHTMLParser(_page(rows)), FETCHED)
    assert [(c.author, c.text) for c in found] == [(p[1], p[3]) for p in _POSTS[1:]]
    assert found[0].posted_at == datetime(2011, 12, 13, 15, 39, tzinfo=UTC)


def test_a_user_column_beside_the_text_is_no_part_of_the_post_whatever_its_language():
    column = '会員<div class="field">登録者: 12 2011</div>'
    rows = "".join(
        _post(n, *post).replace("Member", column).replace("Replies:", "返信数:")
        for n, post in enumerate(_POSTS[:3])
    )
    found = extract_comments(LexborHTMLParser(_page(rows)), FETCHED)
    assert [c.text for c in found] == [p[3] for p in _POSTS[1:3]]


def test_a_topic_answered_once_gives_its_answer():
    rows = "".join(_post(n, *post) for n, post in enumerate(_POSTS[:2]))
    found = extract_comments(LexborHTMLParser(_page(rows)), FETCHED)
    assert [(c.author, c.text) for c in found] == [(_POSTS[1][1], _POSTS[1][3])]


def test_releases_of_two_rows_each_striped_alike_give_none():
    rows = "".join(
        f"""<tr class="{("tr1", "tr2")[n % 2]}"><td><a href="/release/{n}">Version 2.{n}</a>
          </td><td>{posted}</td></tr>
        <tr class="{("tr1", "tr2")[n % 2]}"><td>Changes</td><td>{text}</td></tr>"""
        for n, (_, _, posted, text) in enumerate(_POSTS)
    )
    assert extract_comments(LexborHTMLParser(_page(rows)), FETCHED) == []


def test_pairs_of_rows_whose_class_does_not_alternate_are_no_posts_striped_by_post():
    """Pairs of one class (`tr.tr1` twice, a spacer row, `tr.tr1` twice …) are not striped by
    post: that finder reads only a class that alternates pair after pair."""
    spacer = '<tr class="sep"><td colspan="2"></td></tr>'
    rows = spacer.join(_post(n, *post).replace('"tr2"', '"tr1"') for n, post in enumerate(_POSTS))
    assert extract_comments(LexborHTMLParser(_page(rows)), FETCHED) == []
