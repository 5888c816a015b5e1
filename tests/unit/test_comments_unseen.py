"""Comment extraction on markups first met on pages nobody had read, from small pages
written here."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments
from flows.parse.comments.meta_line import read_meta_line
from tests.support.comment_pages import FETCHED, comments_of, rows


def test_dated_teasers_with_comment_counts_are_not_comments():
    markup = """<ul class="news">
    <li><a href="/news/rain-1">Rain expected on Sunday</a>
      <div class="commentContainer"><time datetime="2024-11-01T08:00:00">08:00</time>
      <a class="commentAmount" href="/news/rain-1#comments">4</a></div></li>
    <li><div class="linkItemContainer"><time datetime="2024-11-02T09:00:00">2.11.</time>
      <div class="linkCommentBox"><a href="/news/trains-2">New trains for the city</a>
      <a class="commentBox" href="/news/trains-2#comment"><span>12</span></a></div></div></li>
    </ul>"""
    assert comments_of(markup) == []


def test_a_comment_that_is_only_a_pasted_address_is_kept():
    markup = """<ol class="comment-list">
    <li class="comment"><time datetime="2024-11-01T08:00:00Z">1 Nov</time>
      <div class="comment-text"><p><a href="https://docs.example.org/modules.html">https://docs.example.org/modules.html</a></p></div></li>
    <li class="comment"><time datetime="2024-11-01T09:00:00Z">1 Nov</time>
      <div class="comment-text"><p>Thanks, that helps.</p></div></li>
    </ol>"""
    assert [c.text for c in comments_of(markup)] == [
        "https://docs.example.org/modules.html",
        "Thanks, that helps.",
    ]


def test_the_author_and_date_line_in_a_header_bar_names_the_comment():
    markup = """<div class="comments">
    <div class="commentnew" id="comment-1"><div class="commentheader">
      <div class="report"><a href="/report?id=1"><img src="flag.png"></a></div>
      <a href="/profile?id=7">Juno the Loon</a> <span class="separator">&bull;</span>
      <a href="#comment-1">#1</a> <span class="separator">&bull;</span> 8:05 PM Wednesday, Aug 18, 2010
      <span class="separator">&bull;</span> <a href="javascript:void(0)">Reply</a></div>
      <div class="commentcontent"><p>First words.</p></div></div>
    <div class="commentnew" id="comment-2"><div class="commentheader">
      <a href="/profile?id=8">Anon</a> <span class="separator">&bull;</span>
      <a href="#comment-2">#2</a> <span class="separator">&bull;</span> 9:10 AM Thursday, Aug 19, 2010
      </div><div class="commentcontent"><p>Second words.</p></div></div>
    <div class="commentnew" id="comment-3"><div class="commentheader">
      Bo
      replied to <a href="#comment-1">comment from Juno the Loon</a>
      <span class="separator">&bull;</span> <a href="#comment-3">#3</a> <span>&bull;</span> 9:30 AM Thursday, Aug 19, 2010
      </div><div class="commentcontent"><p>Third words.</p></div></div>
    </div>"""
    found = comments_of(markup)
    assert [(c.author, c.text, c.posted_at) for c in found] == [
        ("Juno the Loon", "First words.", datetime(2010, 8, 18, 20, 5, tzinfo=UTC)),
        ("Anon", "Second words.", datetime(2010, 8, 19, 9, 10, tzinfo=UTC)),
        ("Bo", "Third words.", datetime(2010, 8, 19, 9, 30, tzinfo=UTC)),
    ]


@pytest.mark.parametrize(
    ("line", "author", "moment"),
    [
        (
            "Ada • #3 • 8:05 PM Wednesday, Aug 18, 2010",
            "Ada",
            datetime(2010, 8, 18, 20, 5, tzinfo=UTC),
        ),
        ("Commento di Giovy 24 Ottobre 2020", "Giovy", datetime(2020, 10, 24, tzinfo=UTC)),
    ],
)
def test_meta_lines_with_the_clock_first_a_post_number_or_an_italian_label(line, author, moment):
    meta = read_meta_line(line, FETCHED)
    assert meta is not None and (meta.author, meta.posted_at) == (author, moment)


def test_text_in_a_form_with_nothing_to_fill_in_is_the_comment_and_removed_ones_are_dropped():
    markup = """<div class="sitetable">
    <div class="thing comment" id="thing_1"><p class="tagline">
      <a href="/user/ada" class="author">ada</a> <time datetime="2016-10-13T12:19:03+00:00">2 hours ago</time></p>
      <form action="#" class="usertext"><input type="hidden" name="thing_id" value="t1_1">
        <div class="usertext-body"><div class="md"><p>Why is the model better?</p></div></div></form>
      <ul class="buttons"><li><a href="/r/x/comments/1/a/1">permalink</a></li></ul>
      <div class="child">
        <div class="thing deleted comment"><p class="tagline"><em>[deleted]</em>
          <time datetime="2016-10-13T13:00:00+00:00">1 hour ago</time></p>
          <div class="usertext"><div class="md"><p>[removed]</p></div></div>
          <div class="child">
            <div class="thing comment" id="thing_3"><p class="tagline">
              <a href="/user/bo" class="author">bo</a> <time datetime="2016-10-13T13:30:00+00:00">1 hour ago</time></p>
              <form action="#" class="usertext"><input type="hidden" name="thing_id" value="t1_3">
                <div class="md"><p>It has more data.</p></div></form></div>
          </div></div>
      </div></div>
    </div>"""
    assert rows(comments_of(markup)) == [
        ("ada", "Why is the model better?", None),
        ("bo", "It has more data.", 0),
    ]


def _archive(posts: str) -> str:
    return f"""<html><body><h1>Forum archive</h1><h2>Graphics &gt; Map editors</h2>
    <div id="posts">{posts}</div></body></html>"""


def _post(number: int, name: str, when: str, text: str) -> str:
    return f"""<div class="post"><h4>#{number} - {name} - {when}</h4>
    <div class="postbody"><span class="postbody">{text}</span></div></div>"""


def test_posts_headed_by_an_author_and_date_line_are_read_without_the_opening_post():
    html = _archive(
        _post(13390, "RaBBi", "Fri Dec 12, 2003 3:15 pm", "Has anyone used this map editor? " * 4)
        + _post(13392, "tepples", "Fri Dec 12, 2003 4:18 pm", "Use an appended file system.")
        + _post(13393, "RaBBi", "Fri Dec 12, 2003 4:38 pm", "Thanks, I will try it.")
        + _post(
            13394,
            "olimar",
            "Sat Dec 13, 2003 9:52 pm",
            "Last edited by olimar on Sat Dec 13, 2003 9:55 pm; edited 1 time in total",
        )
    )
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text, c.posted_at) for c in found] == [
        ("tepples", "Use an appended file system.", datetime(2003, 12, 12, 16, 18, tzinfo=UTC)),
        ("RaBBi", "Thanks, I will try it.", datetime(2003, 12, 12, 16, 38, tzinfo=UTC)),
    ]


def test_imageboard_replies_are_read_by_their_post_numbers_without_the_opening_post():
    html = """<html><body><form action="board.php" method="POST">
    <input type=checkbox name=100 value=delete>08/06/22(日)21:32:28 No.100
    <blockquote>The opening post of the thread.</blockquote>
    <table><tr><td>…</td><td><input type=checkbox name=101 value=delete>08/06/22(日)21:33:32 No.101
      <blockquote>First reply.</blockquote></td></tr></table>
    <table><tr><td>…</td><td><input type=checkbox name=102 value=delete>
      <span class="name">Toshiaki</span> 08/06/22(日)21:34:20 No.102
      <blockquote>Second reply.<br>Two lines.</blockquote></td></tr></table>
    </form></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text, c.posted_text) for c in found] == [
        (None, "First reply.", "08/06/22(日)21:33:32"),
        ("Toshiaki", "Second reply.\nTwo lines.", "08/06/22(日)21:34:20"),
    ]


def test_quotes_after_dates_without_post_numbers_are_not_imageboard_replies():
    html = """<html><body><article><p>Story.</p>
    <div><p>2024/06/22 10:00</p><blockquote>A quoted source.</blockquote></div>
    <div>Updated 2024/06/23 11:00 <blockquote>Another quote.</blockquote></div>
    <div>Updated 2024/06/24 12:00 <blockquote>A third quote.</blockquote></div>
    </article></body></html>"""
    assert extract_comments(LexborHTMLParser(html), FETCHED) == []


def _d3_comment(number: int, name: str, text: str, replies: str = "") -> str:
    return f"""<div class="b-comment" id="b-comment-{number}"><div class="b-comment__body">
      <div class="b-comment__container"><div class="b-comment__content">{text}</div></div>
      <div class="b-comment__footer"><div class="b-rating b-comment__rating"><span>+5</span></div>
      <span><span class="b-comment__user-label">Написал</span><a class="b-comment__user-login"
        href="https://example.ru/user/{name}/"><span class="b-user-login__login">{name}</span></a><a
        class="b-action b-comment__time" href="/post#{number}">сегодня в 11:49</a></span></div>
    </div>{replies}</div>"""


def test_an_item_showing_only_a_label_and_its_author_takes_the_text_item_inside_it():
    markup = _d3_comment(
        1,
        "gena",
        "Thank goodness nothing else happened!",
        _d3_comment(2, "max", "It was about to."),
    )
    assert rows(comments_of(f'<div class="b-comments">{markup}</div>')) == [
        ("gena", "Thank goodness nothing else happened!", None),
        ("max", "It was about to.", 0),
    ]


def _message(name: str, age: str, text: str) -> str:
    return f"""<div class="sp_message-view"><div class="sp_message-details">
      <span class="sp_username">{name}</span><div class="sp_stats"><span class="sp_posted-at">
      <span>{age}</span></span></div></div><div class="sp_message-entities">
      <div class="sp_entity sp_text-entity">{text}</div></div>
      <div class="sp_message-actions"><span class="sp_message-reply">Reply</span>
      <span class="sp_count-label">67 Likes</span></div></div>"""


def test_a_conversation_of_messages_with_compact_ages_is_read():
    markup = f"""<div class="sp_conversation"><ul class="sp_messages-list">
    <li>{_message("Scal", "15h", "No one is forced to attend.")}</li>
    <li>{_message("justme", "2d", "Maybe these visits should end.")}</li>
    </ul></div>"""
    found = comments_of(markup)
    assert [(c.author, c.text, c.posted_at) for c in found] == [
        ("Scal", "No one is forced to attend.", datetime(2024, 11, 2, 19, 20, tzinfo=UTC)),
        ("justme", "Maybe these visits should end.", datetime(2024, 11, 1, 10, 20, tzinfo=UTC)),
    ]


def test_a_linked_name_above_the_text_and_a_short_weekday_opening_the_date_line():
    markup = """<div id="comments">
    <div class="comment-row"><div class="content"><div class="comment">
      <ul class="user-info"><li class="name"><a href="https://example.com/profile-marck">Marck</a></li>
      <li class="date">Wed, 08/09/2023 09:55</li></ul>
      <p>Courage, and thanks for telling us.</p></div></div></div>
    <div class="comment-row"><div class="content"><div class="comment">
      <ul class="user-info"><li class="name"><a href="https://example.com/profile-alvaro">Alvaro</a></li>
      <li class="date">Thu, 08/10/2023 10:05</li></ul>
      <p>Glad you are better.</p></div></div></div>
    </div>"""
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Marck", "Courage, and thanks for telling us."),
        ("Alvaro", "Glad you are better."),
    ]
    meta = read_meta_line("Wed, 08/09/2023 09:55", FETCHED)
    assert meta is not None and meta.author is None


def _subsilver_post(name: str, when: str, subject: str, text: str) -> str:
    return f"""<tr><td class="row1"><span class="name"><b>{name}</b></span><br>
      <span class="postdetails">Joined: 23 Aug 2002<br>Posts: 131<br>Location: Rio<br></span></td>
      <td class="row1"><table><tr><td><span class="postdetails">Posted: {when}
      &nbsp; Post subject: {subject}</span></td></tr>
      <tr><td><span class="postbody">{text}</span></td></tr></table></td></tr>
    <tr><td class="spaceRow" colspan="2"></td></tr>
    <tr><td class="row1"><a href="#top">Back to top</a></td><td></td></tr>"""


def test_forum_rows_with_a_user_column_and_a_posted_line_are_read():
    markup = f"""<table class="forumline"><tr><th>Author</th><th>Message</th></tr>
    {_subsilver_post("Captain", "Tue May 06, 2003 8:50 pm", "so you know it", "Look down a few threads.")}
    {_subsilver_post("Joao", "Wed May 07, 2003 1:23 am", "still lost", "Still unable to find it.")}
    </table>"""
    found = comments_of(markup)
    assert [(c.author, c.text, c.posted_at) for c in found] == [
        ("Captain", "Look down a few threads.", datetime(2003, 5, 6, 20, 50, tzinfo=UTC)),
        ("Joao", "Still unable to find it.", datetime(2003, 5, 7, 1, 23, tzinfo=UTC)),
    ]


def _answer(number: int, name: str, text: str, when: str, title: str) -> str:
    return f"""<div id="answer-{number}" class="answer"><table><tr><td>
      <div class="post-text"><p>{text}</p></div>
      <table><tr><td class="post-signature"><div class="user-info">
        <div class="user-action-time">answered <span title="{title}" class="relativetime">{when}</span></div>
        <div class="user-details"><a href="/users/{number}/{name.lower()}">{name}</a></div>
      </div></td></tr></table></td></tr></table></div>"""


def test_a_date_whose_year_is_only_in_the_tooltip_of_an_inner_element_dates_the_post():
    html = f"""<html><body><div id="question"><p>How do I select all text on focus?</p></div>
    <div id="answers">
    {_answer(97499, "Jakub", "Use the click event.", "Sep 18 at 22:07", "9/18/2008 10:07:28 PM UTC")}
    {_answer(97507, "Sam", "Call SelectAll in Enter.", "Sep 19 at 7:15", "9/19/2008 7:15:02 AM UTC")}
    </div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text, c.posted_at) for c in found] == [
        ("Jakub", "Use the click event.", datetime(2008, 9, 18, 22, 7, 28, tzinfo=UTC)),
        ("Sam", "Call SelectAll in Enter.", datetime(2008, 9, 19, 7, 15, 2, tzinfo=UTC)),
    ]


def _bug_comment(label: str, name: str, text: str) -> str:
    return f"""<div class="bz_comment"><div class="bz_comment_head">
      <span class="bz_comment_number"><a href="show_bug.cgi?id=9#c">{label}</a></span>
      <span class="bz_comment_user"><span class="fn">{name}</span></span>
      <span class="bz_comment_time">2013-03-29 11:29:14 UTC</span></div>
      <pre class="bz_comment_text">{text}</pre></div>"""


def test_a_description_before_comments_numbered_from_one_is_not_a_comment():
    markup = (
        '<table class="bz_comment_table"><tr><td>'
        + _bug_comment("Description", "Jan", "The bug: a crash on start.")
        + _bug_comment("Comment 1", "Jan", "Tracking bugs created.")
        + _bug_comment("Comment 2", "Update System", "The fix has been pushed.")
        + "</td></tr></table>"
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Jan", "Tracking bugs created."),
        ("Update System", "The fix has been pushed."),
    ]


def test_a_flat_comment_linking_to_the_comment_it_answers_replies_to_it():
    markup = """<ol class="comments">
    <li id="comment-3" class="comment"><dl><dt>3. <a>stuey</a>
      <span class="datestamp">09:02 PM 10/28/10</span></dt>
      <dd class="commentBody"><p>We march to extinction.</p>
      <a title="Link to this comment" href="#comment-3">Link to this</a></dd></dl></li>
    <li id="comment-4" class="comment"><dl><dt>4. <a>James</a>
      <span class="in-reply-to">in reply to <a href="#comment-3">stuey</a></span>
      <span class="datestamp">07:45 AM 10/29/10</span></dt>
      <dd class="commentBody"><p>You caught on quickly, see <a href="#comment-3">above</a>.</p></dd></dl></li>
    <li id="comment-5" class="comment"><dl><dt>5. <a>Ralf</a>
      <span class="datestamp">08:27 PM 10/30/10</span></dt>
      <dd class="commentBody"><p>As <a href="#comment-3">stuey</a> said, no.</p></dd></dl></li>
    </ol>"""
    assert [(c.author, c.parent) for c in comments_of(markup)] == [
        ("stuey", None),
        ("James", 0),
        ("Ralf", None),
    ]


def _jive_post(depth: int, shade: str, number: int, subject: str, name: str, text: str) -> str:
    answers = (
        f'<span class="by">In reply to: <a href="/m?id={number - 1}#{number - 1}">Help</a> by '
        f'<a href="/profile/someone/">someone</a></span>'
        if number > 1
        else ""
    )
    return f"""<a name="{number}"></a><div class="post-l{depth} {shade}"><div class="arw-li">
      <div class="inter-pagination">Post {number} of 3</div><h3>{subject}</h3>
      <span class="by">by <a href="/profile/{name}/">{name}</a> - 12/14/08 10:2{number} AM</span>
      {answers}<p>{text}</p>
      <div class="reply"><a href="/reply?m={number}">Reply</a></div></div></div>"""


def test_posts_whose_subject_heading_is_followed_by_a_signed_line_are_read():
    html = f"""<html><body><h1>Networking forum</h1><div class="content">
    {_jive_post(1, "wht-bx", 1, "File sharing", "mgsoldba", "I want to share files between two PCs.")}
    {_jive_post(2, "grn-bx", 2, "Which OS?", "Steven", "Have you created the share?")}
    {_jive_post(3, "wht-bx", 3, "Both connected", "mgsoldba", "Yes, both PCs ping each other.")}
    </div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text) for c in found] == [
        ("Steven", "Have you created the share?"),
        ("mgsoldba", "Yes, both PCs ping each other."),
    ]


@pytest.mark.parametrize(
    ("shown", "name"),
    [("de Gontran", "Gontran"), ("por Ana", "Ana"), ("di Luca", "Luca"), ("De Jong", "De Jong")],
)
def test_a_lower_case_romance_by_word_leaves_the_author_line(shown, name):
    markup = f"""<div class="post"><p class="author"><a href="#p1"><img src="i.gif" alt=""></a>{shown} &raquo; Dim 9 Oct 2011 14:02</p>
      <div class="content">Salut, ça marche.</div></div>
    <div class="post"><p class="author"><a href="#p2"><img src="i.gif" alt=""></a>{shown} &raquo; Dim 9 Oct 2011 15:02</p>
      <div class="content">Merci bien.</div></div>"""
    assert [c.author for c in comments_of(f'<div class="comments">{markup}</div>')] == [name, name]


def test_an_account_handle_after_the_display_name_is_not_part_of_the_author():
    markup = """<ul class="comments-list">
    <li class="comments-list__item"><div class="comment-content">
      <div class="comment-content__author-name">chompers <a href="/user/evan"><small>@evan</small></a></div>
      <div class="comment-content__date"><time datetime="2018-11-02 16:38:29">Nov 2, 2018</time></div>
      <div class="comment-content__text"><p>You look shorter in all of them.</p></div></div></li>
    <li class="comments-list__item"><div class="comment-content">
      <div class="comment-content__author-name">velt <a href="/user/velt"><small>@velt</small></a></div>
      <div class="comment-content__date"><time datetime="2018-11-02 17:00:00">Nov 2, 2018</time></div>
      <div class="comment-content__text"><p>Is 5ft8 not average?</p></div></div></li>
    </ul>"""
    assert [c.author for c in comments_of(markup)] == ["chompers", "velt"]
