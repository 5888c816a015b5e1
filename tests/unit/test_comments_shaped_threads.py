"""The template of blocks alike read from each block's own parts: a thread's replies nested
in its first block, a comment's score under a label, a counter beside the name (made-up class
words, as on a page whose names say nothing)."""

from __future__ import annotations

from tests.support.comment_pages import comments_of, rows


def _post(name: str, date: str, text: str, replies: str = "", extra: str = "") -> str:
    """One post as a threaded list shows it: its header and words, then a box of replies
    (blocks of the same shape) inside the block."""
    return f"""<div class="sp"><div class="it">
      <div class="hd">{extra}<span class="by">By <a class="nm" href="#">{name}</a>
        on <span>{date}</span></span></div>
      <div><span class="tx">{text}</span></div>
      <div class="ch">{replies}</div></div></div>"""


def test_a_threads_replies_are_no_part_of_the_words_of_its_first_post():
    long = " ".join(["Quite a long answer that goes on and on."] * 6)
    thread = _post(
        "Ada Lane",
        "5/15/2013 2:04:01 PM",
        "Short first words.",
        _post("Bo Reyes", "5/15/2013 2:07:32 PM", long)
        + _post("Cy Marsh", "5/15/2013 2:09:12 PM", long + " Agreed."),
    )
    markup = (
        "<div class='tree'>"
        + thread
        + _post(
            "Di Kim",
            "5/15/2013 3:00:00 PM",
            "Another opinion.",
            _post("Ed", "5/15/2013 3:10:00 PM", long + " No."),
        )
        + _post(
            "Flo",
            "5/15/2013 4:00:00 PM",
            "Third thread here.",
            _post("Gus", "5/15/2013 4:10:00 PM", long + " Yes."),
        )
        + "</div>"
    )
    assert rows(comments_of(markup)) == [
        ("Ada Lane", "Short first words.", None),
        ("Bo Reyes", long, 0),
        ("Cy Marsh", long + " Agreed.", 0),
        ("Di Kim", "Another opinion.", None),
        ("Ed", long + " No.", 3),
        ("Flo", "Third thread here.", None),
        ("Gus", long + " Yes.", 5),
    ]


def test_a_thread_too_long_for_one_post_is_read_by_its_first_posts_own_words():
    long = " ".join(["A reply that keeps going with more and more words."] * 90)
    replies = "".join(
        _post(f"Reader{n}", f"5/15/2013 2:{n:02d}:00 PM", f"{long} {n}") for n in range(10, 16)
    )
    markup = (
        "<div class='tree'>"
        + _post("Ada Lane", "5/15/2013 2:04:01 PM", "Short first words.", replies)
        + _post("Di Kim", "5/15/2013 3:00:00 PM", "Another opinion.")
        + _post("Flo", "5/15/2013 4:00:00 PM", "Third thread here.")
        + "</div>"
    )
    found = comments_of(markup)
    assert len(found) == 9
    assert rows(found)[0] == ("Ada Lane", "Short first words.", None)
    assert [comment.parent for comment in found[1:7]] == [0] * 6


def test_a_count_shown_before_the_name_is_no_name():
    posts = [
        ("Ada Lane", "(2 Hidden)", "Lovely recipe, I made it twice."),
        ("Bo Reyes", "(1 Hidden)", "Too much salt for my taste."),
        ("Cy Marsh", "(7 Hidden)", "Works with oat milk as well."),
    ]
    markup = (
        "<div class='tree'>"
        + "".join(
            _post(name, f"5/1{n}/2013 2:04:01 PM", text, extra=f"<span class='cn'>{count}</span>")
            for n, (name, count, text) in enumerate(posts)
        )
        + "</div>"
    )
    assert [comment.author for comment in comments_of(markup)] == [name for name, _, _ in posts]


def test_a_label_over_a_comments_score_names_no_reviews():
    def block(name: str, date: str, score: str, text: str) -> str:
        return f"""<div class="qa"><p class="kv">{text}</p>
          <p class="wy">- {name}, {date}</p>
          <div class="rt"><strong>Rating</strong><span>{score}</span></div></div>"""

    markup = (
        "<div class='mm'>"
        + block("Ada Lane", "07/6/2013 06:58", "12", "The problem is built to find it.")
        + block("Bo Reyes", "06/6/2013 20:56", "-3", "You want people to jump through hoops.")
        + block("Cy Marsh", "06/6/2013 18:25", "0", "When two and two make five, I guess.")
        + "</div>"
    )
    assert [comment.text for comment in comments_of(markup)] == [
        "The problem is built to find it.",
        "You want people to jump through hoops.",
        "When two and two make five, I guess.",
    ]


def test_a_link_to_a_users_page_names_its_user_numbers_and_all_whatever_the_sites_name():
    def post(name: str, user: int, date: str, text: str) -> str:
        return f"""<div class="zq kx"><div class="dl"><a href="/forum/c/{user}">Posted {date}</a>
          </div><div class="au"><a href="http://forums.theregister.co.uk/user/{user}/">{name}</a>
          </div><div class="bo"><h3>{text[:12]}</h3><p>{text}</p></div></div>"""

    markup = (
        "<div class='mm'>"
        + post(
            "Shane Kent",
            8804,
            "Thursday 6th June 2013 15:43 GMT",
            "Not at my company, we all got the other phones.",
        )
        + post(
            "TheVogon",
            62482,
            "Thursday 6th June 2013 12:49 GMT",
            "Mine went back to the old one, it fits the hand.",
        )
        + post(
            "Frank 14",
            38800,
            "Thursday 6th June 2013 12:48 GMT",
            "The battery you can swap wins it for me, really.",
        )
        + "</div>"
    )
    assert [comment.author for comment in comments_of(markup)] == [
        "Shane Kent",
        "TheVogon",
        "Frank 14",
    ]


def _item(name: str, age: str, text: str) -> str:
    return f"""<li class="ci kv"><div class="us"><a class="nk" href="#">{name}</a></div>
      <div class="tx">{text}</div><div class="ft"><span class="tm">{age}</span></div></li>"""


_SAID = [
    ("改个名字好难", "13小时前", "外媒说苹果违反中国劳动法，先让我缓缓"),
    ("大风起兮", "3小时前", "富士康确实是家血汗工厂，想想就知道"),
    ("刘枪枪", "2小时前", "中国劳工观察是个什么组织？"),
    ("神之力量", "1小时前", "其存在本身提供了许多工作岗位"),
    ("威武副将军", "40分钟前", "当年那么好的制度硬是被玩垮了"),
    ("快叫我名字", "30分钟前", "一方面享受好处，一方面又在说你污染"),
    ("起名字好难", "20分钟前", "不一定能养活14亿人，但是服务14亿人"),
]


def test_lists_that_show_comments_of_each_other_again_are_one_list():
    def box(said: list[tuple[str, str, str]]) -> str:
        return "<div class='bx'><ul class='ls'>" + "".join(_item(*s) for s in said) + "</ul></div>"

    hot = [_SAID[n] for n in (4, 0, 1, 2, 5, 6)]
    markup = "<div class='cc'>" + box(hot) + box(_SAID[2:4]) + box(_SAID[:6]) + "</div>"
    assert sorted(comment.author or "" for comment in comments_of(markup)) == sorted(
        name for name, _, _ in _SAID
    )


def test_lists_under_several_entries_that_repeat_no_comment_stay_apart():
    def entry(said: list[tuple[str, str, str]]) -> str:
        return "<div class='bx'><ul class='ls'>" + "".join(_item(*s) for s in said) + "</ul></div>"

    markup = "<div class='cc'>" + entry(_SAID[:3]) + entry(_SAID[3:5]) + entry(_SAID[5:]) + "</div>"
    assert [comment.author for comment in comments_of(markup)] == [name for name, _, _ in _SAID[:3]]


def test_a_date_line_that_links_a_name_then_a_place_is_by_that_name():
    def block(name: str, place: str, date: str, text: str) -> str:
        return f"""<div class="qa"><p class="kv">{text}</p>
          <p class="wy">-
             <a href="/u/{name}/page.html">{name}</a>
             ,
             {place}, {date}</p></div>"""

    markup = (
        "<div class='mm'>"
        + block(
            "Roger Sample",
            "Perryville, United States",
            "07/6/2013 06:58",
            "The problem is built to find a circumference, which it does.",
        )
        + block(
            "Erron Reynolds",
            "Florissant, United States",
            "06/6/2013 20:56",
            "You want people to jump through all these hoops for nothing.",
        )
        + block(
            "captcct",
            "Fort Lauderdale, United States",
            "06/6/2013 18:25",
            "When two and two make five by the new math, I give up.",
        )
        + "</div>"
    )
    assert [comment.author for comment in comments_of(markup)] == [
        "Roger Sample",
        "Erron Reynolds",
        "captcct",
    ]


def test_a_name_a_long_dash_sets_after_the_date_is_the_author():
    def block(date: str, name: str, text: str) -> str:
        return f"""<div class="qa zu"><div class="cb"><div class="hd"><div class="pc">
          <img src="p.png"></div><h3></h3></div>
          <span class="sb">{date} — <a href="/w/{len(name)}">{name}</a></span>
          <p>{text}</p></div><div class="ln"><ul class="ln"><li class="vc">0</li></ul></div>
          </div>"""

    markup = (
        "<div class='mm'>"
        + block("Fri, 2012-11-09 17:18", "Ciaran Goggins", "Tom Watson is a brave man indeed.")
        + block("Fri, 2012-11-09 15:30", "Pentangelis (not verified)", "No time for Mr. Watson.")
        + block("Fri, 2012-11-09 15:17", "Barrie J (not verified)", "There will be no witch hunt.")
        + block("Fri, 2012-11-09 15:21", "Keir", "Tom Watson may be wrong, but still.")
        + "</div>"
    )
    assert [comment.author for comment in comments_of(markup)] == [
        "Ciaran Goggins",
        "Pentangelis",
        "Barrie J",
        "Keir",
    ]


def test_a_subject_line_over_the_date_leaves_the_date_and_the_name_beside_it():
    def post(name: str, subject: str, date: str, text: str) -> str:
        return f"""<div class="ms"><div class="gn"><table><tr><td>
          <div class="au"><a href="/profile.php?2,{len(name)}">{name}</a></div>
          <small><strong><a href="/read.php?2,5">{subject}</a></strong><br>
            {date}</small>
          </td><td class="ui">Mensajes: {len(text)}</td></tr></table></div>
          <div class="bd">{text}<div class="op"><a href="#r">Responder</a></div></div></div>"""

    topic = "INFORMACION DE TERAPIAS DE DELFINOTERAPIA EN ESPAÑA"
    markup = (
        "<div class='mm'>"
        + post("julia", "Re: " + topic, "11-August-2011 16:02", "Hola, quisiera saber algo más.")
        + post("Amparo Blanco", "Re: " + topic, "30-August-2011 19:26", "Y en Cataluña, saludos.")
        + post("maite", "Re: " + topic, "31-August-2011 09:54", "Soy la madre de Lidia, hola.")
        + "</div>"
    )
    assert [comment.author for comment in comments_of(markup)] == [
        "julia",
        "Amparo Blanco",
        "maite",
    ]


def test_a_badge_under_the_name_is_no_part_of_it():
    def block(name: str, badge: str, age: str, text: str) -> str:
        return f"""<div class="wc"><div class="hd"><div class="ui"><div class="tp">
          <div class="au">
          {name}
          </div>
          <div class="lb"><span>{badge}</span></div></div>
          <div class="dt">{age}</div></div></div><div class="tx"><p>{text}</p></div></div>"""

    markup = (
        "<div class='mm'>"
        + block("Christine Dutton", "", "1 month ago", "This recipe came together for me!")
        + block("Naomi (Community Manager)", "Admin", "1 month ago", "Hi Christine! Thank you!")
        + block("Janice", "", "1 year ago", "My grandmother made this using miso.")
        + block("Irene", "", "2 years ago", "I cannot wait to try all of it.")
        + block("Bo Reyes", "", "2 years ago", "Made it twice, both times lovely.")
        + "</div>"
    )
    assert [comment.author for comment in comments_of(markup)] == [
        "Christine Dutton",
        "Naomi (Community Manager)",
        "Janice",
        "Irene",
        "Bo Reyes",
    ]
