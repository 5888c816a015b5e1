"""A thread under a heading in the page's words whose replies sit in boxes beside the
comment they answer, each box a block of the same tag as the comments (a `div` among
`div`s) and holding the next box: the box is read for its comments, never as a comment
itself, whatever the class names say."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def _comment(place: int, name: str, date: str, text: str) -> str:
    return f"""<a id="c{place}"></a><div class="qa"><h3 class="qb">
      <a href="#c{place}">{text[:20]}</a></h3>
      <div class="qc">Enviado por {name} el {date}.</div>
      <div class="qd"><p>{text}</p></div><div class="qe"></div></div>"""


def test_a_box_of_replies_beside_a_comment_is_read_for_its_comments_not_as_one():
    first = _comment(1, "Anónimo", "22 January, 2004 - 17:19", "Si el contacto te envía algo.")
    reply = _comment(2, "badlop", "23 January, 2004 - 00:24", "Repito el planteamiento, pues.")
    again = _comment(3, "juampa", "10 October, 2006 - 06:36", "Estaba casi bien el original.")
    html = f"""<html><body><div class="za"><h2 class="zb">Seguridad en la comunicación</h2>
      <p>Sin duda el mayor grado de seguridad posible se consigue usando cifrado punto a
      punto, de modo que solo el receptor sea capaz de descifrar el mensaje enviado.</p></div>
      <div class="zc"><h2 class="zd">Comentarios</h2>{first}
      <div class="qf">{reply}<div class="qf">{again}</div></div></div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text, c.parent) for c in found] == [
        ("Anónimo", "Si el contacto te envía algo.", None),
        ("badlop", "Repito el planteamiento, pues.", 0),
        ("juampa", "Estaba casi bien el original.", 1),
    ]
