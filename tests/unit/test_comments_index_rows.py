"""Rows of an index read as comments, and a forum's reply and guest marks: a front page's
story rows over empty spacer rows, a list of topics whose words are the topic's title, a
board index with its counts in columns, an "In reply to NAME" link to an anchor before a
post, a guest's badge after a plain-text name. Small pages written here."""

from __future__ import annotations

from tests.support.comment_pages import comments_of, rows

_USERS = ["ada", "bob", "cy", "dee", "eve"]
_TITLES = [
    "A small tutorial for the editor",
    "Why the old printers still work",
    "Notes on building a quiet desk",
    "The river maps of the city archive",
    "How the night trains were planned",
]


def _story(number: int, user: str, title: str) -> str:
    return f"""<tr class="athing" id="{2190000 + number}">
      <td class="title"><span class="rank">{number}.</span></td>
      <td class="title"><a href="https://site{number}.example/post">{title}</a></td></tr>
      <tr><td colspan="2"></td><td class="subtext">
      <span class="score" id="score_{number}">{40 + number} points</span> by
      <a href="user?id={user}" class="hnuser">{user}</a>
      <span class="age"><a href="item?id={number}">{number} hours ago</a></span> |
      <a href="hide?id={number}">hide</a> | <a href="item?id={number}">{number + 6}&nbsp;comments</a>
      </td></tr><tr class="spacer" style="height:5px"></tr>"""


def test_story_rows_over_empty_spacer_rows_are_no_posts():
    stories = "".join(
        _story(number, user, title)
        for number, (user, title) in enumerate(zip(_USERS, _TITLES, strict=True), 1)
    )
    assert comments_of(f'<table class="itemlist">{stories}</table>') == []


def _topic(number: int, user: str, title: str, pages: tuple[int, ...] = (2, 3)) -> str:
    page = f"threads/topic.{29800 + number}/"
    shown = " ".join(f'<a href="{page}page-{shown}">{shown}</a>' for shown in pages)
    nav = f'<span class="itemPageNav"><span>...</span>{shown}</span>' if pages else ""
    return f"""<li id="thread-{29800 + number}" class="discussionListItem visible">
      <div class="listBlock posterAvatar"><a href="members/{user}.{number}/" class="avatar">
      <img src="a.jpg" alt="{user}"></a></div>
      <div class="listBlock main"><div class="titleText"><h3 class="title">
      <a href="{page}">{title}</a>{nav}</h3>
      <div class="secondRow"><div class="posterDate muted">
      <span class="faint">By</span> <a href="members/{user}.{number}/">{user}</a>,
      <a class="faint"><abbr class="DateTime">Apr {number}, 2015 at 10:55 AM</abbr></a>
      </div></div></div></div>
      <div class="listBlock stats"><dl class="major"><dd title="Views">{number * 113}</dd></dl>
      <dl class="minor"><dd title="Replies">{number * 7}</dd></dl></div></li>"""


def test_topic_rows_whose_words_are_mostly_the_topics_title_are_no_comments():
    topics = "".join(
        _topic(number, user, title)
        for number, (user, title) in enumerate(zip(_USERS, _TITLES, strict=True), 1)
    )
    markup = f'<div class="discussionList"><ol class="discussionListItems">{topics}</ol></div>'
    assert comments_of(markup) == []


def test_rows_of_a_list_of_topics_that_are_titles_and_page_numbers_are_no_comments():
    topics = [
        _topic(1, "ada", "A small tutorial for the editor"),
        _topic(2, "bob", "Why the old printers still work"),
        _topic(3, "cy", "Notes on building a quiet desk"),
        _topic(4, "dee", "The river maps of the city archive", ()),
        _topic(5, "eve", "Night trains", (10778, 10779, 10780)),
    ]
    markup = (
        f'<div class="discussionList"><ol class="discussionListItems">{"".join(topics)}</ol></div>'
    )
    assert comments_of(markup) == []


def _board(number: int, name: str, description: str, user: str) -> str:
    return f"""<tr class="row{number % 2}"><td class="tcl"><div class="tclcon">
      <h3><a href="viewforum.php?id={number}">{name}</a></h3>
      <div class="forumdesc">{description}</div></div></td>
      <td class="tc2">{number * 1201:,}</td><td class="tc3">{number * 9733:,}</td>
      <td class="tcr"><a href="viewtopic.php?pid={number}#p{number}">Today 0{number}:27:52</a>
      <span class="byuser">by {user}</span></td></tr>"""


def test_board_rows_with_counts_in_columns_of_their_own_are_no_comments():
    boards = "".join(
        _board(number, title.split()[-1].title(), f"Questions about {title.lower()}.", user)
        for number, (user, title) in enumerate(zip(_USERS, _TITLES, strict=True), 1)
    )
    markup = f"""<div class="blocktable"><h2>Boards</h2><table><thead><tr><th>Forum</th>
      <th>Topics</th><th>Posts</th><th>Last post</th></tr></thead><tbody>{boards}</tbody>
      </table></div>"""
    assert comments_of(markup) == []


def _forem_post(number: int, user: str, answers: tuple[int, str] | None, text: str) -> str:
    reply = (
        f"""<div class="q7">&nbsp; - <a href="topic.html#post-{answers[0]}">In reply
        to {answers[1]}</a></div>"""
        if answers
        else ""
    )
    return f"""<section class="topicView"><div class="forums"><a name="post-{number}"></a>
      <div id="post_{number}" class="post"><div class="user"><div class="username">{user}</div>
      </div><div class="contents"><a href="topic.html#post-{number}">
      <time datetime="2014-03-3{number % 2} 20:41:28">4 months ago</time></a>{reply}
      <p>{text}</p></div></div></div></section>"""


def test_an_in_reply_to_link_to_the_anchor_before_a_post_gives_its_parent_not_a_line():
    posts = [
        _forem_post(101, "kvadde", None, "The game stops at the start screen on my tablet."),
        _forem_post(102, "arcane", (101, "kvadde"), "We are looking into it with the makers."),
        _forem_post(103, "zdanee", (102, "arcane"), "Any news on this? It still stops for me."),
        _forem_post(104, "arcane", (103, "zdanee"), "Please try the new version from today."),
    ]
    comments = comments_of("".join(posts))
    assert [comment.parent for comment in comments] == [None, 0, 1, 2]
    assert not any("In reply to" in comment.text for comment in comments)


def test_an_in_reply_to_link_to_a_bare_hash_names_no_parent():
    posts = [
        _forem_post(101, "kvadde", None, "The game stops at the start screen on my tablet."),
        _forem_post(102, "arcane", (101, "kvadde"), "We are looking into it with the makers."),
        _forem_post(103, "zdanee", None, "Any news on this? It still stops for me."),
    ]
    markup = "".join(posts).replace('name="post-101"', 'name=""')
    markup = markup.replace("topic.html#post-101", "topic.html#")
    comments = comments_of(markup)
    assert [comment.parent for comment in comments] == [None, None, None]


def _drupal_comment(name: str, linked: bool, when: str, text: str) -> str:
    shown = f'<a href="../user/{len(name)}.html" title="View user profile.">{name}</a>'
    return f"""<div class="comment"><div class="submitted">Submitted by
      {shown if linked else name} on {when}.</div><div class="content"><p>{text}</p></div>
      </div>"""


def test_a_lower_case_remark_after_a_plain_name_among_linked_names_is_a_guest_badge():
    posts = [
        _drupal_comment("glyn", True, "Tue, 12/07/2011 - 14:20", "Thanks for posting the code."),
        _drupal_comment(
            "MexicanWatt (not verified)",
            False,
            "Sun, 24/07/2011 - 23:02",
            "Here are some photos of the box.",
        ),
        _drupal_comment("Trystan", True, "Mon, 25/07/2011 - 09:20", "That looks really neat."),
    ]
    markup = f'<div id="comments"><h2>Comments</h2>{"".join(posts)}</div>'
    assert [author for author, _, _ in rows(comments_of(markup))] == [
        "glyn",
        "MexicanWatt",
        "Trystan",
    ]


def _blog_comment(name: str, site: str, text: str) -> str:
    shown = f'<a href="{site}" rel="nofollow">{name}</a>' if site else name
    return f"""<li class="comment"><cite>{shown}</cite> says:
      <span class="date">May 3, 2024 at 9:1{len(name) % 10} am</span><p>{text}</p></li>"""


def test_a_remark_after_a_plain_name_among_names_linking_to_own_sites_stays():
    posts = [
        _blog_comment("Ada", "http://ada-bakes.example/", "The crumb came out just right."),
        _blog_comment("Mimi (another one)", "", "Mine sank in the middle, sadly."),
        _blog_comment("Bob", "http://bob-cooks.example/", "Could this work with rye flour?"),
    ]
    markup = f'<ol class="commentlist">{"".join(posts)}</ol>'
    assert [author for author, _, _ in rows(comments_of(markup))] == [
        "Ada",
        "Mimi (another one)",
        "Bob",
    ]
