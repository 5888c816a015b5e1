"""A footer that reads "DATE | NAME", broken into two lines where the name's link begins,
names the comment's author on the line after the date, whatever the words' last line signs."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def _block(number: int, name: str, text: str) -> str:
    return f"""<div class="vemo"><div class="kuxy" id="kuxy{number}">
      <div class="qyxy">{text}</div>
      <div class="quju">October 2{number}, 2012 |
        <a href="/contributor/{number}" title="Unregistered Commenter">
        <img alt="Unregistered Commenter" src="/i/user.png">{name}
        </a></div>
    </div></div>"""


def test_a_name_after_the_separator_that_ends_the_date_line_is_the_author():
    blocks = [
        (1, "Maggie", "Hey guys,<br>have you heard of the other rental sites?"),
        (2, "Ashli Aldrich", "Hi!<br>We would be happy to host you next time.<br>Ashli"),
        (3, "Eve", "That bridge shot makes me wistful, what a trip."),
    ]
    html = f"""<html><body><h1>Tiny apple</h1><p>Our week in a small flat.</p>
      <div><h3>Reader Comments (3)</h3>{"".join(_block(*block) for block in blocks)}</div>
      </body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [comment.author for comment in found] == ["Maggie", "Ashli Aldrich", "Eve"]
    assert found[0].text.startswith("Hey guys,")
