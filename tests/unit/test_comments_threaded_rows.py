"""Posts found by their author elements when nothing names them comments, replies threaded
inside the post they answer as blocks of the post's own kind: a post that holds replies is a
row of the list all the same, and its replies are read as posts inside it."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments
from flows.parse.comments.posts import forum_posts
from flows.parse.nodes import Scan

FETCHED = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def _post(number: int, name: str, text: str, replies: str = "") -> str:
    return f"""<div class="threading"><div class="card post depth">
      <div class="post-header">
        <a class="post-header-author" href="/user/{name.lower()}">{name}</a></div>
      <div class="post-body"><p>{text}</p></div>
      <div class="post-footer"><div>posted <span class="js-date-toggle">{number} hours ago</span>
        </div><div><a class="post-action">reply</a></div></div></div>{replies}</div>"""


def _page() -> str:
    thread = (
        _post(1, "Ada", "A close series, both maps went to overtime.")
        + _post(
            2,
            "Bo",
            "The second map was a stomp, not close at all.",
            _post(3, "Cy", "Look at the round count again.", _post(4, "Bo", "Fair enough.")),
        )
        + _post(5, "Dee", "Who was the best player of the series?")
        + _post(6, "Eve", "Their new player, by far.")
    )
    return f"""<html><body><h1>Match: Red vs Blue</h1><p>Red won the series 2-0
      after two long maps, the second one decided in the last round of a second overtime.</p>
      <div class="post-container">{thread}</div></body></html>"""


EXPECTED = [
    ("Ada", "A close series, both maps went to overtime.", None),
    ("Bo", "The second map was a stomp, not close at all.", None),
    ("Cy", "Look at the round count again.", 1),
    ("Bo", "Fair enough.", 2),
    ("Dee", "Who was the best player of the series?", None),
    ("Eve", "Their new player, by far.", None),
]


def test_posts_found_by_their_authors_keep_the_replies_threaded_inside_them():
    found = forum_posts(Scan(LexborHTMLParser(_page())), {}, {}, FETCHED)
    assert [(c.author, c.text, c.parent) for c in found] == EXPECTED


def test_replies_threaded_inside_a_post_of_their_kind_are_read_with_it():
    found = extract_comments(LexborHTMLParser(_page()), FETCHED)
    assert [(c.author, c.text, c.parent) for c in found] == EXPECTED
