"""An image board's replies where no class word names a part: every guest shows the board's
one default name before the date, then the poster's key and the post's number. The default
name is the author; "ID:…" and "No.…" are fields beside it, not names. The thread's
opening post, laid out alike, is no comment."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments
from flows.parse.comments.slots import shown_name

FETCHED = datetime(2021, 12, 4, 10, 0, tzinfo=UTC)


def _post(number: int, key: str, text: str) -> str:
    return f"""<div class="zq kq" id="xz{number}">
      <div class="zv"><input type="checkbox" name="{number}" value="delete">
        <span class="ky">無名</span><span class="wz">2021/12/03(五)</span>
        <span>14:{number % 60:02d}:16.015</span><span class="jq">ID:{key}</span>
        <span class="wy">No.{number}</span></div>
      <div class="zx">{text}</div></div>"""


def test_one_default_name_before_the_date_is_every_guests_name():
    posts = [
        _post(25208017, "zQb1xZ.A", "V真的能做到不在意訂閱嗎？大家怎麼看"),
        _post(25208031, "iw3Tyias", "阿凜什麼都不在意 只要有遊戲玩就好"),
        _post(25208057, "es3idLAY", "鯊鯊吧<br>感覺她根本不想要那麼多訂閱"),
        _post(25208058, "K2Cg5kyg", "為什麼不看底邊，做幾年還沒開收益的一大堆"),
        _post(25208066, "3yN8RkYM", "看心態吧<br>羊剛出道也很在意<br>會跟其他人比較"),
    ]
    html = f"""<html><body><h1>V真的能做到不在意訂閱嗎？</h1>
      <div class="qz">{"".join(posts)}</div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [c.author for c in found] == ["無名"] * 4  # the replies, the opening post left out
    assert found[0].text == "阿凜什麼都不在意 只要有遊戲玩就好"


def test_a_labelled_field_is_no_name():
    def shown(text: str) -> str | None:
        return shown_name(LexborHTMLParser(f"<span>{text}</span>").css_first("span"), FETCHED)

    assert shown("ID:zQb1xZ.A") is None
    assert shown("IP: 10.0.0.x") is None
    assert shown("No.25208017") is None
    assert shown("Ada Lovelace") == "Ada Lovelace"
    assert shown("Nobody") == "Nobody"
