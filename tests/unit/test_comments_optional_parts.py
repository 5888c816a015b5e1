"""Comments whose markup varies from one to the next (issue #13, the fresh14 split): an
optional part of a byline, answers beside the comments under them, replies of a second shape."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments
from flows.parse.comments.meta_line import read_meta_line
from tests.support.comment_pages import FETCHED, comments_of


def test_a_bracketed_count_after_a_yearless_date_leaves_the_byline_readable():
    meta = read_meta_line("posted by Ada at 7:17 PM on May 2 [3 favorites]", FETCHED)
    assert meta is not None and meta.author == "Ada"
    assert meta.posted_at == datetime(2024, 5, 2, 19, 17, tzinfo=UTC)


def test_comments_whose_byline_adds_a_count_stay_beside_those_without_it():
    row = (
        '<a name="{n}"></a><div class="comments">{text}<br><span class="small">posted by '
        '<a href="/user/{n}">{name}</a> at <a href="#{n}">7:1{n} PM</a> on May 2{extra}'
        "</span></div><br><br>"
    )
    extra = ' [<a href="/favorited/{n}">3 favorites</a>]'
    rows = [
        (1, "Ada", "See, this was needed.", ""),
        (2, "Bob", "Something to replace the void.", extra),
        (3, "Cy", "I laughed at the headline.", ""),
        (4, "Dee", "Needs a sequel, clearly.", extra),
    ]
    body = "".join(
        row.format(n=n, name=name, text=text, extra=more.format(n=n))
        for n, name, text, more in rows
    )
    found = comments_of(f"<h2>Comments</h2>{body}")
    assert [(c.author, c.text) for c in found] == [(name, text) for _, name, text, _ in rows]


def _answer(n: int, name: str, text: str, *, author_inside: bool = True) -> str:
    author = (
        f'<div class="replyer" id="replyer-{n}"><a href="/usercenter?uid={n}">'
        f'<span class="uname">{name}</span></a><span class="time">2021-10-1{n}</span></div>'
    )
    body = f'<div class="line content"><div class="text"><p>{text}</p></div></div>'
    if author_inside:
        return f'<div class="bd answer fold" id="answer-{n}">{author}{body}</div>'
    return f'<div class="best" id="best-answer-{n}">{author}<div class="bd answer" id="answer-{n}">{body}</div></div>'


def test_a_best_answer_laid_out_apart_from_the_others_is_one_of_them():
    best = _answer(1, "Ada", "The network warns 83 seconds before the quake.", author_inside=False)
    others = "".join(
        _answer(n, name, text)
        for n, name, text in [
            (2, "Bob", "It is precise to the second, as reported."),
            (3, "Cy", "Quite precise for most of the sudden quakes."),
            (4, "Dee", "Very precise, down to the minute it strikes."),
        ]
    )
    page = (
        "<html><body><h1>How precise is the quake warning network?</h1>"
        '<div class="ask"><p>The news says it warns before each quake.</p></div>'
        f'<div class="count">4 answers</div><div id="best">{best}</div>'
        f'<div class="answers" id="answers"><div class="wrap">{others}</div></div></body></html>'
    )
    found = extract_comments(LexborHTMLParser(page), FETCHED)
    assert [c.author for c in found] == ["Ada", "Bob", "Cy", "Dee"]
    assert found[0].text == "The network warns 83 seconds before the quake."


def _answer_item(name: str, day: int, text: str, comments: str, title: str = "") -> str:
    return (
        f'<div class="answer-item">{title}<article class="fmt"><p>{text}</p></article>'
        f'<div class="d-flex"><a href="/users/{name}">{name}</a>'
        f'<time datetime="2024-02-{day:02d}T07:35:59Z">answered Feb {day}</time></div>'
        f'<div class="wrap">{comments}</div></div>'
    )


def _comment_item(name: str, day: int, text: str) -> str:
    return (
        f'<div class="comment-item"><div class="fmt"><p>{text}</p></div>'
        f'<a href="/users/{name}">{name}</a> • <time datetime="2024-02-{day:02d}T09:00:00Z">'
        f"Feb {day}</time></div>"
    )


def test_answers_around_the_comments_a_page_names_are_comments_their_replies_under_them():
    answers = _answer_item(
        "Lin",
        22,
        "For most APIs the flow runs from the router to the controller.",
        _comment_item("kari", 22, "Thanks very much"),
    ) + _answer_item("Kal", 23, "Thank you for the reply, but I can see the docs here.", "")
    page = (
        "<html><body><h1>How to add a new API?</h1><p>I want to add an API.</p>"
        f'<div class="main"><div class="head">2 Answers</div>{answers}</div></body></html>'
    )
    found = extract_comments(LexborHTMLParser(page), FETCHED)
    assert [(c.author, c.parent) for c in found] == [("Lin", None), ("kari", 0), ("Kal", None)]


def test_entries_under_titles_linking_to_their_pages_stay_out_of_their_comments():
    entries = "".join(
        _answer_item(
            name,
            day,
            "Today I went to the market and bought some fresh bread.",
            _comment_item("reader", day, "Nice bread, where was it?"),
            title=f'<h2><a href="/entry/{day}">Day {day}</a></h2>',
        )
        for name, day in [("Lin", 22), ("Kal", 23)]
    )
    page = f'<html><body><div class="main">{entries}</div></body></html>'
    found = extract_comments(LexborHTMLParser(page), FETCHED)
    assert [c.author for c in found] == ["reader", "reader"]


def _reply_row(name: str, minute: int, text: str, to: str = "") -> str:
    replied = f'<span class="reply-name">reply</span><a href="#/u?s={to}">{to}</a>' if to else ""
    mark = "" if to else '<span class="reply-name">:</span>'
    return (
        f'<div class="reply-item"><div class="header-wrap"><div class="username">'
        f'<a href="#/u?s={name}" class="user-link">{name}</a>{mark}{replied}</div>'
        f'<div class="place">Shanghai</div></div><div class="base-wrap"><div class="content">'
        f'<span>{text}</span></div><div class="switch"><span class="time-item">'
        f"2023-07-07 03:{minute:02d}</span></div></div></div>"
    )


def _comment_card(name: str, minute: int, text: str, replies: str) -> str:
    return (
        f'<div class="comment-item"><div class="head"><span class="nickname-wrap">'
        f'<a href="#/u?s={name}" class="username-link">{name}</a></span></div><div class="desc"><p>{text}</p></div><div class="footer">'
        f'<span class="time-item">2023-07-06 23:{minute:02d}</span>'
        f'<div class="reply-wrap">{replies}</div></div></div>'
    )


def test_rows_alike_inside_named_comments_are_their_replies_whatever_they_are_named():
    body = _comment_card(
        "henry",
        19,
        "Big messengers end up controlled.",
        _reply_row("alimy", 56, "A small group needs it very much."),
    ) + _comment_card(
        "beiye",
        41,
        "This app looks familiar.",
        _reply_row("alimy", 48, "Bosses want a story for investors.")
        + _reply_row("henry", 49, "Technically chats should be private.")
        + _reply_row("yan", 50, "It makes no money.", to="alimy"),
    )
    found = comments_of(f'<div class="comments">{body}</div>')
    assert [(c.author, c.text, c.parent) for c in found] == [
        ("henry", "Big messengers end up controlled.", None),
        ("alimy", "A small group needs it very much.", 0),
        ("beiye", "This app looks familiar.", None),
        ("alimy", "Bosses want a story for investors.", 2),
        ("henry", "Technically chats should be private.", 2),
        ("yan", "It makes no money.", 2),
    ]


def test_one_box_around_every_named_comment_is_their_topic_not_an_answer():
    comments = "".join(
        _comment_item(name, day, text)
        for name, day, text in [
            ("ann", 21, "Amazing work, I can't wait."),
            ("bo", 22, "When is the map going to be released?"),
            ("cy", 23, "It will be part of the next version."),
        ]
    )
    news = _answer_item(
        "Editor", 20, "A new tower defence map joins the mod this winter.", comments
    )
    page = (
        '<html><body><div class="main">'
        f'{news}<div class="answer-item"><p>More news from the team</p></div></div></body></html>'
    )
    found = extract_comments(LexborHTMLParser(page), FETCHED)
    assert [(c.author, c.parent) for c in found] == [("ann", None), ("bo", None), ("cy", None)]
