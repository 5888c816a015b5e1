"""Comment lists a parser misses when it reads one list or one stripe: a second list of the
same template beside the first ("hot" over "newest"), a reply that shows its author as "NAME:"
before its words, a text cell whose class number changes from post to post."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.support.comment_pages import comments_of, rows


def _item(name: str, text: str, time: str, *, named: bool = True) -> str:
    who = (
        f"<div class='hd'><a href='/u/{name}' class='nk'>{name}</a><span class='pl'>Hangzhou"
        "</span></div>"
        if named
        else ""
    )
    words = text if named else f"<span class='nk2'><a href='/u/{name}'>{name}：</a></span>{text}"
    return (
        f"<div class='it'>{who}<div class='tx'>{words}</div>"
        f"<div class='ac'><span class='tm'>{time}</span><a href='#'>赞</a></div></div>"
    )


def test_a_second_list_of_the_same_blocks_beside_the_first_gives_its_comments_once():
    hot = [
        _item("Ada", "第一条评论写得很长一点，因为短的评论不算", "今天08:23"),
        _item("Bo", "第二条评论也写得很长，说的是另一件事情", "今天09:10"),
        _item("Cy", "第三条评论同样写得很长，大家都同意这一点", "今天10:02"),
    ]
    latest = [
        _item("Di", "最新的一条评论写得很长，刚刚才发表出来的", "今天11:40"),
        _item("Ada", "第一条评论写得很长一点，因为短的评论不算", "今天08:23"),
    ]
    markup = (
        "<div class='zz'><div class='hw'><div class='ti'>最热</div>"
        f"<div class='ls'>{''.join(hot)}</div></div>"
        "<div class='latest-wrap'><div class='ti'>最新</div>"
        f"<div class='ls'><div class='pg'>{''.join(latest)}</div></div></div></div>"
    )
    found = comments_of(markup)
    assert [(c.author, c.text) for c in found] == [
        ("Ada", "第一条评论写得很长一点，因为短的评论不算"),
        ("Bo", "第二条评论也写得很长，说的是另一件事情"),
        ("Cy", "第三条评论同样写得很长，大家都同意这一点"),
        ("Di", "最新的一条评论写得很长，刚刚才发表出来的"),
    ]
    assert found[3].posted_at == datetime(2024, 11, 3, 11, 40, tzinfo=UTC)


def test_a_reply_shown_as_name_and_colon_before_its_words_is_by_that_name():
    reply = _item("Eve", "不同意你的看法啊朋友，事情不是这样的", "今天09:30", named=False)
    markup = (
        "<div class='ls'>"
        + _item("Ada", "第一条评论写得很长一点，因为短的评论不算", "今天08:23").replace(
            "</div></div>", f"</div><div class='dl'>{reply}</div></div>", 1
        )
        + _item("Bo", "第二条评论也写得很长，说的是另一件事情", "今天09:10")
        + _item("Cy", "第三条评论同样写得很长，大家都同意这一点", "今天10:02")
        + "</div>"
    )
    found = rows(comments_of(markup))
    assert ("Eve", "不同意你的看法啊朋友，事情不是这样的", 0) in found


def _post(name: str, stripe: int, text: str, date: str) -> str:
    return (
        "<table><tr><td class='row4'><span class='nn'>"
        f"<a href='/u/{name}'>{name}</a></span></td>"
        f"<td class='row4'><span class='pd'>Posted {date}</span></td></tr>"
        f"<tr><td class='post{stripe}'><div class='pc'>{text}</div></td></tr></table>"
    )


def test_a_text_cell_striped_by_its_class_number_is_read_in_every_post():
    markup = (
        "<div class='wrap'>"
        + "".join(
            _post(name, 1 + n % 2, f"{name} writes post number {n} of this topic.", date)
            for n, (name, date) in enumerate(
                [
                    ("Ada", "6.09.2014 - 18:16"),
                    ("Bo", "6.09.2014 - 21:30"),
                    ("Cy", "7.09.2014 - 01:17"),
                    ("Di", "7.09.2014 - 16:50"),
                    ("Ed", "8.09.2014 - 10:05"),
                    ("Flo", "8.09.2014 - 12:40"),
                ]
            )
        )
        + "</div>"
    )
    found = comments_of(markup)
    assert [c.text for c in found][-5:] == [
        f"{name} writes post number {n} of this topic."
        for n, name in enumerate(["Bo", "Cy", "Di", "Ed", "Flo"], start=1)
    ]
