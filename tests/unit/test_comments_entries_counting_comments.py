"""A list of entries, each ending with a link to a page of its own comments by their count ("253
Comments", "Comments (1)"), is a blog's or a news list's stories, not readers' comments; one
reader who links to a count of comments elsewhere stays a reader."""

from __future__ import annotations

from tests.support.comment_pages import comments_on_a_bare_page

_ITEM = """<div class="news">
  <div class="head">by <b>{who}</b> on {day}.03.2009 - 20:1{day}</div>
  <div class="body">{words}</div>
  <div class="foot">( 311{day}x read | <a href="news_comments.2{day}.html">{count}</a> )</div>
</div>"""

_ITEMS = [
    ("Soulblade", 1, "The new season starts tonight and the ladder is open to every team again."),
    ("Keydon", 2, "We moved the server to a faster host, so the lag of last week should be gone."),
    ("Keydon", 3, "Three new members joined the clan this month; say hello on the board please."),
    ("Mind", 4, "The tournament was a success and we reached the final after a long evening."),
]


def _news(counts: list[str]) -> str:
    return "<h1>News</h1>" + "".join(
        _ITEM.format(who=who, day=day, words=words, count=count)
        for (who, day, words), count in zip(_ITEMS, counts, strict=True)
    )


def test_entries_linking_to_their_own_comments_by_a_count_are_no_comments():
    counts = ["253 Comments", "Comments (4)", "12 comments »", "0 Comments"]
    assert comments_on_a_bare_page(_news(counts)) == []


def test_one_block_linking_to_a_count_of_comments_leaves_the_others_comments():
    plain = comments_on_a_bare_page(_news(["Reply"] * 4))
    found = comments_on_a_bare_page(_news(["253 Comments", "Reply", "Reply", "Reply"]))
    assert [c.author for c in found] == [c.author for c in plain] == ["Keydon", "Keydon", "Mind"]


def test_a_commenters_card_counting_their_comments_before_the_words_is_kept():
    card = _ITEM.replace(
        '<div class="head">by <b>{who}</b>',
        '<div class="head">by <b>{who}</b> <a href="/user/{who}/comments">{count}</a>',
    ).replace('<a href="news_comments.2{day}.html">{count}</a>', "Reply")
    page = "<h1>News</h1>" + "".join(
        card.format(who=who, day=day, words=words, count=f"Comments ({day}875)")
        for who, day, words in _ITEMS
    )
    found = comments_on_a_bare_page(page)
    assert [c.text for c in found] == [words for _, _, words in _ITEMS[1:]]
