"""Where a comment begins and ends: the author's line, the text and the replies of one item
cut apart right, on small pages written here."""

from __future__ import annotations

from datetime import timedelta

import pytest

from flows.parse.comments.meta_line import read_meta_line
from tests.support.comment_pages import FETCHED, comments_of, rows


def _agreper_comment(name: str, shown: str, words: str, reply: str = "") -> str:
    return f"""<div class="comment"><span class="small">
      <i><a href="/user/{name}/">{name}</a> - {shown}</i> |
      <a href="/thread/1/#"> thread</a></span><input type="checkbox" class="collapse small">
      <div><p>{words}</p><sup><a href="/comment/1/">reply</a></sup>{reply}</div></div>"""


def test_a_date_shown_as_text_in_the_author_line_leaves_the_text():
    markup = _agreper_comment(
        "ada",
        "1 year ago (last modified 2 months ago)",
        "I wonder which hosting you're using",
        _agreper_comment("bo", "2 years ago", "yup"),
    ) + _agreper_comment("cy", "2 years ago", "nice!")
    found = comments_of(markup)
    assert rows(found) == [
        ("ada", "I wonder which hosting you're using", None),
        ("bo", "yup", 0),
        ("cy", "nice!", None),
    ]
    assert found[0].posted_text == "1 year ago"
    assert found[0].posted_at is not None
    assert FETCHED - found[0].posted_at > timedelta(days=360)


def test_a_class_naming_the_comment_text_wins_over_a_chrome_word_beside_it():
    item = """<div class="comment"><a class="author" href="/users/{n}">{name}</a>
      <div class="comment-meta" title="2024-05-13 22:13:05">{n} days ago</div>
      <div class="text comment-body markdown-reply"><p>{words}</p></div>
      <div class="reply-box"><a href="#">Reply</a></div></div>"""
    markup = '<div class="comments">{}</div>'.format(
        item.format(n=1, name="Ada", words="Words of the first.")
        + item.format(n=2, name="Bo", words="Words of the second.")
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Ada", "Words of the first."),
        ("Bo", "Words of the second."),
    ]


def test_a_badge_in_the_header_row_above_a_rule_is_not_the_text():
    row = """<div class="row"><div class="bubble">
      <div class="flex-row"><a class="username" href="/users/{name}/">{name}</a>
        <div class="opacity-50"><span>commented</span> {days} days ago</div>
        <p class="font-medium"><span class="rounded-full">{badge}</span></p></div>
      <hr><div class="md"><p>{words}</p></div></div></div>"""
    markup = '<div class="comments">{}</div>'.format(
        row.format(name="ada", days=7, badge="Researcher", words="Please look at the report.")
        + row.format(name="bram", days=6, badge="Maintainer", words="Fixed in 9.0.1364, thanks.")
    )
    assert [(c.author, c.text, c.posted_text) for c in comments_of(markup)] == [
        ("ada", "Please look at the report.", "7 days ago"),
        ("bram", "Fixed in 9.0.1364, thanks.", "6 days ago"),
    ]


def test_a_short_comment_beside_its_author_and_date_keeps_its_words():
    row = """<div class="comment"><div class="body"><b class="author">{name}</b>
      <span class="date">3 May 2024</span><p>{words}</p></div></div>"""
    markup = row.format(name="Ada", words="Ja, kannst Du.") + row.format(
        name="Bo", words="Danke dir!"
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Ada", "Ja, kannst Du."),
        ("Bo", "Danke dir!"),
    ]


def _numbered_comment(number: int, name: str, words: str, rows: str = "") -> str:
    return f"""<div class="comment"><div id="reply{number}"></div>
      <a class="author" href="/users/{name}">{name}</a>
      <div class="text comment-body"><p>{words}</p></div>
      <div class="comment-meta" title="2024-05-13 22:13:05">1 week ago</div>
      <div class="inner-lists">{rows}</div></div>"""


def _numbered_row(number: int, name: str, words: str) -> str:
    return f"""<div class="lh-2 my-2" id="reply{number}">
      <a class="fw-bold" href="/users/{name}">{name}</a>
      <span class="popover" title="2024-05-14 17:24:27">14.05.2024</span>
      <div class="my-2">{words}</div></div>"""


def test_rows_numbered_like_their_comment_inside_it_are_its_replies():
    markup = '<div class="comments">{}</div>'.format(
        _numbered_comment(
            1,
            "rache",
            "Just use TUN mode.",
            _numbered_row(3, "my3877", "Tried it, no luck.")
            + _numbered_row(4, "rache", "Install the service first."),
        )
        + _numbered_comment(2, "dash", "Careful with that.")
    )
    assert rows(comments_of(markup)) == [
        ("rache", "Just use TUN mode.", None),
        ("my3877", "Tried it, no luck.", 0),
        ("rache", "Install the service first.", 0),
        ("dash", "Careful with that.", None),
    ]


def _wrapped_comment(name: str, words: str) -> str:
    return f"""<div class="comment"><div class="comment__header">
      <div class="user-name">{name}</div><div class="time">14.05.2024</div>
      <span class="comment__cta">Report</span> <span class="comment__cta">Reply</span></div>
      <div class="comment__container"><div class="comment__content"><span class="ellipsed">
      <span class="comment">{words}</span></span>
      <a href="javascript:void(0)" class="read-more">Read more</a></div></div></div>"""


def test_the_text_item_inside_a_box_that_only_wraps_it_is_the_comments_text():
    markup = '<div class="comments__list">{}</div>'.format(
        _wrapped_comment("kozieł", "They said the critics were wiser.")
        + _wrapped_comment("Lopek.", "One simple question, one simple answer.")
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("kozieł", "They said the critics were wiser."),
        ("Lopek.", "One simple question, one simple answer."),
    ]


def test_a_call_to_action_is_a_control_not_the_comments_words():
    item = """<li class="comment"><b class="author">{name}</b> <time datetime="2024-05-14">14 May</time>
      <p>{words}</p><span class="comment-cta">Answer {name}</span></li>"""
    markup = '<ol class="comments">{}</ol>'.format(
        item.format(name="Ada", words="First words.") + item.format(name="Bo", words="Second.")
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Ada", "First words."),
        ("Bo", "Second."),
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Reply 2 - Posted by: Rand Al'Thor 5/21/2024 4:50:13 AM (No. 1721837)", "Rand Al'Thor"),
        ("#13392 - tepples - Fri Dec 12, 2003", "tepples"),
        ("Comment #7: Mcscow sailor, 3 May 2024", "Mcscow sailor"),
        ("#2 Post by aGerman » 18 May 2018 17:10", "aGerman"),
        ("Beitrag von Ada Obi » 18 Mai 2018 17:10", "Ada Obi"),
    ],
)
def test_a_post_number_before_the_name_is_not_part_of_it(line, name):
    meta = read_meta_line(line, FETCHED)
    assert meta is not None
    assert meta.author == name


def test_a_text_named_once_per_paragraph_is_read_whole():
    markup = """<ol class="comment-list">
      <li class="comment"><cite class="fn">Ada</cite> <time datetime="2024-05-03">3 May</time>
      <p class="comment-text">First paragraph.</p><p class="comment-text">Second paragraph.</p></li>
      <li class="comment"><cite class="fn">Bo</cite> <time datetime="2024-05-04">4 May</time>
      <p class="comment-text">Only one.</p></li></ol>"""
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Ada", "First paragraph.\nSecond paragraph."),
        ("Bo", "Only one."),
    ]


def test_an_author_and_date_line_inside_the_text_element_leaves_the_text():
    item = """<div class="comment"><div class="comment-body"><strong>{name}</strong><br>{date}<br>
      {words}</div></div>"""
    markup = '<div class="comments">{}</div>'.format(
        item.format(name="Ada", date="3 May 2024", words="Short one here.")
        + item.format(name="Bo", date="4 May 2024", words="Another.")
    )
    assert [(c.author, c.text, c.posted_text) for c in comments_of(markup)] == [
        ("Ada", "Short one here.", "3 May 2024"),
        ("Bo", "Another.", "4 May 2024"),
    ]


def test_the_author_link_a_text_opens_with_is_not_part_of_the_words():
    item = """<div class="comment"><div class="body"><a href="/profile/{key}">{name}</a> {words}</div>
      <div class="actions">Like · Reply · <abbr class="timestamp">{date}</abbr></div></div>"""
    markup = '<div class="comments">{}</div>'.format(
        item.format(key="ada", name="Ada Lovelace", words="Great post.", date="3 May 2024")
        + item.format(key="bo", name="Bo Diddley", words="Not so sure.", date="4 May 2024")
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Ada Lovelace", "Great post."),
        ("Bo Diddley", "Not so sure."),
    ]


def test_a_mention_opening_the_text_stays_when_the_author_shows_apart():
    item = """<div class="comment"><a class="author" href="/users/{name}">{name}</a>
      <div class="comment-meta" title="2024-05-13 22:13:05">1 week ago</div>
      <div class="text comment-body"><p><a href="/users/{to}">@{to}</a> {words}</p></div></div>"""
    markup = '<div class="comments">{}</div>'.format(
        item.format(name="ada", to="bo", words="not here")
        + item.format(name="bo", to="ada", words="yes here")
    )
    assert [c.text for c in comments_of(markup)] == ["@bo not here", "@ada yes here"]


def test_an_author_and_date_line_in_a_footer_below_the_text_names_the_comment():
    item = """<li class="comment"><p>{words}</p>
      <footer>{name} · {date} · <a href="#">Reply</a></footer></li>"""
    markup = '<ul class="comments">{}</ul>'.format(
        item.format(words="Words one, a long enough comment.", name="Ada", date="3 May 2024")
        + item.format(words="Words two.", name="Bo", date="4 May 2024")
    )
    assert [(c.author, c.text, c.posted_text) for c in comments_of(markup)] == [
        ("Ada", "Words one, a long enough comment.", "3 May 2024"),
        ("Bo", "Words two.", "4 May 2024"),
    ]


def test_a_head_and_a_body_sibling_pair_is_one_comment():
    markup = """<div id="comments"><h2>Comments</h2>
      <div class="head">Ada on 3 May 2024:</div><div class="body">Words one here and more.</div>
      <div class="head">Bo on 4 May 2024:</div><div class="body">Words two here and more.</div>
      </div>"""
    assert [(c.author, c.text, c.posted_text) for c in comments_of(markup)] == [
        ("Ada", "Words one here and more.", "3 May 2024"),
        ("Bo", "Words two here and more.", "4 May 2024"),
    ]


def test_an_avatars_initial_drawn_as_text_above_the_words_is_not_part_of_them():
    def block(name: str, date: str, text: str) -> str:
        return f"""<div class="qa"><div class="av">{name[0]}</div><ul class="kv">
          <li class="wy"><a href="#">{name}</a></li><li class="jx">{date}</li></ul>
          <p class="vo">{text}</p></div>"""

    markup = (
        "<div class='mm'><h2>Reader comments</h2>"
        + block("Johnrb", "3 May 2024", "So a footballer gives up his phone for this one.")
        + block("Vegetaholic", "4 May 2024", "Perfect brand match for his abilities.")
        + block("Dave Moss", "5 May 2024", "The camera button is the latest one.")
        + "</div>"
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Johnrb", "So a footballer gives up his phone for this one."),
        ("Vegetaholic", "Perfect brand match for his abilities."),
        ("Dave Moss", "The camera button is the latest one."),
    ]
