"""Replies of a list found by its template, in markups whose class names say nothing
(made-up words), from small pages written here: replies marked as a child of the list's
blocks (`comment-child` beside `comment`), a list of threads whose first thread's
replies are found before it, and a reply boxed in its block in another shape."""

from __future__ import annotations

from tests.support.comment_pages import READERS_WORDS as TEXTS
from tests.support.comment_pages import comments_on_a_bare_page as comments_of


def _story() -> str:
    return """<div class="kyqu"><h1>The baker shows a new cake for the summer</h1>
      <p>The cake has become a classic of the season for bakers who like fruit.</p></div>"""


def _thread(name: str, day: int, text: str, reply: tuple[str, int, str] | None) -> str:
    answer = ""
    if reply is not None:
        who, when, words = reply
        answer = f"""<div class="vyqu-zyjy vyqu-zujy"><div class="vyqu-qyxu"><div class="vyqu-wuzy">
          <p class="vyqu-quvu">{who}</p><p class="vyqu-jyvu">Saturday {when}th of June 2022</p>
          </div></div><div><p>{words}</p></div></div>"""
    return f"""<div class="vyqu vyqu-zujy"><div class="vyqu-qyxu"><div class="vyqu-wuzy">
      <p class="vyqu-quvu">{name}</p><p class="vyqu-jyvu">Saturday {day}th of June 2022</p>
      </div></div><div class="vyqu-quxu"><p>{text}</p></div>{answer}</div>"""


def test_a_reply_marked_as_the_list_blocks_child_reads_its_words_beside_its_header():
    threads = [
        ("Tammy", 4, TEXTS[0], ("Eileen", 5, "First of all, the recipe does call for two pans.")),
        ("Karen", 8, TEXTS[1], None),
        ("Kristin", 11, TEXTS[2], ("Eileen", 12, "The colour will be lighter with that cocoa.")),
        ("Anuja", 14, TEXTS[3], None),
    ]
    page = f'{_story()}<div class="xuzu">{"".join(_thread(*thread) for thread in threads)}</div>'
    found = [(c.author, c.text, c.parent) for c in comments_of(page)]
    assert found == [
        ("Tammy", TEXTS[0], None),
        ("Eileen", "First of all, the recipe does call for two pans.", 0),
        ("Karen", TEXTS[1], None),
        ("Kristin", TEXTS[2], None),
        ("Eileen", "The colour will be lighter with that cocoa.", 3),
        ("Anuja", TEXTS[3], None),
    ]


def _message(name: str, hours: int, text: str) -> str:
    return f"""<div class="zyqy"><div class="kuzy"><span class="juxu">{name}</span>
      <span class="kuxu">{hours} hours ago</span></div><div class="xuxy">{text}</div></div>"""


def _spoken_thread(head: tuple[str, int, str], replies: list[tuple[str, int, str]]) -> str:
    answers = "".join(f"<li>{_message(*reply)}</li>" for reply in replies)
    return f"""<li><div class="qyku">{_message(*head)}<ul class="zuju">{answers}</ul></div></li>"""


def test_a_thread_list_whose_first_replies_come_first_is_read_with_its_replies():
    threads = [
        (
            ("Scal", 15, "No one forces anyone to accept the invitation this year."),
            [
                ("joeped", 14, "And you learned your grammar where exactly?"),
                ("derrell", 13, "Did you learn it there yourself, then?"),
                ("horseman", 10, "Nope, he learned it somewhere far away from here."),
            ],
        ),
        (("Sam", 12, "Why waste the money on having any team visit the house?"), []),
        (("justme", 9, "Maybe it is time for these visits to end altogether."), []),
    ]
    body = "".join(_spoken_thread(head, replies) for head, replies in threads)
    found = [(c.author, c.parent) for c in comments_of(f'{_story()}<ul class="wyqu">{body}</ul>')]
    assert found == [
        ("Scal", None),
        ("joeped", 0),
        ("derrell", 0),
        ("horseman", 0),
        ("Sam", None),
        ("justme", None),
    ]


def _review(name: str, day: int, text: str, answer: str | None) -> str:
    boxed = ""
    if answer is not None:
        boxed = f"""<div class="wyzy"><div><a href="/u/editor">Editorial</a>
          <span>{day + 1} May 2024</span></div><div class="qyxu">{answer}</div>
          <a href="#reply">Reply</a></div>"""
    return f"""<div class="kuzu"><div class="vyky"><div class="zuku"><a href="/u/{name}">{name}</a>
      </div><div class="vuwy"><span>{text}</span></div></div>
      <div class="wuzy"><div class="kuzy">{day} May 2024</div></div>{boxed}</div>"""


def test_a_reply_boxed_in_its_block_in_another_shape_answers_the_block():
    reviews = [
        ("lori", 3, TEXTS[0], "Hi Lori! The dough hook is what makes this bread easy."),
        ("smann", 5, TEXTS[1], None),
        ("deeder", 7, TEXTS[2], None),
        ("linda", 9, TEXTS[3], "It will not be as supple, but you should be fine with it."),
    ]
    page = f'{_story()}<div class="xuzy">{"".join(_review(*review) for review in reviews)}</div>'
    found = [(c.author, c.text, c.parent) for c in comments_of(page)]
    assert found == [
        ("lori", TEXTS[0], None),
        ("Editorial", "Hi Lori! The dough hook is what makes this bread easy.", 0),
        ("smann", TEXTS[1], None),
        ("deeder", TEXTS[2], None),
        ("linda", TEXTS[3], None),
        ("Editorial", "It will not be as supple, but you should be fine with it.", 4),
    ]


def test_a_quote_inside_a_blocks_words_is_no_boxed_reply():
    quoted = """<blockquote><div><a href="/u/ada">ada</a> <span>2 May 2024</span></div>
      <div>The first words that somebody else wrote here.</div></blockquote>"""
    reviews = [("lori", 3, TEXTS[0]), ("smann", 5, TEXTS[1]), ("deeder", 7, TEXTS[2])]
    blocks = "".join(
        _review(name, day, text, None).replace("<span>", f"<span>{quoted}", 1)
        if n == 1
        else _review(name, day, text, None)
        for n, (name, day, text) in enumerate(reviews)
    )
    found = [
        (c.author, c.parent) for c in comments_of(f'{_story()}<div class="xuzy">{blocks}</div>')
    ]
    assert found == [("lori", None), ("smann", None), ("deeder", None)]
