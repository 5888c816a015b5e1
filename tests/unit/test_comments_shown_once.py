"""A comment a page shows twice (a "popular" tab beside the "newest" list) is one comment,
and a comment's schema.org text property is its text, from small pages written here."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.contracts import Comment
from flows.parse.comments.extract import shown_once
from tests.support.comment_pages import comments_of, rows

_AT = datetime(2014, 12, 26, 19, 15, tzinfo=UTC)


def _said(author: str, text: str, parent: int | None = None) -> Comment:
    return Comment(text=text, author=author, posted_at=_AT, parent=parent)


def test_a_second_list_of_the_same_comments_counts_once_and_its_replies_stay_threaded():
    newest = [_said("Ada", "First words."), _said("Bo", "A reply.", 0), _said("Cy", "Third.")]
    popular = [_said("Ada", "First words."), _said("Bo", "A reply.", 3), _said("Cy", "Third.")]
    assert rows(shown_once(newest + popular)) == [
        ("Ada", "First words.", None),
        ("Bo", "A reply.", 0),
        ("Cy", "Third.", None),
    ]


def test_a_reader_posting_the_same_words_twice_keeps_both_comments():
    twice = [_said("Ada", "Very well said!!"), _said("Ada", "Very well said!!"), _said("Bo", "No.")]
    assert shown_once(twice) == twice


def test_short_undated_words_said_again_are_not_taken_for_a_second_list():
    said = [Comment(text="yo", author=name) for name in ("Ada", "Bo", "Cy")]
    assert shown_once(said + said) == said + said


def _user_comment(number: int, name: str, words: str) -> str:
    return f"""<li id="comentario-{number}" itemscope itemtype="http://schema.org/UserComments">
      <div itemprop="creator" itemscope itemtype="http://schema.org/Person">
        <strong itemprop="name">{name}</strong>
        <abbr itemprop="commentTime" title="2014-12-26T19:15:52">2014-12-26T19:15:52</abbr>
      </div>
      <p class="comentarios-texto-comentario" itemprop="commentText">{words}</p>
      <button class="comentarios-voto">0</button><div class="comentarios-bullet">•</div>
      <button class="comentarios-responder">Responder</button>
      <div class="comentarios-bullet">•</div><button class="comentarios-denunciar">Denunciar</button>
    </li>"""


def test_the_comment_text_property_is_the_text_whatever_its_class_names():
    markup = (
        '<ul class="comentarios-lista">'
        + _user_comment(1, "Ada", "Espero que volte em alto nível!")
        + _user_comment(2, "Bo", "Esse já tá vendido !!!")
        + "</ul>"
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Ada", "Espero que volte em alto nível!"),
        ("Bo", "Esse já tá vendido !!!"),
    ]
