"""The comment finders judge no more blocks than their answer needs: a group of siblings that
can no longer outnumber the best one is not judged further, and a place shows a date when one
of its first elements does, whichever of them it is."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.comments.block_dates import Dates
from flows.parse.comments.scopes import _largest_group, _passing
from flows.parse.comments.slots import block_parts
from flows.parse.comments.template import dated_places
from tests.support.comment_pages import FETCHED


def _nodes(markup: str, selector: str) -> list[LexborNode]:
    return LexborHTMLParser(markup).css(selector)


def test_a_group_too_small_to_outnumber_the_best_is_not_judged():
    asked: list[int] = []

    def judge(node: LexborNode) -> bool:
        asked.append(node.mem_id)
        return True

    members = _nodes("<ul><li>a</li><li>b</li></ul>", "li")
    assert _passing(members, judge, 2) is None
    assert asked == []
    assert _passing(members, judge, 1) == members


def test_a_group_stops_being_judged_once_too_many_members_fail():
    asked: list[str] = []

    def judge(node: LexborNode) -> bool:
        asked.append(node.text())
        return node.text() == "yes"

    members = _nodes("<ul><li>no</li><li>no</li><li>yes</li><li>yes</li></ul>", "li")
    assert _passing(members, judge, 2) is None
    assert asked == ["no", "no"]
    assert [node.text() for node in _passing(members, judge, 1) or []] == ["yes", "yes"]


def test_the_largest_group_is_found_without_judging_the_smaller_groups_inside_it():
    asked: list[str] = []

    def judge(node: LexborNode) -> bool:
        asked.append(node.tag or "")
        return True

    item = "<li><div>Ada</div><div>3 May 2024</div><div>Words</div></li>"
    box = _nodes(f"<ul>{item * 5}</ul>", "ul")
    group = _largest_group(box, judge)
    assert [node.tag for node in group] == ["li"] * 5
    assert asked == ["li"] * 5  # not the three divs of each item


def test_a_place_shows_a_date_when_its_second_element_does():
    block = (
        "<div class='post'><span class='meta'>Comment no. {n}</span>"
        "<span class='meta'>3 May 2024 12:30</span><p>Words of reader {n}.</p></div>"
    )
    posts = _nodes("".join(block.format(n=n) for n in range(3)), "div.post")
    sample = [block_parts(post) for post in posts]
    dated = dated_places(sample, list(sample[0]), 3, Dates(FETCHED))
    assert dated == [(("span", "meta"),)]
