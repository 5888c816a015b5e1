"""A block of a list of comments whose name reads like no name ("S.O.", a number) is laid
out as the others: it joins them, and its name is read in the place where they show theirs
(made-up class words, as on a page whose names say nothing)."""

from __future__ import annotations

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
