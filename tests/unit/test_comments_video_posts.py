"""A forum post whose message is only an embedded video: an empty text, never the lines of
the user column beside it ("Join Date: …", "Posts: …")."""

from __future__ import annotations

from tests.support.comment_pages import comments_of

_WORDS = [
    "The track on the map stops right after take-off.",
    "Live feed from the airport, the runway is closed.",
    "Reported to be the morning flight to London.",
    "Not familiar with the type, but it looks like a clean wing.",
]
_VIDEO = '<iframe width="425" height="350" src="https://www.youtube.com/embed/abc"></iframe>'


def _post(number: int, message: str) -> str:
    return f"""<div id="post{number}" class="post">
      <div class="post-head">12th Jun 2025, 09:{number:02d} #{number}</div>
      <div class="user-column"><a class="username" href="/members/{number}-u{number}">u{number}</a>
        <div>Join Date: May 2003</div><div>Posts: {150 + number}</div></div>
      <div class="message">{message}</div></div>"""


def test_a_post_of_only_a_video_keeps_an_empty_text_not_the_user_column():
    page = "".join(_post(n, _VIDEO if n == 3 else _WORDS[n % 4]) for n in range(1, 6))
    assert [(c.author, c.text) for c in comments_of(page)][-4:] == [
        ("u2", _WORDS[2]),
        ("u3", ""),
        ("u4", _WORDS[0]),
        ("u5", _WORDS[1]),
    ]
