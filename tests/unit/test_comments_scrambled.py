"""Comments found on markups whose class names say nothing (made-up words), from small pages
written here: the proxy for markups nobody here has seen."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments import extract_comments
from flows.parse.comments.shared_chrome import without_shared_chrome

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


def _rendered_post(number: int, handle: str, age: str, tooltip: str, text: str) -> str:
    return f"""<article id="kuwu_{number}" class="xukyzu">
      <div class="qyvu"><a class="jyzu" href="/u/{handle}"><img src="/pic/{handle}/48.png"
        width="48" height="48" alt=""></a></div>
      <div class="quzy"><span class="xyqu"><a href="/u/{handle}">{handle}</a></span>
        <a class="vuky" href="/t/topic/739/{number}"><span title="{tooltip}"
          class="vykuzu">{age}</span></a></div>
      <div class="zywuzu"><p>{text}</p></div>
    </article>"""


def test_an_age_whose_tooltip_holds_the_date_dates_a_post_by_an_avatar_handle():
    page = "".join(
        _rendered_post(n, handle, age, tooltip, text)
        for n, handle, age, tooltip, text in [
            (1, "ada", "21 天", "2024 年 5 月 6 日 21:42", "Is anyone load testing robots?"),
            (2, "bo", "20 天", "2024 年 5 月 7 日 14:24", "I would be interested too."),
            (3, "cy", "3 天", "2024 年 5 月 24 日 08:05", "We have used it for a year now."),
        ]
    )
    found = [(c.author, c.text, c.posted_at) for c in comments_of(page)]
    assert found == [
        ("bo", "I would be interested too.", datetime(2024, 5, 7, 14, 24, tzinfo=UTC)),
        ("cy", "We have used it for a year now.", datetime(2024, 5, 24, 8, 5, tzinfo=UTC)),
    ]


def test_a_link_whose_tooltip_dates_a_result_its_headline_links_to_dates_no_post():
    rows = "".join(
        f"""<div id="{53410 + n}" class="kyqu"><a href="/profile/{name}"><img
          src="/pic/{name}.png" title="{name}"></a>
          <div class="vyzo"><a href="/t/{7100 + n}#{53410 + n}">How do I read a file line by
            line in this language?</a></div>
          <div class="quxa">{name}</div>
          <div class="juvy"><a href="/t/{7100 + n}#{53410 + n}" title="Aug {n}, 2021 19:28">Aug
            2021</a></div>
          <div class="wyzo"><p>...the file is read in one call, then split at each line.</p></div>
        </div>"""
        for n, name in [(1, "ada"), (2, "bo")]
    )
    assert comments_of(f"<p>Search results</p>{rows}") == []


def test_a_thumbnail_and_a_headline_linking_to_one_story_name_no_author():
    rows = "".join(
        f"""<article id="kuwu_{n}" class="xukyzu">
          <div class="qyvu"><a href="/news/{n}/story"><img src="/t/{n}.jpg" width="48"></a></div>
          <div class="quzy"><a href="/news/{n}/story">{headline}</a>
            <span title="2024 年 5 月 {n} 日 21:42" class="vykuzu">{n} 天</span></div>
          <div class="zywuzu"><p>{text}</p></div>
        </article>"""
        for n, headline, text in [
            (1, "Stocks rally", "Markets rose on the first day of trading in the year."),
            (2, "Snow falls", "Heavy snow closed the roads across the north of the county."),
            (3, "Team wins", "The home side won the cup final after extra time in the rain."),
        ]
    )
    assert comments_of(rows) == []


def _byline_under_loose_words(number: int, name: str, clock: str, text: str) -> str:
    return f"""<a name="{4957370 + number}"></a><div class="quzu">{text}<br><span
      class="kuqy">posted by <a href="/user/{number}">{name}</a> at <a
      href="#{4957370 + number}">{clock}</a> on May 2</span></div><br><br>"""


def test_words_written_loose_over_a_signed_byline_without_a_year_are_comments():
    page = "".join(
        _byline_under_loose_words(n, name, clock, text)
        for n, name, clock, text in [
            (1, "percor", "7:10 PM", "see, this was needed."),
            (2, "windykites", "7:17 PM", "Something to replace the void in my life."),
            (3, "The Whelk", "7:19 PM", "I laughed, and then I laughed again."),
            (4, "phunniemee", "7:40 PM", "It's funny because the world is dumb."),
            (5, "anotherpanacea", "7:41 PM", "Folks will spread these unironically."),
        ]
    )
    page += '<div class="quzu">You are not logged in. Log in to post a comment, 2 ways.</div>'
    found = [(c.author, c.text, c.posted_text) for c in comments_of(page)]
    assert found == [
        ("percor", "see, this was needed.", "7:10 PM on May 2"),
        ("windykites", "Something to replace the void in my life.", "7:17 PM on May 2"),
        ("The Whelk", "I laughed, and then I laughed again.", "7:19 PM on May 2"),
        ("phunniemee", "It's funny because the world is dumb.", "7:40 PM on May 2"),
        ("anotherpanacea", "Folks will spread these unironically.", "7:41 PM on May 2"),
    ]


def test_words_written_loose_beside_a_mention_and_an_age_are_a_feed_not_comments():
    tweets = "".join(
        f"""<li> {text} RT <a href="http://social.example/{name}">@{name}</a>: more words
          <a class="kuqy" href="http://social.example/me/statuses/{n}">{n} mins ago</a></li>"""
        for n, name, text in [
            (12, "dubious", "Got the record in the car changer, kid you not."),
            (17, "josh", "Eat barbecue before you go to the park."),
            (18, "ben", "Yes, it is. Too many ads in the outfield, but nice."),
            (19, "amy", "Series preview tonight, with the probable starters."),
        ]
    )
    assert comments_of(f'<div class="zyxu"><h4>My latest posts</h4><ul>{tweets}</ul></div>') == []


def _folded_card(number: int, name: str, minutes: int, text: str) -> str:
    return f"""<div class="zuqy"><div class="xyvu"><a href="/id/{number}aa"><span
      class="quvy" style="background-image: url(/a/{number}.png)"></span><span
      class="kyzu">{name}</span></a><div class="jyku" title="May 19, 2024 at 7:{minutes} PM"><span
      class="wyqu">4 д</span></div></div><div class="vyxy"><span>{text}</span></div>
      <div class="qyjy"><button type="button">Ответить</button></div></div>"""


def test_a_short_label_whose_wrapper_keeps_the_date_in_its_tooltip_dates_blocks_alike():
    page = "".join(
        _folded_card(n, name, minutes, text)
        for n, name, minutes, text in [
            (1, "Василий Муторов", 43, "13 лет и на шашлыки? Мир быстро сходит с ума."),
            (2, "Мила", 55, "Откуда у подростков такое, кто за ними смотрит?"),
            (3, "Борис Б.", 58, "Очень печально, соболезную всем близким."),
        ]
    )
    found = [(c.author, c.text, c.posted_at) for c in comments_of(page)]
    assert found == [
        (
            "Василий Муторов",
            "13 лет и на шашлыки? Мир быстро сходит с ума.",
            datetime(2024, 5, 19, 19, 43, tzinfo=UTC),
        ),
        (
            "Мила",
            "Откуда у подростков такое, кто за ними смотрит?",
            datetime(2024, 5, 19, 19, 55, tzinfo=UTC),
        ),
        (
            "Борис Б.",
            "Очень печально, соболезную всем близким.",
            datetime(2024, 5, 19, 19, 58, tzinfo=UTC),
        ),
    ]


def test_fold_marks_opening_half_the_comments_leave_their_texts():
    words = ["First words.", "Second words.", "Third words.", "Fourth.", "Fifth.", "Sixth."]
    folded = [f"−\n+\n{text}" if n % 2 else text for n, text in enumerate(words)]
    comments = [Comment(text=text, author=f"user{n}") for n, text in enumerate(folded)]
    assert [c.text for c in without_shared_chrome(comments, FETCHED)] == words


def test_a_greeting_opening_half_the_comments_stays():
    words = ["First words.", "Second words.", "Third words.", "Fourth.", "Fifth.", "Sixth."]
    greeted = [
        f"しげぞう様\n{text}" if n % 2 else f"りた様\n{text}" for n, text in enumerate(words)
    ]
    comments = [Comment(text=text, author=f"user{n}") for n, text in enumerate(greeted)]
    assert [c.text for c in without_shared_chrome(comments, FETCHED)] == greeted


def test_a_permalink_whose_tooltip_holds_the_date_dates_its_post():
    posts = "".join(
        f"""<div class="kyqu"><div class="vyzo"><a href="/people/{name}">{name}</a> answered
          <a href="/questions/answers/{250 + n}" title="October {n + 20}, 2008 4:4{n} pm">16 yrs</a>
          </div>
          <div class="wyzo"><p>{text}</p></div></div>"""
        for n, name, text in [
            (1, "ada", "Give the framework a serious look, the admin side alone saves weeks."),
            (2, "bo", "Roll your own only when nothing else fits the data you keep."),
            (3, "cy", "A static site generator may be all that the blog needs here."),
        ]
    )
    found = [(c.author, c.posted_at) for c in comments_of(f"<div class='quxa'>{posts}</div>")]
    assert found == [
        ("ada", datetime(2008, 10, 21, 16, 41, tzinfo=UTC)),
        ("bo", datetime(2008, 10, 22, 16, 42, tzinfo=UTC)),
        ("cy", datetime(2008, 10, 23, 16, 43, tzinfo=UTC)),
    ]


def _voted(votes: int, text: str, name: str, age: str, date: str) -> str:
    return f"""<li><div class="kyxu"><div class="zyxu">{votes}</div><div class="kyxy">
      <div class="jyqy"><p>{text}</p></div>
      <div class="quvy"><a href="/{name}"><span class="juju">{name}</span></a>
        <span class="qyxy" title="{date}">{age}</span> <div class="zyvy">Reply</div></div>
    </div></div><ol class="kuvu"></ol></li>"""


def test_ages_written_in_words_whose_tooltips_keep_the_date_make_a_list_of_blocks():
    page = "".join(
        _voted(votes, text, name, age, date)
        for votes, text, name, age, date in [
            (4, "Great episode, thanks for sharing.", "ada", "3 years ago", "October 11th 2017"),
            (3, "My main takeaway was the pricing.", "bo", "a year ago", "September 5th 2019"),
            (2, "Very impressive story, two guests.", "cy", "3 years ago", "October 23rd 2017"),
        ]
    )
    found = [(c.author, c.text) for c in comments_of(f'<ol class="kuvu">{page}</ol>')]
    assert found == [
        ("ada", "Great episode, thanks for sharing."),
        ("bo", "My main takeaway was the pricing."),
        ("cy", "Very impressive story, two guests."),
    ]


def _verdict(number: int, name: str, date: str, text: str, control: str) -> str:
    return f"""<li id="zyqo-{number}" class="vuxa"><div class="kemo">
      <a href="/people/{name}">{name}</a> {date}
      <div class="rilo"><span>5 out of 5 stars</span></div></div>
      <div class="tavu"><p>{text}</p></div>{control}</li>"""


_VERDICTS = [
    (101, "Kristin", "06 Aug, 2019", "Absolutely love the pillows, they match my decor."),
    (102, "scaliod", "12 Jul, 2019", "Made with attention and care, looks great on my sofa."),
    (103, "Marta", "30 Jun, 2019", "Arrived quickly and the print is sharp and clean."),
]


def _verdicts(control: str) -> str:
    rows = "".join(_verdict(*verdict, control) for verdict in _VERDICTS)
    return f'<div class="jupa"><div><h2>Reviews</h2></div><ul class="wexo">{rows}</ul></div>'


def test_numbered_rows_under_a_heading_naming_reviews_are_no_comments():
    assert comments_of(_verdicts("")) == []


def test_numbered_rows_under_a_heading_naming_reviews_that_each_offer_a_reply_stay():
    found = [c.author for c in comments_of(_verdicts('<div class="moxa">Reply</div>'))]
    assert found == ["Kristin", "scaliod", "Marta"]


def _subject_linked_to_its_anchor(number: int, subject: str, name: str, text: str) -> str:
    return f"""<a id="zuvy-{number}"></a><div class="kyqu zemo">
      <h3 class="quxa"><a href="index.html#zuvy-{number}" class="jyvu">{subject}</a></h3>
      <div class="wyzo">Enviado por {name} el {number} March, 2016 - 16:04.</div>
      <div class="pafu"><p>{text}</p></div></div>"""


def test_a_subject_linked_to_the_anchor_over_its_block_is_not_its_author():
    page = "".join(
        _subject_linked_to_its_anchor(n, subject, name, text)
        for n, subject, name, text in [
            (1, "Servidor Jabber", "king", "No logro que funcione el servidor en mi red."),
            (2, "Configuracion", "Mario Araujo T.", "Puedes bajar el cliente de su web."),
            (3, "Ayuda con Spark", "naw", "Actualiza y consulta la documentación primero."),
        ]
    )
    assert [c.author for c in comments_of(page)] == ["king", "Mario Araujo T.", "naw"]


def _numbered_by_its_permalink(number: int, name: str, text: str) -> str:
    return f"""<div class="kyqu" id="zuvy-{860 + number}"><div class="quxa">
      <a href="/members/{name}">{name}</a> &bull;
      <a href="https://blog.example/2010/08/post.html#zuvy-{860 + number}">#{number}</a> &bull;
      8:0{number} AM Wednesday, Aug 18, 2010</div>
      <div class="wyzo"><p>{text}</p></div></div>"""


NUMBERED = [
    (1, "ada", "The segment last night made the same point, and better."),
    (2, "bo", "The amendment does not say what you think it does."),
    (3, "cy", "She quit because of the heat, not because of her rights."),
]


def test_a_first_comment_numbered_by_its_permalink_under_an_article_is_a_comment():
    story = "<p>A radio host quit her show after a week of calls about what she said.</p>" * 3
    posts = "".join(_numbered_by_its_permalink(*post) for post in NUMBERED)
    html = f"<html><body><h1>Host quits</h1>{story}{posts}</body></html>"
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [c.author for c in found] == ["ada", "bo", "cy"]


def test_a_post_numbered_1_by_its_permalink_right_under_the_title_opens_the_topic():
    posts = "".join(_numbered_by_its_permalink(*post) for post in NUMBERED)
    html = f"<html><body><h1>Topic</h1>{posts}</body></html>"
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [c.author for c in found] == ["bo", "cy"]
