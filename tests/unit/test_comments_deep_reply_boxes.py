"""Replies boxed deep inside a comment's block, under its date line, in a layout of their
own, found by shape where no class word says what they are: the box is no part of the
comment's words (it holds elements of the comment's own date kind), a box of one reply is
read when another block shows a run of replies of that kind, and the replies are read by
the template they share. A comment quoted above a reply's words is no reply of it."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments
from flows.parse.comments.parts import _a_handles_page

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def _reply(name: str, place: str, text: str, minute: int) -> str:
    return f"""<div class="km"><div class="kn"><a class="ko" href="#/u?s={name}">{name}</a>
      <span class="kt">:</span><div class="kp">{place}</div></div>
      <div class="kq"><div class="kr"><span class="ks">{text}</span></div>
      <div class="ki"><span class="kj">2023-07-07 03:{minute:02d}</span>
      <div class="kk"><span>0</span></div></div></div></div>"""


def _block(name: str, place: str, text: str, hour: int, replies: list[str]) -> str:
    box = f'<div class="kl">{"".join(replies)}</div>' if replies else ""
    return f"""<li class="ka"><div class="kb"><div class="kc">
      <a class="kd" href="#/u?s={name}">{name}</a><div class="ke">{place}</div></div>
      <div class="kf"><span class="kg">{text}</span></div>
      <div class="kh"><div class="ki"><span class="kj">2023-07-06 {hour:02d}:19</span>
      <div class="kk"><span>0</span></div></div>{box}</div></div></li>"""


def test_replies_boxed_under_a_date_line_are_read_as_replies_by_their_shape():
    blocks = [
        _block(
            "henry",
            "浙江省杭州市",
            "发展大了的电报毕竟也要受监管，凡是中心化的东西都逃不脱要被控制的命运。",
            20,
            [_reply("alimy", "上海市", "个人观点，端密聊天本身就是小众的所需，也是小众受用。", 1)],
        ),
        _block(
            "beiye", "北京市", "好熟悉的app啊，之前好像有开源版本来着？忘了，可能搞混了吧。", 21, []
        ),
        _block(
            "beiye",
            "北京市",
            "端到端加密说实话也并不是大众群体的刚性需求，这玩意就是一个好噱头。",
            22,
            [
                _reply("alimy", "上海市", "但是那一小撮小众群体，确实非常需要端密聊天。", 2),
                _reply(
                    "henry", "浙江省杭州市", "单从技术角度来讲，聊天软件本来就应该不受监管。", 3
                ),
                _reply("yanjun", "广东省深圳市", "主要是不赚钱，所以没有人愿意做这个功能。", 4),
            ],
        ),
        _block("yanjun", "广东省深圳市", "新的练手项目get，准备下周就开始动手写代码了。", 23, []),
    ]
    html = f"""<html><body><h1>一个端到端加密的聊天工具</h1>
      <p>发现个端到端加密的聊天和文件共享工具，挺有意思。</p>
      <div class="kx"><ul class="kz">{"".join(blocks)}</ul></div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text, c.parent) for c in found] == [
        ("henry", "发展大了的电报毕竟也要受监管，凡是中心化的东西都逃不脱要被控制的命运。", None),
        ("alimy", "个人观点，端密聊天本身就是小众的所需，也是小众受用。", 0),
        ("beiye", "好熟悉的app啊，之前好像有开源版本来着？忘了，可能搞混了吧。", None),
        ("beiye", "端到端加密说实话也并不是大众群体的刚性需求，这玩意就是一个好噱头。", None),
        ("alimy", "但是那一小撮小众群体，确实非常需要端密聊天。", 3),
        ("henry", "单从技术角度来讲，聊天软件本来就应该不受监管。", 3),
        ("yanjun", "主要是不赚钱，所以没有人愿意做这个功能。", 3),
        ("yanjun", "新的练手项目get，准备下周就开始动手写代码了。", None),
    ]


def _quoting(name: str, text: str, day: int, quoted: str = "") -> str:
    return f"""<div class="qa"><div class="qb"><a class="qc" href="/u/{name}">{name}</a>
      <span class="qd">2019-08-{day:02d} 10:15</span></div>{quoted}
      <div class="qe">{text}</div><div class="qf"><span>赞 3</span></div></div>"""


def test_a_comment_quoted_over_a_replys_words_is_no_reply_of_it():
    quote = """<div class="qg"><div class="qh"><a class="qc" href="/u/ada">ada</a>
      <span class="qd">2019-08-01 09:00</span></div>
      <div class="qi">只能背水一战，无路可退！狭路相逢勇者胜。</div></div>"""
    blocks = [
        _quoting("ada", "只能背水一战，无路可退！狭路相逢勇者胜。", 1),
        _quoting("bob", "放弃幻想吧，以后会不停的冲突，早做准备才是正道。", 2),
        _quoting("cat", "说得对，我们走着瞧，时间会证明一切的。", 3, quote),
        _quoting("dan", "脱贫攻坚后就是乡村振兴了，可做的很多呢。", 4),
    ]
    html = f"""<html><body><h1>中美贸易持久战</h1><p>文章正文。</p>
      <div class="qz">{"".join(blocks)}</div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.parent) for c in found] == [
        ("ada", None),
        ("bob", None),
        ("cat", None),
        ("dan", None),
    ]


def _link(href: str, shown: str) -> LexborHTMLParser:
    return LexborHTMLParser(f'<a href="{href}">{shown}</a>').css_first("a")


def test_a_link_showing_the_handle_its_query_ends_with_is_a_users_page():
    assert _a_handles_page(_link("#/u?s=alimy", "alimy"))
    assert _a_handles_page(_link("/space?uid=ada_77", "ada_77"))
    assert not _a_handles_page(_link("/?s=alimy", "alimy"))  # a site's search
    assert not _a_handles_page(_link("/list?tag=python", "python"))
    assert not _a_handles_page(_link("/blog/alimy", "alimy"))  # a blog, not its author
    assert not _a_handles_page(_link("#/u?s=alimy", "see alimy"))
