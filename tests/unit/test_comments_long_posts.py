"""A list of posts found by their template reads a post too long to be asked first (a
tournament's tables of results, over 20,000 characters) as it reads the others; a long block
before the list's first post stays out (it may be a topic's opening post)."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

_WORDS = [
    "Registration for the first part opens at half past ten, see you there.",
    "Will the beginners dance before the break or after it this time?",
    "Before the break, the timing above is the one the judges agreed on.",
    "Results of the first part: the tables below, with the judges' marks.",
    "Couple 415 is listed twice in the beginners' table, please check it.",
]
_RESULTS = "".join(
    f"<tr><td>{n}</td><td>Couple {n} of the final</td><td>A B C</td></tr>" for n in range(1500)
)


def _authors(long_at: int) -> list[str | None]:
    posts = "".join(
        f"""<table><tr><td class="row4"><span class="normalname">
          <a href="/index.php?showuser={n}">user{n}</a></span></td>
          <td class="row4"><span class="postdetails">Date 0{n + 1}.09.2014 - 18:1{n}</span>
          </td></tr><tr><td class="post1">Member<br>Posts: {n * 7 + 3}</td>
          <td class="post1"><div class="postcolor">{_WORDS[n]}
          {"<table>" + _RESULTS + "</table>" if n == long_at else ""}</div></td></tr>
          </table><div class="darkrow1"></div>"""
        for n in range(5)
    )
    html = f"""<html><head><title>Season opening 2014</title></head><body>
      <div class="tableborder">{posts}</div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), datetime(2014, 9, 20, tzinfo=UTC))
    return [comment.author for comment in found]


def test_a_post_too_long_to_be_asked_first_is_read_by_the_list_s_template():
    assert _authors(long_at=3) == [f"user{n}" for n in range(5)]


def test_a_long_block_before_the_list_s_first_post_stays_out():
    assert _authors(long_at=0) == [f"user{n}" for n in range(1, 5)]
