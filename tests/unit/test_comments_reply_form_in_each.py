"""A comment list whose every comment holds its own reply form (a hidden "Answer" box), below
a label that the page's own form follows: each block is refused as a form alone, the run of
them is the list, and the page's form above it does not end the region. Blocks that each hold
a form but name no author and no date (episodes with a playlist form) give none, and so does a
run of comments under no label that names them."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2025, 9, 1, 10, 0, tzinfo=UTC)

ENTRIES = [
    ("Oona Brisk", "Tue, 12/08/2025 18:40", "The second half of the episode was the best part."),
    ("Teodor Wynn", "Tue, 12/08/2025 19:05", "Could you share the book you mentioned at the end?"),
]
"""Two comments: too few for a template of three blocks, only the label names them."""

_FORM = """<form><ul class="kv"><li>Guest</li></ul>
  <input type="text" name="name"><textarea name="body" placeholder="Write…"></textarea>
  <button type="submit">Publish</button></form>"""


def _entry(n: int, name: str, date: str, text: str, form: str) -> str:
    return f"""<div class="qa"><img src="/u/{n}.jpg" alt="">
      <div class="qz"><div class="qv"><ul class="kv"><li><a href="/u/{n}">{name}</a></li>
        <li>{date}</li></ul><p>{text}</p><a href="#r{n}">Answer</a></div>
      <div class="qx" id="r{n}">{form}</div></div></div>"""


def _page(label: str, form_in_each: str = _FORM, page_form: str = _FORM) -> str:
    entries = "".join(
        _entry(n, name, date, text, form_in_each) for n, (name, date, text) in enumerate(ENTRIES)
    )
    return f"""<html><head><title>Episode 40</title></head><body>
      <div class="yy"><h1>Episode 40</h1><p>{"The show about long walks and books. " * 5}</p>
      </div><div class="ww">{label}<div class="qa"><img src="/u/0.jpg" alt="">
      <div class="qz">{page_form}</div></div>
      <div class="xq">{entries}</div></div>
      <div class="zz"><p>Copyright 2025</p></div></body></html>"""


def _found(page: str) -> list[tuple[str | None, str]]:
    return [(c.author, c.text) for c in extract_comments(LexborHTMLParser(page), FETCHED)]


def test_comments_that_each_hold_a_reply_form_after_the_pages_form_are_the_list():
    expected = [(name, text) for name, _, text in ENTRIES]
    assert _found(_page('<p class="kk">Comments</p>')) == expected
    assert _found(_page('<p class="kk">Comentarios</p>')) == expected


def test_blocks_each_holding_a_form_under_no_comments_label_give_none():
    assert _found(_page('<p class="kk">Newsletter</p>')) == []


def test_one_comment_with_its_reply_form_after_the_pages_form_is_found():
    page = _page('<p class="kk">Comments</p>').replace(_entry(1, *ENTRIES[1], _FORM), "")
    [(author, text)] = _found(page)
    assert author == ENTRIES[0][0]
    assert text.startswith(ENTRIES[0][2])


def test_episodes_that_each_hold_a_playlist_form_after_a_comments_label_give_none():
    episodes = "".join(
        f"""<div class="qa"><a href="/ep/{n}"><img src="/ep/{n}.jpg" alt=""></a>
          <div class="qz"><a href="/ep/{n}">Episode {n}: walking the coast path</a>
          <p>42 min · 1,20{n} plays</p><form><select name="list"><option>Later</option>
          </select><input type="text" name="note"><button>Add</button></form></div></div>"""
        for n in range(4)
    )
    page = _page('<p class="kk">Comments</p>').replace(
        "".join(_entry(n, *entry, _FORM) for n, entry in enumerate(ENTRIES)), episodes
    )
    assert _found(page) == []
