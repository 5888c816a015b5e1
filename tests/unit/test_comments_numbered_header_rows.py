"""Comments laid out as a header numbered bare (`div#2`: the date, the author's link and
the buttons) over a block of its number under a name (`div#ab2`: the text, and the replies
laid out alike inside it), found where no class word says what either is: the header is
judged by its parts, a date line and a name beside it, not as one line with its buttons."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2015, 2, 20, 10, 0, tzinfo=UTC)


def _comment(number: int, name: str, text: str, replies: str = "") -> str:
    return f"""<div class="hx" id="{number}">
        10.2. 1{number}:34
        <a href="/lide/{name}">{name}</a> | skóre: 2{number} | Brno<br>
        <span class="hy"><a onclick="fold({number})">Rozbalit</a></span>
        Re: Bolest proxy
        <div id="ab{number}_c"><a href="/reply?threadId={number}">Odpovědět</a>
          | <a href="#{number}">Link</a> | <a href="/admin?threadId={number}">Admin</a></div>
      </div>
      <div id="ab{number}" class="hz{number}"><div class="hq">{text}</div>
        <div class="hr">{replies}</div></div>"""


def test_bare_numbered_headers_over_numbered_bodies_give_comments_and_replies():
    reply = _comment(2, "bystroushaak", "To vypadá jako něco, co bych fakt nechtěl provozovat.")
    html = f"""<html><body><h1>Bolest proxy</h1>
      <p>Občas se stane, že potřebujete přistupovat k nějakému zdroji nepřímo.</p>
      <div class="hw">
      {_comment(1, "manasekp", "Zkus scrapebox, na tohle je docela dobrý nástroj.", reply)}
      {_comment(3, "snajpa", "Respekt za to pojmenování, pobavilo mě to.")}
      {_comment(4, "backinabag", "Další možnost je zaplatit si VPS server za bitcoiny.")}
      </div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text, c.parent) for c in found] == [
        ("manasekp", "Zkus scrapebox, na tohle je docela dobrý nástroj.", None),
        ("bystroushaak", "To vypadá jako něco, co bych fakt nechtěl provozovat.", 0),
        ("snajpa", "Respekt za to pojmenování, pobavilo mě to.", None),
        ("backinabag", "Další možnost je zaplatit si VPS server za bitcoiny.", None),
    ]
    assert found[0].posted_text == "10.2. 11:34"


def test_bare_numbered_rows_of_dates_alone_over_numbered_rows_are_no_comments():
    rows = "".join(
        f"""<div id="{n}">1{n}.2. 10:00 | Sál {n} | <a href="/mapa">Mapa</a></div>
        <div id="day{n}"><p>Program dne: přednáška a workshop v sále {n}.</p></div>"""
        for n in range(1, 5)
    )
    html = f"""<html><body><h1>Program</h1><p>Týden konference.</p>
      <div class="pw">{rows}</div></body></html>"""
    assert extract_comments(LexborHTMLParser(html), FETCHED) == []
