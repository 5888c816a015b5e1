"""A link whose few words open with a control's word (`labels.ACTION_WORDS`) is a control
beside a post, never its author or its words."""

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments.roles import action_link


def _link(text: str):
    return LexborHTMLParser(f'<a href="#c1">{text}</a>').css_first("a")


@pytest.mark.parametrize(
    "text", ["Reply", "Ответить", "返信", "Report this comment", "Link to this", "Melden"]
)
def test_action_link_is_a_control_whose_first_word_is_an_action(text):
    assert action_link(_link(text))


@pytest.mark.parametrize("text", ["Ada Obi", "Reply to the council's plan on bridges"])
def test_action_link_is_no_name_nor_a_longer_line(text):
    assert not action_link(_link(text))
