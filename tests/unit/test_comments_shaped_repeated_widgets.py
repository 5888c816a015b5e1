"""A widget the page repeats (a table of figures for each map of a match, each player) is one
kind of list: refused once, its copies are not examined again, and the comments after them
are still reached within the lists examined."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.comments.shaped import _MAX_LISTS, _refuse, _unrefused
from flows.parse.comments.template import Blocks
from tests.support.comment_pages import comments_of, rows

PLAYERS = ("frozen", "Bizerra", "above", "Jelly")


def _widget(seed: int) -> str:
    cells = "".join(
        f"<div class='ro'><span class='nu'>{player}</span><span class='nu'>1.{seed}{row}</span>"
        f"<span class='nu'>{300 + seed} / {250 + row}</span><span class='nu'>6{row}%</span></div>"
        for row, player in enumerate(PLAYERS)
    )
    return f"<div class='wq'><div class='hd'>Map {seed}</div><div class='tb'>{cells}</div></div>"


def _block(name: str, date: str, text: str) -> str:
    return f"""<div class="qa">
      <div class="kv"><span class="wy">{name}</span> <span class="jx">{date}</span></div>
      <div class="vo"><p>{text}</p></div></div>"""


COMMENTS = (
    "<div class='mm'>"
    + _block("Ada Lane", "3 May 2024", "What a comeback in the second half, unreal.")
    + _block("Bo", "4 May 2024", "The first map was decided by one economy round.")
    + _block("Cy Marsh", "5 May 2024", "Their support player deserved the award tonight.")
    + "</div>"
)


def test_copies_of_a_refused_widget_do_not_use_up_the_lists_before_the_comments():
    widgets = "".join(_widget(seed) for seed in range(_MAX_LISTS + 2))
    assert rows(comments_of(f"<div class='st'>{widgets}</div>{COMMENTS}")) == [
        ("Ada Lane", "What a comeback in the second half, unreal.", None),
        ("Bo", "The first map was decided by one economy round.", None),
        ("Cy Marsh", "Their support player deserved the award tonight.", None),
    ]


def test_lists_of_different_kinds_still_count_towards_the_lists_examined():
    widgets = "".join(_widget(seed).replace("'ro'", f"'r{seed}'") for seed in range(_MAX_LISTS + 2))
    assert comments_of(f"<div class='st'>{widgets}</div>{COMMENTS}") == []


def test_a_list_of_a_refused_kind_inside_the_refused_lists_box_is_still_asked():
    rows_ = "".join(f"<li class='it'>Row {n} of the list</li>" for n in range(3))
    tree = LexborHTMLParser(
        f"<div class='bx'><ul class='ls'><li class='it'>Top 1<ul class='ls'>{rows_}</ul></li>"
        f"<li class='it'>Top 2</li><li class='it'>Top 3</li></ul></div>"
        f"<div class='bx'><ul class='ls'>{rows_}</ul></div>"
    )
    outer, inner, copy = (box.css("li.it")[0] for box in tree.css("ul.ls"))
    refused: dict[tuple[tuple[str, str], ...], list[LexborNode]] = {}
    _refuse(refused, outer)
    lists = [Blocks([node], lambda _: True) for node in (inner, copy)]
    assert [blocks.alike[0] for blocks in _unrefused(iter(lists), refused)] == [inner]
