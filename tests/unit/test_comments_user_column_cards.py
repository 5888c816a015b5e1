"""A user column's card that heads each post's text may run past the first lines the card is
looked for in: an optional field few posts show ("Age: 55") does not end it, and the count
below it ("Posts: 1,690") goes with it."""

from __future__ import annotations

from tests.support.comment_pages import comments_of

ITEM = """<div class="qv" id="post{n}"><div class="qd">{n} May 2024, 10:15</div>
  <div class="qk"><a href="/members/{n}-{name}">{name}</a></div>
  <div class="qm">#<br>{n}<br>(<br>)<br>Join Date: {joined}<br>Location: {place}<br>{age}Posts: {posts}<br>
  <p>{text}</p></div></div>"""
POSTS = [
    (
        "ada",
        "May 2003",
        "Leeds",
        "55",
        "1,690",
        "Whoops, fairly dramatic, the footage and the debris.",
    ),
    (
        "bola",
        "Jun 2019",
        "Milano",
        "",
        "23",
        "The video was also posted a few moments ago, it seems.",
    ),
    (
        "chi",
        "Jan 2008",
        "Perth",
        "73",
        "121",
        "Looks mostly contained, but a few blades are missing.",
    ),
    ("dayo", "Feb 2011", "Lagos", "", "20", "The high vibration would support a fan blade issue."),
    (
        "eke",
        "Mar 2015",
        "Accra",
        "",
        "3",
        "Local radio has the tower audio, about what you expect.",
    ),
]


def test_an_optional_field_does_not_end_the_card_heading_the_text():
    items = "".join(
        ITEM.format(
            n=n,
            name=name,
            joined=joined,
            place=place,
            age=f"Age: {age}<br>" if age else "",
            posts=posts,
            text=text,
        )
        for n, (name, joined, place, age, posts, text) in enumerate(POSTS, 2)
    )
    found = comments_of(f'<div id="posts">{items}</div>')
    assert [(c.author, c.text) for c in found] == [(post[0], post[-1]) for post in POSTS]
