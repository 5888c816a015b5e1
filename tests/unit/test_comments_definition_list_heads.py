"""Comments laid out as a definition list whose class names say nothing: each term (`dt`)
shows the author and the date, each description (`dd`) holds the text in a block numbered
by the comment's id. The term heads the description after it, whatever id it has."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)

_COMMENTS = [
    (2167436, "Ashutosh Joshi", "October 31, 2012 at 9:41 am", "Good dressing, but it is odd."),
    (2167448, "Brian C", "October 31, 2012 at 9:42 am", "One of his sons is, in fact, Matt."),
    (2167460, "Joel K", "October 31, 2012 at 9:43 am", "The missing glasses threw me off."),
]


def _pair(number: int, name: str, date: str, text: str) -> str:
    return f"""<dt class="qa" id="qb-{number}"><span class="qc"><img alt="" src="a.png"></span>
      <span class="qd"><a href="http://example.org/{number}" rel="external nofollow">{name}</a>
      </span> <span class="qe"><a href="#qb-{number}">{date}</a></span></dt>
      <dd class="qa"><div class="qf" id="qb-qg-{number}"><p>{text}</p></div></dd>"""


def test_each_term_of_a_definition_list_heads_the_comment_in_the_description_after_it():
    pairs = "".join(_pair(*comment) for comment in _COMMENTS)
    html = f"""<html><body><div class="za"><h1>Halloween costume</h1>
      <p>My fellow Americans, I would like to introduce my latest Halloween costume.</p></div>
      <div id="zb"><p>{{ 3 replies… read them below or <a href="#zc">add one</a> }}</p>
      <dl id="zd">{pairs}</dl></div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.posted_text, c.text) for c in found] == [
        (name, date, text) for _, name, date, text in _COMMENTS
    ]
