"""Comments whose class names say nothing (made-up class words), found by the template their
blocks share and the page's own words: two threads and a reply nested in one under a heading
that names comments, the name's place told from the date's where their paths read alike, and
posts numbered from 1 under such a heading, which are comments, not a topic's posts."""

from __future__ import annotations

from tests.support.comment_pages import comments_of, rows

LONG = "I think the proposal started somewhere else entirely, and it shows in every line."


def _thread(name: str, date: str, text: str, replies: str = "") -> str:
    """One comment as a threaded list shows it: a subject, the words, then the name and date
    over two buttons (no line of it reads as a comment's header), then a list of replies in
    blocks of its own kind."""
    inner = f'<ul class="qv">{replies}</ul>' if replies else ""
    return f"""<li class="zu"><div class="kw"><h4 class="jq">Who wins, {name}?</h4>
      <div class="xy"><p>{text}</p><p>Just saying.</p></div>
      <div class="jx"><span class="vv">{name}</span> <span class="qq">{date}</span></div>
      <div class="zz"><a href="#">Reply</a></div><div class="zz"><a href="#">Vote</a></div>
      </div>{inner}</li>"""


def _two_threads(heading: str) -> str:
    return f"""<div class="wq">{heading}<ul class="vq">
      {
        _thread(
            "ldo17",
            "7 June, 2013 10:07",
            "Competition is evening up the score a bit.",
            _thread("MarknWill", "7 June, 2013 10:33", LONG),
        )
    }
      {_thread("Playdrv4me", "7 June, 2013 10:41", "That was fun while it lasted.")}
      </ul></div>"""


def test_two_threads_and_a_nested_reply_under_a_heading_that_counts_comments_are_read():
    assert rows(comments_of(_two_threads("<h3>3 Comments</h3>"))) == [
        ("ldo17", "Competition is evening up the score a bit.\nJust saying.", None),
        ("MarknWill", LONG + "\nJust saying.", 0),
        ("Playdrv4me", "That was fun while it lasted.\nJust saying.", None),
    ]


def test_two_threads_and_a_nested_reply_without_the_pages_word_for_comments_are_not_read():
    assert comments_of(_two_threads("<h3>Elsewhere</h3>")) == []


def test_an_hour_shown_in_the_time_element_beside_its_day_is_no_name():
    posts = [
        ("29.04.2023", "11:14 Uhr", "Magnus_15", "Der Entwurf atmet leider den falschen Geist."),
        ("02.05.2023", "19:04 Uhr", "Ilse K", "Ich denke doch, dass es solche Leute gibt."),
        ("03.05.2023", "08:30 Uhr", "Bernd", "Es ist falsch zu behaupten, es gebe keine."),
    ]
    blocks = "".join(
        f"""<div class="qz"><div class="vk"><time><span>{day}</span>,
        <span class="kq">{hour}</span></time></div><span class="wv">{name}</span>
        <div class="jj"><p>{text}</p></div></div>"""
        for day, hour, name, text in posts
    )
    found = comments_of(f'<div class="ww">{blocks}</div>')
    assert [(c.author, c.text) for c in found] == [(name, text) for _, _, name, text in posts]


def test_a_name_in_a_bare_span_beside_the_span_around_the_date_is_the_name():
    posts = [
        ("lydia3", "21.02.2017 um 07:05 Uhr", "Statt Kakao nehme ich Kochschokolade."),
        ("Nusskipferl", "15.06.2015 um 08:17 Uhr", "Immer wieder super, danke dafür."),
        ("Zauberküche", "22.01.2015 um 15:30 Uhr", "Muss ich gleich ausprobieren, klingt gut."),
        ("kicky87", "29.07.2014 um 07:01 Uhr", "Super Rezept, gelingt jedes Mal wieder."),
    ]
    items = "".join(
        f"""<li><div class="xu"><div class="xu_x"><span>{name}</span>
        <span>kommentierte am <strong>{date}</strong></span></div>
        <div class="xu_j"><p>{text}</p></div><a class="jy" href="#">Antworten</a></div></li>"""
        for name, date, text in posts
    )
    found = comments_of(f'<ol class="zy">{items}</ol>')
    assert [(c.author, c.text) for c in found] == [(name, text) for name, _, text in posts]


def _numbered(heading: str) -> str:
    """Three posts whose ids count 1, 2, 3 under a name that says nothing (`qz1`, `qz2`)."""
    posts = [
        ("Klaus Seelig", "2011-04-12 09:00", "Isn't it astonishing how many were built there?"),
        ("Ann Oaks", "2011-04-12 10:15", "Quoting the article: what is the rush in doing it?"),
        ("Bo Reyes", "2011-04-13 08:40", "The clean-up will take decades, whatever they say."),
    ]
    blocks = "".join(
        f"""<li class="vx" id="qz{number}"><p class="kk">{text}</p><ul class="de">
        <li>{date}</li><li>Posted by: <span class="jq">{name}</span></li></ul></li>"""
        for number, (name, date, text) in enumerate(posts, 1)
    )
    return f'<div class="wy">{heading}<ol class="zz">{blocks}</ol></div>'


def test_posts_numbered_from_one_under_a_heading_that_names_comments_keep_the_first():
    found = comments_of(_numbered("<h2>Comments</h2>"))
    assert [comment.author for comment in found] == ["Klaus Seelig", "Ann Oaks", "Bo Reyes"]


def test_posts_numbered_from_one_under_no_such_heading_open_with_the_topic():
    found = comments_of(_numbered("<h2>Thread</h2>"))
    assert [comment.author for comment in found] == ["Ann Oaks", "Bo Reyes"]
