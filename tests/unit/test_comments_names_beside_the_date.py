"""Of two links to users' pages in a comment, the name beside its date is the author's: the
other is a name its words give ("first posted at … by Bob"). A link whose address is the
site's front page leads to a user's page when a script opens a card of the person over it
(`data-popover-url=/user/profile/ada/`)."""

from __future__ import annotations

from tests.support.comment_pages import comments_of


def _answer(number: int, author: str, named: str) -> str:
    return f"""<div class="qz-{number % 2}" id="qz-{number}"><div class="qz-b">
      <p>Words of answer number {number}, long enough to be read as an answer here.</p>
      <p><strong>NOTE:</strong> This answer was first posted at
      <a href="http://other.example/">Other</a> by
      <a href="http://other.example/users/{number}/{named}">{named}</a></p></div>
      <ul class="qa-k"><li><a href="https://site.example/" class="qz-u"
      data-popover-url="https://site.example/forum/user/profile/{author}/">{author}</a>
      answered <a href="https://site.example/a/{number}"
      title="October 3{number % 2}, 2008 10:2{number} am">16 years ago</a></li></ul></div>"""


def test_the_linked_name_beside_the_date_is_the_author_not_the_one_the_words_name():
    pairs = [("Ada", "oli"), ("Bea", "dove"), ("Cy", "kev"), ("Ada", "max")]
    answers = "".join(_answer(n, author, named) for n, (author, named) in enumerate(pairs, 1))
    found = comments_of(f'<div class="qz-list">{answers}</div>')
    assert [c.author for c in found] == ["Bea", "Cy", "Ada"]
    assert found[0].text.startswith("Words of answer number 2")
