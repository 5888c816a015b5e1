"""A board that numbers its posts as floors ("5F", "2 樓", and "B1F", "B2F" … under the
opening post's "GF"): a floor is never a poster's name, and the post marked "GF" over floors
counted from "B1F" opens the topic and is the page's article, not a comment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments
from flows.parse.comments.lines import post_number
from flows.parse.comments.meta_line import read_meta_line


@pytest.mark.parametrize("floor", ["5F", "B1F", "2 樓", "3楼"])
def test_a_floor_before_a_post_s_date_names_no_one(floor):
    meta = read_meta_line(f"{floor} 2025-08-25 11:17", datetime(2025, 9, 1, tzinfo=UTC))
    assert meta is not None and meta.author is None and meta.posted_at is not None


_WORDS = [
    "Passed the N2 exam today with a score I did not expect, so happy now.",
    "Congratulations, that is a great result for a first try.",
    "How many points do you need to pass, eighty is not enough?",
    "Ninety, because the full score is one hundred and eighty.",
    "I passed N1 just over the line with one hundred and two.",
]


def _floor(n: int) -> str:
    return "GF" if n == 0 else f"B{n}F"


def _authors(floor: str) -> list[str | None]:
    posts = "".join(
        f"""<table class="js-post"><tr><th class="r_two"><div class="user-pic"><img src="face{n}.gif" alt="face"></div>
          <div align="center"><a href="u.php?action-show-uid-{n}.html">
          <strong>user{n}</strong></a><br>Posts: {n * 40 + 3}</div></th>
          <th class="r_one"><div class="tiptop"><span class="fl"><a class="s3" onclick="copyUrl('{n}')" title="Copy this floor's address">{floor(n)}</a>
          </span><span class="fl gray">2025-08-25 11:1{n}</span></div>
          <div class="tpc_content" id="read_{n}">{_WORDS[n]}</div></th></tr></table>"""
        for n in range(5)
    )
    html = f"""<html><head><title>Tea house - South board</title></head><body>
      <div id="breadcrumb"><a href="/">South board</a> » <a href="/f9">Tea house</a></div>
      <div class="t5">{posts}</div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), datetime(2025, 8, 25, 12, tzinfo=UTC))
    return [comment.author for comment in found]


def test_a_floor_below_the_ground_one_is_read_as_its_number():
    assert [post_number(shown) for shown in ("B1F", "b12F", "GF", "B1")] == [1, 12, None, None]


def test_the_ground_floor_post_over_floors_numbered_from_b1f_opens_the_topic():
    assert _authors(_floor) == [f"user{n}" for n in range(1, 5)]


def test_posts_without_floor_numbers_are_all_comments():
    assert _authors(lambda n: "Reply") == [f"user{n}" for n in range(5)]
