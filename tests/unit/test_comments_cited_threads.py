"""An undated list whose items each open with the reader's name in a `cite`, replies nested
under the items they answer, and no class, heading or date that names it: a thread, read
with its parents. The same items without a reply, and quotes closed by their `cite`, stay
none."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 5, 2, 9, 0, tzinfo=UTC)


def _page(thread: str) -> str:
    return f"""<html><body><article><h1>Cómo llegar al mercado</h1>
      <p>{"El mercado abre los sábados por la mañana junto al río. " * 6}</p></article>
      <div class="vk">{thread}</div><footer><p>Hecho a mano</p></footer></body></html>"""


def _item(name: str, text: str, replies: str = "") -> str:
    nested = f'<ul class="zo">{replies}</ul>' if replies else ""
    return f"""<li class="qa"><div class="qe"><cite><span>{name}</span></cite></div>
      <div class="qi"><p>{text}</p></div>{nested}</li>"""


def test_an_undated_list_opened_by_cited_names_with_nested_replies_is_a_thread():
    reply = _item("Marta", "Gracias, lo probaré el sábado.")
    items = [
        _item("Lucía", "Fuimos ayer en bici y tardamos veinte minutos."),
        _item("Tomás", "¿Hay aparcamiento cerca del puente?", reply),
        _item("Inés", "Muy útil, sobre todo lo del horario de invierno."),
    ]
    found = extract_comments(LexborHTMLParser(_page(f"<ul>{''.join(items)}</ul>")), FETCHED)
    assert [(c.author, c.text, c.parent) for c in found] == [
        ("Lucía", "Fuimos ayer en bici y tardamos veinte minutos.", None),
        ("Tomás", "¿Hay aparcamiento cerca del puente?", None),
        ("Marta", "Gracias, lo probaré el sábado.", 1),
        ("Inés", "Muy útil, sobre todo lo del horario de invierno.", None),
    ]


def test_cited_items_with_their_words_in_a_box_apart_are_comments_without_a_reply():
    items = [
        _item("Lucía", "Fuimos ayer en bici y tardamos veinte minutos."),
        _item("http://example.org/tomas-blog Tomás", "¿Hay aparcamiento cerca del puente?"),
        _item("Inés", "Muy útil, sobre todo lo del horario de invierno."),
    ]
    found = extract_comments(LexborHTMLParser(_page(f"<ul>{''.join(items)}</ul>")), FETCHED)
    assert [(c.author, c.text) for c in found] == [
        ("Lucía", "Fuimos ayer en bici y tardamos veinte minutos."),
        ("Tomás", "¿Hay aparcamiento cerca del puente?"),
        ("Inés", "Muy útil, sobre todo lo del horario de invierno."),
    ]


def test_cited_titles_in_their_line_of_words_without_a_reply_give_none():
    line = "<li><cite>{title}</cite>, {words}</li>"
    items = [
        line.format(title="Los ríos de la ciudad", words="un paseo por sus puentes."),
        line.format(title="Mercados del norte", words="guía de los puestos más antiguos."),
        line.format(title="Pan de cada día", words="recetas de las panaderías del barrio."),
    ]
    assert extract_comments(LexborHTMLParser(_page(f"<ul>{''.join(items)}</ul>")), FETCHED) == []


def test_quotes_closed_by_their_cite_give_none():
    quote = """<li><blockquote><p>{text}</p><cite>{name}</cite></blockquote>{nested}</li>"""
    inner = quote.format(text="Lo mejor del viaje.", name="Ana", nested="")
    items = [
        quote.format(text="Un mercado precioso.", name="Pablo", nested=""),
        quote.format(text="Volveremos seguro.", name="Rosa", nested=f"<ul>{inner}</ul>"),
        quote.format(text="Todo muy bien explicado.", name="Luis", nested=""),
    ]
    assert extract_comments(LexborHTMLParser(_page(f"<ul>{''.join(items)}</ul>")), FETCHED) == []


def test_a_link_to_a_users_page_amid_a_comments_sentence_stays_in_its_words():
    named = (
        "Descubrí este mercado el año pasado, cuando vivía cerca del río, gracias a "
        '<a href="/profile/4821">Álvaro</a>.'
    )
    reply = _item("Marta", "Gracias, lo probaré el sábado.")
    items = [
        _item("Lucía", named),
        _item("Tomás", "¿Hay aparcamiento cerca del puente?", reply),
        _item("Inés", "Muy útil, sobre todo lo del horario de invierno."),
    ]
    found = extract_comments(LexborHTMLParser(_page(f"<ul>{''.join(items)}</ul>")), FETCHED)
    assert (found[0].author, found[0].text) == (
        "Lucía",
        "Descubrí este mercado el año pasado, cuando vivía cerca del río, gracias a Álvaro.",
    )
