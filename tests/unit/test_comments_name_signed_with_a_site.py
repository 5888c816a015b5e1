"""A commenter who signs with their site's name after a bar ("Rachael | Spache the Spatula")
gives one name, the whole of it, as their profile shows it; a bar before a date, a count or
a control's word ("Ada | Reply") still ends the name."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2025, 9, 1, 10, 0, tzinfo=UTC)


def _page(names: list[str]) -> str:
    items = "".join(
        f"""<li class="comment" id="comment-{n}"><div class="comment-author">{name}</div>
        <time datetime="2025-08-0{n}T10:00:00Z">August {n}, 2025</time>
        <div class="comment-content"><p>Lovely soup, I will make it this week {n}.</p></div></li>"""
        for n, name in enumerate(names, 1)
    )
    return f"""<html><body><article><h1>Broccoli soup</h1><p>A soup.</p></article>
      <h2>3 Comments</h2><ol class="comment-list">{items}</ol></body></html>"""


def test_a_name_signed_with_the_commenter_s_site_is_kept_whole():
    names = ["Rachael | Spache the Spatula", "Joy", "Tom Berg | Berg Bakes"]
    found = extract_comments(LexborHTMLParser(_page(names)), FETCHED)
    assert [c.author for c in found] == names


def test_a_bar_before_a_control_or_a_number_ends_the_name():
    found = extract_comments(
        LexborHTMLParser(_page(["Ada | Reply", "Joy | 12 posts", "Tom | Permalink"])), FETCHED
    )
    assert [c.author for c in found] == ["Ada", "Joy", "Tom"]
