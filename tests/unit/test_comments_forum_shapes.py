"""Forum posts read by what their lines show where nothing names their parts: a user column
under the post's date line, a "NAME says:" line, a post's number before its date, dates
written as forums print them. Small pages written here."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments
from flows.parse.comments.lines import leading_name, meta_in, post_number
from flows.parse.comments.meta_line import counted_replies, read_meta_line
from flows.parse.comments.opening import shown_page
from flows.parse.comments.parts import parts_of
from flows.times import find_datetime, shows_day_and_month
from tests.support.comment_pages import FETCHED, comments_of


def _post(number: int, name: str, stamp: str, text: str) -> str:
    return f"""<div id="p{number}" class="blockpost">
      <h2><span>#{number}</span> <a href="topic?pid={number}#p{number}">{stamp}</a></h2>
      <div class="box"><div class="postbody">
        <div class="postleft"><dl><dt><strong>{name}</strong></dt><dd>Member</dd>
          <dd>Registered: 2017-03-14</dd><dd>Posts: 24</dd></dl></div>
        <div class="postright"><h3>Re: Dock</h3><div class="postmsg"><p>{text}</p></div></div>
      </div></div></div>"""


def test_a_name_heading_a_user_column_under_the_date_line_is_the_author():
    page = (
        '<div id="thread">'
        + _post(11, "nickl", "2019-10-06 16:59:52", "My issue was the cable.")
        + _post(12, "wzrdtales", "2019-10-07 09:12:03", "Thanks, I will try that.")
        + "</div>"
    )
    assert [(c.author, c.text) for c in comments_of(page)] == [
        ("nickl", "My issue was the cable."),
        ("wzrdtales", "Thanks, I will try that."),
    ]


def test_a_short_first_line_of_a_comment_under_its_date_is_no_user_column():
    lines = ["2019-10-06 16:59:52", "Thanks", "That fixed it for me."]
    found = meta_in(lines, FETCHED)
    assert found is not None and found[2] is None and found[1] == {0}
    assert leading_name("Thanks\nThat fixed it for me.", FETCHED) == (
        None,
        lines[1] + "\n" + lines[2],
    )


def test_a_line_saying_who_speaks_gives_the_author_and_leaves_the_text():
    post = """<div class="list_item_b" id="r_{n}"><div class="list_item_b_content">
      <strong>{name}</strong> Says:<br/>
      <span class="small"><time datetime="2005-06-2{n}T22:37:01Z">Thu, Jun 2{n} '05, 3:37 PM</time></span>
      <br/>{text}<br/></div></div>"""
    page = post.format(n=1, name="Vega", text="I can't stop eating.") + post.format(
        n=2, name="Bonnie", text="I never had any side effects."
    )
    assert [(c.author, c.text) for c in comments_of(f'<div class="list">{page}</div>')] == [
        ("Vega", "I can't stop eating."),
        ("Bonnie", "I never had any side effects."),
    ]


def test_a_post_s_number_before_its_date_names_no_one():
    meta = read_meta_line("« Reply #1 on: May 03, 2010, 09:04:43 PM »", FETCHED)
    assert meta is not None and meta.author is None
    assert meta.posted_at == datetime(2010, 5, 3, 21, 4, 43, tzinfo=UTC)
    named = read_meta_line("Ada - May 03, 2010, 09:04 PM", FETCHED)
    assert named is not None and named.author == "Ada"


def test_a_post_s_number_labelled_in_russian_names_no_one():
    for line in ("« Ответ #1 : Ноябрь 13, 2017, 09:18:32 pm »", "Сообщение #4 : 01.11.2007"):
        meta = read_meta_line(line, FETCHED)
        assert meta is not None and meta.author is None


def test_a_month_written_out_between_dashes_is_a_date():
    found = find_datetime("25-February-2012 21:46", FETCHED)
    assert found is not None and found[2] == datetime(2012, 2, 25, 21, 46, tzinfo=UTC)
    found = find_datetime("3-septiembre-2012", FETCHED)
    assert found is not None and found[2] == datetime(2012, 9, 3, tzinfo=UTC)


def test_a_year_cut_to_two_digits_after_an_apostrophe_is_read():
    found = find_datetime("Thu, Jun 23 '05, 3:37 PM", FETCHED)
    assert found is not None and found[2] == datetime(2005, 6, 23, 15, 37, tzinfo=UTC)
    assert find_datetime("rock 'n' roll in '05", FETCHED) is None


def test_a_first_post_whose_line_every_later_post_answers_with_re_opens_the_topic():
    post = """<div class="message"><div class="head">
      <div class="message-author"><a href="/profile.php?{n}">{name}</a></div>
      <small><strong><a href="/read.php?7,{n}#msg-{n}">{subject}</a></strong><br/>
      {day}-February-2012 21:46</small></div>
      <div class="message-body">{text}</div></div>"""
    page = "".join(
        post.format(n=n, name=name, subject=subject, day=10 + n, text=text)
        for n, name, subject, text in [
            (1, "Ana", "Compartir experiencias", "Abro este tema para compartir."),
            (2, "mtcano", "Re: Compartir experiencias", "Buenas noches, Ana."),
            (3, "julia", "Re: Compartir experiencias", "Hola a todos."),
        ]
    )
    assert [c.author for c in comments_of(f'<div class="thread">{page}</div>')] == [
        "mtcano",
        "julia",
    ]


def test_a_first_post_is_kept_when_later_posts_answer_no_line_of_it():
    post = """<div class="message"><div class="message-author"><a href="/profile.php?{n}">{name}</a></div>
      <small><strong>{subject}</strong><br/>{day}-February-2012 21:46</small>
      <div class="message-body">{text}</div></div>"""
    page = "".join(
        post.format(n=n, name=name, subject=subject, day=10 + n, text=text)
        for n, name, subject, text in [
            (1, "Ana", "Delfines", "Una pregunta sobre terapias."),
            (2, "mtcano", "Re: Caballos", "Buenas noches, Ana."),
        ]
    )
    assert [c.author for c in comments_of(f'<div class="thread">{page}</div>')] == [
        "Ana",
        "mtcano",
    ]


def _floor(n: int, name: str, text: str) -> str:
    return f"""<section class="c-section" id="post_{n}"><div class="c-section__side"></div>
      <div class="c-section__main"><div class="c-post__header">
        <div class="c-post__header__author"><a class="floor" href="/c?f={n}">{n} 樓</a>
          <a class="username" href="//home.example.tw/u{n}">{name}</a>
          <a class="userid" href="//home.example.tw/u{n}">u{n}</a></div>
        <div class="c-post__header__info"><span class="edittime">2017-09-1{n} 16:26:32</span></div></div>
      <div class="c-post__body"><div class="c-article__content">{text}</div></div>
      <div class="c-post__footer"><div class="reply-input"><textarea placeholder="留言⋯"></textarea></div></div>
      </div></section>"""


def test_a_post_holding_a_lone_reply_box_is_still_a_post_and_its_name_element_names_it():
    page = "".join(
        _floor(n, name, text)
        for n, name, text in [
            (1, "樓主甲", "今天的話題是什麼，大家來聊聊學校附近有什麼好吃的店吧"),
            (2, "路過的雞蛋糕", "我中午才到旁邊遠百送東西，那邊的餐廳其實都還不錯"),
            (3, "哈哈哈哈哈", "大四路過，以前常常去後門那家麵店吃晚餐"),
        ]
    )
    assert [(c.author, c.text) for c in comments_of(f"<div>{page}</div>")][-2:] == [
        ("路過的雞蛋糕", "我中午才到旁邊遠百送東西，那邊的餐廳其實都還不錯"),
        ("哈哈哈哈哈", "大四路過，以前常常去後門那家麵店吃晚餐"),
    ]


def test_a_block_with_a_text_box_and_name_fields_is_a_reply_form_not_a_post():
    form_like = """<div class="box" id="reply_{n}"><div class="username">Guest {n}</div>
      <span class="date">2024-10-0{n} 10:00</span><input type="text" name="name">
      <textarea>Your comment</textarea><p>Be kind to each other.</p></div>"""
    page = "".join(form_like.format(n=n) for n in (1, 2, 3))
    assert comments_of(f"<div>{page}</div>") == []


def test_a_label_in_square_brackets_after_the_name_is_no_part_of_it():
    item = """<div class="comment"><p class="username"><a href="/u?guid={n}">洪荒吧唧</a><span> [广东网友]</span></p>
      <p class="content">第{n}条评论</p><span class="comment_time">2024-01-25 19:4{n}</span></div>"""
    page = item.format(n=1) + item.format(n=2)
    assert [c.author for c in comments_of(f'<div class="comments">{page}</div>')] == [
        "洪荒吧唧",
        "洪荒吧唧",
    ]


def test_a_bracket_the_profile_address_spells_is_part_of_the_name():
    item = """<div class="comment"><a class="username" href="/profile/{name}">{shown}</a>
      <p class="content">Post number {n} of the thread.</p>
      <span class="comment_time">2024-01-25 19:4{n}</span></div>"""
    page = item.format(n=1, name="PFC%20Ada%20%5BRet.%5D", shown="PFC Ada [Ret.]") + item.format(
        n=2, name="Bo%20Obi", shown="Bo Obi [Staff]"
    )
    assert [c.author for c in comments_of(f'<div class="comments">{page}</div>')] == [
        "PFC Ada [Ret.]",
        "Bo Obi",
    ]


def _topbar_post(n: int, name: str, fan: str, text: str) -> str:
    return f"""<div class="post" id="r{n}"><div class="box"><div class="topbar">
      <a class="num" href="/m/1">#{n}</a><div class="fan">{fan} |</div>
      <a class="authorAnchor" href="/profile/{n}/{name.lower()}">{name}</a></div>
      <div class="middle">{text}</div>
      <div class="bottombar"><span class="time">2026-07-17 1{n}:03</span></div></div></div>"""


def test_a_header_with_links_and_marks_beside_the_name_stays_out_of_a_short_text():
    posts = [
        (1, "Ada", "<a href='/team/7/nip'>NIP</a>", "Heroic will take this one, no doubt."),
        (2, "Bo", "<a href='/player/39/get-right'>GeT_RiGhT</a>", "Too ez 4 Heroic"),
        (3, "Cy", "<a href='/player/8/broky'>broky</a>", "Nah, NIP 2-1"),
    ]
    page = "".join(_topbar_post(*post) for post in posts)
    found = comments_of(f'<div class="forum">{page}</div>')
    assert [(c.author, c.text) for c in found][-2:] == [
        ("Bo", "Too ez 4 Heroic"),
        ("Cy", "Nah, NIP 2-1"),
    ]


def test_a_count_of_folded_replies_is_no_text_whatever_its_class_says():
    markup = """<div class="comment"><a class="author" href="/u/ada">Ada</a>
      <span class="time">2026-07-17 15:03</span><div class="middle">Brollan on LAN</div>
      <div class="folded-replies-text">1 reply</div></div>"""
    block = LexborHTMLParser(markup).css_first("div.comment")
    assert block is not None
    assert parts_of(block).text(FETCHED)[0] == "Brollan on LAN"


def _short_reply(n: int, name: str, text: str) -> str:
    return f"""<div class="c-reply__item" id="Commendcontent_{n}"><div>
      <button type="button" class="more">⋮</button>
      <div class="reply-content"><a class="reply-content__user" href="//home.example.tw/r{n}">{name}</a>
        <article class="reply-content__article"><span class="comment_content">{text}</span></article>
        <div class="reply-content__footer"><div class="edittime">B{n}</div>
          <div class="edittime">2017-09-1{n % 10} 16:28:48</div></div></div></div></div>"""


def _floor_with_replies(n: int, shown: str, name: str, text: str, replies: list[str]) -> str:
    return f"""<section class="c-section" id="post_{n}"><div class="c-section__main">
      <div class="c-post__header"><div class="c-post__header__author">
        <a class="floor" href="/c?f={n}">{shown}</a>
        <a class="username" href="//home.example.tw/u{n}">{name}</a></div>
        <span class="edittime">2017-09-1{n} 16:26:32</span></div>
      <div class="c-post__body"><div class="c-article__content">{text}</div></div>
      <div class="c-post__footer c-reply"><div id="Commendlist_{n}">{"".join(replies)}</div></div>
      </div></section>"""


def test_a_list_of_numbered_rows_inside_numbered_posts_holds_their_replies():
    page = (
        _floor_with_replies(
            1,
            "樓主",
            "夕立醬",
            "其實我只是想刷存在感，自介在小屋自己看，什麼都講什麼都不奇怪",
            [_short_reply(31, "克羅諾斯", "無聊"), _short_reply(32, "學妹", "可以收我當學徒嗎")],
        )
        + _floor_with_replies(
            2,
            "2 樓",
            "路過的雞蛋糕",
            "我中午才到旁邊遠百送東西，那邊的餐廳其實都還不錯",
            [_short_reply(41, "石垣牛肉", "辛苦 可是遠百好像很少人")],
        )
        + _floor_with_replies(3, "3 樓", "哈哈哈哈哈", "大四路過，以前常常去後門那家麵店吃晚餐", [])
    )
    assert [(c.author, c.text, c.parent) for c in comments_of(f"<div>{page}</div>")] == [
        ("克羅諾斯", "無聊", None),  # the opening floor is the article; its replies stay
        ("學妹", "可以收我當學徒嗎", None),
        ("路過的雞蛋糕", "我中午才到旁邊遠百送東西，那邊的餐廳其實都還不錯", None),
        ("石垣牛肉", "辛苦 可是遠百好像很少人", 2),
        ("哈哈哈哈哈", "大四路過，以前常常去後門那家麵店吃晚餐", None),
    ]


def test_a_part_every_post_holds_once_is_no_reply():
    post = """<li class="postbit" id="post_{n}"><div class="userinfo"><a class="username" href="/member.php?u={n}">{name}</a></div>
      <span class="date">0{n}-05-2010, 10:1{n}</span>
      <div id="post_message_{n}"><blockquote class="postcontent">{text}</blockquote></div>
      <div id="post_sig_{n}">Cheers, {name}</div></li>"""
    page = "".join(
        post.format(n=n, name=name, text=text)
        for n, name, text in [
            (4, "Ada", "Opening words."),
            (5, "Bola", "A reply."),
            (6, "Chidi", "Another."),
        ]
    )
    assert [(c.author, c.text, c.parent) for c in comments_of(f"<ol>{page}</ol>")] == [
        ("Ada", "Opening words.", None),
        ("Bola", "A reply.", None),
        ("Chidi", "Another.", None),
    ]


@pytest.mark.parametrize(("shown", "number"), [("2 樓", 2), ("3楼", 3), ("5F", 5), ("#12", 12)])
def test_a_floor_number_is_a_post_number(shown, number):
    assert post_number(shown) == number


def _table_post(n: int, name: str, rank: str, subject: str, stamp: str, text: str) -> str:
    return f"""<tr><td><a name="msg{n}"></a><table><tr><td class="windowbg"><table><tr>
      <td rowspan="2"><b><a href="/index.php?action=profile;u={n}">{name}</a></b>
        <div class="smalltext">{rank}<br/>Offline<br/>
        What is your favourite board: General talk<br/>Posts: 1{n}</div></td>
      <td><div style="font-weight: bold;"><a href="/index.php?topic=9.msg{n}#msg{n}">{subject}</a></div>
        <div class="smalltext">&#171; {stamp} &#187;</div></td></tr>
      <tr><td><hr/><div class="post">{text}</div></td></tr></table></td></tr></table></td></tr>"""


def test_table_rows_no_name_marks_are_posts_by_their_profile_links():
    rows = [
        (
            1,
            "AnAwkwardGeek",
            "Newbie",
            "Silent treatment",
            "on: April 04, 2020, 09:22:51 AM",
            "I don't even know where to start, so bear with me.",
        ),
        (
            2,
            "once removed",
            "Administrator",
            "Re: Silent treatment",
            "Reply #1 on: April 06, 2020, 01:28:03 AM",
            "Hi, it sounds like quite a whirlwind.",
        ),
        (
            3,
            "paperinkart",
            "Member",
            "Re: Silent treatment",
            "Reply #2 on: April 07, 2020, 11:02:10 PM",
            "I am so humbled by your feelings.",
        ),
    ]
    page = "<table>" + "".join(_table_post(*row) for row in rows) + "</table>"
    assert [(c.author, c.text) for c in comments_of(f"<div>{page}</div>")] == [
        ("once removed", "Hi, it sounds like quite a whirlwind."),
        ("paperinkart", "I am so humbled by your feelings."),
    ]


def test_the_date_line_below_a_long_user_column_dates_the_post():
    lines = [
        "once removed",
        "BOARD ADMINISTRATOR",
        "Online",
        'Who in your life has "personality" issues: Ex-romantic partner',
        "Posts: 10843",
        "Re: Silent treatment",
        "« Reply #1 on: April 06, 2020, 01:28:03 AM »",
        "hi, and it sounds like quite a whirlwind",
    ]
    found = meta_in(lines, FETCHED)
    assert found is not None
    meta, used, name = found
    assert (name, used) == ("once removed", set(range(7)))
    assert meta.posted_at == datetime(2020, 4, 6, 1, 28, 3, tzinfo=UTC)
    assert meta_in(["Ada", "Thanks for this.", "See you on the 3rd."], FETCHED) is None


def test_a_post_dated_without_its_year_is_still_a_post():
    post = """<div id="message{n}" class="topic-reply"><div class="msg-header">
      <p class="author">{name}</p><p class="poster-info">{n}66 posts</p>
      <span class="timestamp">Sunday {n}th March</span></div>
      <div class="msg-body">{text}</div></div>"""
    page = "".join(
        post.format(n=n, name=name, text=text)
        for n, name, text in [
            (2, "johnnyreggae", "I'm not sure financing a third toy is wise."),
            (3, "Crazy4557", "Buy the cheapest 570S you can find."),
        ]
    )
    found = comments_of(f"<div>{page}</div>")
    assert [(c.author, c.text, c.posted_text, c.posted_at) for c in found] == [
        ("johnnyreggae", "I'm not sure financing a third toy is wise.", "Sunday 2th March", None),
        ("Crazy4557", "Buy the cheapest 570S you can find.", "Sunday 3th March", None),
    ]
    assert shows_day_and_month("Sunday 8th March") and shows_day_and_month("Mar 8")
    assert not shows_day_and_month("466 posts") and not shows_day_and_month("61 months")


def test_the_line_heading_a_quote_stays_in_the_post_even_when_named_like_chrome():
    post = """<tr><td class="windowbg" id="msg{n}"><b><a href="/profile/{name}">{name}</a></b>
      <div class="smalltext">on: April 0{n}, 2020, 06:46:25 AM</div>
      <div class="post"><div class="quoteheader">
      <a href="#msg1">Quote from: Ada on April 01, 2020</a></div><div class="quote">Is it safe?</div>{text}</div></td></tr>"""
    page = "<table>{}{}</table>".format(
        post.format(n=2, name="Bo", text="Yes, it is."), post.format(n=3, name="Cy", text="No.")
    )
    assert [(c.author, c.text) for c in comments_of(page)] == [
        ("Bo", "Quote from: Ada on April 01, 2020\nIs it safe?\nYes, it is."),
        ("Cy", "Quote from: Ada on April 01, 2020\nIs it safe?\nNo."),
    ]


def test_a_quote_button_or_a_hidden_copy_before_a_quote_is_no_quote_header():
    post = """<div class="post" id="p{n}"><span class="author">{name}</span>
      <time datetime="2024-05-0{n}T10:00">May {n}</time><div class="message">
      <div class="header-tools" style="display: none">Quote from Ada: Is it safe?</div>
      <blockquote>Is it safe?</blockquote>{text}</div></div>"""
    page = post.format(n=2, name="Bo", text="Yes.") + post.format(n=3, name="Cy", text="No.")
    assert [c.text for c in comments_of(f"<div>{page}</div>")] == [
        "Is it safe?\nYes.",
        "Is it safe?\nNo.",
    ]


def _board_post(number: int, kind: str, text: str, file: bool = False) -> str:
    attached = (
        '<div class="file-text">File: <a href="/src/1.png">1.png</a>-(64 KB)</div>'
        '<a class="file-thumb" href="/src/1.png"><img src="/thumb/1s.jpg"></a>'
        if file
        else ""
    )
    return f"""<div class="post {kind}" id="r{number}"><div class="post-head">
      <span class="name">Anonymous</span><span class="now">2021/12/03(Fri)</span>
      <span>14:{number % 60:02d}:16</span><span class="qlink">No.{number}</span></div>
      {attached}<div class="quote">{text}</div></div>"""


def test_imageboard_replies_with_their_header_in_a_block_of_its_own():
    page = (
        '<div class="thread">'
        + _board_post(1000, "threadpost", "Which stream do you watch?")
        + _board_post(1001, "reply", "The late one.", file=True)
        + _board_post(1002, "reply", "&gt;&gt;1001<br>Me too.")
        + _board_post(1003, "reply", "&gt;&gt;1000<br>None.")
        + "</div>"
    )
    assert [(c.author, c.text, c.parent) for c in comments_of(page)] == [
        ("Anonymous", "The late one.", None),
        ("Anonymous", ">>1001\nMe too.", 0),
        ("Anonymous", ">>1000\nNone.", None),
    ]


def test_a_board_index_whose_post_numbers_fall_back_down_the_page_has_no_comments():
    threads = [
        _board_post(2000, "threadpost", "First thread.")
        + _board_post(2050, "reply", "A reply.")
        + _board_post(2051, "reply", "Another."),
        _board_post(1900, "threadpost", "Older thread.")
        + _board_post(1990, "reply", "Bumped it.")
        + _board_post(1991, "reply", "Again."),
    ]
    page = "".join(f'<div class="thread">{thread}</div>' for thread in threads)
    assert comments_of(page) == []


def test_a_mention_in_the_text_named_like_an_author_stays_in_the_text():
    post = """<article class="message message--post" data-author="{name}" id="js-post-{n}">
      <header><time class="u-dt" datetime="2019-11-13T19:4{n}:40+0100">13.11.2019</time></header>
      <div class="message-cell--user"><section itemscope class="message-user">
        <h4 class="message-name"><span class="username" itemprop="name">{name}</span></h4>
        <div class="message-userExtras"><dl><dt>Joined</dt><dd>25.01.2010</dd></dl>
        <dl><dt>Location</dt><dd>Bremen</dd></dl></div></section></div>
      <div class="message-cell--main"><article class="message-body"><div class="bbWrapper">
        Nice watch <a class="username" href="/members/4/">@bemk</a>, it is on my list too.
      </div></article></div></article>"""
    page = post.format(n=1, name="Townes") + post.format(n=2, name="Ada")
    assert [(c.author, c.text) for c in comments_of(f"<div>{page}</div>")] == [
        ("Townes", "Nice watch @bemk, it is on my list too."),
        ("Ada", "Nice watch @bemk, it is on my list too."),
    ]


def test_an_author_shown_as_a_handle_alone_in_its_element_is_the_author():
    post = """<div class="comment"><a class="author" href="/@{name}">@{name}</a>
      <time datetime="2024-05-0{n}T10:00">May {n}</time><p class="comment-text">{text}</p></div>"""
    page = post.format(n=1, name="ada", text="Great talk.") + post.format(
        n=2, name="bo", text="Agreed."
    )
    assert [(c.author, c.text) for c in comments_of(page)] == [
        ("@ada", "Great talk."),
        ("@bo", "Agreed."),
    ]


def test_a_reply_subject_heading_over_a_posts_text_is_its_title_not_its_words():
    post = """<li class="postcontainer" id="post_{n}"><span class="date">08.11.2009, 15:1{n}</span>
      <span class="username">{name}</span><div class="postrow has_after_content">
      <h2 class="title">AW: Lucky finds</h2><div class="content"><div id="post_message_{n}">
      <blockquote class="postcontent">{text}</blockquote></div></div>
      <div class="after_content">Sent from my phone</div></div></li>"""
    page = post.format(n=1, name="Ada", text="Reboot twice.") + post.format(
        n=2, name="Bo", text="That worked for me."
    )
    assert [c.text.split("\n")[0] for c in comments_of(f'<ol id="posts">{page}</ol>')] == [
        "Reboot twice.",
        "That worked for me.",
    ]


def test_rows_whose_ids_end_in_a_document_database_key_are_posts():
    post = """<li id="reply-{key}" class="css-7styu7"><div class="css-1x2"><a class="css-1oop"
      href="/author/{key}">{name}</a><div class="css-9a"><span>May 0{n} 2024 | 9:2{n} pm</span></div></div>
      <div class="css-b7"><p>{text}</p></div></li>"""
    page = "".join(
        post.format(key=key, n=n, name=name, text=text)
        for n, key, name, text in [
            (2, "6633939fcdf9f10013fdab5d", "Ada", "It is not a bug, the inspector polls."),
            (3, "6642874444ce560013a06f51", "Bo", "Thanks, that explains the numbers."),
            (4, "66431007942329001398b197", "Chidi", "Same here on version 8."),
        ]
    )
    assert [(c.author, c.text) for c in comments_of(f'<ul class="css-q1">{page}</ul>')] == [
        ("Ada", "It is not a bug, the inspector polls."),
        ("Bo", "Thanks, that explains the numbers."),
        ("Chidi", "Same here on version 8."),
    ]


def test_a_clock_time_before_on_and_the_date_is_the_posts_time_not_its_author():
    meta = read_meta_line("Ada at 10:15 AM on March 3, 2020", FETCHED)
    assert meta is not None and meta.author == "Ada"
    assert meta.posted_at == datetime(2020, 3, 3, 10, 15, tzinfo=UTC)
    bare = read_meta_line("12:42 am on Apr 24, 2020", FETCHED)
    assert bare is not None and bare.author is None
    assert bare.posted_at == datetime(2020, 4, 24, 0, 42, tzinfo=UTC)


def test_a_topic_starter_answered_by_one_other_is_a_discussion():
    post = """<div class="flex gap-2"><div class="font-medium">{name}</div>
      <time datetime="2024-03-{day}T12:15">{day}-03-2024 12:15</time><span>#{n}</span>
      <div class="html-content">{text}</div></div>"""
    page = post.format(
        n=1, day=12, name="mcookie", text="I sell the toys my son no longer plays with."
    ) + post.format(n=2, day=23, name="highbenefit", text="Post the address, my nephew has some.")
    assert [(c.author, c.text) for c in comments_of(f'<div class="relative">{page}</div>')] == [
        ("highbenefit", "Post the address, my nephew has some.")
    ]


def test_a_day_and_month_after_a_clock_time_dates_a_post_of_this_year():
    meta = read_meta_line("Ada: 12:42am On Apr 24", FETCHED)
    assert meta is not None and meta.author == "Ada"
    assert meta.posted_at == datetime(2024, 4, 24, 0, 42, tzinfo=UTC)


def test_the_name_after_by_and_before_the_date_is_the_author_not_the_subject_before_it():
    meta = read_meta_line("Re: Fuel prices go up again by Ada(f): 5:22am On Apr 24", FETCHED)
    assert meta is not None and meta.author == "Ada"
    assert read_meta_line("The photo was taken by John Smith on 3 May 2024", FETCHED) is None


def test_numbered_text_rows_each_under_a_row_naming_author_and_date_are_posts():
    post = """<tr><td class="bold"><a href="/t/5812914#{n}">Re: Fuel prices</a> by
      <a href="/{name}" class="user">{name}</a>: <span class="s"><b>5:2{n}am</b> On <b>Apr 24</b></span>
      <tr><td id="pb8878{n}" class="l w"><div class="narrow">{text}</div>"""
    page = "".join(
        post.format(n=n, name=name, text=text)
        for n, name, text in [
            (1, "Flyingngel", "I think the Governor is right."),
            (2, "Mikelarteta", "Reasonable Governor."),
            (3, "fineyemi2", "ok, we will see."),
        ]
    )
    found = comments_of(f'<table summary="posts">{page}</table>')
    assert [(c.author, c.text, c.posted_at) for c in found] == [
        ("Flyingngel", "I think the Governor is right.", datetime(2024, 4, 24, 5, 21, tzinfo=UTC)),
        ("Mikelarteta", "Reasonable Governor.", datetime(2024, 4, 24, 5, 22, tzinfo=UTC)),
        ("fineyemi2", "ok, we will see.", datetime(2024, 4, 24, 5, 23, tzinfo=UTC)),
    ]


def _topic_post(name: str, text: str) -> str:
    return f"""<div class="PostStream-item"><article class="Post"><header>
      <span class="PostUser-name">{name}</span> <time datetime="2023-10-02T08:00">Oct 2</time>
      </header><div class="Post-body"><p>{text}</p></div></article></div>"""


def test_the_first_post_right_under_the_page_title_opens_the_topic():
    opening = "Our project checks what users post against a moderation service. " * 3
    posts = _topic_post("Emin", opening) + _topic_post("Golden", "Nice one, thanks!")
    posts += _topic_post("HimiCos", "Could you add a custom service too?")
    page = f"<body><h1>Content moderation plugin</h1><div>Share</div><div>{posts}</div></body>"
    found = extract_comments(LexborHTMLParser(page), FETCHED)
    assert [c.author for c in found] == ["Golden", "HimiCos"]


def test_a_comment_under_an_article_between_it_and_the_title_is_kept():
    article = "<p>" + "The bridge opened on Monday after two years of works. " * 5 + "</p>"
    posts = _topic_post("Emin", "A first comment, as long as it likes to be. " * 3)
    posts += _topic_post("Golden", "Nice one, thanks!")
    page = f"<body><h1>The bridge opens</h1>{article}<div>{posts}</div></body>"
    found = extract_comments(LexborHTMLParser(page), FETCHED)
    assert [c.author for c in found] == ["Emin", "Golden"]


def _release_topic(before_posts: str) -> str:
    """A tracker's topic: a row of facts under the title, then numbered posts, the first the
    release's long description."""
    post = """<div id="post_{key}" class="r{n}"><div class="q1">
      <a href="/profile.php?u={key}">{name}</a><div class="q2">Posts: 12</div></div>
      <div class="q3"><span>0{n}-May-2016 12:0{n}</span><div class="q4">{text}</div></div></div>"""
    release = " ".join(["Robert Miles, Dreamland, remastered: the album of 1996 and two more."] * 4)
    posts = "".join(
        post.format(key=4810 + n, n=n, name=name, text=text)
        for n, name, text in [
            (1, "StazzOn", release),
            (2, "ssaranec", "I wore out the tapes of this album when I was young."),
            (3, "Dima", "Thanks for the upload, the remaster sounds clean."),
            (4, "olga", "Seeding now, thank you."),
        ]
    )
    facts = " ".join(
        f"<span>{fact}</span>"
        for fact in [
            *("Reply", "Subscribe", "Download .torrent (12.3 MB)", "Registered: 02-May-2016"),
            *("Seeds: 14", "Leechers: 2", "Downloaded: 3,211 times", "Size: 161 MB"),
            *("Format: MP3, 320 kbps", "Tracker: open", "Moderator: checked", "Log: included"),
            *("Bitrate: constant", "Cover: included", "Scans: none"),
        ]
    )
    return f"""<html><body><div class="n"><a href="/">Home</a> <a href="/f">Music</a></div>
      <h1>Dreamland (Remastered)</h1><div class="m">{facts}</div>{before_posts}
      <div class="t">{posts}</div></body></html>"""


def test_posts_that_are_the_page_s_text_leave_out_the_first_which_opens_the_topic():
    page = LexborHTMLParser(_release_topic(""))
    assert [c.author for c in extract_comments(page, FETCHED)] == ["ssaranec", "Dima", "olga"]


@pytest.mark.parametrize(
    "before",
    [
        '<div class="x"><p>Does anyone have the remaster of Dreamland, lossless?</p></div>',
        "<select><option>1</option><option selected>2</option><option>3</option></select>",
        "<h2>4 Comments</h2>",
        "<div>4 个回答</div>",
    ],
    ids=["a question's paragraph", "a later page's menu", "a comments label", "an answer count"],
)
def test_the_first_post_is_a_reply_under_a_question_on_a_later_page_or_under_a_label(before):
    page = LexborHTMLParser(_release_topic(before))
    authors = [c.author for c in extract_comments(page, FETCHED)]
    assert authors == ["StazzOn", "ssaranec", "Dima", "olga"]


@pytest.mark.parametrize(
    ("html", "shown"),
    [
        ("<title>Pitcher plants - Page 2 - Forum</title><p>Posts</p>", 2),
        ("<p><span>Seite 3 von 4</span></p>", 3),
        ("<p><span>Страница 2 из 9</span></p>", 2),
        ("<p>第4页</p>", 4),
        ("<select><option>1</option><option>2</option><option selected>3</option></select>", 3),
        ("<select><option>2020</option><option selected>2021</option></select>", None),
        ("<p>A story with no pages.</p>", None),
    ],
)
def test_the_page_of_its_thread_a_page_shows(html, shown):
    assert shown_page(LexborHTMLParser(f"<html>{html}</html>").root) == shown


def test_a_topic_s_text_row_under_its_heading_row_opens_the_topic_under_page_links():
    post = """<tr><td class="bold"><a href="/t/5812914#{n}">{subject}</a> by
      <a href="/{name}" class="user">{name}</a>: <span class="s"><b>5:2{n}am</b> On <b>Apr 24</b></span>
      <tr><td id="pb8878{n}" class="l w"><div class="narrow">{text}</div>"""
    story = " ".join(["Ondo's governor has refused calls to impeach his deputy, aides said."] * 4)
    rows = [
        (1, "EcoBrick", "Akeredolu Rejects Plot", story),
        (2, "Flyingngel", "Akeredolu Rejects Plot", "I think the Governor is right."),
        (3, "Mikelarteta", "Akeredolu Rejects Plot", "Reasonable Governor."),
        (4, "fineyemi2", "Akeredolu Rejects Plot", "ok, we will see."),
    ]
    posts = "".join(post.format(n=n, name=name, subject=s, text=t) for n, name, s, t in rows)
    links = "<p><a href='/t/1'>Anyim: Why We Wanted To Impeach Obasanjo</a> / <a href='/t/2'>"
    links += "Plot To Impeach Deputy Governor Thickens</a></p><p>(1) (<a href='?p=2'>2</a>) "
    links += "(<a href='#reply'>Reply</a>) (<a href='#down'>Go Down</a>)</p>"
    html = f"<html><body><h2>Akeredolu Rejects Plot</h2>{links}<table>{posts}</table></body></html>"
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [c.author for c in found] == ["Flyingngel", "Mikelarteta", "fineyemi2"]


_SAID = [
    ("ada", "Has anyone tried the new dock?"),
    ("bo", "Yes, it works with two screens."),
    ("cy", "Mine needed a firmware update first."),
]


def _bbpress(notice: str = "") -> str:
    """bbPress's layout: `div#post-N` holds the date and the permalink alone, the block after
    it (a class numbered per post, no id) the author's link and the words."""
    posts = "".join(
        f'<div id="post-30{n}" class="reply-header"><span>January {n + 4}, 2020 at 9:2{n} am'
        f'</span> <a href="/forums/topic/dock/#post-30{n}">#30{n}</a></div>'
        f'<div class="loop-item-{n} reply"><div class="who"><a href="/forums/users/{name}/">'
        f"{name}</a><div>Participant</div></div><div><p>{words}</p></div></div>"
        for n, (name, words) in enumerate(_SAID)
    )
    return (
        "<html><body><h1>Dock</h1><p>The forum's question about docks, asked here at length "
        f"by a reader.</p>{notice}<ul><li>{posts}</li></ul></body></html>"
    )


def test_a_numbered_header_showing_only_the_date_dates_the_block_after_it_that_names_the_author():
    found = extract_comments(LexborHTMLParser(_bbpress()), FETCHED)
    assert [(c.author, c.text, c.posted_text) for c in found] == [
        (name, words, f"January {n + 4}, 2020 at 9:2{n} am")
        for n, (name, words) in enumerate(_SAID)
    ]


def test_a_line_counting_one_reply_fewer_than_the_posts_makes_the_first_the_topic():
    notice = "<div><ul><li>This topic has 2 replies, 3 voices.</li></ul></div>"
    found = extract_comments(LexborHTMLParser(_bbpress(notice)), FETCHED)
    assert [c.author for c in found] == ["bo", "cy"]


def test_a_line_counting_every_post_as_a_reply_leaves_the_first_a_reply():
    found = extract_comments(LexborHTMLParser(_bbpress("<p>3 replies</p>")), FETCHED)
    assert [c.author for c in found] == ["ada", "bo", "cy"]


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("This topic has 3 replies, 3 voices, and was last updated", {3}),
        ("Replies: 12", {12}),
        ("3 Antworten", {3}),
        ("5件の返信", {5}),
        ("Leave a reply", set()),
        ("3 comments, 1.5 replies", set()),
    ],
)
def test_a_text_counting_replies_gives_their_numbers(line, count):
    assert counted_replies(line) == count


def _one_writers_post(number: int, text: str, stamp: str = "6/28/2014") -> str:
    return f"""<tr><td valign=top><img src="/face.jpg" width=50 height=50>
      <a href="/u/2554469/Ada">Ada</a> <p><strong>Part {number}</strong></p>
      <p>{text}</p><small class=xgray><span>{stamp}</span> . Edited #{number}</small></td></tr>"""


_ONE_WRITERS_TEXTS = [
    "The islands sit next to one another and a small stone bridge joins them.",
    "The villages have shops of their own, and each sells one kind of thing.",
    "A forest covers the north of the second island, and nobody lives there.",
    "Every week the people of the world receive a letter addressed to them.",
]


def test_a_thread_one_writer_keeps_is_read_by_the_numbers_its_posts_count_up():
    posts = "".join(
        _one_writers_post(number, text) for number, text in enumerate(_ONE_WRITERS_TEXTS, 2)
    )
    found = comments_of(f"<table><tbody>{posts}</tbody></table>")
    assert [(c.author, c.text.splitlines()[-1]) for c in found] == [
        ("Ada", text) for text in _ONE_WRITERS_TEXTS
    ]


def test_one_writers_entries_whose_numbers_do_not_count_up_are_no_thread():
    posts = "".join(
        _one_writers_post(number, text)
        for number, text in zip((4, 9, 2, 7), _ONE_WRITERS_TEXTS, strict=True)
    )
    assert comments_of(f"<table><tbody>{posts}</tbody></table>") == []


def test_a_post_s_bullet_points_beside_its_paragraphs_are_its_words():
    posts = [_one_writers_post(number, text) for number, text in enumerate(_ONE_WRITERS_TEXTS, 2)]
    posts[1] = posts[1].replace(
        "<small", "<ul><li>Bread on Mondays.</li><li>Fish on Fridays.</li></ul><small"
    )
    found = comments_of(f"<table><tbody>{''.join(posts)}</tbody></table>")
    assert found[1].text.splitlines()[-3:] == [
        _ONE_WRITERS_TEXTS[1],
        "Bread on Mondays.",
        "Fish on Fridays.",
    ]
