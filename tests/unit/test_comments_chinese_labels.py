"""Chinese labels in a hand-made guest book (issue #13): "评论人：" (commenter) before a name
in a box's heading, "评论时间:" (comment time) before its date."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.parse.comments.meta_line import read_meta_line
from tests.support.comment_pages import comments_of

NOW = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def test_a_chinese_time_label_before_a_date_is_no_name():
    meta = read_meta_line("评论时间:2009.01.01 IP:127.0.0.*", NOW)
    assert meta is not None
    assert (meta.author, meta.posted_at) == (None, datetime(2009, 1, 1, tzinfo=UTC))


def test_a_heading_that_labels_the_commenter_names_a_box_dated_below_its_words():
    boxes = "".join(
        f"""<div style="border:solid 1px green;"><h4>评论人：{name}</h4><p>{text}</p>
        <span style="float:right;">评论时间:{day} &nbsp;IP:{ip}</span></div>"""
        for name, text, day, ip in (
            ("hehe", "我顶！", "2009.01.01", "127.0.0.*"),
            ("小王", "这个地方很好玩！", "2009.01.03", "10.1.1.*"),
        )
    )
    markup = f"<h2>留言板</h2>{boxes}"
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("hehe", "我顶！"),
        ("小王", "这个地方很好玩！"),
    ]
