"""Comments whose footer puts the label of the name on a line of its own ("Posted by:"),
the name and the date on the next, under the text, where no class word names a part: the
label is the footer's, never the end of the comment's words."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)

_COMMENTS = [
    ("YuYu", "2006年08月01日 07:42", "元気だね。こちとら毎日研究室だよ。"),
    ("つじなかひろき", "2006年08月02日 23:01", "シャムシェイドかよ！"),
    ("おちゃくみ", "2006年08月02日 23:27", "先輩に怒られないように頑張ってます。"),
    ("木下修司", "2006年08月03日 23:08", "元気です。また飲もう。"),
]


def _comment(number: int, name: str, date: str, text: str) -> str:
    return f"""<div class="qa" id="qb{number}"><div class="qc"><p>{text}</p></div>
      <p class="qd">
         Posted by:
         {name}  |
         {date}
      </p></div>"""


def test_a_label_of_the_name_on_its_own_line_under_the_text_is_no_part_of_the_text():
    comments = "".join(_comment(113 + n, *comment) for n, comment in enumerate(_COMMENTS))
    html = f"""<html><body><div class="za"><h2 class="zb">休肝日</h2>
      <p>今月の飲酒日数は、まあ多かった月は25とかになるので、それに比べれば少ない。</p></div>
      <div class="zc" id="zc"><h3 class="zd">コメント</h3>{comments}</div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text) for c in found] == [(name, text) for name, _, text in _COMMENTS]
