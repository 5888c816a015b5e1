"""A forum post's author element that shows a label before the name ("Szerző: user1",
"Beküldte user1", "Автор: user1"): the label is no part of the name, in whatever language;
a name of digits its profile's address ends with is a name, not a count."""

from __future__ import annotations

import pytest

from tests.support.comment_pages import comments_of


def _post(number: int, author: str, text: str) -> str:
    return f"""<div id="p{number}" class="post"><div class="postbody">
      <h3><a href="#p{number}">Re: Topic</a></h3>
      <p class="author">{author} » 2011.01.{number:02d} 12:{number:02d}</p>
      <div class="content">{text}</div></div>
      <dl class="postprofile"><dt><a href="/u/{number}">ignored</a></dt>
      <dd>Posts: {100 + number}</dd></dl></div>"""


def _thread(authors: list[str]) -> str:
    """The posts under a topic's title; the first may be read as the topic's opening post."""
    posts = "".join(
        _post(number, author, f"Words of the reply number {number}, long enough to read.")
        for number, author in enumerate(authors, start=1)
    )
    return f'<div id="page-body"><h2 class="topic-title">Topic</h2>{posts}</div>'


@pytest.mark.parametrize(
    "label",
    ["Szerző:", "Beküldte", "Автор:", "Написал:", "Autor:", "Napisao:", "Auteur :", "Autore:"],
)
def test_a_label_before_the_linked_name_in_an_author_element_is_dropped(label):
    authors = [f'{label} <strong><a href="/u/{n}">user{n}</a></strong>' for n in (1, 2, 3, 4)]
    assert [c.author for c in comments_of(_thread(authors))][-3:] == ["user2", "user3", "user4"]


@pytest.mark.parametrize("label", ["Автор:", "Szerző:", "Auteur :"])
def test_a_one_word_label_and_colon_before_an_unlinked_name_is_dropped(label):
    authors = [f"{label} <strong>Ada Obi{n}</strong>" for n in (1, 2, 3, 4)]
    found = [c.author for c in comments_of(_thread(authors))]
    assert found[-3:] == ["Ada Obi2", "Ada Obi3", "Ada Obi4"]


def test_a_linked_name_of_two_words_in_an_author_element_stays_whole():
    authors = [f'<a href="/u/{n}">Ada Obi{n}</a>' for n in (1, 2, 3, 4)]
    found = [c.author for c in comments_of(_thread(authors))]
    assert found[-3:] == ["Ada Obi2", "Ada Obi3", "Ada Obi4"]


def test_a_name_of_digits_that_its_profile_address_ends_with_is_the_author():
    authors = [f'<a href="/members/{5700 + n}-{560 + n}">{560 + n}</a>' for n in (1, 2, 3, 4)]
    assert [c.author for c in comments_of(_thread(authors))][-3:] == ["562", "563", "564"]


def test_a_users_title_on_the_line_after_the_name_in_an_author_element_is_no_part_of_it():
    authors = [f'<a href="/u/{n}">user{n}</a><br>Registered User' for n in (1, 2, 3, 4)]
    assert [c.author for c in comments_of(_thread(authors))][-3:] == ["user2", "user3", "user4"]


def test_a_first_name_before_a_linked_surname_is_no_label():
    authors = [f'Ada <a href="/u/{n}">Obi{n}</a>' for n in (1, 2, 3, 4)]
    found = [c.author for c in comments_of(_thread(authors))]
    assert found[-3:] == ["Ada Obi2", "Ada Obi3", "Ada Obi4"]
