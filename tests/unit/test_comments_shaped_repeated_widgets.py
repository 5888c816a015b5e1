"""A widget the page repeats (a table of figures for each map of a match, each player) is one
kind of list: refused once, its copies are not examined again, and the comments after them
are still reached within the lists examined."""

from __future__ import annotations

from flows.parse.comments.shaped import _MAX_LISTS
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
