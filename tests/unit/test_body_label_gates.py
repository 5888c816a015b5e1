"""`comments_label` and `overlay_label` answer as reading the label's words does: a label
holding no word for comments or for an overlay anywhere is told without reading its words,
and one that holds such a word as part of another ("documents", "menuitem") is still read."""

import pytest

from flows.parse.body.words import (
    COMMENT_LISTS,
    OVERLAY_WORDS,
    PART_WORDS,
    comments_label,
    label_words,
    overlay_label,
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


def _read_comments(label: str) -> bool:
    return any(
        (word.startswith("comment") and not word.startswith("commentar")) or word in COMMENT_LISTS
        for words in label_words(label)
        for word in words
    )


def _read_overlay(label: str) -> bool:
    return any(
        word in OVERLAY_WORDS and all(rest in PART_WORDS for rest in words[index + 1 :])
        for words in label_words(label)
        for index, word in enumerate(words)
    )


@pytest.mark.parametrize("label", LABELS)
def test_the_label_gates_answer_as_reading_the_words_does(label: str) -> None:
    assert comments_label(label) == _read_comments(label)
    assert overlay_label(label) == _read_overlay(label)


def test_a_label_naming_comments_or_an_overlay_is_found() -> None:
    assert comments_label("post CommentList")
    assert not comments_label("commentary")
    assert overlay_label("megaMenu")
    assert not overlay_label("menu-open")
