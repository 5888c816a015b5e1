"""Forum and feed markups no rule names, read by their structure, from small pages written
here: posts whose parts are numbered alike, menus among numbered lists, links to users'
pages, cards that link away, authors answering another user."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments import extract_comments
from flows.parse.comments.shared_chrome import without_shared_chrome
from flows.parse.people import profile_link

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def comments_of(body: str) -> list[Comment]:
    html = f"<html><body><h1>Topic</h1><p>The topic's opening words.</p>{body}</body></html>"
    return extract_comments(LexborHTMLParser(html), FETCHED)


def _profiled_post(number: int, name: str, text: str) -> str:
    return f"""<div class="entry"><a id="p{number}"></a><div class="inner">
      <dl class="side" id="profile{number}">
        <dt><a href="/memberlist.php?u={number}"><img src="/avatar.png" alt=""></a></dt>
        <dt><a href="/memberlist.php?u={number}" class="username">{name}</a></dt>
        <dd><strong>Posts:</strong> <a href="/search?a={number}">{70 + number}</a></dd>
        <dd><strong>Joined:</strong> <span class="timestamp">Sun Mar 09, 2014 1:30 am</span></dd>
        <dd><strong>Location:</strong> Seattle, Washington, United States of America</dd>
      </dl>
      <div class="body"><div id="post_content{number}">
        <h3><a href="#p{number}">Re: Engines</a></h3>
        <p class="by"><span class="timestamp">Thu Jan 0{number}, 2020 8:48 pm</span></p>
        <div class="words">{text}</div>
      </div></div>
    </div></div>"""


def test_a_post_is_the_block_holding_its_parts_numbered_alike():
    page = (
        "<div class='topic'>"
        + "".join(
            _profiled_post(n, name, text)
            for n, name, text in [
                (1, "ada", "Does anyone have news on the engine tests or the first flight?"),
                (2, "bo", "The first flight is planned for the spring, weather permitting."),
                (3, "cy", "They moved the first airframe into the paint hangar yesterday."),
            ]
        )
        + "</div>"
    )
    found = {c.author: c.text for c in comments_of(page)}
    assert "The first flight is planned for the spring" in found["bo"]
    assert all("Posts:" not in text for text in found.values())


def _menu(number: int) -> str:
    entries = "".join(
        f'<li id="menu-item-{number * 10 + n}"><a href="/page/{n}">Page {n}</a></li>'
        for n in range(3)
    )
    return f"<ul>{entries}</ul>"


def test_numbered_rows_linking_to_users_are_tried_before_a_menus_entries():
    posts = "".join(
        f"""<li class="box" id="post_{n}">
          <div><a href="/members/{name}/">{name}</a></div>
          <div><span>04-0{n}-2019, 09:29 PM</span></div>
          <blockquote>{text}</blockquote></li>"""
        for n, name, text in [
            (1, "ada", "Do they still use spinal taps to look for damage to the nerves?"),
            (2, "bo", "Yes, a lumbar puncture is still used when the scans are unclear."),
            (3, "cy", "Mine was done last spring and the results came in two weeks."),
        ]
    )
    page = "".join(_menu(n) for n in range(7)) + f'<ol id="posts">{posts}</ol>'
    found = [c.author for c in comments_of(page)]
    assert "bo" in found and "cy" in found


def test_a_script_named_for_users_asked_by_id_links_to_a_profile():
    assert profile_link("user_info.pl?id=2436")
    assert profile_link("/forum/member.php?u=2")
    assert profile_link("member.php?107175-Crazyguy&s=bf4de")
    assert not profile_link("/forum/topic.php?u=2")


def _card(name: str, title: str, text: str) -> str:
    return f"""<div class="stream" itemscope
        itemtype="http://schema.org/DiscussionForumPosting">
      <div class="head"><span itemprop="author"><a href="/members/{name}/">{name}</a></span>
        <span itemprop="datePublished">26/11/19</span></div>
      <a href="/topic/{title.lower()}"><div itemprop="headline">{title}</div>
        <div class="words"><p>{text}</p></div></a>
    </div>"""


def test_a_card_whose_words_link_to_another_page_is_no_comment():
    page = "".join(
        _card(name, title, text)
        for name, title, text in [
            ("ada", "Stress", "I am just wondering how people deal with stress these days…"),
            ("bo", "Spasticity", "All my pain is heightened at night and I am stiff…"),
            ("cy", "Gilenya", "I start the pills in a week and I am anxious about it…"),
        ]
    )
    assert comments_of(page) == []


def test_a_preview_linking_its_author_and_date_line_stays_a_comment():
    previews = "".join(
        f"""<li><a href="/article/comments/1/"><h4>15.04.2011, 13:02 | {name}:</h4>
          <p>{text}</p></a></li>"""
        for name, text in [
            ("Hans", "Someone streamed the demonstration live yesterday, for hours..."),
            ("Vic", "The friends of the movement grow in number week after week..."),
        ]
    )
    page = f'<div class="box"><h2>Leserkommentare (10)</h2><ul>{previews}</ul></div>'
    assert [c.author for c in comments_of(page)] == ["Hans", "Vic"]


def test_the_first_of_two_users_an_author_element_links_is_the_author():
    replies = "".join(
        f"""<div class="resp" id="resp-{n * 37}">
          <div class="resp__author"><a href="/user/{name}">{name}</a><span>in reply to </span><a
            href="/user/{to}">{to}</a></div>
          <time datetime="2019-11-1{n}T21:20:08">1{n} days ago</time>
          <div class="resp__text"><p>{text}</p></div></div>"""
        for n, name, to, text in [
            (1, "ada", "bo", "When I was first diagnosed I was prescribed something else."),
            (2, "cy", "ada", "Glad that you came out of it, what a story that is."),
            (3, "bo", "cy", "I take it and it really helps, dry mouth is worth it."),
        ]
    )
    story = "<p>" + "The story the replies are about, told at some length. " * 8 + "</p>"
    page = f'{story}<div class="comments">{replies}</div>'
    assert [c.author for c in comments_of(page)] == ["ada", "cy", "bo"]


def _topic_page(title: str, headings: str, posts: str) -> list[Comment]:
    html = f"<html><head><title>{title}</title></head><body>{headings}{posts}</body></html>"
    return extract_comments(LexborHTMLParser(html), FETCHED)


def _forum_post(number: int, name: str, text: str, subject: str = "") -> str:
    heading = f"<h3>{subject}</h3>" if subject else ""
    return f"""<div class="post" id="p{number}">{heading}
      <p class="author">by <a href="/memberlist.php?u={number}">{name}</a>
        » Mon Apr 2{number % 10}, 2020 11:17 am</p>
      <div class="content">{text}</div></div>"""


_THREAD = [
    (4101, "ada", "My screen stays black after I log in, whatever I try with the drivers."),
    (4187, "bo", "Install the newer release, the old kernel is too old for that card."),
    (4230, "cy", "Same card here, the newer release fixed it for me straight away."),
]


_NAVIGATION = "".join(
    f"<li><span>Section {n} of the forum, its latest topics and news</span></li>" for n in range(6)
)


def test_the_heading_the_title_opens_with_is_the_page_title_a_topic_post_follows():
    posts = "".join(_forum_post(n, name, text) for n, name, text in _THREAD)
    found = _topic_page(
        "Login loop › Installing › Forum › example.org",
        f"<h1>example.org</h1><ul>{_NAVIGATION}</ul><h2>Login loop</h2>",
        posts,
    )
    assert [c.author for c in found] == ["bo", "cy"]


def test_a_first_post_alone_showing_a_subject_opens_the_topic():
    posts = "".join(
        _forum_post(n, name, text, "Does this sound like MS?" if n == 4101 else "")
        for n, name, text in _THREAD
    )
    story = "<p>" + "A community for people living with the condition and their carers. " * 5
    found = _topic_page("Discussions | Connection", f"<h1>Connection</h1>{story}</p>", posts)
    assert [c.author for c in found] == ["bo", "cy"]


def test_striped_rows_alternating_two_classes_are_one_list():
    rows = "".join(
        f"""<div class="entry-{"even" if n % 2 else "odd"}">
          <div class="side"><a href="/profile.aspx?p={n}">{name}</a><div>Posts : 4{n}0</div></div>
          <div class="main"><div class="when">Posted 1/1{n}/2019 8:44 PM</div>
            <div class="words">{text}</div></div></div>"""
        for n, name, text in [
            (1, "ada", "Has anyone tried cutting the patch in half for a smaller dose?"),
            (2, "bo", "Some medicines are not spread evenly through a patch, ask first."),
            (3, "cy", "My mother has crushed her tablets for years without any trouble."),
            (4, "di", "With any extended release medicine the maker says not to cut it."),
            (5, "ed", "Thank you all, I will ask the pharmacist before I try anything."),
        ]
    )
    page = f'<div class="row">New topic · Reply</div>{rows}<div class="row">Next</div>'
    assert [c.author for c in comments_of(page)] == ["ada", "bo", "cy", "di", "ed"]


def test_text_rows_each_under_a_dated_heading_row_are_posts_by_its_user_column():
    rows = "".join(
        f"""<tr><td rowspan="2"><a name="{n}"><div><b>{name}</b><br><span>{rank}</span></div>
          </a></td><td><img src="/s.gif" alt=""> #{n}
          erstellt: 2{n}. Apr 2020, <span>19:4{n}</span></td></tr>
        <tr class="text-row"><td><div>{text}</div></td></tr>"""
        for n, name, rank, text in [
            (1, "ada", "Regular", "Which amplifier would you pair with these old speakers?"),
            (2, "bo", "Inventory", "Any amplifier that handles four ohms will do for those."),
            (3, "cy", "Visitor", "A used receiver from the nineties sounds fine with them."),
        ]
    )
    page = f"<table><tr><th>Author</th><th>Post</th></tr>{rows}</table>"
    found = [(c.author, c.text) for c in comments_of(page)]
    assert found == [
        ("ada", "Which amplifier would you pair with these old speakers?"),
        ("bo", "Any amplifier that handles four ohms will do for those."),
        ("cy", "A used receiver from the nineties sounds fine with them."),
    ]


def test_a_post_folded_inside_an_item_lends_it_no_text():
    def response(number: int, name: str, text: str, inner: str = "", kind: str = "") -> str:
        return f"""<div class="{kind}" id="post-resp-{number}"><div class="resp-item">
          <div class="resp-head"><a href="/user/{name}">{name}</a>
            <time datetime="2019-11-16T03:27:43">10 days ago</time></div>
          <div class="resp-text"><p>{text}</p></div></div>{inner}</div>"""

    folded = response(
        8826, "di", "A folded answer, longer than the one it answers, by far and away."
    )
    thread = "".join(
        [
            response(
                5519, "ada", "Has anyone here tried the injections for this?", kind="sub-comment"
            ),
            response(
                6410,
                "bo",
                "No, not yet, but my doctor keeps suggesting them.",
                folded,
                "sub-comment",
            ),
            response(
                7731, "cy", "They helped me a lot after the second round.", kind="sub-comment"
            ),
        ]
    )
    found = [(c.author, c.text) for c in comments_of(f'<div class="responses">{thread}</div>')]
    assert found[1] == ("bo", "No, not yet, but my doctor keeps suggesting them.")


def test_a_date_line_left_at_the_head_once_shared_buttons_go_leaves_the_text():
    texts = [
        f"Quote\nThu Jan 0{n}, 2020 8:48 pm\n(last edited: Jan 0{n}, 2020 9:12 pm)\n{words}"
        for n, words in [(2, "First words."), (3, "Second words."), (4, "Third words.")]
    ]
    trimmed = without_shared_chrome([Comment(text=text) for text in texts], FETCHED)
    assert [c.text for c in trimmed] == ["First words.", "Second words.", "Third words."]
