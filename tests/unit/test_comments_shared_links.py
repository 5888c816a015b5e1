"""A reply that is only a link to a story, titled with the story's headline: a reader sharing
a link among posts of their own words, while a list whose rows are mostly such links is a
feed of cards, and a row that is one linked word (a commit) is a record of what was done."""

from __future__ import annotations

from tests.support.comment_pages import comments_of

_LINK = '<a href="https://news.example.com/story-123">Airliner crashes near the airport | News</a>'
_WORDS = [
    "I sold half of it yesterday, the report was weaker than I hoped.",
    "Bought more on the dip this morning, the chart looks fine.",
    "Nobody knows where the rate goes next month, so I am waiting.",
    _LINK,
    "The dividend still looks safe to me, they have cash for two years.",
]


def _post(number: int, text: str) -> str:
    return f"""<div id="post{number}"><div><a href="/members/u{number}/">user{number}</a>
      12th Jun 2025, 10:{number:02d}</div><div>{text}</div></div>"""


def test_a_lone_reply_that_is_only_a_linked_headline_is_a_comment():
    page = "".join(_post(n, _WORDS[n % 5]) for n in range(1, 6))
    assert [(c.author, c.text) for c in comments_of(page)][-4:] == [
        ("user2", _WORDS[2]),
        ("user3", "Airliner crashes near the airport | News"),
        ("user4", _WORDS[4]),
        ("user5", _WORDS[0]),
    ]


def test_rows_that_are_mostly_linked_headlines_are_no_comments():
    page = "".join(
        _post(n, f'<a href="https://news.example.com/story-{n}">Story {n} about the crash</a>')
        for n in range(1, 6)
    )
    assert comments_of(page) == []


def test_a_lone_row_that_is_only_a_linked_word_is_no_comment():
    words = [*_WORDS[:3], '<a href="https://git.example.com/commit/e0f869">e0f869</a>', _WORDS[4]]
    page = "".join(_post(n, words[n % 5]) for n in range(1, 6))
    assert [c.author for c in comments_of(page)][-3:] == ["user2", "user4", "user5"]
