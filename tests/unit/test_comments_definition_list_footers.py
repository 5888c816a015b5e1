"""Comments laid out as a definition list, `dt` "NAME said..." over a `dd` of words and a `dd`
footer with the date (Blogger's classic template), read whatever the classes say: the footer's
date is the comment's it follows, not the next one's header."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def _entry(number: int, name: str, linked: bool, day: int, text: str) -> str:
    shown = f'<a href="http://example.org/{number}" rel="nofollow">{name}</a>' if linked else name
    return f"""<dt class="wyxu" id="kuxy{number}"><a name="c{number}"></a>
      <div class="jyxy"><span><img src="/blank.gif" alt="" title="{name}"></span></div>
      {shown}
      said...
      </dt>
      <dd class="wyju"><p>{text}</p></dd>
      <dd class="wuzy"><span class="quju"><a href="/post.html?c={number}" title="permalink">
      April {day}, 2012 at 9:13 PM</a></span></dd>"""


def test_a_definition_lists_speakers_words_and_dated_footers_are_read():
    entries = [
        (1, "Allen Wirfs-Brock", False, 18, "A few notes on how the standard is named."),
        (2, "Axel Rauschmayer", True, 19, "Thanks Allen, much appreciated!"),
        (3, "Aaronfrost", False, 20, "A great explanation here, thank you."),
    ]
    html = f"""<html><body><h1>ECMAScript</h1><p>What the names of the language mean.</p>
      <div class="qyzu"><h4>3 comments:</h4><div class="vuxu"><dl class="zyku">
      {"".join(_entry(*entry) for entry in entries)}</dl></div>
      <p class="xyzu"><a href="/post-comment">Post a Comment</a></p></div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text, c.posted_at) for c in found] == [
        (name, text, datetime(2012, 4, day, 21, 13, tzinfo=UTC))
        for _, name, _, day, text in entries
    ]


def test_a_bare_name_over_said_names_the_author_when_the_footer_shows_only_the_hour():
    entries = [
        (1, "Anonymous", False, "A keyboard row typed as a test."),
        (2, "Jacqueline", True, "Next time try writing in English."),
        (3, "Anonymous", False, "If you are not at training, how do you know?"),
    ]
    rows = "".join(
        _entry(number, name, linked, 18, text).replace("April 18, 2012 at 9:13 PM", "6:32 PM")
        for number, name, linked, text in entries
    )
    html = f"""<html><body><h1>Reality check</h1><p>How the team trains.</p>
      <div class="qyzu"><h4>3 comments:</h4><div class="vuxu"><dl class="zyku">{rows}</dl>
      </div><p class="xyzu"><a href="/post-comment">Post a Comment</a></p></div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text) for c in found] == [(name, text) for _, name, _, text in entries]


def test_the_notice_left_where_a_comment_was_removed_is_no_comment():
    entries = [
        (1, "Wee Lin", True, 18, "This comment has been removed by the author."),
        (2, "Wee Lin", True, 18, "Renewing your licence is a common thing."),
        (3, "Ada", False, 19, "Ce commentaire a été supprimé par un administrateur du blog."),
        (4, "Jacqueline", True, 20, "Okay, my whole class asks me about it."),
    ]
    html = f"""<html><body><h1>Licence</h1><p>Renewing the licence again.</p>
      <div class="qyzu"><h4>4 comments:</h4><div class="vuxu"><dl class="zyku">
      {"".join(_entry(*entry) for entry in entries)}</dl></div>
      <p class="xyzu"><a href="/post-comment">Post a Comment</a></p></div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text) for c in found] == [
        ("Wee Lin", "Renewing your licence is a common thing."),
        ("Jacqueline", "Okay, my whole class asks me about it."),
    ]
