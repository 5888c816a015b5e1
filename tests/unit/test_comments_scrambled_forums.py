"""Forum, Q&A and comment markups whose class names say nothing (made-up words), from small
pages written here: what their shape, their schema.org types and their own words tell."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments import extract_comments
from flows.parse.comments.build import looks_like_comment

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def comments_of(body: str, title: str = "Topic") -> list[Comment]:
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return extract_comments(LexborHTMLParser(html), FETCHED)


def test_an_h1_that_the_title_repeats_names_no_comment_list():
    title = "Comment les microbes ont participé à la chute de l’Empire romain"
    page = f"""<h1 class="vyqu">{title}</h1>
      <p class="zuqu">Dans un livre rédigé bien avant la pandémie, un historien raconte.</p>
      <div class="kyqy"><div>Par <a href="/author/soline-roy">Soline Roy</a></div>
        <div>Publié le 14/06/2021 à 11:46</div><div>Une historienne raconte la peste.</div></div>
      <p>Le texte de l'article, long de quelques phrases, parle des épidémies anciennes.</p>"""
    assert comments_of(page, title=f"{title} - Le Figaro") == []


def _post(number: int, name: str, text: str) -> str:
    return f"""<article class="xyqy vyzu" id="xyqy-{12473800 + number}">
      <div class="jyku">Post # {number}</div>
      <div class="qyxy"><a href="/members/{name}"><img src="/a.png"></a>Member<br>
        <div>{100 + number} posts</div><div>Helper bee</div></div>
      <div class="quzy"><ul class="zuzy"><li><a href="/members/{name}" class="zyzy">{name}</a></li>
        <li class="xuzy">2 weeks ago</li></ul>
        <p>{text}</p>
        <footer><a href="#new-post">Reply</a></footer></div>
    </article>"""


def test_a_date_line_below_the_authors_name_dates_a_post_under_its_user_column():
    post = _post(2, "ada", "Love this colour, it goes so well with the ring you chose.")
    assert looks_like_comment(LexborHTMLParser(post).css_first("article"), FETCHED)


def test_numbered_posts_dated_below_their_names_are_read_after_the_opening_post():
    posts = [
        (1, "eve", "What is your favourite nail colour for your ring?"),
        (2, "ada", "Love this colour, it goes so well with the ring you chose."),
        (3, "bo", "I just love an ombre french, it looks chic and simple."),
    ]
    page = "".join(_post(number, name, text) for number, name, text in posts)
    found = [(c.author, c.text, c.posted_text) for c in comments_of(f"<div>{page}</div>")]
    assert found == [(name, text, "2 weeks ago") for _, name, text in posts[1:]]


def _comment(number: int, name: str, text: str) -> str:
    return f"""<li id="zyqu-vuky-{number}"><a href="/users/{name}">{name}</a>
      <span>{number % 20 + 1} days ago</span><p>{text}</p></li>"""


def _answer(number: int, name: str, text: str, comments: list[tuple[int, str, str]]) -> str:
    listed = "".join(_comment(*comment) for comment in comments)
    return f"""<div id="zyqu-xyxu-{number}" class="zyqu-xyxu">
      <div><a href="/users/{name}">{name}</a> answered <span>{number % 9 + 1} years ago</span></div>
      <div><p>{text}</p></div><ul class="kuxu">{listed}</ul></div>"""


def test_answers_that_hold_the_comment_lists_are_the_posts_the_lists_above_them_the_topics():
    question = f"""<div class="jyqu"><h1>Which CMS for a small site?</h1>
      <p>I need a CMS for a small company site, what would you use?</p>
      <ul class="kuxu">{_comment(324, "ann", "What does the site need to do?")}
      {_comment(325, "art", "Only pages and a contact form.")}</ul></div>"""
    answers = [
        (267, "oli", "Give Django a serious look, it is light and well made.", [(332, "jim", "Agreed, it is what I use."), (333, "oli", "Its admin saves weeks.")]),
        (268, "kev", "WordPress does this well and is easy for editors.", [(344, "dan", "Too heavy for a few pages."), (345, "kev", "It caches well enough.")]),
        (269, "uma", "A static site generator is enough for pages and a form.", []),
    ]  # fmt: skip
    page = question + "".join(_answer(*answer) for answer in answers)
    found = [(c.author, c.text) for c in comments_of(page)]
    assert found == [
        ("ann", "What does the site need to do?"),
        ("art", "Only pages and a contact form."),
        ("oli", "Give Django a serious look, it is light and well made."),
        ("jim", "Agreed, it is what I use."),
        ("oli", "Its admin saves weeks."),
        ("kev", "WordPress does this well and is easy for editors."),
        ("dan", "Too heavy for a few pages."),
        ("kev", "It caches well enough."),
        ("uma", "A static site generator is enough for pages and a form."),
    ]


def test_a_paragraph_showing_only_the_word_comments_opens_a_region_of_one_comment():
    page = """<h1>How to read the EID of a tab</h1><p>I need the EID of the tab in the dialog.</p>
      <div class="vuxu"><div class="kyzy">Comments</div><a name="c"></a>
        <div class="jyxu"><div class="zuwu"><div class="qyzu">David Crow</div>
          <div class="wuqy">5 days ago</div>
          <div class="xyqy">An EID is a 32-bit number that names the tab, not a window.</div>
        </div></div></div>"""
    found = [(c.author, c.text) for c in comments_of(page)]
    assert found == [("David Crow", "An EID is a 32-bit number that names the tab, not a window.")]


def test_a_label_over_a_list_of_story_links_gives_no_comments():
    page = """<h1>Vote for the best couple</h1><p>The story's words, a paragraph of them.</p>
      <div class="kyzy">Comments</div>
      <div class="jyxu"><div class="zuwu"><div class="qyzu">Kelsie Gibson</div>
        <div class="wuqy">46 minutes ago</div>
        <a class="xyqy" href="/best-couple-2016">Vote for the best TV couple of 2016!</a></div>
      <div class="zuwu"><div class="qyzu">Dominique Astorino</div>
        <div class="wuqy">1 hour ago</div>
        <a class="xyqy" href="/pizza-gifts">19 gifts that say I know you love pizza</a></div></div>"""
    assert comments_of(page) == []


def _se_comment(number: int, name: str, text: str, when: str) -> str:
    return f"""<li id="vuvu-{number}" class="vuvu quqy"><div class="kyvu">
      <span class="quvy">{text}</span> – <a href="/users/{number}/{name}">{name}</a>
      <span class="xuxy" title="2018-06-30 02:38:22Z">{when}</span></div></li>"""


def _se_answer(kind: str, number: int, name: str, text: str, comments: str) -> str:
    return f"""<div id="zyxy-{number}" class="zyxy" itemprop="{kind}" itemscope
      itemtype="http://schema.org/Answer" data-kuzu="{_POSITIONS[number]}">
      <div itemprop="text"><p>{text}</p></div>
      <div class="juqy"><time itemprop="dateCreated" datetime="2018-06-30T02:30:47"></time>
        answered <span title="2018-06-30 02:30:47Z">Jun 30 '18 at 2:30</span>
        <div itemprop="author" itemscope itemtype="http://schema.org/Person">
          <a href="/users/{number}/{name}">{name}</a></div></div>
      <div id="kyjy-{number}"><ul class="kyjy">{comments}</ul></div></div>"""


def _qa_page(question_comments: str, answers: str) -> str:
    return f"""<div itemscope itemtype="http://schema.org/Question"><h1 itemprop="name">
      How do I get yesterday's date in bash?</h1>
      <div itemprop="text"><p>I need yesterday's date as YYYYMMDD in a script.</p></div>
      <div id="kyjy-51111164"><ul class="kyjy">{question_comments}</ul></div></div>
      <div id="zyvu">{answers}</div>"""


_ANSWERS = [
    ("acceptedAnswer", 51111244, "o11c", "The other answers overcomplicate it: date -d yesterday.",
     _se_comment(89209559, "nivi", "Great, thanks for the short answer.", "Jun 30 '18 at 2:38")),
    ("suggestedAnswer", 51111190, "user123", "You can set a variable to the previous day's date.",
     _se_comment(89209420, "nivi", "I would actually need this more, thanks.", "Jun 30 '18 at 17:58")),
    ("suggestedAnswer", 51111180, "yingyu", "Probably the same as the question on date arithmetic.",
     ""),
]  # fmt: skip


_POSITIONS = {51111244: 1, 51111190: 2, 51111180: 3}
"""Each answer's place on the page, in an attribute (`data-position-on-page`)."""


def test_the_first_answer_of_a_question_is_no_opening_post_however_answers_count_from_one():
    page = _qa_page("", "".join(_se_answer(*answer) for answer in _ANSWERS))
    found = [c.author for c in comments_of(page) if c.parent is None]
    assert found == ["o11c", "user123", "yingyu"]


def test_one_numbered_comment_under_each_of_two_answers_is_each_answers_reply():
    page = _qa_page("", "".join(_se_answer(*answer) for answer in _ANSWERS))
    found = comments_of(page)
    assert [(c.author, c.parent) for c in found] == [
        ("o11c", None),
        ("nivi", 0),
        ("user123", None),
        ("nivi", 2),
        ("yingyu", None),
    ]
    assert found[1].text.startswith("Great, thanks for the short answer.")
    assert found[3].text.startswith("I would actually need this more, thanks.")


def test_comments_of_the_answers_reply_kind_above_the_answers_are_the_questions():
    question = _se_comment(
        89209001, "matt", "For correctness, -d '-1 day' works too.", "Jun 30 '18 at 2:20"
    )
    page = _qa_page(question, "".join(_se_answer(*answer) for answer in _ANSWERS))
    found = [(c.author, c.parent) for c in comments_of(page)]
    assert found == [
        ("matt", None),
        ("o11c", None),
        ("nivi", 1),
        ("user123", None),
        ("nivi", 3),
        ("yingyu", None),
    ]


def test_a_mark_that_opens_and_closes_most_comments_words_is_the_pages():
    def marked(number: int, name: str, text: str) -> str:
        return _se_comment(
            number,
            name,
            f"<span>$\\begingroup$</span><p>{text}</p><span>$\\endgroup$</span>",
            "Nov 28, 2019 at 11:06",
        )

    answers = [
        (kind, number, name, text, marked(number + 7, who, words))
        for (kind, number, name, text, _), (who, words) in zip(
            _ANSWERS,
            [
                ("ada", "Gravitational waves are tiny, a fraction of a proton."),
                ("bo", "Waves big enough to feel would end the world."),
                ("cy", "That is why I asked for hard science answers."),
            ],
            strict=True,
        )
    ]
    question = marked(89209001, "di", "Do you mean felt by a person, or measured?")
    page = _qa_page(question, "".join(_se_answer(*answer) for answer in answers))
    found = [(c.author, c.text.split("\n")[0]) for c in comments_of(page)]
    assert found == [
        ("di", "Do you mean felt by a person, or measured?"),
        ("o11c", "The other answers overcomplicate it: date -d yesterday."),
        ("ada", "Gravitational waves are tiny, a fraction of a proton."),
        ("user123", "You can set a variable to the previous day's date."),
        ("bo", "Waves big enough to feel would end the world."),
        ("yingyu", "Probably the same as the question on date arithmetic."),
        ("cy", "That is why I asked for hard science answers."),
    ]


def test_a_lone_typed_answer_is_kept_beside_the_questions_comments_found_by_parts():
    question = "".join(
        _se_comment(number, name, text, when)
        for number, name, text, when in [
            (84716001, "wim", "I have no idea what you are asking here.", "Feb 25 '18 at 21:06"),
            (84716002, "sheep", "Because c comes before d in the alphabet?", "Feb 25 '18 at 21:10"),
            (84716003, "chris", "Look up the lexicographic sort order.", "Feb 25 '18 at 21:11"),
        ]
    )
    answer = _se_answer(
        "suggestedAnswer", 51111244, "slam", "Python compares strings element by element.", ""
    )
    found = [
        (c.author, c.text.split("\n")[0].removesuffix(" –"), c.parent)
        for c in comments_of(_qa_page(question, answer))
    ]
    assert found == [
        ("wim", "I have no idea what you are asking here.", None),
        ("sheep", "Because c comes before d in the alphabet?", None),
        ("chris", "Look up the lexicographic sort order.", None),
        ("slam", "Python compares strings element by element.", None),
    ]
