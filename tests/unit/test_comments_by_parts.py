"""Comments found by their parts on markups no rule names, from small pages written here."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments import extract_comments
from flows.times import find_datetime

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def comments_of(body: str) -> list[Comment]:
    html = f"<html><body><h1>Topic</h1><p>The topic's opening words.</p>{body}</body></html>"
    return extract_comments(LexborHTMLParser(html), FETCHED)


def _post(number: int, name: str, text: str) -> str:
    return f"""<div class="row item">
      <div class="author-name"><a href="/user/{name}">{name}</a></div>
      <div class="box"><a href="/p/{number}"><time datetime="2020-02-0{number}T10:33:17">
        2 Feb</time></a> <strong>#{number}</strong>
        <div class="body" id="pid{2800 + number}"><p>{text}</p></div></div>
    </div>"""


def test_posts_are_the_blocks_around_their_numbered_text():
    page = "".join(
        _post(n, name, text)
        for n, name, text in [
            (1, "ada", "How do I install this on my machine at home?"),
            (2, "bo", "Which steps did you take, and what failed?"),
            (3, "cy", "The guide in the wiki covers it step by step."),
        ]
    )
    found = [(c.author, c.text) for c in comments_of(page)]
    assert found == [
        ("bo", "Which steps did you take, and what failed?"),
        ("cy", "The guide in the wiki covers it step by step."),
    ]


def test_rows_that_are_only_a_byline_are_no_posts():
    rows = "".join(
        f"""<tr><td class="title"><a href="https://example.com/{n}">Story {n}</a></td></tr>
        <tr><td></td><td class="subtext">
          <span id="score_{n}">{n} points</span>
          by
          <a href="user?id={name}">{name}</a>
          {n} hours ago  |
          <a href="item?id={n}">{n} comments</a>
        </td></tr>"""
        for n, name in [(4, "kine"), (5, "miohtama"), (6, "lasonrisa")]
    )
    assert comments_of(f"<table>{rows}</table>") == []


def test_a_year_first_date_glued_to_chinese_words_is_read():
    assert find_datetime("来自Android客户端3楼2022-11-26 15:19", FETCHED) is not None
    assert find_datetime("build v2022-11-26", FETCHED) is None


def _floor(name: str, text: str, hidden: str, style: str = "display: none") -> str:
    return f"""<div class="floor">
      <div class="p_author_name">{name}</div>
      <div class="post_content">
        <div class="tip_content" style="{style}">{hidden}</div>
        <div class="reply_content">{text}</div>
      </div>
      <div class="tail">来自Android客户端2楼2022-11-26 15:19</div>
    </div>"""


@pytest.mark.parametrize("style", ["display: none", "visibility:hidden"])
def test_a_notice_styled_out_of_sight_is_not_the_text(style: str):
    notice = "该楼层疑似违规已被系统折叠"
    page = (
        '<div id="comments">'
        + "".join(
            _floor(name, text, notice, style)
            for name, text in [("张三", "随缘吧"), ("李四", "现在这社会佛系别想了")]
        )
        + "</div>"
    )
    assert [(c.author, c.text) for c in comments_of(page)] == [
        ("张三", "随缘吧"),
        ("李四", "现在这社会佛系别想了"),
    ]


def test_replies_that_all_say_they_were_deleted_are_no_comments():
    replies = "".join(
        f"""<li class="reply"><span class="username">{name}</span>
        <time datetime="2024-10-0{day}T10:00:00">{day} Oct</time>
        <div class="content">此回复已被删除！</div></li>"""
        for day, name in [(1, "WTF"), (2, "Erufael"), (3, "LB_")]
    )
    assert comments_of(f'<ul class="comments">{replies}</ul>') == []


def _card(number: int, name: str, day: int, text: str) -> str:
    return f"""<div class="relative w-full mb-5"><div class="relative pl-6 py-8" id="{number}">
      <div class="flex"><a href="/{name}"><img src="/{name}.jpg"></a>
      <div class="flex flex-col"><div class="flex items-center text-sm">
        <a href="/{name}" class="font-bold theme-text-solid">{name}</a>
        <span class="theme-text-muted">・</span>
        <p class="theme-text-muted text-xs">May {day}th, 2024 07:53 PM</p></div>
      <div class="prose">{text}</div></div></div></div></div>"""


def test_cards_numbered_by_bare_ids_with_utility_classes_are_read():
    page = (
        "<h2>Answers</h2><div>"
        + "".join(
            _card(12470 + day, name, day, text)
            for day, name, text in [
                (8, "haleem", "<p>Is there a way to keep the page out of the query string?</p>"),
                (9, "bobby", "<p>Try setting the page name to something else.</p>"),
            ]
        )
        + "</div>"
    )
    assert [(c.author, c.text) for c in comments_of(page)] == [
        ("haleem", "Is there a way to keep the page out of the query string?"),
        ("bobby", "Try setting the page name to something else."),
    ]


def _thread(name: str, text: str, *, guest: bool = False) -> str:
    who = (
        f'<li class="uname2">{name}</li>'
        if guest
        else (f'<li class="uname"><a href="user.php3?idUser=8288"><b>{name}</b></a></li>')
    )
    return f"""<div class="user-thread"><ul class="uinfo2">{who}
      <li class="upost"><time>22 Jul 2020</time></li></ul>
      <p class="uopin">{text}</p></div>"""


def test_reader_comments_in_a_main_column_named_for_reviews_are_read():
    page = f"""<div class="main main-review"><h1>A phone maker signs a footballer</h1>
      <p>The story.</p><div id="user-comments"><h2>Reader comments</h2>
      {_thread("Johnrb", "He will be earning a nice wedge for it.")}
      {_thread("Carol", "These brands are all alike.", guest=True)}</div></div>"""
    assert [(c.author, c.text) for c in comments_of(page)] == [
        ("Johnrb", "He will be earning a nice wedge for it."),
        ("Carol", "These brands are all alike."),
    ]


def _reply(name: str, epoch: int, shown: str, text: str, link: str = "") -> str:
    return f"""<div><div class="w-full bg-white mb-1"><div class="px-4">
      <div class="flex items-center gap-2"><div class="html-content__ePjqJ font-medium">{name}
      </div><time class="text-xs" datetime="{epoch}">{shown}</time></div>{link}
      <div class="html-content__ePjqJ">{text}</div></div></div></div>"""


def test_cards_found_by_their_dates_alone_are_read():
    page = (
        "<section>"
        + "".join(
            _reply(name, 1710246236 + n, f"12-03-2024 20:{n:02d}", text)
            for n, (name, text) in enumerate(
                [
                    ("bang.toyip", "Gantung jodoh boleh, tapi tridnya jangan digantung."),
                    ("babiisrael", "Gantung semvak aja gan daripada bikin cerita."),
                    ("cahlenong", "Tapi ceritanya jangan digantung juga gan."),
                ]
            )
        )
        + "</section>"
    )
    assert [c.author for c in comments_of(page)] == ["bang.toyip", "babiisrael", "cahlenong"]


def test_dated_teasers_linking_to_their_comment_counts_are_no_comments():
    page = (
        "<section>"
        + "".join(
            _reply(
                name,
                1710246236 + n,
                f"12-03-2024 20:{n:02d}",
                "The first lines of a post on another page of this blog.",
                link=f'<a href="/post/{n}#comments">{n + 2}コメント</a>',
            )
            for n, name in enumerate(["ada", "bo", "cy"])
        )
        + "</section>"
    )
    assert comments_of(page) == []


def test_feed_cards_whose_text_is_a_linked_headline_are_no_comments():
    cards = "".join(
        f"""<div class="card"><a class="title" href="https://example.com/article/{n}">{title}</a>
        <div class="footer"><span class="author">{source}</span>
        <span class="time">2024-05-2{n} 10:00</span></div></div>"""
        for n, (title, source) in enumerate(
            [("中国最长跨市地铁要来了", "中国新闻周刊"), ("郎平又去探望汤淼了", "光明网")]
        )
    )
    assert comments_of(f'<div class="comments">{cards}</div>') == []


def _hashed_card(name: str, day: int, text: str) -> str:
    return f"""<div class="css-12lrug2"><div class="css-1uahsnc">
      <p class="css-c9r6uj">{name}</p><span class="css-1sxp36k">{day} March 2023</span>
      <div class="css-15v5bh"><p>{text}</p></div></div></div>"""


def test_a_list_named_only_by_its_test_id_is_a_comment_region():
    cards = "".join(
        _hashed_card(name, day, text)
        for name, day, text in [
            ("Ada Obi", 3, "A lovely film, thank you for sharing it with us."),
            ("Bo Lund", 4, "The music at the end is beautiful, who wrote it?"),
        ]
    )
    found = [
        (c.author, c.text) for c in comments_of(f'<div data-testid="comments-list">{cards}</div>')
    ]
    assert found == [
        ("Ada Obi", "A lovely film, thank you for sharing it with us."),
        ("Bo Lund", "The music at the end is beautiful, who wrote it?"),
    ]
    assert comments_of(f'<div data-testid="video-list">{cards}</div>') == []


def _undated_card(name: str, shown: str, text: str) -> str:
    return f"""<div class="x1"><a class="x2" href="/user/{name.lower()}">{name}</a>
      <div class="x3">{text}</div><div class="x4"><abbr>{shown}</abbr></div></div>"""


def _two_cards(first: str, second: str) -> str:
    return (
        "<h2>Comments</h2><div>"
        + _undated_card("Ada", first, "Can I make this without a stand mixer at all?")
        + _undated_card("Bo", second, "Yes, knead it by hand for ten minutes or so.")
        + "</div>"
    )


TWO_COMMENTS = [
    ("Ada", "Can I make this without a stand mixer at all?"),
    ("Bo", "Yes, knead it by hand for ten minutes or so."),
]


def test_a_line_that_is_only_a_short_time_ago_is_a_date():
    found = comments_of(_two_cards("11m", "2y"))
    assert [(c.author, c.text) for c in found] == TWO_COMMENTS
    assert [c.posted_at for c in found] == [
        FETCHED - timedelta(minutes=11),
        FETCHED - timedelta(days=730),
    ]
    for first, second in [("3 h", "2 years"), ("3 Std.", "2 sem")]:
        assert [(c.author, c.text) for c in comments_of(_two_cards(first, second))] == TWO_COMMENTS
    assert comments_of(_two_cards("12 likes", "3 replies")) == []


def test_a_line_that_is_only_a_day_and_month_is_the_last_such_day():
    found = comments_of(_two_cards("Jun 14", "15 Dec"))
    assert [(c.author, c.text) for c in found] == TWO_COMMENTS
    assert [c.posted_at for c in found] == [
        datetime(2024, 6, 14, tzinfo=UTC),
        datetime(2023, 12, 15, tzinfo=UTC),
    ]
