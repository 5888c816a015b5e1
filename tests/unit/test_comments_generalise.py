"""Comment rules that let the parser read markups it has never seen: items of one list agree
on where their text is. Small pages written here."""

from __future__ import annotations

from tests.support.comment_pages import comments_of


def _post(name: str, place: str, text: str) -> str:
    return f"""<article class="message message--post">
      <div class="message-cell message-cell--user">
        <h4 class="message-name"><a href="/members/{name}" class="username">{name}</a></h4>
        <div class="message-userExtras"><dl><dd>{place}</dd></dl></div>
      </div>
      <div class="message-cell message-cell--main">
        <header><time class="u-dt" datetime="2020-04-23T10:00:00+0200">Apr 23, 2020</time></header>
        <div class="message-userContent"><div class="bbWrapper">{text}</div></div>
      </div></article>"""


def test_a_short_post_takes_its_text_where_the_other_posts_of_the_list_have_theirs() -> None:
    posts = [
        ("Ada", "Lagos", "I would say it is the same word in both languages, really."),
        ("Bo", "Leeds", "Not quite: the second one is only used in the spoken language."),
        ("Cy", "Paris/Hastings UK, English UK/French", "C'est ça !"),
        ("Di", "Rome", "Thanks to both of you, this clears it up for my translation."),
    ]
    page = '<div class="block-body">' + "".join(_post(*post) for post in posts) + "</div>"
    found = [(c.author, c.text) for c in comments_of(page)]
    assert found == [(name, text) for name, _, text in posts]


def test_two_blocks_in_one_place_leave_each_item_its_own_choice() -> None:
    post = """<div class="post"><span class="name"><b>{name}</b></span>
      <span class="date">Posted: Tue May 06, 2003 1:23 am</span>
      <span class="postbody">{text}</span><span class="postbody">_________________<br>{sig}</span>
      </div>"""
    posts = [
        ("Ada", "The tiles are 8 by 8 pixels, so the size is the count times 64.", "Ada's tools"),
        ("Bo", "And in 16 bits each pixel takes two bytes, so count times 128.", "Bo's page"),
        ("Ada", "Thanks, it works now.", "-- Where is he? -- Who? -- You know, the human."),
    ]
    page = (
        '<div id="posts">'
        + "".join(post.format(name=n, text=t, sig=s) for n, t, s in posts)
        + "</div>"
    )
    assert [c.text for c in comments_of(page)] == [text for _, text, _ in posts]
