"""Controls told by repetition, whatever their language and classes (issue #13): a short
link most items show, each aimed at its own item, is no commenter's name, and a pingback's
excerpt is told past the reply link under it."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments.controls import repeated_controls, without_trailing_controls
from tests.support.comment_pages import comments_of

POST = "https://blog.example/post/"


def _entry(number: int, name: str, text: str, inner: str = "") -> str:
    """A WordPress.com-like comment whose classes say nothing: a like link under the words,
    a reply link below, the commenter's link in a footer beside the date."""
    return f"""<li id="wy-{number}" class="wy qv">
      <article class="wy-ju"><footer class="wy-qj"><div class="wy-vq xj">
        <img src="/a{number}.png" height="40" width="40"><b class="jj"><a
        href="https://{name.lower()}.example/" rel="nofollow">{name}</a></b> <span>dit :</span>
        </div>
        <div class="wy-vv"><a href="{POST}#comment-{number}">
          <time datetime="2014-11-0{number}T20:24:15+01:00">{number} novembre 2014</time></a></div>
      </footer>
      <div class="wy-wz"><p>{text}</p><p class="wy-xj">
        <a href="{POST}?like_comment={number}" rel="nofollow"><span>J'aime</span></a><span
        id="wy-jx-{number}">J'aime</span></p></div>
      <div class="zv"><a rel="nofollow" href="{POST}?replytocom={number}#respond">Réponse</a>
      </div></article>{inner}</li>"""


def test_a_like_link_every_item_shows_is_no_author():
    reply = _entry(2, "Selene", "Merci beaucoup, je tâche de me plaire à moi-même.")
    markup = f"""<div id="wj"><h2>3 commentaires</h2><ol class="wy-qu">
    {_entry(1, "Serena", "C’est très joli et vrai, merci.", f'<ol class="vv">{reply}</ol>')}
    {_entry(3, "Nadia", "Oui voilà, c’était dans ce sens-là.")}
    </ol></div>"""
    assert [c.author for c in comments_of(markup)] == ["Serena", "Selene", "Nadia"]


def _linked(number: int, site: str, text: str) -> str:
    """A Roseaux-like comment, its block left open as some themes print it."""
    return f"""<div id="zx-{number}" class="xx jy-1 vz"><article class="vz">
      <header class="zx-qz"><cite class="zz"><a href="https://{site}/billet-{number}/"
        rel="nofollow">{site}</a></cite> <time datetime="2018-08-2{number}">
        <a href="{POST}#comment-{number}">2{number} août 2018</a></time></header>
      <section class="zx_vz vz"><p>{text}</p></section>
      <a rel="nofollow" href="{POST}?replytocom={number}#respond">Réponse</a></article>"""


def test_a_pingback_excerpt_over_a_reply_link_is_no_comment():
    markup = f"""<div id="wz"><h3><span>3</span> commentaires</h3><section class="zx">
    {_linked(1, "simonae.fr", "[…] Extrait de « l’intersectionnalité et le féminisme » […]")}
    {_linked(2, "livres.example", "[…] de Margot, sur Roseaux, à propos de ce terme […]")}
    {_linked(3, "blog.example", "Merci pour cet article, je le partage avec mes élèves.")}
    </section></div>"""
    assert [c.author for c in comments_of(markup)] == ["blog.example"]


def _controls_of(markup: str) -> list[list[str]]:
    tree = LexborHTMLParser(f"<html><body>{markup}</body></html>")
    items = tree.css("li")
    index = {item.mem_id: position for position, item in enumerate(items)}
    found = repeated_controls(items, index, {})
    return [
        [link.text() for link in item.css("a") if link.mem_id in ids]
        for item, ids in zip(items, found, strict=True)
    ]


def test_one_commenters_link_over_several_items_is_no_control():
    markup = "".join(
        f'<li><a href="https://ada.example/">Ada</a> <p>Words {n}.</p>'
        f'<a href="/post/?replytocom={n}">Answer</a></li>'
        for n in range(3)
    )
    assert _controls_of(markup) == [["Answer"], ["Answer"], ["Answer"]]


def test_a_more_link_to_another_page_under_each_block_is_no_control():
    markup = (
        '<li><a href="/comments/by_date/1">Plus »</a></li>'
        '<li><a href="/comments/by_rate/1">Plus »</a></li>'
    )
    assert _controls_of(markup) == [[], []]


def test_the_controls_lines_a_text_ends_with_go_and_its_signs_stay():
    markup = "".join(
        f'<li><p>Words {n}.</p><p><a href="/post/?like_comment={n}">J\'aime</a>'
        f'<span>J\'aime</span></p><a href="/post/?replytocom={n}">Odpowiedz</a></li>'
        for n in range(3)
    )
    tree = LexborHTMLParser(f"<html><body><ul>{markup}</ul></body></html>")
    items = tree.css("li")
    index = {item.mem_id: position for position, item in enumerate(items)}
    comments = [
        Comment(text=text, author="x")
        for text in ("Words 0.\nJ'aimeJ'aime\nOdpowiedz", "Words 1.\n}", "Odpowiedz")
    ]
    without_trailing_controls(items, comments, repeated_controls(items, index, {}))
    assert [c.text for c in comments] == ["Words 0.", "Words 1.\n}", "Odpowiedz"]
