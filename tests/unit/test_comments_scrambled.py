"""Comments found on markups whose class names say nothing (made-up words), from small pages
written here: the proxy for markups nobody here has seen."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def comments_of(body: str) -> list[Comment]:
    html = f"<html><body><h1>Topic</h1><p>The topic's opening words.</p>{body}</body></html>"
    return extract_comments(LexborHTMLParser(html), FETCHED)


def _wrapped_in_a_form(number: int, name: str, text: str) -> str:
    return f"""<div id="zuvy-{1000 + number}" class="kyqu"><form>
      <div class="quxa"><a href="/user/{name}">{name}</a>
        <time datetime="2024-10-0{number}T10:00:00">{number} days ago</time></div>
      <div class="wyzo"><p>{text}</p></div>
      <div class="jyvu"><button type="button">Like</button> <a href="#">Reply</a></div>
    </form></div>"""


def test_posts_wrapped_in_a_form_with_nothing_to_fill_in_are_read():
    page = "".join(
        _wrapped_in_a_form(n, name, text)
        for n, name, text in [
            (1, "ada", "I tried the new dose and it helped within a week."),
            (2, "bo", "Mine made me dizzy, so the doctor changed it."),
        ]
    )
    found = [(c.author, c.text) for c in comments_of(page)]
    assert found == [
        ("ada", "I tried the new dose and it helped within a week."),
        ("bo", "Mine made me dizzy, so the doctor changed it."),
    ]


def _reply(stripe: str, name: str, age: str, text: str) -> str:
    return f"""<div class="vuqa"><div class="{stripe} zemo">
      <div class="kiro"><a href="/members/{name}">{name}</a><br>
        <div class="pafu">{age}</div></div>
      <div class="lute"><p>{text}</p></div>
    </div></div>"""


_REPLIES = [
    ("ada", "6 months ago", "Welcome here, the search box finds older threads on this."),
    ("bo", "5 months ago", "Thank you for the welcome and for the tips, they helped."),
    ("cy", "4 months ago", "I buy mine from a shop in town and it works for me."),
    ("di", "3 months ago", "Which strength did you start with, and for how long?"),
]


def test_blocks_whose_wrappers_alternate_two_classes_are_read_by_their_shape():
    page = "".join(
        _reply(("yoxi", "wabe")[n % 2], name, age, text)
        for n, (name, age, text) in enumerate(_REPLIES)
    )
    found = [(c.author, c.text) for c in comments_of(f"<div>{page}</div>")]
    assert found == [(name, text) for name, _, text in _REPLIES]


def test_one_item_named_by_its_schema_loses_to_more_blocks_of_one_shape():
    topic = """<div class="fexo" itemscope itemtype="http://schema.org/DiscussionForumPosting">
      <a href="/members/eve">eve</a> <div class="pafu">7 months ago</div>
      <div itemprop="articleBody"><p>Has anyone tried this oil, and did it help?</p></div>
    </div>"""
    page = "".join(_reply("yoxi", name, age, text) for name, age, text in _REPLIES)
    found = [(c.author, c.text) for c in comments_of(f"{topic}<div>{page}</div>")]
    assert found == [(name, text) for name, _, text in _REPLIES]


_ROWS = [
    ("ada", "Tue May 06, 2003 8:50 pm", "The track is on the second side, near the end."),
    ("bo", "Wed May 07, 2003 1:23 am", "Thanks, I found it there after a long search."),
    ("cy", "Wed May 07, 2003 9:02 pm", "There is a list of the samples on the home page."),
    ("di", "Thu May 08, 2003 4:15 pm", "That list is old, a few of its lines are wrong."),
]


def _table_post(stripe: str, name: str, when: str, text: str, subject: str) -> str:
    return f"""<tr><td class="{stripe}"><span class="zufo"><b>{name}</b></span><br>
        <span class="qela">Joined: 03 Apr 2002<br>Posts: 18</span></td>
      <td class="{stripe}"><table><tr><td><span class="qela">Posted: {when}{subject}</span>
        <hr><span class="wimo">{text}</span></td></tr></table></td></tr>"""


_BUTTONS = """<tr><td class="xeno"><a href="#top">Back to top</a></td><td class="xeno">
    <script>if (navigator.userAgent.indexOf('5.') == -1) document.write('icq 5201211');</script>
    </td></tr>"""


def test_rows_of_buttons_a_script_writes_between_posts_hold_no_comment():
    rows = "".join(
        _table_post(("kupo1", "kupo2")[n % 2], name, when, text, "") + _BUTTONS
        for n, (name, when, text) in enumerate(_ROWS)
    )
    found = [(c.author, c.text) for c in comments_of(f"<table>{rows}</table>")]
    assert found == [(name, text) for name, _, text in _ROWS]


def test_a_date_line_with_a_subject_labelled_after_the_date_dates_the_post():
    rows = "".join(
        _table_post("kupo1", name, when, text, f"  Post subject: Re: Sample {n}")
        for n, (name, when, text) in enumerate(_ROWS)
    )
    found = [(c.author, c.text) for c in comments_of(f"<table>{rows}</table>")]
    assert found == [(name, text) for name, _, text in _ROWS]


def _numbered_post(number: int, name: str, text: str) -> str:
    return f"""<li id="vexo_{number}" class="qumi"><div class="zaro">
        <span class="pilo">12/02/2016, 00:31</span> <a href="#">#{number % 100}</a></div>
      <div class="fira"><a class="nemo" href="member.php?u={number}">{name}</a>
        <dl class="kesa"><dt>Joined</dt><dd>March 2012, from a small town by the sea</dd>
          <dt>Interests</dt><dd>reading, research and long walks in the hills</dd>
          <dt>Posts</dt><dd>16,684</dd></dl>
        <div class="woli"><div id="tuma_{number}">{text}</div></div></div></li>"""


def test_a_short_post_is_the_block_numbered_with_its_row_not_its_user_column():
    page = _numbered_post(783019, "ada", "Greetings, and thanks.") + _numbered_post(
        783020, "bo", "Welcome, ask away."
    )
    found = [(c.author, c.text) for c in comments_of(f'<ol class="yuka">{page}</ol>')]
    assert found == [("ada", "Greetings, and thanks."), ("bo", "Welcome, ask away.")]


def _cell(number: int, name: str, text: str) -> str:
    return f"""<div id="zo_{number}" class="kavi"><table><tr><td>
      <div class="ruwe"><span class="mipo">{number}</span></div>
      <strong><a href="/member/{name}" class="tupa">{name}</a></strong>
      <span class="fenu">{number} 小时前</span>
      <div class="jolo">{text}</div></td></tr></table></div>"""


def test_a_user_link_after_a_loose_at_sign_is_a_mention_in_the_text():
    cells = [
        (5, "ada", "伸手必被捉，当大家白痴么"),
        (6, "bo", '@<a href="/member/ada">ada</a> 你这。。。'),
        (7, "cy", '@<a href="/member/bo">bo</a> 斗鱼好像是跑挖矿程序'),
    ]
    page = "".join(_cell(*cell) for cell in cells)
    found = [(c.author, c.text) for c in comments_of(f"<div>{page}</div>")]
    assert found == [
        ("ada", "伸手必被捉，当大家白痴么"),
        ("bo", "@ada 你这。。。"),
        ("cy", "@bo 斗鱼好像是跑挖矿程序"),
    ]


def _floor(number: int, name: str, text: str) -> str:
    return f"""<div id="hosa_{1614100 + number}" class="riku juno">
      <div class="tema"><small><a href="#hosa_{1614100 + number}">#{number}</a>
        - 2020-5-4 1{number}:07</small></div>
      <a href="/user/{name}" class="vapo"><span class="lixe"></span></a>
      <div class="mazu"><span class="kilo"><strong><a href="/user/{name}">{name}</a></strong></span>
        <div class="fure"><div class="dosa">{text}</div></div></div></div>"""


def test_a_line_that_only_dates_a_post_beside_its_author_is_not_its_text():
    floors = [(2, "val", "xsb是啥"), (3, "kat", "头像清心寡欲"), (4, "bra", "新手表/新手办")]
    page = "".join(_floor(*floor) for floor in floors)
    found = [(c.author, c.text) for c in comments_of(f'<div class="wepo">{page}</div>')]
    assert found == [(name, text) for _, name, text in floors]
