"""A heading that counts the comments beside a link to the reply form ("One comment · Add your
comment") still announces the list, whatever the classes say: the link's words ask for a new
comment, the heading's own words name the list. A heading whose only comment word is in its
link, or whose own words name a widget, announces none."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2025, 9, 1, 10, 0, tzinfo=UTC)

ENTRIES = [
    ("Harriet Vale", "June 3rd, 2025 4:12 pm", "The east path floods every spring, bring boots."),
]
"""One comment: no template of three blocks finds it, only the heading over it does."""


def _page(heading: str) -> str:
    entries = "".join(
        f"""<div class="wv qa" id="xz-{n}"><div class="jq"><p class="zk">{name}</p>
          <p class="zx">{date}</p></div><div class="jq kw"><p>{text}</p>
          <ul class="vv"><li><a href="#xz-{n}">Link</a></li></ul></div></div>"""
        for n, (name, date, text) in enumerate(ENTRIES)
    )
    return f"""<html><head><title>River walk</title></head><body>
      <div class="qq"><h1>River walk</h1><p>{"The walk follows the river for six miles. " * 5}</p>
      </div><div class="yy">{heading}<a name="c"></a>{entries}</div>
      <div class="zz"><p>Copyright 2025</p></div></body></html>"""


def test_a_count_beside_a_link_to_the_form_announces_the_list():
    heading = '<h4 class="kk">One comment <span><a href="#add">Add your comment</a></span></h4>'
    found = extract_comments(LexborHTMLParser(_page(heading)), FETCHED)
    assert [(c.author, c.text) for c in found] == [(name, text) for name, _, text in ENTRIES]


def test_a_heading_whose_comment_word_is_only_in_its_link_announces_nothing():
    for heading in (
        '<h4 class="kk">Tell us</h4>',
        '<h4 class="kk">Tell us <a href="#add">Leave a comment</a></h4>',
        '<h4 class="kk">Recent comments <a href="/feed">RSS</a></h4>',
    ):
        assert extract_comments(LexborHTMLParser(_page(heading)), FETCHED) == []
