"""A place where a thread's posts show their subject ("Re : Nouveaux modérateurs") comes after
the places of names: the author is the short name another place shows, even when one person
wrote every post of the first twelve, when a later post there shows a second name (a thread
of replies, not an account's feed)."""

from __future__ import annotations

from tests.unit.test_comments_scrambled_forums import comments_of


def _post(number: int, author: str, subject: str) -> str:
    return f"""<li class="kq old"><div class="kh"><span class="kd">10/05/2006,
      <span class="kt">13h{10 + number}</span></span> <span>#{number}</span></div>
      <div class="kx"><div class="ku"><div class="kn"><span class="ky"><b>
      <span style="color:#c00">{author}</span></b></span></div> <span class="kp"> </span>
      <span class="kr"><center><b>moderator</b></center></span><br>
      <dl><dt>Posts</dt><dd>{15800 + number}</dd></dl></div>
      <div class="kb"><h2 class="kv">{subject}</h2>
      <blockquote class="kz">Le message numéro {number} présente un nouveau modérateur.</blockquote>
      </div>
      </div></li>"""


def _thread(authors: list[str]) -> str:
    subjects = ["Nouveaux modérateurs"] + ["Re : Nouveaux modérateurs"] * (len(authors) - 1)
    posts = "".join(
        _post(n, author, subject)
        for n, (author, subject) in enumerate(zip(authors, subjects, strict=True), 1)
    )
    return f'<h1>Nouveaux modérateurs</h1><ol class="kw">{posts}</ol>'


def test_a_replys_subject_is_no_author_and_one_name_on_the_first_posts_is_the_author():
    found = comments_of(_thread(["Yoyo"] * 13 + ["mh34"]))
    assert [c.author for c in found] == ["Yoyo"] * 12 + ["mh34"]
    assert found[0].text.startswith("Le message numéro 2")
