"""`comments_label` and `overlay_label` answer as reading the label's words does: a label
holding no word for comments or for an overlay anywhere is told without reading its words,
and one that holds such a word as part of another ("documents", "menuitem") is still read."""

import pytest

from flows.parse.body.words import (
    comments_label,
    overlay_label,
    words_name_an_overlay,
    words_name_comments,
)

LABELS = [
    "",
    "main content",
    "col-md-8 row",
    "comments",
    "post CommentList",
    "commentary",
    "kommentare-box",
    "Leserbriefe",
    "my-comment2",
    "tag-comments x",
    "cookie-modal",
    "megaMenu",
    "mega-menu",
    "menu-open",
    "menuitem",
    "nav__dropdown--open",
    "popup-inner wrapper",
    "modal-enabled",
    "cat-menu3",
    "category-cookies",
]


@pytest.mark.parametrize("label", LABELS)
def test_the_label_gates_answer_as_reading_the_words_does(label: str) -> None:
    assert comments_label(label) == words_name_comments(label)
    assert overlay_label(label) == words_name_an_overlay(label)


def test_a_label_naming_comments_or_an_overlay_is_found() -> None:
    assert comments_label("post CommentList")
    assert not comments_label("commentary")
    assert overlay_label("megaMenu")
    assert not overlay_label("menu-open")
