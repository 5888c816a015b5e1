"""An old board shows its topic's title in a bold title bar, not a heading, and puts the
board's name first in the `<title>` ("Board -> Topic"): the post right under that bar opens
the topic and is the page's article, not a comment, unless the list is shown newest first (a
guest book under its title bar)."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

_WORDS = [
    "The season opens on the sixth of September, registration starts at ten.",
    "Will the beginners dance in the first part or after the break this time?",
    "In the first part, the timing is posted above, see you all there.",
    "Thanks, that is clear now, I had missed that line of the rules.",
]


def _authors(bar: str, *, newest_first: bool = False) -> list[str | None]:
    days = [6 - n if newest_first else n for n in range(1, 6)]
    posts = "".join(
        f"""<table><tr><td class="row4"><span class="normalname">
          <a href="/index.php?showuser={n}">user{n}</a></span></td>
          <td class="row4"><span class="postdetails">Date 0{days[n - 1]}.09.2014 - 18:1{n}</span>
          </td></tr>
          <tr><td class="post1">Member<br>Posts: {n * 7}</td>
          <td class="post1"><div class="postcolor">{_WORDS[n % 4]} Post {n}.</div></td></tr>
          </table><div class="darkrow1"></div>"""
        for n in range(1, 6)
    )
    html = f"""<html><head><title>Dance board -> Season opening 2014</title></head><body>
      <div id="navstrip"><a href="/">Dance board</a> -&gt; <a href="/f6">Contests</a></div>
      <div class="tableborder">{bar}
      <div class="postlinksbar"><a href="/track">Track this topic</a> |
      <a href="/print">Print version</a></div>{posts}</div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), datetime(2014, 9, 20, tzinfo=UTC))
    return [comment.author for comment in found]


def test_the_post_under_a_bold_title_bar_naming_the_topic_opens_the_topic():
    bar = '<div class="maintitle"><b>Season opening 2014</b>, Moscow</div>'
    assert _authors(bar) == [f"user{n}" for n in range(2, 6)]


def test_a_bold_line_naming_no_part_of_the_title_leaves_the_first_post_a_comment():
    bar = '<div class="maintitle"><b>Latest replies</b>, Moscow</div>'
    assert _authors(bar) == [f"user{n}" for n in range(1, 6)]


def test_a_list_under_a_title_bar_shown_newest_first_keeps_its_first_entry():
    bar = '<div class="maintitle"><b>Season opening 2014</b>, Moscow</div>'
    assert _authors(bar, newest_first=True) == [f"user{n}" for n in range(1, 6)]


def test_a_linked_title_in_bold_names_a_story_whose_first_comment_stays_a_comment():
    bar = '<div class="maintitle"><b><a href="https://example.org/s">Season opening 2014</a></b></div>'
    assert _authors(bar) == [f"user{n}" for n in range(1, 6)]


def test_a_link_far_above_a_bold_title_bar_is_not_the_bar_s_own():
    """A link four boxes up (an anchor left open around the header) does not make the bar a
    linked story title: the bar still opens the topic."""
    bar = (
        '<a href="/top"><div><div><div class="maintitle"><b>Season opening 2014</b>, Moscow'
        "</div></div></div></a>"
    )
    assert _authors(bar) == [f"user{n}" for n in range(2, 6)]
