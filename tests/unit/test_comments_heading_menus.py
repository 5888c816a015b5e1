"""A list of comments under a heading in the page's words, whose first block under the
heading is a form of menus (how the list is sorted or shown) and no box to type in: the
form is the list's controls, read past, not the reply form that ends the region; the
comments are read by their parts where no class word names them."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)

_TEXTS = [
    (
        "Anónimo",
        "22 January, 2004 - 17:19",
        "Si el contacto te envía algo cifrado no validas nada.",
    ),
    ("badlop", "23 January, 2004 - 00:24", "Repito el planteamiento: quiero que nadie más lo lea."),
]
"""Two comments: too few for blocks alike anywhere on the page (`shaped`) to make a list."""


def _comment(name: str, date: str, text: str) -> str:
    return f"""<div class="qa"><h3 class="qb"><a href="#c1">{text[:20]}</a></h3>
      <div class="qc">Enviado por {name} el {date}.</div>
      <div class="qd"><p>{text}</p></div><div class="qe"></div></div>"""


def _page(menu: str) -> str:
    comments = "".join(_comment(*row) for row in _TEXTS)
    return f"""<html><body><div class="za"><h2 class="zb">Seguridad en la comunicación</h2>
      <p>Sin duda el mayor grado de seguridad posible se consigue usando cifrado punto a
      punto, de modo que solo el receptor sea capaz de descifrar el mensaje enviado.</p></div>
      <div class="zc"><h2 class="zd">Comentarios</h2>{menu}{comments}</div></body></html>"""


def test_a_form_of_menus_under_the_heading_is_read_past_to_the_comments():
    menu = """<form action="/node/193" method="post"><div class="ya">
      <select name="mode"><option value="1">Lista plana</option></select>
      <select name="order"><option value="1">Fecha - primero lo más nuevo</option></select>
      <input type="submit" name="op" value="Guardar las opciones"></div></form>"""
    found = extract_comments(LexborHTMLParser(_page(menu)), FETCHED)
    assert [(c.author, c.text) for c in found] == [(name, text) for name, _, text in _TEXTS]


def test_a_form_to_type_in_under_the_heading_still_ends_the_region():
    form = """<form action="/comment" method="post"><textarea name="body"></textarea>
      <input type="text" name="name"><input type="submit" value="Enviar"></form>"""
    found = extract_comments(LexborHTMLParser(_page(form)), FETCHED)
    assert found == []
