"""A forum laid out in tables whose class names say nothing, each post in one row (the
author's cell beside the dated post) and its buttons in the row below it (the author's
profile, a private message, "Back to top"): the rows found by their profile links show next
to no words, and the row above each is the post."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)

_POSTS = [
    (271, "Whitt", "Nov 04, 2003 5:15 pm", "Does anyone know who wrote the sleeve notes?"),
    (264, "Adam Pollock", "Nov 04, 2003 9:23 pm", "They fingered Tommy Mottola, I heard."),
    (271, "Whitt", "Nov 06, 2003 1:01 am", "Alright, someone give me his address then."),
    (118, "Nick Jade", "Nov 06, 2003 5:15 am", "I would not bother, honestly, it was years ago."),
]


def _post(number: int, user: int, name: str, date: str, text: str) -> str:
    return f"""<tr><td class="ka" valign="top"><span class="kb"><a name="{number}"></a>
      <b>{name}</b></span><br><span class="kc">Joined: 18 May 2003<br>Posts: 67</span></td>
      <td class="ka"><table><tr><td><a href="viewtopic.php?p={number}#{number}">
      <img src="post.gif" alt="Post"></a><span class="kc">Posted: {date}
      &nbsp; Post subject: </span></td><td><a href="posting.php?mode=quote&amp;p={number}">
      <img src="quote.gif" alt="Reply with quote"></a></td></tr>
      <tr><td colspan="2"><hr></td></tr>
      <tr><td colspan="2"><span class="kd">{text}</span></td></tr></table></td></tr>
      <tr><td class="ka"><span class="ke"><a href="#top">Back to top</a></span></td>
      <td class="ka"><a href="profile.php?mode=viewprofile&amp;u={user}">
      <img src="profile.gif" alt="View users profile"></a>
      <a href="privmsg.php?mode=post&amp;u={user}"><img src="pm.gif" alt="Send message"></a></td></tr>
      <tr><td class="kf" colspan="2"><img src="spacer.gif" alt=""></td></tr>"""


def test_the_row_above_each_row_of_buttons_is_a_post():
    rows = "".join(_post(5430 + i, *post) for i, post in enumerate(_POSTS))
    html = f"""<html><body><h1>Who wrote the sleeve notes?</h1>
      <table class="za"><tr><th class="zb">Author</th><th class="zb">Message</th></tr>
      {rows}</table></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text) for c in found] == [(name, text) for _, name, _, text in _POSTS[1:]]
