"""Replies kept in a box of their own below a comment's words, in a layout of their own (a
name, a badge, a date and the words, no template of the list's), are read as replies to that
comment: each block of the box, when every one of them looks like a comment."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments import extract_comments
from flows.parse.comments.shared_chrome import without_edge_labels

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def _reply(user: int, name: str, badge: str, day: int, text: str) -> str:
    return f"""<div class="qywu" id="vuvu{user}{day}">
      <a href="/users/{user}"><img src="/a/{user}.png"></a>
      <a class="vyxu" href="/users/{user}">{name}</a> <span class="wuqy">{badge}</span>
      <span class="xuqu" title="2024-05-{day} 17:24:27">2024-05-{day} 17:24</span>
      <div class="vuvu">{text}</div>
      <div><a href="javascript:;" title="like"><i></i></a></div></div>"""


def _block(user: int, name: str, day: int, text: str, replies: str = "") -> str:
    box = (
        f"""<div class="jyvu"><form action="/replies" style="display:none">
        <input type="text" name="body"><button type="submit">评论</button></form>
        <div class="quzu">{replies}</div></div>"""
        if replies
        else '<div class="jyvu"></div>'
    )
    return f"""<div class="xuky"><div class="vuxu"><a href="/users/{user}"><img
      src="/a/{user}.png"></a></div><div class="juju">
      <div class="xuky-qyxu"><a class="xyku" href="/users/{user}">{name}</a></div>
      <div class="wuqy"><p>{text}</p></div>
      <div class="xuky-juvy" title="2024-05-{day} 16:13:31">2024-05-{day} 16:13</div>
      {box}</div></div>"""


def test_a_box_of_replies_below_a_comments_words_gives_each_reply():
    replies = _reply(93, "my3877", "（楼主）", 14, "试过不行呢，还是连不上。")
    replies += _reply(63, "Rache1", "（作者）", 15, "要先安装服务模式，再启用 TUN。")
    blocks = [
        _block(11, "MArtian", 10, "直接执行命令就可以了，开启和关闭代理都很方便，推荐大家试试。"),
        _block(12, "陈先生", 11, "请给猫猫打码！截图里的名字和地址也最好遮一下吧。"),
        _block(
            63,
            "Rache1",
            12,
            "直接使用 TUN 模式就好了，所有的流量都会被接管，不用单独设置。",
            replies,
        ),
        _block(14, "长日将尽", 13, "这个工具已经不维护了，建议换一个还在更新的客户端来用。"),
    ]
    html = f"""<html><body><h1>代理设置</h1><p>如何在终端里使用代理。</p>
      <div class="kyzu">{"".join(blocks)}</div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text, c.parent) for c in found] == [
        ("MArtian", "直接执行命令就可以了，开启和关闭代理都很方便，推荐大家试试。", None),
        ("陈先生", "请给猫猫打码！截图里的名字和地址也最好遮一下吧。", None),
        ("Rache1", "直接使用 TUN 模式就好了，所有的流量都会被接管，不用单独设置。", None),
        ("my3877", "试过不行呢，还是连不上。", 2),
        ("Rache1", "要先安装服务模式，再启用 TUN。", 2),
        ("长日将尽", "这个工具已经不维护了，建议换一个还在更新的客户端来用。", None),
    ]


def test_a_badge_in_brackets_over_the_words_is_no_part_of_them():
    comments = [
        Comment(text="（楼主）\n试过不行呢", author="my3877"),
        Comment(text="(mod)\nPlease keep it civil.", author="ada"),
        Comment(text="(sighs) I knew it would end this way, as always.", author="bo"),
    ]
    without_edge_labels(comments)
    assert [c.text for c in comments] == [
        "试过不行呢",
        "Please keep it civil.",
        "(sighs) I knew it would end this way, as always.",
    ]
