"""The one parser for a comment's author and date line (issue #13): the forms met on pages
nobody here had read, relative times resolved against the fetch time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows.parse.comments.lines import leading_name, name_like, speaker
from flows.parse.comments.meta_line import clean_author, read_meta_line
from tests.support.comment_pages import FETCHED, comments_of

NOW = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "author", "moment"),
    [
        (
            "Comment by Ada Lovelace — May 3, 2024 @ 10:15",
            "Ada Lovelace",
            datetime(2024, 5, 3, 10, 15, tzinfo=UTC),
        ),
        (
            "Ada | Saturday, 2 November 2024 - 14:05",
            "Ada",
            datetime(2024, 11, 2, 14, 5, tzinfo=UTC),
        ),
        ("Marie - Le 3 mars 2024 à 14h30", "Marie", datetime(2024, 3, 3, 14, 30, tzinfo=UTC)),
        ("Ada schrieb am 3. Mai 2024 um 10:15", "Ada", datetime(2024, 5, 3, 10, 15, tzinfo=UTC)),
        ("Ada a écrit le 3 mai 2024", "Ada", datetime(2024, 5, 3, tzinfo=UTC)),
        ("Ada escribió el 3 de mayo de 2024", "Ada", datetime(2024, 5, 3, tzinfo=UTC)),
        ("Ada said… 3 May 2024", "Ada", datetime(2024, 5, 3, tzinfo=UTC)),
        (
            "1. Ada Lovelace 09:02 PM 10/28/10",
            "Ada Lovelace",
            datetime(2010, 10, 28, 21, 2, tzinfo=UTC),
        ),
        ("Ada3 May 2024", "Ada", datetime(2024, 5, 3, tzinfo=UTC)),
        ("Ada Lovelace12.03.2024 10:15", "Ada Lovelace", datetime(2024, 3, 12, 10, 15, tzinfo=UTC)),
        ("Ada 22.04.18 в 23:19", "Ada", datetime(2018, 4, 22, 23, 19, tzinfo=UTC)),
    ],
)
def test_author_and_date_lines_in_many_forms_are_split(line, author, moment):
    meta = read_meta_line(line, NOW)
    assert meta is not None and (meta.author, meta.posted_at) == (author, moment)


@pytest.mark.parametrize(
    ("line", "moment"),
    [
        ("Ada 3 gün önce", datetime(2024, 10, 31, 10, 20, tzinfo=UTC)),
        ("Ada vor 3 Tagen", datetime(2024, 10, 31, 10, 20, tzinfo=UTC)),
        ("Ada il y a 2 heures", datetime(2024, 11, 3, 8, 20, tzinfo=UTC)),
        ("Ada hace 3 días", datetime(2024, 10, 31, 10, 20, tzinfo=UTC)),
        ("Ada 3 дня назад", datetime(2024, 10, 31, 10, 20, tzinfo=UTC)),
        ("Ada 2 giorni fa", datetime(2024, 11, 1, 10, 20, tzinfo=UTC)),
        ("Ada 3 dagen geleden", datetime(2024, 10, 31, 10, 20, tzinfo=UTC)),
    ],
)
def test_a_name_and_a_relative_time_resolve_against_the_fetch_time(line, moment):
    meta = read_meta_line(line, NOW)
    assert meta is not None and (meta.author, meta.posted_at) == ("Ada", moment)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("by were55 » Thu Mar 17, 2016 9:01 am", "were55"),
        ("de Gontran » Dim 9 Oct 2011 14:02", "Gontran"),
    ],
)
def test_a_weekday_after_a_guillemet_is_not_part_of_the_name(line, author):
    meta = read_meta_line(line, NOW)
    assert meta is not None and meta.author == author


def test_a_word_run_into_digits_in_a_sentence_is_no_meta_line():
    assert read_meta_line("Version2 3 May 2024 was the release everyone waited for", NOW) is None
    assert read_meta_line("MP3 players are back", NOW) is None


def test_a_speaker_line_ending_in_an_ellipsis_names_the_author():
    assert leading_name("Ada said…\nGreat post", NOW) == ("Ada", "Great post")


def test_a_submitted_by_label_in_french_leaves_the_name():
    meta = read_meta_line("Soumis par Ada, le 3 mars 2024 à 14h30", NOW)
    assert meta is not None and meta.author == "Ada"


def test_a_profile_link_labelled_in_square_brackets_is_not_the_author():
    """No name rather than a control's label."""
    item = """<div class="comment" id="comment-{n}"><p><b>{name}</b>
      <a href="profile.php?mode=viewprofile&amp;u={n}">[Profile]</a>
      <time datetime="2024-05-0{n}T10:00:00Z">May {n}, 2024</time></p>
      <div class="comment-text">{text}</div></div>"""
    markup = '<div class="comments">{}</div>'.format(
        "".join(
            item.format(n=n, name=name, text=text)
            for n, name, text in [(1, "Ada", "First words."), (2, "Bo", "Second words.")]
        )
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        (None, "First words."),
        (None, "Second words."),
    ]


def test_the_name_just_before_a_wrapped_date_is_the_author():
    item = """<li class="comment" id="post-{n}"><div class="comment-head"><span class="head-row">
      <b>{name}</b><ul class="tags"></ul>
      <span class="edit-wrap"><span class="comment-date">Sep 1{n}, 2017</span></span></span></div>
      <div class="comment-body"><p>{text}</p></div></li>"""
    markup = '<ol class="comment-list">{}</ol>'.format(
        "".join(
            item.format(n=n, name=name, text=text)
            for n, name, text in [
                (1, "markbruns", "Start with the budget."),
                (2, "Bill the Lizard", "Then the schedule."),
            ]
        )
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("markbruns", "Start with the budget."),
        ("Bill the Lizard", "Then the schedule."),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Posted at 9:50 pm, October 15, 2025",
        "Posted on October 15, 2025",
        "Submitted 3 May 2024",
        "erstellt: 21. Apr 2020, 20:53",
    ],
)
def test_a_label_s_verb_before_a_date_is_no_name(line):
    meta = read_meta_line(line, NOW)
    assert meta is not None and meta.author is None


def test_a_name_above_a_posted_at_date_is_the_author_not_the_text():
    item = """<div class="qa" id="qa-{n}"><div class="qe">
      <div class="qi">{name}</div>
      <div class="qo"><a class="qu" href="#qa-{n}"><time>Posted at 9:5{n} pm, October 15, 2025</time></a>
      <div class="qy"><a class="za" href="#qa-{n}">Reply</a></div></div>
      <p>{text}</p></div></div>"""
    people = [
        (1, "Mike Zielonka", "Yummm, these look great."),
        (2, "Ligon Miller", "Can these be prepped ahead of time?"),
        (3, "Diane Spiegel", "Looks delicious!!!"),
        (4, "Maria K", "Thank you so much, Diane!!"),
    ]
    markup = '<div class="zz">{}</div>'.format(
        "".join(item.format(n=n, name=name, text=text) for n, name, text in people)
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        (name, text)
        for _, name, text in people[1:]  # the first, a topic's opening post
    ]


def test_a_line_ending_as_a_chinese_or_japanese_sentence_ends_is_no_name():
    assert name_like("itpunk", FETCHED)
    assert not name_like("我自己不会去亚马孙买？", FETCHED)
    assert not name_like("長生きはしたいもんです。", FETCHED)


def test_a_comment_whose_words_open_with_another_day_than_its_date_keeps_them():
    row = """<p><a name="c{n}"></a><span class="who"><a href="/{name}/">{name}</a></span>
      <span class="timestamp"><a href="#c{n}">2009/10/17 0{n}:13</a></span>
      <span class="commentbody">{words}</span></p>"""
    markup = '<div class="comment"><div class="commentshort">{}{}</div></div>'.format(
        row.format(n=1, name="mkou", words="2038-01-20って何の日ですか"),
        row.format(n=2, name="yssk", words="長生きしたいですね"),
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("mkou", "2038-01-20って何の日ですか"),
        ("yssk", "長生きしたいですね"),
    ]


def test_a_posters_stats_after_a_slash_stay_in_the_name_a_path_is_no_name():
    line = "Comment #2 - Posted by: Kurt M/39/185 at November 10, 2012  5:55 PM"
    meta = read_meta_line(line, NOW)
    assert meta is not None and meta.author == "Kurt M/39/185"
    assert read_meta_line("Filed under news/politics on May 3, 2024", NOW) is None
    assert read_meta_line("See http://example.com/a on May 3, 2024", NOW) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [("Ada replied:", "Ada"), ("Jonas antwortete:", "Jonas"), ("Rafael schreibt:", "Rafael")],
)
def test_every_verb_that_opens_a_speaker_line_also_leaves_a_name_line(line, name):
    """One list of verbs of saying and replying serves both readers."""
    assert speaker(line, NOW) == name
    assert clean_author(line) == name
