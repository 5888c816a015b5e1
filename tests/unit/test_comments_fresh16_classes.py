"""Comment markups of the fresh16 split's failure classes, from small pages written here:
markers a CSS framework's display utility hides inside each comment's text, an answer's
bylines repeating inside it as rows of one shape."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments import extract_comments
from flows.parse.comments.roles import classed_out_of_sight

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def comments_of(body: str) -> list[Comment]:
    html = f"<html><body><h1>Story</h1><p>The story's words, long enough.</p>{body}</body></html>"
    return extract_comments(LexborHTMLParser(html), FETCHED)


_NOTES = [
    ("ada", "Tidal forces fall off with the cube of the distance, not its square."),
    ("bo", "That is why the orbit matters more than the strength of the wave."),
    ("Cy K-B.", "A worked example with real numbers would help a lot here."),
]


def _note(number: int, name: str, text: str) -> str:
    owner = " owner" if number == len(_NOTES) else ""  # the asker's own note: one more class
    return (
        f'<li id="comment-50880{number}" class="comment js-comment " data-comment-id="50880{number}"'
        f' data-comment-score="0"> <div class="js-comment-actions comment-actions">'
        ' <div class="comment-score js-comment-score js-comment-edit-hide"> </div> </div>'
        ' <div class="comment-text js-comment-text-and-form">'
        ' <div class="comment-body js-comment-edit-hide"> <span class="d-none">$\\begingroup$</span>'
        f' <span class="comment-copy">{text}</span> <span class="d-none">$\\endgroup$</span>'
        f' <div class="d-inline-flex ai-center"> –&nbsp;<a href="/users/6234{number}/{name}"'
        f' title="78,483 reputation" class="comment-user{owner}">{name}</a>'
        " </div>"
        ' <span class="comment-date" dir="ltr"> <span class="v-visible-sr">Commented</span>'
        f' <span title="2019-11-28 11:2{number}:59Z, License: CC BY-SA 4.0"'
        f' class="relativetime-clean">Nov 28, 2019 at 11:2{number}</span> </span> </div> </div> </li>'
    )


def test_markers_a_display_utility_hides_are_not_part_of_a_comments_text():
    notes = "".join(_note(n, name, text) for n, (name, text) in enumerate(_NOTES, 1))
    found = comments_of(f'<div class="comments"><ul class="comments-list">{notes}</ul></div>')
    assert [c.author for c in found] == [name for name, _ in _NOTES]
    assert all(c.text.startswith(text) for c, (_, text) in zip(found, _NOTES, strict=True))
    assert not any("group$" in c.text for c in found)


def test_a_class_hides_an_element_only_when_no_other_class_shows_it_at_some_width():
    assert classed_out_of_sight("d-none")
    assert classed_out_of_sight("label hidden")
    assert not classed_out_of_sight("d-none d-md-block")
    assert not classed_out_of_sight("hidden md:flex")
    assert not classed_out_of_sight("hidden-xs")
    assert not classed_out_of_sight(None)


def _signature(action: str, stamp: str, user: int, name: str) -> str:
    owner = ' itemprop="author"' if action == "answered" else ""
    return f"""<div class="post-signature"><div class="user-info">
      <div class="user-action-time">{action} <span title="{stamp}Z" class="relativetime"
        >{stamp[:10]}</span></div>
      <div class="user-details"{owner}><a href="/users/{user}/{name}">{name}</a>
        <span class="reputation-score">1,204</span></div></div></div>"""


def _answer(number: int, name: str, text: str, notes: str) -> str:
    return f"""<div id="answer-{number}" class="answer"><div class="post-layout">
      <div class="votecell"><div class="js-vote-count">{number}</div></div>
      <div class="answercell"><div class="s-prose js-post-body"><p>{text}</p></div>
      <div class="post-menu"><a href="/posts/{number}/edit">Improve this answer</a></div>
      {_signature("edited", "2020-06-16 11:03:12", 1, "Community")}
      {_signature("answered", f"2019-11-2{number} 12:27:35", 40 + number, name)}</div>
      <div class="comments"><ul class="comments-list">{notes}</ul></div></div></div>"""


def test_bylines_repeating_inside_an_answer_are_not_its_replies():
    answers = [
        ("dora", "The strain falls off with the distance, so only a close orbit is felt."),
        ("emil", "Tidal effects matter far more than the wave for anything nearby."),
    ]
    notes = "".join(_note(n, name, text) for n, (name, text) in enumerate(_NOTES, 1))
    page = '<div id="answers">' + "".join(
        _answer(n, name, text, notes) for n, (name, text) in enumerate(answers, 1)
    )
    found = comments_of(page + "</div>")
    tops = [c for c in found if c.parent is None]
    assert [(c.author, c.text) for c in tops] == answers
