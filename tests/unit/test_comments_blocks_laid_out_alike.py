"""A block of a list of comments whose name reads like no name ("S.O.", a number) is laid
out as the others: it joins them, and its name is read in the place where they show theirs
(made-up class words, as on a page whose names say nothing)."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments.scopes import _named_in_place
from tests.support.comment_pages import comments_of, rows


def _said(name: str, date: str, text: str) -> str:
    return f"""<li class="kq vw"><p class="vw__ku">{name}</p><p class="vw__qy">
      le {date} à 11:14</p><p class="vw__jv">{text}</p></li>"""


def test_a_block_laid_out_as_the_others_is_a_comment_whatever_its_name_reads_like():
    markup = (
        "<div class='zk'><div class='zk__t'>3 commentaires</div><ul class='zk__l'>"
        + _said("jack Soul", "15/06/2021", "Il suffit de regarder ailleurs, voilà tout.")
        + _said("S.O.", "15/06/2021", "Et l'adjectif s'accorde en genre et en nombre.")
        + _said("Anonyme", "14/06/2021", "Quelle question, franchement, quelle question.")
        + "</ul></div>"
    )
    assert rows(comments_of(markup)) == [
        ("jack Soul", "Il suffit de regarder ailleurs, voilà tout.", None),
        ("S.O.", "Et l'adjectif s'accorde en genre et en nombre.", None),
        ("Anonyme", "Quelle question, franchement, quelle question.", None),
    ]


def test_a_block_laid_out_otherwise_does_not_join_the_list():
    markup = (
        "<div class='zk'><div class='zk__t'>2 commentaires</div><ul class='zk__l'>"
        + _said("jack Soul", "15/06/2021", "Il suffit de regarder ailleurs, voilà tout.")
        + _said("Anonyme", "14/06/2021", "Quelle question, franchement, quelle question.")
        + "<li class='kq vw'><p class='vw__mo'>Voir les 2 commentaires</p></li>"
        + "</ul></div>"
    )
    assert [comment.author for comment in comments_of(markup)] == ["jack Soul", "Anonyme"]


def test_a_block_laid_out_alike_that_says_no_sentence_does_not_join_the_list():
    markup = (
        "<div class='zk'><div class='zk__t'>2 commentaires</div><ul class='zk__l'>"
        + _said("jack Soul", "15/06/2021", "Il suffit de regarder ailleurs, voilà tout.")
        + _said("S.O.", "15/06/2021", "Le marché du livre en hausse de 12 % en 2021")
        + _said("Anonyme", "14/06/2021", "Quelle question, franchement, quelle question.")
        + "</ul></div>"
    )
    assert [comment.author for comment in comments_of(markup)] == ["jack Soul", "Anonyme"]


def _footed(name: str, clock: str, text: str) -> str:
    return f"""<div class="ge"><div class="gu"><img src="/u.gif" alt="{name}"></div>
      <div class="gq"><p>{text}</p></div>
      <p class="gf">Posted by: {name} | <a href="#c">Thursday, November 08, 2012 at {clock}</a>
      </p></div>"""


def _named(markup: str, authors: list[str | None]) -> list[str | None]:
    items = list(LexborHTMLParser(markup).css("div.ge"))
    comments = [Comment(text="Words.", author=author) for author in authors]
    return [c.author for c in _named_in_place(comments, items, datetime(2024, 1, 1, tzinfo=UTC))]


def test_an_unnamed_block_is_named_by_its_portrait_where_the_others_show_theirs():
    markup = (
        _footed("Janet", "01:26 PM", "Loved it.")
        + _footed("Karen W. (in warm and rainy Towson, Md)", "01:33 PM", "I love it.")
        + _footed("Paul", "02:10 PM", "Inspirational.")
    )
    assert _named(markup, ["Janet", None, "Paul"]) == [
        "Janet",
        "Karen W. (in warm and rainy Towson, Md)",
        "Paul",
    ]


def test_a_name_read_in_place_is_never_a_date():
    markup = (
        '<div class="ge"><p><a href="/janet">Janet</a> | <a href="#c">May 2, 2012</a></p></div>'
        '<div class="ge"><p>S.O. | <a href="#c">May 3, 2012 at 10:51 AM</a></p></div>'
        '<div class="ge"><p><a href="/paul">Paul</a> | <a href="#c">May 4, 2012</a></p></div>'
    )
    assert _named(markup, ["Janet", None, "Paul"]) == ["Janet", None, "Paul"]


def test_a_name_read_in_place_may_sit_deep_in_the_block():
    markup = (
        '<div class="ge"><div><span><a href="/k">Kathrine</a> said,</span></div><p>A.</p></div>'
        '<div class="ge"><div><span><a href="/m">MB @ 12 Year Career</a> said,</span></div>'
        "<p>B.</p></div>"
        '<div class="ge"><div><span><a href="/d">Dan</a> said,</span></div><p>C.</p></div>'
    )
    assert _named(markup, ["Kathrine", None, "Dan"]) == ["Kathrine", "MB @ 12 Year Career", "Dan"]
