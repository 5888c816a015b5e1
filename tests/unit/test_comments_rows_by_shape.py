"""Comments read by the shape their rows share, whatever their names: replies nested in
numbered rows keep the page's order and their parents, a header row before each item gives
its author and date, forum tables and numbered rows are found by whose they are, and the
lines around a post's words (an edit note, a quote's header) are told apart."""

from __future__ import annotations

import pytest

from tests.support.comment_pages import FETCHED, comments_of, rows


def _post(number: int, name: str, words: str, replies: str = "", named: str = "") -> str:
    named_class = f' class="{named}"' if named else ""
    return f"""<div id="post-resp-{number}"{named_class}><div class="post-item">
      <div class="head"><a href="/user/{name}">{name}</a>
      <time datetime="2024-05-0{number % 9 + 1}T10:00:00Z">3 days ago</time></div>
      <div class="text-content"><p>{words}</p></div></div>{replies}</div>"""


def test_rows_numbered_like_their_comment_keep_the_page_order_and_the_nesting_for_parents():
    thread = _post(
        1,
        "ada",
        "Has anyone tried it?",
        _post(
            2,
            "bo",
            "Yes, for a week.",
            _post(3, "ada", "And how was it?", _post(4, "bo", "Not great.")),
            named="sub-comment",
        )
        + _post(5, "cy", "Never again.", _post(6, "ada", "Why not?"), named="sub-comment"),
        named="top-level-comment",
    )
    other = _post(7, "dee", "Worked for me.", named="top-level-comment")
    assert rows(comments_of(f'<div class="responses">{thread}{other}</div>')) == [
        ("ada", "Has anyone tried it?", None),
        ("bo", "Yes, for a week.", 0),
        ("ada", "And how was it?", 1),
        ("bo", "Not great.", 2),
        ("cy", "Never again.", 0),
        ("ada", "Why not?", 4),
        ("dee", "Worked for me.", None),
    ]


def _headed(number: int, when: str, name: str, words: str, replies: str = "") -> str:
    return f"""<div class="hd" id="{number}">{when}
      <a href="/people/{name}">{name}</a> | score: 17 | Prague<br>Re: The story
      <div><a href="/reply?to={number}">Reply</a> | <a href="#{number}">Link</a></div></div>
      <div id="comment{number}"><div class="words">{words}</div>
      <div class="indent">{replies}</div></div>"""


def test_a_header_row_before_each_item_gives_its_author_and_date():
    markup = '<div class="discussion">{}</div>'.format(
        _headed(
            1,
            "30.9.2008 14:28",
            "joe",
            "Welcome back!",
            _headed(2, "30.9.2008 14:31", "marek", "Thanks, glad to be here."),
        )
        + _headed(3, "1.10.2008 9:05", "ilse", "Nice write-up.")
    )
    comments = comments_of(markup)
    assert rows(comments) == [
        ("joe", "Welcome back!", None),
        ("marek", "Thanks, glad to be here.", 0),
        ("ilse", "Nice write-up.", None),
    ]
    assert [c.posted_text for c in comments] == [
        "30.9.2008 14:28",
        "30.9.2008 14:31",
        "1.10.2008 9:05",
    ]


def test_a_header_row_dated_without_the_year_names_the_author_and_no_moment():
    markup = '<div class="discussion">{}</div>'.format(
        _headed(
            1, "10.2. 19:34", "joe", "Welcome back!", _headed(2, "10.2. 21:19", "marek", "Thanks.")
        )
    )
    comments = comments_of(markup)
    assert rows(comments) == [("joe", "Welcome back!", None), ("marek", "Thanks.", 0)]
    assert [(c.posted_text, c.posted_at) for c in comments] == [
        ("10.2. 19:34", None),
        ("10.2. 21:19", None),
    ]


def test_whom_a_comment_answers_is_no_part_of_its_authors_name():
    item = """<div class="comment"><div class="comment-author"><span>{name}</span>
      <div class="reply-to">in reply to <a href="/user/ada">ada</a></div></div>
      <time datetime="2024-05-01T10:00:00Z">3 days ago</time>
      <div class="comment-text"><p>{words}</p></div></div>"""
    markup = '<div class="comments">{}{}</div>'.format(
        item.format(name="Hidden", words="So sorry to hear that."),
        item.format(name="bo", words="Same here."),
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Hidden", "So sorry to hear that."),
        ("bo", "Same here."),
    ]


def test_a_text_item_after_the_name_and_date_of_the_comment_around_it_is_no_comment_of_its_own():
    item = """<li id="comentario-{n}" itemscope itemtype="http://schema.org/UserComments">
      <div class="conteudo"><div itemprop="creator" class="dados-usuario">
      <strong itemprop="name">{name}</strong><div class="data">
      <abbr itemprop="commentTime" title="2014-12-27T10:12:48">2014-12-27T10:12:48</abbr>
      </div></div><p class="texto-comentario" itemprop="commentText">{words}</p>
      <button type="button">Responder</button><div class="bullet">•</div>
      <div class="share"><button type="button" title="Share"><span>Facebook</span></button>
      <p class="compartilhar">COMPARTILHAR</p></div><div class="bullet">•</div>
      <button type="button" title="Report">Denunciar</button></div>
      <div class="lista-resposta"></div></li>"""
    markup = '<ul class="comentarios">{}{}</ul>'.format(
        item.format(n=1, name="Olide", words="Espero que volte em alto nível!"),
        item.format(n=2, name="Alexandre", words="Estava de passagem? Sei..."),
    )
    assert [c.author for c in comments_of(markup)] == ["Olide", "Alexandre"]


def test_a_short_text_beside_the_name_is_the_comment_when_only_its_date_line_stands_above():
    item = """<li class="comment"><div class="q1">
      <small><a href="#post_{n}">#2-{n}</a> - 2020-5-4 10:5{n}</small></div>
      <a class="q2" href="/user/{name}"><span class="q3"></span></a>
      <div class="q4"><strong><a href="/user/{name}">{name}</a></strong>
      <a class="q5" href="javascript:void(0);">Reply</a><div class="q6">{words}</div></div></li>"""
    markup = '<ul class="comments">{}{}</ul>'.format(
        item.format(n=1, name="kaka", words="小圣杯/相思病"),
        item.format(n=2, name="brad", words="新手表/新手办"),
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("kaka", "小圣杯/相思病"),
        ("brad", "新手表/新手办"),
    ]


def test_an_edit_note_in_brackets_and_the_controls_below_it_leave_the_text():
    from flows.parse.comments.lines import without_leading_dates

    text = "(спустя 16 дней, ред. 10-Май-17 10:32)\n[Цитировать]\nУмер основатель жанра."
    assert without_leading_dates(text, FETCHED)[0] == "Умер основатель жанра."
    kept = "[Update] The fix works.\nThanks!"
    assert without_leading_dates(kept, FETCHED)[0] == kept


def _table_post(number: int, user: int, name: str, when: str, words: str) -> str:
    profile = f"./memberlist.php?mode=viewprofile&amp;u={user}"
    return f"""<table class="qa" width="100%"><tr>
      <th>Author</th>
      <th>Message</th>
      </tr><tr class="qb"><td><a name="p{number}"></a><b class="qc">{name}</b></td>
      <td><div><b>Post subject:</b> Re: Models</div><div><b>Posted:</b> {when}</div></td></tr>
      <tr class="qb"><td class="qd"><span><b>Joined:</b> Wed Jun 11, 2014<br><b>Posts:</b> 4
      </span></td><td><div class="qe">{words}</div></td></tr>
      <tr class="qb"><td><a href="#top">Top</a></td><td><a href="{profile}">
      <img src="profile.gif" alt="Profile"></a></td></tr></table>"""


def test_forum_tables_each_linking_to_one_users_page_are_posts_whatever_their_classes():
    markup = '<div class="qz">{}{}{}</div>'.format(
        _table_post(1, 45240, "corky", "Wed Jun 11, 2014 11:28 am", "How do I read the mesh?"),
        _table_post(2, 41194, "shakotay", "Wed Jun 11, 2014 12:10 pm", "Start with the tutorial."),
        _table_post(3, 45240, "corky", "Wed Jun 11, 2014 5:50 pm", "Found it, thanks a lot."),
    )
    assert [c.text for c in comments_of(markup)][-2:] == [
        "Start with the tutorial.",
        "Found it, thanks a lot.",
    ]


def test_a_reply_of_two_chinese_characters_in_a_block_of_its_own_is_no_part_of_the_meta_line():
    item = """<li class="comment"><div class="q1">
      <small><a href="#post_{n}">#2-{n}</a> - 2020-5-4 10:5{n}</small></div>
      <div class="q4"><strong><a href="/user/{name}">{name}</a></strong>
      <div class="q6">{words}</div></div></li>"""
    markup = '<ul class="comments">{}{}</ul>'.format(
        item.format(n=1, name="kaka", words="顶一下"),
        item.format(n=2, name="brad", words="同意"),
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("kaka", "顶一下"),
        ("brad", "同意"),
    ]


def test_numbered_rows_that_open_with_who_speaks_are_comments_without_a_date():
    row = """<div class="q1" id="com_{n}"><div class="q2"></div><div class="q3">
      <span class="q4">{name} said,</span><!-- <span>{n} May 2012</span> -->
      <div class="q5"><p>{words}</p></div></div><div class="q6"></div></div>"""
    rows = [
        ("Jacob", "This was how I thought in the beginning."),
        ("Nikos", "Many have mistaken the forest for the trees."),
        ("dragoncar", "Of course, this site did not always rank first."),
    ]
    markup = '<div class="q0">{}</div>'.format(
        "".join(
            row.format(n=37914 + i, name=name, words=words) for i, (name, words) in enumerate(rows)
        )
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == rows


def test_a_quote_headed_by_who_speaks_inside_a_numbered_post_is_no_reply():
    post = """<div id="message{n}" class="row-odd"><div class="msg-header">
      <p class="author"><a href="/profile.asp?memberId={n}">{name}</a></p></div>
      <span class="timestamp">Sunday 8th March</span>
      <div class="msg-body" id="message{body}">{quote}<p>{words}</p></div></div>"""
    quote = '<div class="quoter">andrew said:</div><div class="quote">Think it through.</div>'
    markup = '<div class="topic">{}{}{}</div>'.format(
        post.format(n=7, body=1, name="andrew", quote="", words="Think it through."),
        post.format(n=8, body=1, name="RT964", quote=quote, words="Good advice."),
        post.format(n=9, body=1, name="cheddar", quote="", words="458, no contest."),
    )
    assert [c.author for c in comments_of(markup)] == ["andrew", "RT964", "cheddar"]


@pytest.mark.parametrize(
    "line",
    [
        "Quote from: once removed on April 06, 2020, 01:28:03 AM",
        "Zitat von: Ada am 3. Mai 2024 um 10:15",
        "Citation de : Bob le 3 mai 2024 à 10h15",
    ],
)
def test_a_quotes_header_is_no_author_and_date_line(line):
    from flows.parse.comments.meta_line import read_meta_line

    assert read_meta_line(line, FETCHED) is None


def test_a_post_opening_with_a_quote_keeps_the_quotes_header_in_its_text():
    from flows.parse.comments.lines import without_leading_dates

    text = "Quote from: Ada on April 06, 2020, 01:28:03 AM\nIs it safe?\nYes, it is."
    assert without_leading_dates(text, FETCHED)[0] == text


def test_a_post_dated_below_a_column_of_badges_takes_the_name_its_avatar_repeats():
    from selectolax.lexbor import LexborHTMLParser

    from flows.parse.comments.read import read_items

    floor = """<section class="q1" id="post_{n}"><div class="q2">
      <div class="q4"><p>LV.</p><p>12</p></div><div class="q4"><p>GP</p><p>35</p></div>
      <a class="q5" href="//home.example.tw/{user}"><img src="a.png"></a>
      <div class="q6"><a href="javascript:;"></a></div></div>
      <div class="q7"><div class="q8"><p><a href="Co.php?sn={n}">{k} 樓</a></p>
      <p><a href="//home.example.tw/{user}">{name}</a></p>
      <p><a href="//home.example.tw/{user}">{user}</a></p><p>推7</p><p>噓-</p>
      </div><div class="q9"><a href="javascript:;">2017-09-11 16:2{k}:18</a></div>
      <article class="q10"><div class="q11">{words}</div></article>
      <div class="q12"><p>7</p><p>-</p><p>回覆</p></div></div></section>"""
    floors = [
        ("ruby", "rose", "你爬過崑山嗎"),
        ("kaka", "chicken", "我中午才到旁邊遠百送東西"),
    ]
    page = "".join(
        floor.format(n=46104728 + k, k=k + 2, user=user, name=name, words=words)
        for k, (user, name, words) in enumerate(floors)
    )
    rows = LexborHTMLParser(f"<div>{page}</div>").css("section")
    found = read_items(rows, FETCHED, vetted=True)
    assert [(c.author, c.text.split("\n")[0]) for c in found] == [
        (name, words) for _, name, words in floors
    ]


def _scored(score: str, name: str, words: str) -> str:
    return f"""<div class="q7"><div class="z3">{score}</div><div class="k2">
      <p><span>{words}</span> – <a href="/users/{name}">{name}</a>
      <span>3 May 2024 10:15</span></p></div></div>"""


def test_a_vote_count_column_before_a_comment_is_no_part_of_its_text():
    markup = '<article><p>The alarm question.</p></article><h3>3 Comments</h3><div class="w9">{}</div>'.format(
        _scored("+6", "ada", "Cancel the alarm with the same intent.")
        + _scored("-2", "bo", "That never worked for me.")
        + _scored("+30", "cy", "It works on every version I tried.")
        + _scored("+1", "dee", "Same here, it fixed the crash on my phone.")
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("ada", "Cancel the alarm with the same intent. –"),
        ("bo", "That never worked for me. –"),
        ("cy", "It works on every version I tried. –"),
        ("dee", "Same here, it fixed the crash on my phone. –"),
    ]


def test_a_reader_s_plus_one_on_a_line_of_its_own_stays_in_the_words():
    markup = '<article><p>The alarm question.</p></article><h3>3 Comments</h3><div class="w9">{}</div>'.format(
        _scored("", "ada", "+1<br>Cancel the alarm with the same intent.")
        + _scored("", "bo", "-1<br>That never worked for me.")
        + _scored("", "cy", "It works on every version I tried.")
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("ada", "+1\nCancel the alarm with the same intent. –"),
        ("bo", "-1\nThat never worked for me. –"),
        ("cy", "It works on every version I tried. –"),
    ]


def test_a_reply_of_one_chinese_character_in_a_block_of_its_own_keeps_its_text():
    item = """<div class="reply-row" id="reply{n}8769"><div class="right">
      <h3><a href="/user/{name}">{name}</a> <span>{n}0分钟前</span></h3>
      <div class="words"><a href="javascript:answer({n})">{words}</a></div>
      <div class="row-time"><a href="javascript:like({n})">0</a> <span>|</span>
      <a href="javascript:answer({n})">回复</a></div></div></div>"""
    markup = '<div id="comments">{}{}{}</div>'.format(
        item.format(n=1, name="李子", words="哦"),
        item.format(n=2, name="林海", words="收到，遵执行！"),
        item.format(n=3, name="沙拉", words="注意嗅觉味觉"),
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("李子", "哦"),
        ("林海", "收到，遵执行！"),
        ("沙拉", "注意嗅觉味觉"),
    ]


def _labelled(name: str, words: str) -> str:
    return f"""<li class="comment"><cite class="fn">{name}</cite> <time>3 May 2024 10:15</time>
      <div class="comment-text">{words}</div></li>"""


def test_a_label_line_over_most_comments_is_the_template_s_not_the_words():
    markup = "<ol class='comments'>{}</ol>".format(
        _labelled("Ada", "Says:<br>Cancel the alarm with the same intent.")
        + _labelled("Bo", "Says:<br>That never worked for me.")
        + _labelled("Cy", "Says:<br>It works on every version I tried.")
        + _labelled("Dee", "Update:<br>Fixed in the last release.")
    )
    assert [c.text for c in comments_of(markup)] == [
        "Cancel the alarm with the same intent.",
        "That never worked for me.",
        "It works on every version I tried.",
        "Update:\nFixed in the last release.",
    ]


def test_one_reader_s_label_line_and_a_shared_quote_label_stay_in_the_words():
    markup = "<ol class='comments'>{}</ol>".format(
        _labelled("Ada", "Update:<br>Cancel the alarm with the same intent.")
        + _labelled("Bo", "Quote:<br>Ada wrote it.<br>That never worked for me.")
        + _labelled("Cy", "Quote:<br>Bo wrote it.<br>It works on every version I tried.")
        + _labelled("Dee", "Quote:<br>Cy wrote it.<br>Same here.")
    )
    assert [c.text.split("\n")[0] for c in comments_of(markup)] == [
        "Update:",
        "Quote:",
        "Quote:",
        "Quote:",
    ]


def _with_button(name: str, words: str) -> str:
    return f"""<li class="comment"><cite class="fn">{name}</cite> <time>3 May 2024 10:15</time>
      <div class="comment-text">{words}<br><a href="#reply">ответить</a></div></li>"""


def test_a_reply_button_ending_most_named_comments_is_no_part_of_their_words():
    markup = "<ol class='comments'>{}</ol>".format(
        _with_button("Ada", "Cancel the alarm with the same intent.")
        + _with_button("Bo", "That never worked for me.")
        + _with_button("Cy", "It works on every version I tried.")
    )
    assert [c.text for c in comments_of(markup)] == [
        "Cancel the alarm with the same intent.",
        "That never worked for me.",
        "It works on every version I tried.",
    ]
