"""Comment lists that show no date, in markups whose class names say nothing (made-up words),
from small pages written here: a count line the list matches, or a region named as comments
that lists the site's records, tells they are comments."""

from __future__ import annotations

from tests.support.comment_pages import READERS_WORDS as TEXTS
from tests.support.comment_pages import comments_on_a_bare_page as comments_of

NAMES = ["Sally", "savvy", "Joanna", "subo"]


def _story() -> str:
    return """<div class="kyqu"><h1>The phone maker will show a new phone next month</h1>
      <p>The annual show has become a traditional venue for phone makers to launch.</p></div>"""


def _unsigned(count: int) -> str:
    rows = "".join(
        f"""<li class="juqy"><div class="wyzu"></div><div class="vyqu"><header></header>
          <div class="kyxy">{text}</div></div></li>"""
        for text in TEXTS[:count]
    )
    return f'<ul class="jyjy">{rows}</ul>'


def test_a_count_line_over_as_many_unsigned_undated_blocks_gives_their_words():
    page = f"""{_story()}<div class="zuzu"><div class="quzu"><span class="xyxy">4 Comments</span>
      </div>{_unsigned(4)}</div>"""
    found = [(c.author, c.text, c.posted_at) for c in comments_of(page)]
    assert found == [(None, text, None) for text in TEXTS]


def test_a_count_line_over_a_different_number_of_blocks_gives_none():
    page = f"""{_story()}<div class="zuzu"><div class="quzu"><span class="xyxy">7 Comments</span>
      </div>{_unsigned(4)}</div>"""
    assert comments_of(page) == []


def test_a_count_line_over_as_many_headline_links_gives_none():
    rows = "".join(
        f"""<li class="juqy"><a href="/story/{n}">{text}</a><p>{text} More of it here.</p></li>"""
        for n, text in enumerate(TEXTS)
    )
    page = f"""{_story()}<div class="zuzu"><div class="quzu"><span class="xyxy">4 Comments</span>
      </div><ul class="jyjy">{rows}</ul></div>"""
    assert comments_of(page) == []


def _records(ids: list[str]) -> str:
    return "".join(
        f"""<article class="quxy quky" id="{record}"><div class="kuqy">
          <p class="zuqy">{text}</p><div class="kyxy zyqy">{name}<span class="kyju"></span></div>
          </div></article>"""
        for record, name, text in zip(ids, NAMES, TEXTS, strict=True)
    )


def test_records_under_a_heading_naming_comments_give_their_names_and_words():
    ids = [f"quxy-{204888 - n}" for n in range(4)]
    page = f"""{_story()}<div class="wuqy"><h4>Comments</h4>
      <div class="vyju">{_records(ids)}</div></div>"""
    found = [(c.author, c.text, c.posted_at) for c in comments_of(page)]
    assert found == [(name, text, None) for name, text in zip(NAMES, TEXTS, strict=True)]


def test_blocks_without_record_ids_under_a_heading_naming_comments_give_none():
    ids = [f"quxy-{word}" for word in ("ab", "cd", "ef", "gh")]
    page = f"""{_story()}<div class="wuqy"><h4>Comments</h4>
      <div class="vyju">{_records(ids)}</div></div>"""
    assert comments_of(page) == []


def test_records_under_a_heading_that_names_no_comments_give_none():
    ids = [f"quxy-{204888 - n}" for n in range(4)]
    page = f"""{_story()}<div class="wuqy"><h4>More recipes</h4>
      <div class="vyju">{_records(ids)}</div></div>"""
    assert comments_of(page) == []
