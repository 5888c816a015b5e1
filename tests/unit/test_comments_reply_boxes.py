"""Replies that sit apart from the comments of their list, in markups whose class names say
nothing (made-up words here): nested in their comment with other per-member marks, or in a
box between one comment and the next. Small pages written here."""

from __future__ import annotations

from tests.support.comment_pages import comments_of, rows


def _item(marks: str, name: str, day: int, text: str, inner: str = "") -> str:
    return f"""<li class="qv {marks}"><div class="zx"><a href="/user/{name}">{name}</a>
      <time datetime="2021-05-{day:02d}T10:00">May {day}, 2021</time></div>
      <div class="wk"><p>{text}</p></div>{inner}</li>"""


_TEXTS = [
    ("Ada", "I made this on Sunday and the whole family loved it, thank you."),
    ("Bo", "Can I use frozen berries instead of fresh ones for the filling?"),
    ("Cy", "Mine came out a little dry, maybe the oven was too hot for it."),
]
_REPLY = ("Di", "Yes, frozen berries work, thaw and drain them well before use.")


def test_a_reply_nested_in_its_comment_with_other_member_marks_is_its_reply() -> None:
    reply = f'<ol class="jj">{_item("kk yy-2", *_REPLY[:1], 4, _REPLY[1])}</ol>'
    items = [
        _item("pp yy-1", name, day, text, reply if name == "Bo" else "")
        for day, (name, text) in enumerate(_TEXTS, 1)
    ]
    page = f'<h2>Comments</h2><ol class="vv">{"".join(items)}</ol>'
    assert rows(comments_of(page)) == [
        (*_TEXTS[0], None),
        (*_TEXTS[1], None),
        (*_REPLY, 1),
        (*_TEXTS[2], None),
    ]


def test_a_reply_in_a_box_between_two_comments_answers_the_one_before() -> None:
    items = [_item("pp", name, day, text) for day, (name, text) in enumerate(_TEXTS, 1)]
    box = f'<div class="bq">{_item("pp", _REPLY[0], 4, _REPLY[1])}</div>'
    page = f'<h2>Comments</h2><div class="vv">{items[0]}{items[1]}{box}{items[2]}</div>'
    assert rows(comments_of(page)) == [
        (*_TEXTS[0], None),
        (*_TEXTS[1], None),
        (*_REPLY, 1),
        (*_TEXTS[2], None),
    ]


def test_posts_a_broken_page_nests_in_an_icon_left_open_stay_at_the_top_level() -> None:
    item = """<article class="message message--post" data-author="{name}">
      <a href="/user/{name}">{name}</a>
      <time datetime="2021-05-0{day}T10:00">May {day}, 2021</time>
      <div class="body">{text}</div></article><i class="icon"><i></i>"""
    posts = "".join(
        item.format(name=name, day=day, text=text) for day, (name, text) in enumerate(_TEXTS, 1)
    )
    assert rows(comments_of(f'<div class="posts">{posts}</div>')) == [
        (name, text, None) for name, text in _TEXTS
    ]


def test_blocks_alike_with_no_region_take_the_reply_in_the_box_after_one_of_them() -> None:
    block = """<div class="qv qv--{level}"><span class="zx">{name}</span>
      <span class="yy">{day} mei 2020</span><div class="wk"><p>{text}</p></div></div>"""
    blocks = [
        block.format(level="top", name=name, day=day, text=text)
        for day, (name, text) in enumerate(_TEXTS, 1)
    ]
    reply = block.format(level="1", name=_REPLY[0], day=4, text=_REPLY[1])
    page = f'<div class="vv">{blocks[0]}{blocks[1]}<div class="bq">{reply}</div>{blocks[2]}</div>'
    assert rows(comments_of(page)) == [
        (*_TEXTS[0], None),
        (*_TEXTS[1], None),
        (*_REPLY, 1),
        (*_TEXTS[2], None),
    ]


def test_a_list_of_blocks_alike_wins_over_the_two_numbered_replies_found_in_one_of_them() -> None:
    block = """<li class="qv"{id}><a class="zx" href="/user/{name}">{name}</a>
      <span class="yy">May {day}, 2011</span><p class="wk">{text}</p>{inner}</li>"""
    replies = [
        ("Ed", "I think you pulled that statistic out of thin air, to be honest."),
        ("Fa", "Agreed. Taking a random sample of a hundred people shows otherwise."),
    ]
    inner = (
        '<ol class="rr">'
        + "".join(
            block.format(id=f' id="c_{n}"', name=name, day=n, text=text, inner="")
            for n, (name, text) in enumerate(replies, 5)
        )
        + "</ol>"
    )
    blocks = "".join(
        block.format(id="", name=name, day=day, text=text, inner=inner if day == 2 else "")
        for day, (name, text) in enumerate(_TEXTS, 1)
    )
    assert rows(comments_of(f'<ol class="vv">{blocks}</ol>')) == [
        (*_TEXTS[0], None),
        (*_TEXTS[1], None),
        (*replies[0], 1),
        (*replies[1], 1),
        (*_TEXTS[2], None),
    ]


def test_blocks_alike_take_a_nested_reply_numbered_under_their_name_whatever_its_class() -> None:
    block = """<li id="qz-{n}"{cls}><div class="wk"><p class="zx">{name}</p><p>{text}</p>
      <p class="yy">{day} maggio 2023</p></div>{inner}</li>"""
    reply = block.format(n=170, day=9, cls=' class="sp"', name=_REPLY[0], text=_REPLY[1], inner="")
    blocks = "".join(
        block.format(
            n=160 + day,
            day=day,
            cls="",
            name=name,
            text=text,
            inner=f"<ul>{reply}</ul>" * (day == 2),
        )
        for day, (name, text) in enumerate(_TEXTS, 1)
    )
    assert rows(comments_of(f"<ul>{blocks}</ul>")) == [
        (*_TEXTS[0], None),
        (*_TEXTS[1], None),
        (*_REPLY, 1),
        (*_TEXTS[2], None),
    ]
