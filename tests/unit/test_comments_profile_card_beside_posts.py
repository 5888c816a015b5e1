"""Forum posts laid out as one table each, a poster's card in one cell (the name, then
labelled fields: "Posts: 12", "Joined: <span>2011-03-02</span>") and the post in the other
(its date, its words), where no class word says which is which: the date a profile label names
just before it is the poster's, not the post's, and the card, longer than a short reply and
showing the same labels in every post, is not the post's text."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments
from flows.parse.comments.block_dates import Dates
from flows.parse.comments.slots import _a_profile_card

FETCHED = datetime(2025, 9, 1, 10, 0, tzinfo=UTC)

POSTS = [
    ("kestrel", "2", "1804", "2012-05-14", "2025-08-20 09:12", "The ferry runs at nine."),
    ("marlow", "3", "77", "2023-11-02", "2025-08-20 09:40", "Thanks!"),
    ("kestrel", "4", "1804", "2012-05-14", "2025-08-20 10:03", "See you on the pier then."),
    ("oona_b", "5", "402", "2019-01-30", "2025-08-20 11:27", "Take a coat, it gets cold."),
]


def _post(name: str, floor: str, posts: str, joined: str, posted: str, text: str) -> str:
    return f"""<table class="qa"><tr>
      <td class="qb"><div><a href="/u/{name}"><b>{name}</b></a><br>
        <span class="qc">UID: <span class="qd">{posts}0</span><br>
        Posts: <span class="qd">{posts}</span><br>
        Credits: <span class="qd">{posts}3 G</span><br>
        Joined: <span class="qe">{joined}</span><br>
        Last login: <span class="qe">2025-08-31</span></span></div></td>
      <td class="qf"><div class="qg"><span class="qh"><a href="#p{floor}">#{floor}</a></span>
        <span class="qh">{posted}</span> <a href="/only/{name}">Only this poster</a></div>
        <div class="qi">{text}</div></td></tr></table>"""


def _page(posts: list[tuple[str, str, str, str, str, str]]) -> str:
    return f"""<html><head><title>Ferry times</title></head><body>
      <h1>Ferry times</h1><p>When does the first ferry leave for the island in August?</p>
      <div class="qz">{"".join(_post(*post) for post in posts)}</div></body></html>"""


def test_posts_beside_a_poster_s_card_are_dated_by_their_own_line_and_keep_short_words():
    found = extract_comments(LexborHTMLParser(_page(POSTS)), FETCHED)
    assert [(c.author, c.text, c.posted_text) for c in found] == [
        (name, text, posted) for name, _, _, _, posted, text in POSTS
    ]


def test_a_date_a_profile_label_names_before_it_is_no_post_s_date():
    html = """<div>Posts: <span>29</span><br>注册时间: <span id="a">2019-07-26</span><br>
      <dl><dt>Dabei seit</dt><dd id="b">02.01.2007</dd></dl>
      <span>Re:</span> <span id="c">2024-01-05 10:00</span></div>"""
    tree = LexborHTMLParser(html)
    dates = Dates(FETCHED)
    assert dates.of(tree.css_first("#a")) is None
    assert dates.of(tree.css_first("#b")) is None
    assert dates.of(tree.css_first("#c")) is not None


def test_readers_words_with_a_few_labels_are_no_profile_card():
    cards = [f"UID: {n} Posts: {n}9 Joined: 2019-07-2{n}" for n in range(5)]
    words = [
        "Note: the ferry is late. Tip: take the bus.",
        "Q: when? A: at nine. PS: bring cash.",
        "Update: fixed. Cause: a typo. Thanks: all of you.",
        "Me too.",
        "Warning: cold. Advice: a coat. Source: the captain.",
    ]
    assert _a_profile_card(cards, 4)
    assert not _a_profile_card(words, 4)


def test_a_members_list_dated_by_when_each_joined_gives_no_comments():
    rows = "".join(
        f"""<li class="qm"><a href="/u/{name}"><b>{name}</b></a>
          <span class="qn">Joined: <span>201{n}-0{n}-1{n}</span></span>
          <span class="qn">Posts: <span>{n}42</span></span>
          <span class="qp">Lives in {town}, likes sailing, old maps and the {n} islands</span></li>"""
        for n, (name, town) in enumerate(
            [("kestrel", "Oban"), ("marlow", "Mull"), ("oona_b", "Iona"), ("tarn", "Skye")], 1
        )
    )
    html = f"""<html><body><h1>Members</h1><ul class="ql">{rows}</ul></body></html>"""
    assert extract_comments(LexborHTMLParser(html), FETCHED) == []
