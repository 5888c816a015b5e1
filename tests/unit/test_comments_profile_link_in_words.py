"""A link to a user's page is the comment's author on a byline's line, however many words
the line holds, and a person the words name when set amid a sentence (see the cited threads'
test of that)."""

from __future__ import annotations

from tests.support.comment_pages import comments_of


def _block(name: str, day: int, text: str) -> str:
    return f"""<div class="qa"><div class="vo"><p>{text}</p></div>
      <p class="kv">posted by <a href="/users/{name}">{name}</a> on Aug {day}, 2012 9:37 AM
      MST from the mobile site <a href="#r">reply</a> <a href="#a">actions</a></p></div>"""


def test_a_long_byline_linking_the_commenters_page_keeps_the_author():
    people = (("Ada", 3), ("Bo", 4), ("Cy", 5))
    markup = (
        "<div class='mm'>"
        + "".join(
            _block(name, day, f"Day {day} of the thread, said twice.") for name, day in people
        )
        + "</div>"
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        (name, f"Day {day} of the thread, said twice.") for name, day in people
    ]
