"""Labels of boxes whose prose does not vote: a token whose BEM element names a sidebar, a
related list, comments or a cookie note, in any case; not a topic's class nor a BEM block."""

import pytest

from flows.parse.body.words import off_label


@pytest.mark.parametrize(
    "label",
    ["sidebar", "article__sidebar main", "Related-Posts", "post comment-list", " cookieNotice"],
)
def test_a_label_naming_a_box_off_the_article_is_off(label: str) -> None:
    assert off_label(label)


@pytest.mark.parametrize(
    "label",
    ["", "main content", "sidebar-grid__content", "tonal__main--tone-comment", "tag-cookies x"],
)
def test_a_label_without_such_a_token_is_not_off(label: str) -> None:
    assert not off_label(label)
