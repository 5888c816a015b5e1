"""A name written straight before the comment's date in one element, no element of its own
("- Anonymous <abbr title=…>May 15, 2008</abbr> | Flag Reply"), is the author's."""

from __future__ import annotations

from tests.unit.test_comments_scrambled_forums import comments_of


def _answer(number: int, author: str) -> str:
    words = f"Words of the answer number {number}, which explain how to solve the puzzle."
    date = f'<abbr class="qt" title="2008-05-1{number}T02:37:53Z">May 1{number}, 2008</abbr>'
    return f"""<div class="qv" id="qv{number}"><div class="qk">{number} of {number} votes</div>
      <div class="qb"><p>{words}</p>
      <span class="qa"> - {author} {date}
      <span> | <a href="/flagcomment?id={number}">Flag</a>
      <a class="qr" id="qr{number}">Reply</a></span></span></div></div>"""


def test_a_name_written_before_the_date_in_its_line_is_the_author():
    answers = "".join(
        _answer(n, name) for n, name in enumerate(["Anonymous", "lensbo", "Charlie", "lensbo"], 1)
    )
    question = "<h1>Topic</h1><p>" + "The question text. " * 10 + "</p>"
    found = comments_of(f'{question}<div class="ql">{answers}</div>')
    assert [c.author for c in found] == ["lensbo", "Charlie", "lensbo"]
    assert found[0].text.startswith("Words of the answer number 2")
