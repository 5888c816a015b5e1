"""A list whose blocks are threads' boxes, each holding a comment and a box of its replies
laid out apart (the reply's button before its words), is read as the comments inside the
boxes, not one comment a box: the blocks of one kind that each look like a comment, one in
every box and two in some."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def _header(name: str, date: str, glued: bool) -> str:
    gap = "" if glued else " "
    return f"""<div class="wuqu"><div class="jywu"><span style="width:50px"></span></div>
      <div class="zyvy"><a href="/profil/{name.split()[0].lower()}/">{name}</a>{gap}<span
      class="zyku">{date}</span></div></div>"""


def _comment(name: str, date: str, text: str, glued: bool) -> str:
    return f"""<div class="zyxu">{_header(name, date, glued)}<div class="zyzu">{text}</div>
      <div role="button" class="zyxy">Yanıtla</div>
      <div class="wywy"><textarea placeholder="Yorumunuzu yazın..."></textarea></div></div>"""


def _reply(name: str, date: str, text: str, glued: bool) -> str:
    return f"""<div class="zyku2"><div class="zyxu">{_header(name, date, glued)}
      <div role="button" class="zyxy">Yanıtla</div><div class="zyzu">{text}</div></div></div>"""


_THREADS = [
    [
        ("Belgin Diyaroglu", "28 Eylül 2021 22:32", "Efsane oldu, çok teşekkürler."),
        ("Ayşegül Uslu", "29 Eylül 2021 23:45", "Afiyetler olsun :)"),
    ],
    [
        ("Celn Kaya", "16 Haziran 2020 21:42", "Çok güzel oldu, herkes sevdi."),
        ("Neşe Tan", "17 Haziran 2020 10:19", "Afiyetler olsun, çok sevindik :)"),
    ],
    [("Oya Demir", "2 Mayıs 2020 09:10", "Fırında kaç dakika pişiyor?")],
]


def _page(glued: bool) -> str:
    boxes = "".join(
        f"""<div class="xyxy"><div>{_comment(*thread[0], glued)}
        {"".join(_reply(*reply, glued) for reply in thread[1:])}</div></div>"""
        for thread in _THREADS
    )
    return f"""<html><body><h1>Köri soslu tavuk</h1><p>Tarifin adımları burada.</p>
      <div class="kyzu"><h2>Yorumlar</h2>{boxes}</div></body></html>"""


def test_the_comments_inside_threads_boxes_are_read_with_their_replies():
    found = extract_comments(LexborHTMLParser(_page(glued=False)), FETCHED)
    assert [(c.author, c.text, c.parent) for c in found] == [
        ("Belgin Diyaroglu", "Efsane oldu, çok teşekkürler.", None),
        ("Ayşegül Uslu", "Afiyetler olsun :)", 0),
        ("Celn Kaya", "Çok güzel oldu, herkes sevdi.", None),
        ("Neşe Tan", "Afiyetler olsun, çok sevindik :)", 2),
        ("Oya Demir", "Fırında kaç dakika pişiyor?", None),
    ]


def test_a_date_that_touches_the_names_link_is_read():
    found = extract_comments(LexborHTMLParser(_page(glued=True)), FETCHED)
    assert [c.posted_text for c in found] == [date for thread in _THREADS for _, date, _ in thread]
