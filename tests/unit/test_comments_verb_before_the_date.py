"""A byline whose verb of saying stands between the name's element and the date's ("<b>#1 Ada
<a>[www]</a></b> schrieb <small>am 02.10.2006, 10:18</small>"): the verb is no one's name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows.parse.comments.meta_line import read_meta_line
from tests.support.comment_pages import FETCHED, comments_of

_ITEM = (
    '<li class="comment" id="comment-{n}"><strong><a href="#comment-{n}">#{n}</a> {name} '
    '<a href="http://example.org/{n}">[www]</a></strong> schrieb '
    '<small class="commentmetadata">am 02.10.2006, {clock}:</small><p>{text}</p></li>'
)
_ROWS = [
    ("Marc", "10:18", "Schlechte Karten, wenn ich bald auch über Autos schreibe."),
    ("Jeriko", "10:45", "Mischblogs sind schon eine Krux, man weiß nie, was kommt."),
    ("Robert Basic", "10:51", "Ich glaube nicht, dass ihre Zeit vorbei ist."),
]


def test_the_name_before_a_verb_of_saying_is_the_author_not_the_verb():
    page = (
        '<div><h3 id="comments">3 Kommentare</h3><ol class="commentlist">'
        + "".join(
            _ITEM.format(n=n, name=name, clock=clock, text=text)
            for n, (name, clock, text) in enumerate(_ROWS, 1)
        )
        + "</ol></div>"
    )
    found = comments_of(page)
    assert [(c.author, c.posted_at) for c in found] == [
        ("Marc", datetime(2006, 10, 2, 10, 18, tzinfo=UTC)),
        ("Jeriko", datetime(2006, 10, 2, 10, 45, tzinfo=UTC)),
        ("Robert Basic", datetime(2006, 10, 2, 10, 51, tzinfo=UTC)),
    ]


@pytest.mark.parametrize(
    "line", ["schrieb am 02.10.2006, 10:18:", "said on May 3, 2010", "wrote 3 May 2010 10:00"]
)
def test_a_verb_of_saying_alone_before_a_date_names_no_one(line: str):
    meta = read_meta_line(line, FETCHED)
    assert meta is not None and meta.posted_at is not None and meta.author is None


def test_a_name_before_its_verb_on_the_date_line_is_still_read():
    meta = read_meta_line("Ada said on May 3, 2010", FETCHED)
    assert meta is not None and meta.author == "Ada"
