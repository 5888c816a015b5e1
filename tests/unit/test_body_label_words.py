"""Class and id labels read as words: each token's BEM element, split at hyphens, underscores
and (in ASCII tokens) the numbers a template gives its boxes; camel case split too."""

import pytest

from flows.parse.body.words import label_words


@pytest.mark.parametrize(
    ("label", "words"),
    [
        ("share-bar post_meta", (("share", "bar"), ("post", "meta"))),
        ("shareBar", (("share", "bar"),)),
        ("menu1 menu2box sidebar-2", (("menu",), ("menu", "box"), ("sidebar",))),
        ("sidebar-grid__content", (("content",),)),
        ("tonal__main--tone-comment", (("main",),)),
        ("a--b__c--d", (("c",),)),
        ("--x__", ((),)),
        ("2024 x-2024", (("2024",), ("x",))),
        ("café-menu2 ü_ber", (("café", "menu2"), ("ü", "ber"))),
        ("category-news tag-x", ()),
    ],
)
def test_label_words_are_the_words_of_each_tokens_element(
    label: str, words: tuple[tuple[str, ...], ...]
) -> None:
    assert label_words(label) == words
