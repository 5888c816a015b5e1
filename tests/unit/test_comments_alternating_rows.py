"""Three comment rows alternating an item's class and an alternating item's class that share
no word (a server framework's item and alternating-item templates): one list, read by its
shape. Three alternating rows of teasers, each a headline linking to its story, stay none."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)

_ROWS = [
    ("Ward Fenn", "11/17/2024 9:12 PM", "The county should have asked the voters before this."),
    ("mesa_rider", "11/17/2024 10:40 PM", "Nobody I know was told about the hearing at all."),
    ("Lou Abara", "11/18/2024 7:05 AM", "I read the proposal twice and it still makes no sense."),
]


def _page(rows: str) -> str:
    return f"""<html><body><h1>Records plan</h1><p>{"The plan limits public records. " * 6}</p>
      <div class="qo">{rows}</div><div class="zz"><p>Copyright 2024</p></div></body></html>"""


def _row(n: int, name: str, date: str, text: str) -> str:
    stripe = ("kyvo", "jaxuwe")[n % 2]
    return f"""<table class="{stripe}"><tr><td><a href="/profile/{n}"><img class="wu"
      src="/a/{n}.jpg"></a></td><td><div><a class="qe" href="/profile/{n}">{name}</a>
      <span class="qe">({date})</span></div><div class="qe">{text}</div></td></tr></table>"""


def test_three_rows_alternating_two_unrelated_classes_are_one_list():
    rows = "".join(_row(n, *row) for n, row in enumerate(_ROWS))
    found = extract_comments(LexborHTMLParser(_page(rows)), FETCHED)
    assert [(c.author, c.text) for c in found] == [(name, text) for name, _, text in _ROWS]


def test_three_alternating_rows_of_teasers_give_none():
    rows = "".join(
        f"""<table class="{("kyvo", "jaxuwe")[n % 2]}"><tr><td><div>
          <a href="/story/{n}">{text}</a></div><div>By {name}, {date}</div></td></tr></table>"""
        for n, (name, date, text) in enumerate(_ROWS)
    )
    assert extract_comments(LexborHTMLParser(_page(rows)), FETCHED) == []
