"""Blocks dated only by an age in words ("about an hour ago", "yesterday"), no digit and no
`time` element in them, are judged as comments like their dated siblings. A small page
written here, its class names made up."""

from __future__ import annotations

from tests.support.comment_pages import comments_of


def test_blocks_dated_by_an_age_in_words_are_comments_like_their_siblings() -> None:
    posts = [
        ("Ada", "about 11 minutes ago", "Someone made a video about this book, it is great."),
        ("Bo", "about an hour ago", "Lol, and that book is for kids? Interesting choice."),
        ("Cy", "yesterday", "Love it, kisses from Portugal and see you soon."),
    ]
    block = """<div class="qv"><a class="zx" href="/user/{name}">{name}</a>
      <span class="yy">{age}</span><div class="wk">{text}</div></div>"""
    page = (
        "<h2>Comments</h2><div>"
        + "".join(block.format(name=name, age=age, text=text) for name, age, text in posts)
        + "</div>"
    )
    assert [(c.author, c.text) for c in comments_of(page)] == [
        (name, text) for name, _, text in posts
    ]
