"""A link "@NAME" that opens a few words of a wide script ("@长日将尽 这个好像就可以了") is a
mention the words address, not the comment's author: a character of Chinese, Japanese or
Korean says as much as a short word."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.comments.parts import is_a_mention


def _link(html: str) -> LexborNode:
    node = LexborHTMLParser(f"<html><body>{html}</body></html>").css_first("a")
    assert node is not None
    return node


def test_a_mention_before_a_few_chinese_words_is_a_mention():
    link = _link('<div class="vuvu"><a href="/users/7">@长日将尽</a> 这个好像就可以了</div>')
    assert is_a_mention(link)


def test_a_handle_shown_with_a_word_or_two_beside_it_is_no_mention():
    assert not is_a_mention(_link('<span><a href="/users/7">@张三</a> 回复</span>'))
    assert not is_a_mention(_link('<span><a href="/users/7">@ada</a> wrote</span>'))
