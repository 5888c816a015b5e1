"""Comments found by their shared template (`shaped`) in lists whose blocks have no class: a
bulleted list in a comment's words is part of its text, a nested block that shows a name
and a date is a reply."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def comments_of(body: str) -> list[Comment]:
    html = f"""<html><head><title>Topic</title></head><body><h1>How long will it take?</h1>
      <p>A question about estimating a task nobody here has done before.</p>{body}</body></html>"""
    return extract_comments(LexborHTMLParser(html), FETCHED)


def _block(name: str, day: int, words: str, inside: str = "") -> str:
    return f"""<li><div class="vyzu"><div class="kuxa">
        <a class="zoqa" href="/-/users/{name}">{name}</a>
        <span class="qiru">Sep {day}, 2017</span></div>
      <div class="wuxe"><p>{words}</p>{inside}</div></div></li>"""


def _bullets(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def test_a_bulleted_list_in_a_comments_words_stays_in_its_text():
    rows = [
        ("ada", 16, "Estimate with three numbers, then weigh them.", ("OD = best", "PD = worst")),
        ("bo", 17, "Ask someone who has done the task before.", ("Ask a senior", "Keep notes")),
        ("cy", 18, "Revise the estimate every week as you go.", ("Track hours", "Compare")),
    ]
    page = "<ol>" + "".join(_block(n, d, w, _bullets(*b)) for n, d, w, b in rows) + "</ol>"
    found = [(c.author, c.text) for c in comments_of(page)]
    assert found == [(n, "\n".join([w, *b])) for n, _, w, b in rows]


def test_a_nested_block_showing_a_name_and_a_date_stays_a_reply():
    reply = "<ol>" + _block("dee", 19, "Weekly is too often for a small team.") + "</ol>"
    rows = [
        ("ada", 16, "Estimate with three numbers, then weigh them.", ""),
        ("bo", 17, "Ask someone who has done the task before.", reply),
        ("cy", 18, "Revise the estimate every week as you go.", ""),
    ]
    page = "<ol>" + "".join(_block(*row) for row in rows) + "</ol>"
    found = [(c.author, c.text, c.parent) for c in comments_of(page)]
    assert found == [
        ("ada", "Estimate with three numbers, then weigh them.", None),
        ("bo", "Ask someone who has done the task before.", None),
        ("dee", "Weekly is too often for a small team.", 1),
        ("cy", "Revise the estimate every week as you go.", None),
    ]


def _post(name: str, day: int, words: str) -> str:
    return f"""<div class="qyxu"><div class="kuxa">
        <a class="zoqa" href="/-/users/{name}">{name}</a>
        <span class="qiru">Sep {day}, 2017</span></div>
      <div class="wuxe"><p>{words}</p></div></div>"""


def test_replies_merging_the_wrapper_and_the_posts_block_answer_the_post_around_them():
    replies = f"""<ol><li class="vyzu depth-2">{_post("dee", 19, "Weekly is too often here.")}
        <ol><li class="vyzu depth-3">{_post("bo", 20, "Then make it every second week.")}</li>
        </ol></li></ol>"""
    rows = [
        ("ada", 16, "Estimate with three numbers, then weigh them.", ""),
        ("bo", 17, "Ask someone who has done the task before.", replies),
        ("cy", 18, "Revise the estimate every week as you go.", ""),
    ]
    page = (
        "<ol>"
        + "".join(
            f"""<li><div class="vyzu depth-1">{_post(name, day, words)}{inside}</div></li>"""
            for name, day, words, inside in rows
        )
        + "</ol>"
    )
    found = [(c.author, c.text, c.parent) for c in comments_of(page)]
    assert found == [
        ("ada", "Estimate with three numbers, then weigh them.", None),
        ("bo", "Ask someone who has done the task before.", None),
        ("dee", "Weekly is too often here.", 1),
        ("bo", "Then make it every second week.", 2),
        ("cy", "Revise the estimate every week as you go.", None),
    ]


def test_a_quote_in_a_block_of_the_lists_shape_stays_out_of_the_text():
    def block(name: str, day: int, words: str, quote: str = "") -> str:
        quoted = f'<div class="zyqa"><p>{quote}</p></div>' if quote else ""
        return f"""<div class="zyqa"><div class="kuxa">
            <a class="zoqa" href="/-/users/{name}">{name}</a>
            <span class="qiru">Sep {day}, 2017</span></div>
          <div class="wuxe">{quoted}<p>{words}</p></div></div>"""

    rows = [
        ("ada", 16, "Estimate with three numbers, then weigh them.", ""),
        ("bo", 17, "Ask someone who has done the task before.", "Weigh them how?"),
        ("cy", 18, "Revise the estimate every week as you go.", ""),
    ]
    found = [(c.author, c.text) for c in comments_of("".join(block(*row) for row in rows))]
    assert found == [(name, words) for name, _, words, _ in rows]
