"""A comment's footer whose date runs into the row of actions before it ("Like 25/Reply/
Report2024-01-25 19:47", inline links with no space between them): the date is read, the
row names no one, and the name heading the comment is its author."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.parse.comments.meta_line import read_meta_line
from tests.support.comment_pages import comments_of

NOW = datetime(2024, 6, 1, tzinfo=UTC)


def test_a_date_run_into_a_row_of_actions_is_read_unnamed():
    meta = read_meta_line("Like 25/Reply/Report2024-01-25 19:47", NOW)
    assert meta is not None
    assert (meta.author, meta.posted_at) == (
        None,
        datetime(2024, 1, 25, 19, 47, tzinfo=UTC),
    )


def test_a_path_with_a_date_is_no_row_of_actions():
    assert read_meta_line("see news/world/2024-01-25 19:47", NOW) is None


def _item(name: str, text: str, minute: int) -> str:
    actions = f"<a>Like</a><em>{minute}</em><em>/</em><a>Reply</a><em>/</em><a>Report</a>"
    return f"""<div class="qa"><p class="qb"><a href="/u/{name}">{name}</a><span> [Lyon]</span></p>
      <p class="qc">{text}</p><div class="qd"><span>{actions}</span><span>2024-01-25 19:{minute}</span>
      </div></div>"""


def test_comments_whose_footer_runs_the_date_into_their_actions_are_named_by_their_first_line():
    people = (
        ("Ada", "The ferry was late again today.", 41),
        ("Bo", "Not on my line!", 47),
    )
    markup = (
        "<div class='zz'><h3>Hot comments</h3>"
        + "".join(_item(*person) for person in people)
        + "</div>"
    )
    found = comments_of(markup)
    assert [(c.author, c.text) for c in found] == [(name, text) for name, text, _ in people]
