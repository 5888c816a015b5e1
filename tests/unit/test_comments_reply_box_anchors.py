"""A box of replies inside a comment's block that also holds an empty anchor before each
reply (`<a name="…">`) and a link to more replies: the replies are read one by one, each
with its own name and words, not the whole box as one comment."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def _entry(number: int, name: str, hour: int, text: str, replies: str = "", kind: str = "") -> str:
    box = f'<dd class="nest">{replies}</dd>' if replies else ""
    return f"""<a name="{number}"></a><dl data-msg="{number}"{kind}>
      <dt class="who"><span>by <b>{name}</b></span> July 24, 2012 {hour}:15 PM EDT</dt>
      <dd id="body_{number}">{text}</dd>
      <dd class="tools"><a class="answer">Reply to this comment</a></dd>{box}</dl>"""


def test_replies_between_empty_anchors_in_a_box_are_read_one_by_one():
    replies = (
        _entry(21, "tpeks", 3, "Wrong, a gas leak can level a house.", kind=' class="sub"')
        + _entry(
            22, "rwsmith", 4, "Agreed, it would burn rather than blow apart.", kind=' class="sub"'
        )
        + '<dl><dt class="more"><a href="/thread?id=12">See all 5 Replies</a></dt></dl>'
    )
    entries = [
        _entry(11, "ssnoah", 9, "These people are our friends, please show some respect."),
        _entry(12, "newster", 8, "Nobody knows the cause yet, wait for the report."),
        _entry(13, "trucker", 2, "A propane blast does not flatten a building like that.", replies),
        _entry(14, "rightofwrong", 1, "Was this a mobile home or a house?"),
    ]
    html = f"""<html><body><h1>House explosion kills girl</h1><p>A house exploded on
      Tuesday night, killing a girl and hurting four others.</p>
      <div class="talk"><div>18 Comments</div>{"".join(entries)}</div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text, c.parent) for c in found] == [
        ("ssnoah", "These people are our friends, please show some respect.", None),
        ("newster", "Nobody knows the cause yet, wait for the report.", None),
        ("trucker", "A propane blast does not flatten a building like that.", None),
        ("tpeks", "Wrong, a gas leak can level a house.", 2),
        ("rwsmith", "Agreed, it would burn rather than blow apart.", 2),
        ("rightofwrong", "Was this a mobile home or a house?", None),
    ]
