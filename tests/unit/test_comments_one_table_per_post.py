"""A board's posts laid out one table each, the rows of each post's table striped by a class
that changes from post to post, a cell with the poster's name beside a cell with the post's
date line, and a cell with its words under them: each post a comment, the first (the topic)
left to the article. A board's list of topics in such tables stays none."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)

_POSTS = [
    ("harbourmaster", "Mon Feb 05, 2024 8:14 am", "Which tide tables do you trust for the bay?"),
    ("kelp", "Mon Feb 05, 2024 9:02 am", "The harbour office prints them every month, free."),
    ("Guest", "Tue Feb 06, 2024 6:40 pm", "I use the app, but it was an hour off last spring."),
    ("old salt", "Wed Feb 07, 2024 7:15 am", "Paper ones, always. Phones die when you need them."),
    ("kelp", "Wed Feb 07, 2024 11:30 am", "Fair point. I keep a copy in the dry bag as well."),
]


def _page(tables: str) -> str:
    return f"""<html><body><h1>Tide tables</h1><div class="wx">{tables}</div>
      <p class="zz">All times are UTC</p></body></html>"""


def _post(n: int, name: str, date: str, text: str) -> str:
    stripe = f"vq{n % 2 + 1}"
    return f"""<table class="tb" cellspacing="1"><tr class="{stripe}"><td align="center">
      <a name="p{n}"></a><b class="qk">{name}</b></td><td><table><tr><td class="gz">
      <div>Subject: Re: Tide tables</div><div><b>Posted:</b> {date}</div></td></tr></table></td>
      </tr><tr class="{stripe}"><td class="pf"><span>Posts: {10 + n}</span></td><td><table>
      <tr><td><div class="ob">{text} {_MORE}</div></td></tr></table></td></tr></table>"""


_MORE = "Anyway, that is how we do it on our side of the water, and it has served us well."


def test_posts_one_table_each_with_striped_rows_are_the_comments():
    tables = "".join(_post(n, *post) for n, post in enumerate(_POSTS))
    found = extract_comments(LexborHTMLParser(_page(tables)), FETCHED)
    assert [(c.author, c.text) for c in found] == [
        (name, f"{text} {_MORE}") for name, _, text in _POSTS[1:]
    ]


def test_topic_rows_one_table_each_give_none():
    tables = "".join(
        f"""<table class="tb"><tr class="vq{n % 2 + 1}"><td><a href="/t/{n}">{text}</a></td>
          <td><b>{name}</b></td><td>{n + 3} replies</td><td>{date}</td></tr></table>"""
        for n, (name, date, text) in enumerate(_POSTS)
    )
    assert extract_comments(LexborHTMLParser(_page(tables)), FETCHED) == []
