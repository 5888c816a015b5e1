"""Whether rows could be posts asks their link share first: a list of links is refused
before the queries for headings, pingbacks and questions run, with the same answer."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.comments import lookalikes

_ROWS = {
    "post": "<li>I read this twice and still think the second point is wrong, sorry.</li>",
    "links": '<li><a href="/t/1">A thread about the match</a> by <a href="/u/2">ann</a></li>',
    "teaser": (
        '<li><h3><a href="/story/9">Three words or more</a></h3>'
        "<p>A summary of the story long enough to outweigh the link.</p></li>"
    ),
    "pingback": '<li class="pingback">Another site wrote about this page at length.</li>',
}


def _rows(*kinds: str) -> list[LexborNode]:
    return LexborHTMLParser(f"<ul>{''.join(_ROWS[kind] for kind in kinds)}</ul>").css("li")


def _full_answer(rows: list[LexborNode]) -> bool:
    refused = any(
        lookalikes._teaser(row) or lookalikes._linkback(row) or lookalikes.holds_its_question(row)
        for row in rows
    )
    share = sum(map(lookalikes._link_share, rows))
    return not refused and share <= lookalikes._MAX_LINK_SHARE * len(rows)


@pytest.mark.parametrize(
    "kinds",
    [
        (),
        ("post",),
        ("links",),
        ("teaser",),
        ("pingback",),
        ("post", "post"),
        ("post", "links"),
        ("links", "links"),
        ("post", "teaser"),
        ("links", "teaser"),
        ("post", "post", "pingback"),
    ],
)
def test_could_be_posts_answers_as_every_test_asked(kinds):
    rows = _rows(*kinds)
    assert lookalikes.could_be_posts(rows) is _full_answer(rows)


def test_could_be_posts_refuses_a_list_of_links_before_the_heading_queries(monkeypatch):
    def teaser(node: LexborNode) -> bool:
        raise AssertionError("a list of links needs no heading query")

    monkeypatch.setattr(lookalikes, "_teaser", teaser)
    assert not lookalikes.could_be_posts(_rows("links", "links"))
