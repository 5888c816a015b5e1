"""Comments cut right on markups first met on pages nobody had read: the author line, the
heads of paired blocks and signatures are no part of a comment's words."""

from __future__ import annotations

from flows.contracts import Comment
from flows.parse.comments.shared_chrome import without_shared_chrome
from tests.support.comment_pages import FETCHED, comments_of


def _said(number: int, name: str, text: str) -> str:
    return f"""<li id="comment-{number}"><p>August 9th, 2012 at 8:{number:02d} am</p>
      <p><strong>{name}</strong> said,</p><p>{text}</p></li>"""


def test_a_name_said_comma_line_names_the_author_and_leaves_the_text():
    markup = f"""<div class="comments"><ol>
    {_said(1, "infamousdx", "Which hotels in Bali besides the IC?")}
    {_said(2, "Jon H.", "Hong Kong is awesome, I will be back.")}
    {_said(3, "lucky", "@ infamousdx: the W and the Grand Hyatt.")}
    </ol></div>"""
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("infamousdx", "Which hotels in Bali besides the IC?"),
        ("Jon H.", "Hong Kong is awesome, I will be back."),
        ("lucky", "@ infamousdx: the W and the Grand Hyatt."),
    ]


def _term(number: int, name: str, text: str) -> str:
    return f"""<dt><a href="#c{number}">{number}.</a> {name} - August 8, 2012</dt>
      <dd><p>{text}</p></dd>"""


def test_paired_heads_and_texts_keep_a_head_whose_name_reads_as_a_sentence():
    names = [f"Reader{n}" for n in range(1, 10)] + ["This is going to be a long year"]
    pairs = "".join(_term(n, name, f"Words number {n} here.") for n, name in enumerate(names, 1))
    markup = f"""<div id="comments"><h2>Comments</h2><dl>{pairs}</dl></div>"""
    found = comments_of(markup)
    assert [c.text for c in found] == [f"Words number {n} here." for n in range(1, 11)]
    assert [c.author for c in found[:9]] == names[:9]


def _signed(number: int, name: str, title: str, text: str, sig: str) -> str:
    body = f"<p>{text}</p>" if text else ""
    return f"""<div class="citem" id="comment_item_{number}"><div class="comment">
      <h5 class="comment_title">{title}</h5>
      <div class="cbody" id="comment_body_{number}">{body}<div class="sig"><p>{sig}</p></div></div>
      <p class="by">by <a href="/users/{name}">{name}</a> on
      <span class="time">Aug 8, 2012 9:{number:02d} AM</span></p></div></div>"""


def test_a_signature_each_author_repeats_is_left_out_and_a_post_of_only_it_says_its_subject():
    markup = "".join(
        [
            _signed(1, "ada", "Great", "Thanks for the write-up.", "Go Suns!"),
            _signed(2, "bob", "indeed!", "", "In Youth We Trust"),
            _signed(3, "ada", "Also", "The Price part was spot on.", "Go Suns!"),
            _signed(4, "bob", "More", "He means isolation plays.", "In Youth We Trust"),
        ]
    )
    found = comments_of(f'<div id="comments">{markup}</div>')
    assert [(c.author, c.text) for c in found] == [
        ("ada", "Thanks for the write-up."),
        ("bob", "indeed!"),
        ("ada", "The Price part was spot on."),
        ("bob", "He means isolation plays."),
    ]


def test_an_undated_item_holding_the_reply_form_is_no_comment():
    posts = "".join(
        f"""<div class="p-comment_Comment commentbody" id="c{n}"><div class="c_author"><a href="/u/{name}">{name}</a>
        </div><div class="c_text">Words of comment {n}.</div>
        <span class="commentdate">#{n} - Mon Oct 29, 2012 10:{n:02d} AM</span></div>"""
        for n, name in enumerate(["Ada", "Bob", "Cy"], 1)
    )
    form = """<div class="commentcontainer"><div class="commentbody">
      <div class="c_author"><div class="user"><a>Leave a Comment:</a></div></div>
      <div class="c_text"><div>You're in Easy Mode. If you prefer, you can switch.</div>
      <form action="/comment" method="post"><input type="text" name="name">
      <textarea name="text"></textarea><input type="submit" value="Post"></form></div></div></div>"""
    found = comments_of(f'<div class="commentcontainer">{posts}</div>{form}')
    assert [(c.author, c.text) for c in found] == [
        ("Ada", "Words of comment 1."),
        ("Bob", "Words of comment 2."),
        ("Cy", "Words of comment 3."),
    ]


def test_a_lone_copyright_line_in_a_footer_named_like_comments_is_no_comment():
    links = (
        '<ul id="footer-links"><li><a class="link-text" href="http://x.example/a">License/buy our content</a></li>'
        ' | <li><a class="link-text" href="http://x.example/b">Privacy policy</a></li></ul>'
    )
    notice = (
        "© 2012 Guardian News and Media Limited or its affiliated companies. All rights reserved."
    )
    markup = f"""<div id="footer" class="comment footer b4">{links}
      <ul id="copyright-links"><li>{notice}</li></ul></div>"""
    assert comments_of(markup) == []


def test_a_greeting_line_ending_in_a_comma_is_no_name():
    markup = """<div class="comments"><div class="comment-wrapper"><div class="comment" id="comment1">
      <div class="body">Hey guys,<br>have you heard of this: https://www.airbnb.com/<br>
      They show many pictures.</div><div class="signature">October 22, 2012 |
      <a href="/contributor/1">Maggie</a></div></div></div></div>"""
    found = comments_of(markup)
    assert [c.text for c in found] == [
        "Hey guys,\nhave you heard of this: https://www.airbnb.com/\nThey show many pictures."
    ]


def test_undated_blocks_opening_with_who_speaks_in_a_comment_region_are_comments():
    blocks = "".join(
        f"""<div class="coms" id="com_{n}"><div class="coms_mid">
        <span class="blod-user">{name} said, </span>
        <div class="blod-text"><p>{text}</p></div></div></div>"""
        for n, (name, text) in enumerate(
            [
                ("Progress Trap", "The domain name ranks first for the term."),
                ("Jacob", "That was how I thought in the beginning."),
                ("Nikos", "Many have mistaken the forest for the trees."),
            ],
            1,
        )
    )
    found = comments_of(f'<div id="comment_tpl"><h2>3 users responded</h2>{blocks}</div>')
    assert [(c.author, c.text, c.posted_at) for c in found] == [
        ("Progress Trap", "The domain name ranks first for the term.", None),
        ("Jacob", "That was how I thought in the beginning.", None),
        ("Nikos", "Many have mistaken the forest for the trees.", None),
    ]


def test_runs_of_paragraphs_each_closed_by_a_posted_by_line_are_comments():
    def run(number: int, words: str, name: str, when: str) -> str:
        return f"""<a id="c{number}"></a>{words}
        <p class="posted">Posted by: <a href="http://{name}.example.org">{name}</a> | {when}</p>"""

    markup = f"""<h2><a id="comments"></a>Comments</h2>
    {run(1, "<p>priceless.</p>", "atmos", "Mar 20, 2007 10:19:46 PM")}
    {run(2, "<p>Great post.</p><p>Plain text would be better.</p>", "Jon", "Mar 20, 2007 11:21:10 PM")}
    {run(3, "<p>Loved it!</p>", "Ann", "Mar 21, 2007 8:02:11 AM")}"""
    found = comments_of(markup)
    assert [(c.author, c.text) for c in found] == [
        ("atmos", "priceless."),
        ("Jon", "Great post.\nPlain text would be better."),
        ("Ann", "Loved it!"),
    ]
    assert found[0].posted_at is not None


def _unnamed_signed(number: int, name: str, title: str, text: str, sig: str) -> str:
    body = f"<p>{text}</p>" if text else ""
    return f"""<div class="zyvy"><div class="juvy">
      <h5 class="kupo">{title}</h5>
      <div class="vyvy">{body}<div class="wexo"><p>{sig}</p></div></div>
      <p class="wuvy">by <a href="/users/{name}">{name}</a> on
      <span class="tovy">Aug 8, 2012 9:{number:02d} AM</span></p></div></div>"""


def test_a_signature_is_left_out_where_no_class_names_the_parts():
    words = [
        "Thanks for all the hard work and the time you have put into all of these posts!",
        "",
        "The Price part was by far the most spot-on of the whole piece, well written.",
        "He means isolation plays are not efficient when the ball-handler shoots them.",
        "Catching up on the whole series now, these have been really informative so far.",
    ]
    posts = [
        (1, "ada", "Great", words[0], "Go Suns!"),
        (2, "bob", "indeed!", words[1], "In Youth We Trust"),
        (3, "ada", "Also", words[2], "Go Suns!"),
        (4, "bob", "More", words[3], "In Youth We Trust"),
        (5, "cy", "Late", words[4], "Rally the valley"),
    ]
    found = comments_of("<div>" + "".join(_unnamed_signed(*post) for post in posts) + "</div>")
    assert [(c.author, c.text) for c in found] == [
        ("ada", words[0]),
        ("bob", "indeed!"),
        ("ada", words[2]),
        ("bob", words[3]),
        ("cy", words[4]),
    ]


def test_a_text_most_comments_show_word_for_word_is_a_bar_of_controls_not_words():
    bar = "Reply\n| Collapse\n| Block"
    texts = [bar, bar, bar, "A reader's own words about the licence.", bar]
    kept = without_shared_chrome([Comment(text=text, author="x") for text in texts], FETCHED)
    assert [c.text for c in kept] == ["A reader's own words about the licence."]


def test_a_user_columns_lines_alike_but_for_their_numbers_are_no_text():
    # a member card, then "Received N Likes / on / N Posts" above each post's words
    posts = [("0", "0", "The crash video is online."), ("1,296", "536", "Also a smoke plume.")]
    posts += [("3", "1", "Reported to be AI171."), ("20", "5", "The track is limited.")]
    texts = [
        f"Join Date: Jun 2012\nPosts: {n}\nLikes: {n}\nReceived {likes} Likes\non\n{n} Posts\n{text}"
        for likes, n, text in posts
    ]
    kept = without_shared_chrome([Comment(text=text, author="x") for text in texts], FETCHED)
    assert [c.text for c in kept] == [text for _, _, text in posts]


def test_as_many_blocks_with_an_author_as_the_heading_counts_are_comments_without_dates():
    rows = "".join(
        f"""<li class="qa"><cite class="zu">{name}</cite>
        <div class="vy"><p>{text}</p></div></li>"""
        for name, text in [
            ("NFreak007", "I doubt they will ever close the store."),
            ("Eugene", "Nice article, thanks for the summary."),
            ("King Richards", "Would you allow me to add your site?"),
        ]
    )
    found = comments_of(f'<ul class="kx"><h3>3 Responses</h3>{rows}</ul>')
    assert [(c.author, c.text) for c in found] == [
        ("NFreak007", "I doubt they will ever close the store."),
        ("Eugene", "Nice article, thanks for the summary."),
        ("King Richards", "Would you allow me to add your site?"),
    ]


def test_blocks_fewer_than_the_heading_counts_stay_unread_without_dates():
    rows = "".join(
        f"""<li class="qa"><cite class="zu">{name}</cite><div class="vy"><p>{text}</p></div></li>"""
        for name, text in [("Ada", "First words here."), ("Bob", "Second words here.")]
    )
    assert comments_of(f'<ul class="kx"><h3>19 Responses</h3>{rows}</ul>') == []
