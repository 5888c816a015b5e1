"""The shaped finder asks its cheap refusals first: whether most blocks could be posts is
settled before a list's template is built, and after as few blocks as the answer needs."""

from __future__ import annotations

from itertools import product

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.comments import shaped
from flows.parse.nodes import Scan
from tests.support.comment_pages import FETCHED


def _blocks(marks: tuple[bool, ...]) -> list[LexborNode]:
    items = "".join(f'<li class="{"post" if mark else "teaser"}">x</li>' for mark in marks)
    return LexborHTMLParser(f"<ul>{items}</ul>").css("li")


@pytest.mark.parametrize("size", range(9))
def test_mostly_posts_answers_as_the_full_count(monkeypatch, size):
    asked: list[int] = []

    def could_be_posts(records: list[LexborNode]) -> bool:
        asked.append(records[0].mem_id)
        return records[0].attributes.get("class") == "post"

    monkeypatch.setattr(shaped, "could_be_posts", could_be_posts)
    for marks in product((True, False), repeat=size):
        asked.clear()
        refused = marks.count(False)
        assert shaped._mostly_posts(_blocks(marks)) is (2 * refused < size)
        assert len(asked) <= size


def test_mostly_posts_stops_once_half_the_blocks_are_refused(monkeypatch):
    asked: list[int] = []

    def could_be_posts(records: list[LexborNode]) -> bool:
        asked.append(records[0].mem_id)
        return False

    monkeypatch.setattr(shaped, "could_be_posts", could_be_posts)
    assert not shaped._mostly_posts(_blocks((False,) * 8))
    assert len(asked) == 4


def test_a_list_of_teasers_is_refused_before_its_template_is_built(monkeypatch):
    teaser = (
        '<div class="card"><h2><a href="/other/story-{n}">A story about things {n}</a></h2>'
        "<p>Ada Lane</p><p>3 May 2024 12:0{n}</p><p>Some words about the story {n}.</p></div>"
    )
    markup = "<html><body><div>" + "".join(teaser.format(n=n) for n in range(5)) + "</div>"
    built: list[int] = []

    def template(blocks: object, dates: object, *, loose: bool = False) -> None:
        built.append(1)

    monkeypatch.setattr(shaped, "shared_template", template)
    scanned = Scan(LexborHTMLParser(markup + "</body></html>"))
    assert shaped.shaped_comments(scanned, {}, FETCHED) == ([], [])
    assert built == []
