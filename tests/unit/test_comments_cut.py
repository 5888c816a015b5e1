"""Where a comment begins and ends: the author's line, the text and the replies of one item
cut apart right, on small pages written here."""

from __future__ import annotations

from datetime import timedelta

from tests.support.comment_pages import FETCHED, comments_of, rows


def _agreper_comment(name: str, shown: str, words: str, reply: str = "") -> str:
    return f"""<div class="comment"><span class="small">
      <i><a href="/user/{name}/">{name}</a> - {shown}</i> |
      <a href="/thread/1/#"> thread</a></span><input type="checkbox" class="collapse small">
      <div><p>{words}</p><sup><a href="/comment/1/">reply</a></sup>{reply}</div></div>"""


def test_a_date_shown_as_text_in_the_author_line_leaves_the_text():
    markup = _agreper_comment(
        "ada",
        "1 year ago (last modified 2 months ago)",
        "I wonder which hosting you're using",
        _agreper_comment("bo", "2 years ago", "yup"),
    ) + _agreper_comment("cy", "2 years ago", "nice!")
    found = comments_of(markup)
    assert rows(found) == [
        ("ada", "I wonder which hosting you're using", None),
        ("bo", "yup", 0),
        ("cy", "nice!", None),
    ]
    assert found[0].posted_text == "1 year ago"
    assert found[0].posted_at is not None
    assert FETCHED - found[0].posted_at > timedelta(days=360)
