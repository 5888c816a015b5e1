"""Comments whose markup varies from one to the next (issue #13, the fresh14 split): an
optional part of a byline, answers beside the comments under them, replies of a second shape."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.parse.comments.meta_line import read_meta_line
from tests.support.comment_pages import FETCHED, comments_of


def test_a_bracketed_count_after_a_yearless_date_leaves_the_byline_readable():
    meta = read_meta_line("posted by Ada at 7:17 PM on May 2 [3 favorites]", FETCHED)
    assert meta is not None and meta.author == "Ada"
    assert meta.posted_at == datetime(2024, 5, 2, 19, 17, tzinfo=UTC)


def test_comments_whose_byline_adds_a_count_stay_beside_those_without_it():
    row = (
        '<a name="{n}"></a><div class="comments">{text}<br><span class="small">posted by '
        '<a href="/user/{n}">{name}</a> at <a href="#{n}">7:1{n} PM</a> on May 2{extra}'
        "</span></div><br><br>"
    )
    extra = ' [<a href="/favorited/{n}">3 favorites</a>]'
    rows = [
        (1, "Ada", "See, this was needed.", ""),
        (2, "Bob", "Something to replace the void.", extra),
        (3, "Cy", "I laughed at the headline.", ""),
        (4, "Dee", "Needs a sequel, clearly.", extra),
    ]
    body = "".join(
        row.format(n=n, name=name, text=text, extra=more.format(n=n))
        for n, name, text, more in rows
    )
    found = comments_of(f"<h2>Comments</h2>{body}")
    assert [(c.author, c.text) for c in found] == [(name, text) for _, name, text, _ in rows]
