"""Comments under a heading or in web components whose class names say nothing (pseudo-words,
as `bench.scramble` writes them): where the region ends, what names an item, what is chrome."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def comments_of(body: str) -> list[Comment]:
    html = f"<html><body><h1>Story</h1><p>The story's words, long enough.</p>{body}</body></html>"
    return extract_comments(LexborHTMLParser(html), FETCHED)


def _row(name: str, day: int, text: str, extra: str = "") -> str:
    return f"""<li><div class="qyzu">{name} Saturday, November {day}, 2012</div>
      <div class="kyvu"><p>{text}</p></div>{extra}</li>"""


def test_comments_sharing_their_box_with_the_reply_form_are_read():
    rows = _row("Ada Obi", 24, "I like the idea, it reads well.") + _row(
        "Bo Chan", 25, "Even on a strong system it holds."
    )
    page = f"""<div class="vuzy"><h4>Join the discussion</h4></div>
      <div class="zyqu">Comments ( 2 )</div>
      <div class="wuxu"><ul class="xyju">{rows}</ul>
        <form><input type="text" name="q"><textarea></textarea></form></div>"""
    assert [(c.author, c.text) for c in comments_of(page)] == [
        ("Ada Obi", "I like the idea, it reads well."),
        ("Bo Chan", "Even on a strong system it holds."),
    ]


def test_a_lone_reply_box_in_each_comment_does_not_end_the_region():
    box = '<div class="juzy"><textarea placeholder="Reply"></textarea></div>'
    rows = _row("Ada Obi", 24, "I like the idea, it reads well.", box) + _row(
        "Bo Chan", 25, "Even on a strong system it holds.", box
    )
    page = f'<div class="vuzy"><h4>Comments</h4></div><ul class="xyju">{rows}</ul>'
    assert [c.author for c in comments_of(page)] == ["Ada Obi", "Bo Chan"]


def _component(name: str, text: str) -> str:
    return f"""<x-comment-renderer class="qyjy zyjy">
      <div class="qyjy" hidden=""><span class="vuwy">VIEW</span></div>
      <div class="qyjy"><a class="kyju" href="/channel/{name}"><span class="qyjy">{name}</span></a>
        <a class="kyju" href="/watch?lc=1">1 week ago</a>
        <span class="qyjy" hidden=""> • </span></div>
      <div class="qyjy"><span class="vuwy">{text}</span></div>
      <x-comment-action-buttons-renderer class="qyjy"><span class="qyjy">Reply</span> 72
      </x-comment-action-buttons-renderer>
    </x-comment-renderer>"""


def test_a_web_component_is_an_item_by_its_tag_whatever_its_classes():
    page = "".join(
        _component(name, text)
        for name, text in [("ada", "Great review, thanks."), ("bo", "The screen is too dim.")]
    )
    assert [(c.author, c.text) for c in comments_of(page)] == [
        ("ada", "Great review, thanks."),
        ("bo", "The screen is too dim."),
    ]


def test_a_hidden_element_is_chrome_whatever_its_class():
    rows = "".join(
        f"""<li><div class="qyzu">{name} Saturday, November {day}, 2012</div>
          <div class="kyvu"><span class="zuqy" hidden="">Translate</span><p>{text}</p></div></li>"""
        for name, day, text in [("Ada Obi", 24, "It reads well."), ("Bo Chan", 25, "It holds.")]
    )
    page = f'<div class="vuzy"><h4>Comments</h4></div><ul class="xyju">{rows}</ul>'
    assert [c.text for c in comments_of(page)] == ["It reads well.", "It holds."]


def test_one_thought_on_the_story_heads_a_single_comment():
    page = """<div class="vuzy"><h2>One thought on “Fixing the boiler”</h2>
      <ol class="xyju"><li class="qujy"><article class="qujy">
        <div class="zyqu"><cite class="kuvu">Ada Obi</cite> 10/23/2013 at 11:20am</div>
        <div class="kyvu"><p>Need to bleed the radiators first.</p></div></article></li></ol></div>"""
    assert [(c.author, c.text) for c in comments_of(page)] == [
        ("Ada Obi", "Need to bleed the radiators first.")
    ]


def test_a_speaker_line_below_the_date_names_the_author():
    rows = "".join(
        f"""<div class="quxy"><div class="zuvu">Oct 04, 2010</div>
          <div class="xuxu"><div class="wyky">{name} said...</div>{text}</div></div>"""
        for name, text in [("Christian", "Is the shuttle included?"), ("Sean", "Will it return?")]
    )
    page = f'<h4>Comments (2)</h4><div class="ququ">{rows}</div>'
    assert [(c.author, c.text) for c in comments_of(page)] == [
        ("Christian", "Is the shuttle included?"),
        ("Sean", "Will it return?"),
    ]


def test_a_japanese_count_of_replies_heads_the_comments_and_the_reply_link_is_chrome():
    page = """<div class="vuzy"><h3 class="kyqy"><span class="zuqy">1件の返信</span></h3>
      <ol class="xyju"><li class="qujy"><article class="qujy">
        <div class="zyqu"><cite class="kuvu">hidemiyoshi</cite> <span>より:</span></div>
        <div class="wuvu"><a href="/2020/09/x/#comment-2">2020年9月24日 8:26 AM</a></div>
        <div class="kyvu"><p>明日はお休みです</p></div>
        <div class="juzy"><a class="vyqy" href="?replytocom=2">返信</a></div>
      </article></li></ol></div>"""
    assert [(c.author, c.text) for c in comments_of(page)] == [("hidemiyoshi", "明日はお休みです")]


def test_a_column_opening_with_a_poll_form_after_a_comments_heading_is_no_region():
    rows = _row("Ada Obi", 24, "I like the idea, it reads well.") + _row(
        "Bo Chan", 25, "Even on a strong system it holds."
    )
    page = f"""<h3>Comments</h3><div class="fbqy"></div>
      <div class="wuxu"><form><input type="radio" name="poll"> Yes <input type="text"></form>
        <ul class="xyju">{rows}</ul></div>"""
    assert comments_of(page) == []
