"""A forum topic saved without dates or post numbers: the topic's title, then blocks of one
template, each a portrait with no label, the poster's name and the words. The first block
follows the title (the topic's opening post, the article); the others are the comments, read
whole (a block without a digit too: the list's others, which show some, make it one), as one
of their writers posts twice. The same blocks where no name shows twice (a list of people, each
with a few lines of their own) give none."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2025, 9, 1, 10, 0, tzinfo=UTC)

POSTS = [
    ("marla_v", "I met a studio that wants to make a cartoon with our community in 2026. Ideas?"),
    ("okonkwo", "Shows cost a lot. Start with storyboards and let people see the idea first."),
    ("petra.s", "A street of 12 houses where each family is one of ours would be a fine setting."),
    ("okonkwo", "And a 5 minute pilot could be paid for by the grants program before anything."),
    ("dune", "I would watch that, as long as the songs are good and the jokes are short."),
]


def _page(posts: list[tuple[str, str]]) -> str:
    blocks = "".join(
        f"""<div class="qa"><div class="qb"><img src="i/p.png" class="qc"></div>
        <div class="qd"><div class="qe">{name}</div><div class="qf"><p>{text}</p></div></div>
        </div>"""
        for name, text in posts
    )
    return f"""<html><head><title>Cartoon questions</title></head><body>
      <div class="zz"><a href="/">Home</a></div><div class="zy">Archived copy</div>
      <h1 class="zx">Cartoon questions</h1>{blocks}</body></html>"""


def test_an_undated_topic_gives_its_replies_when_a_writer_posts_twice():
    found = extract_comments(LexborHTMLParser(_page(POSTS)), FETCHED)
    assert [(c.author, c.text, c.posted_at) for c in found] == [
        (name, text, None) for name, text in POSTS[1:]
    ]


def test_undated_blocks_where_no_name_shows_twice_give_none():
    people = [*POSTS[:3], ("wren", POSTS[3][1]), POSTS[4]]
    assert extract_comments(LexborHTMLParser(_page(people)), FETCHED) == []
