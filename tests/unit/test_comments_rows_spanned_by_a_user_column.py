"""A forum laid out in table rows, each post a row whose user column spans down into the row
of its buttons below (`td rowspan="2"`), is read from the rows its profile links mark, whatever
the classes say: the post is the row the column spans from."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def _post(user: int, name: str, posted: str, text: str) -> str:
    return f"""<tr><td class="zuqy" rowspan="2" valign="top"><span class="zyqy">
        <strong>{name}</strong></span><br><span class="xuqy">Member<br>Joined: 20 Oct 2008<br>
        Posts: {user * 7}</span></td>
      <td class="zuqy"><table><tr><td class="xuqy">Posted: {posted}</td>
        <td><a href="posting.php?mode=quote&amp;p={user}"><img alt="Reply with quote"></a></td>
        </tr></table>
        <table><tr><td class="xyqy"><hr>{text}</td></tr></table></td></tr>
    <tr><td class="zuqy"><a href="profile.php?mode=viewprofile&amp;u={user}">
      <img alt="View user's profile"></a></td></tr>
    <tr><td class="jyqy" colspan="2"><img src="spacer.gif" alt=""></td></tr>"""


def test_posts_whose_user_column_spans_their_button_row_are_read():
    posts = [
        (124, "prestbury2", "Wed Jun 02, 2010 11:01 pm", "All the winter jobs are done now."),
        (31, "Deano", "Thu Jun 03, 2010 7:12 am", "Best of luck, the work will be worth it."),
        (124, "prestbury2", "Sun Jun 06, 2010 9:40 pm", "The launch went well at the slipway."),
    ]
    html = f"""<html><body><h1>back in water tomorrow</h1>
      <table class="qyqy"><tr><th>Author</th><th>Message</th></tr>
      {"".join(_post(*post) for post in posts)}</table></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text) for c in found] == [
        ("Deano", "Best of luck, the work will be worth it."),
        ("prestbury2", "The launch went well at the slipway."),
    ]
