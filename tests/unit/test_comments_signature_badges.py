"""A signature may hold a profile link that shows only an icon (a LinkedIn badge): the message
cell that holds it stays the message, and the subject line over every row stays out of it."""

from __future__ import annotations

from tests.support.comment_pages import comments_of

ROW = """<tr><td class="subject"><a href="/d/msg/roadmap/{n}">Re: Roadmap for the course</a></td>
  <td class="author"><span>{name}</span></td><td class="lastPostDate">{n}/01/16 14:46</td>
  <td class="snippet"><div><div>{text}</div>{signature}</div></td></tr>"""
BADGE = """<table><tr><td><p>Ada Lane</p></td><td><p><a href="https://social.example/profile/ada">
  <img src="/in.png" alt=""></a></p></td></tr></table>"""
POSTS = [
    ("ada.lane", "Who wants to start the roadmap the teacher mentioned last week?"),
    ("bola", "I can take the part about forms and formsets if nobody else wants it."),
    ("chi", "Authentication and permissions would help most of us right now, I think."),
    ("dayo", "Let us split the list by week so nobody gets stuck with all of it."),
    ("eke", "Week one could be the models, week two the views and the templates."),
    ("femi", "Fine by me, as long as someone writes down who took which part of it."),
]


def test_an_icon_profile_link_in_a_signature_leaves_the_message_cell_the_text():
    rows = "".join(
        ROW.format(n=n, name=name, text=text, signature=BADGE if n == 1 else "")
        for n, (name, text) in enumerate(POSTS, 1)
    )
    found = comments_of(f"<h1>Roadmap for the course</h1><table>{rows}</table>")
    assert [(c.author, c.text.split("\n")[0]) for c in found] == POSTS
    assert "Roadmap for the course" not in found[0].text
