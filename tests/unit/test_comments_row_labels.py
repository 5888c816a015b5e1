"""A row of a list whose words are only the control every row shows (a picture posted alone,
its row's "fold the replies" button read as its text) has no words of its own."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.contracts import Comment
from flows.parse.comments.shared_chrome import without_row_labels


def _rows(words: list[str]) -> list[LexborNode]:
    rows = "".join(
        f"""<div class="zuvo"><a href="/home/u{n}">u{n}</a>
          <div class="kexo">{text or f'<img src="/p/{n}.jpg">'}</div>
          <div class="tixa"><span>{n + 1}楼</span> <span>2024-10-01 10:0{n}</span>
          <a href="#">回复({n})</a><span class="qero">收起回复</span></div></div>"""
        for n, text in enumerate(words)
    )
    return LexborHTMLParser(f"<html><body>{rows}</body></html>").css("div.zuvo")


def test_a_rows_only_words_that_every_row_shows_as_a_control_are_no_text():
    words = ["第一层的话，说得很长很长。", "", "我同意楼上的看法。", "谢谢分享，辛苦了。"]
    comments = [Comment(text=text or "收起回复", author=f"u{n}") for n, text in enumerate(words)]
    without_row_labels(_rows(words), comments)
    assert [c.text for c in comments] == ["第一层的话，说得很长很长。", "", *words[2:]]


def test_short_words_that_not_every_row_shows_as_an_element_are_kept():
    words = ["好", "顶", "我同意楼上的看法。", "谢谢分享，辛苦了。"]
    comments = [Comment(text=text, author=f"u{n}") for n, text in enumerate(words)]
    without_row_labels(_rows(words), comments)
    assert [c.text for c in comments] == words


def test_a_line_most_rows_say_is_the_readers_words():
    words = ["收起回复", "收起回复", "收起回复", "谢谢分享，辛苦了。"]
    comments = [Comment(text=text, author=f"u{n}") for n, text in enumerate(words)]
    without_row_labels(_rows(words), comments)
    assert [c.text for c in comments] == words
