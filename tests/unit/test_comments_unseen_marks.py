"""Comment extraction on markups first met on pages nobody had read (a second lot): a
commenter's home page as a heading, a guest's byline line, inline citations, a quote's
header, replies marked by a class word. Small pages written here."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.parse.comments.meta_line import read_meta_line
from tests.support.comment_pages import FETCHED, comments_of, rows


def _box(opening: str, posts: list[str], closing: str) -> str:
    return opening + "".join(posts) + closing


def _home_page_post(name: str, site: str, when: str, text: str) -> str:
    link = f'<h4 class="title"><a rel="nofollow" href="{site}">{site}</a></h4>' if site else ""
    return f"""<div class="post"><h3 class="title">{name}</h3>
      <div class="date">{when}</div>{link}<div class="body"><p>{text}</p></div></div>"""


def test_a_heading_showing_a_commenters_home_page_is_no_teasers_headline():
    posts = [
        _home_page_post(
            "Ada Stone",
            "http://www.ada-stone-home.example",
            "24. August 2010, 14:59",
            "Half of the firms have no software for this at all, it seems to me.",
        ),
        _home_page_post(
            "Bob Lane",
            "",
            "24. August 2010, 15:22",
            "Every firm should look at this now, before the others do it first.",
        ),
        _home_page_post(
            "Cy Moor",
            "http://www.cy-moor-writes.example/blog/",
            "24. August 2010, 16:40",
            "The figures come from the firms themselves, so take them with care.",
        ),
    ]
    markup = _box('<div id="comments"><h2>Comments</h2>', posts, "</div>")
    assert [author for author, _, _ in rows(comments_of(markup))] == [
        "Ada Stone",
        "Bob Lane",
        "Cy Moor",
    ]


def test_a_line_opening_with_submitted_names_the_author_after_by():
    meta = read_meta_line("Submitted December 20, 2008 - 4:43 pm by Ada Stone", FETCHED)
    assert meta is not None
    assert meta.author == "Ada Stone"
    assert meta.posted_at == datetime(2008, 12, 20, 16, 43, tzinfo=UTC)


def _guest_post(key: int, subject: str, byline: str, text: str) -> str:
    return f"""<div class="comment"><h3><a href="/story/1#comment-{key}">{subject}</a></h3>
      <span class="submitted">{byline}</span><div class="content"><p>{text}</p></div></div>"""


def test_guests_named_after_submitted_and_a_date_are_the_authors_without_the_badge():
    posts = [
        _guest_post(
            1,
            "the Energizer bunny",
            "Submitted December 20, 2008 - 4:25 pm by Ada Stone (not verified)",
            "She keeps going and going, and the rest of them stop to watch her go.",
        ),
        _guest_post(
            2,
            "Go Caroline",
            'Submitted December 20, 2008 - 4:29 pm by <a href="/user/7">Bob Lane</a>',
            "Someone from outside the usual circle would do the state a lot of good.",
        ),
        _guest_post(
            3,
            "Hope she is appointed",
            "Submitted December 20, 2008 - 4:43 pm by Cy Moor (not verified)",
            "A fresh face in that seat, and a name that everyone in the state knows.",
        ),
    ]
    markup = _box('<div id="comments"><h2>Comments</h2>', posts, "</div>")
    assert [author for author, _, _ in rows(comments_of(markup))] == [
        "Ada Stone",
        "Bob Lane",
        "Cy Moor",
    ]


def _table_post(name: str, when: str, paragraphs: str) -> str:
    return f"""<li class="comment"><table class="comments"><tr><th class="by">
      <div class="sideauthor">{name}</div><small class="commentmetadata">{when}</small></th></tr>
      <tr><td>{paragraphs}</td></tr></table></li>"""


_CITING_LINE = (
    "It may be a big step between <cite>ordinary</cite> driving and flying, but we are"
    " talking about driving a car at twice the speed limit."
)


def test_a_cite_amid_a_paragraphs_words_is_no_byline():
    posts = [
        _table_post(
            "Ada",
            "August 23rd, 2010 at 10:09 am",
            "<p>There is a legal way to go that fast, if you really want to.</p>",
        ),
        _table_post("Bob", "August 23rd, 2010 at 4:33 pm", f"<p>{_CITING_LINE}</p>"),
    ]
    found = rows(comments_of(_box('<ol class="commentlist">', posts, "</ol>")))
    assert found == [
        ("Ada", "There is a legal way to go that fast, if you really want to.", None),
        ("Bob", _CITING_LINE.replace("<cite>", "").replace("</cite>", ""), None),
    ]


def _forum_post(key: int, name: str, text: str) -> str:
    return f"""<div class="entry"><div class="postTitle"><a href="/t/1#post{key}">{key}.</a></div>
      <div class="postUser"><a href="/member.php?u={key}0">{name}</a> 18.07.2010</div>
      <div class="postText">{text}</div></div>"""


_QUOTE_BOX = (
    '<div class="forumQuote"><span class="forumQuoteHeadline">Quoted from'
    ' <a href="/member.php?u=7">sysop</a></span> <span class="forumQuoteText">Will the pupils'
    " learn together for two more years? The vote today decides it.</span></div>"
)


def test_a_profile_link_in_a_quote_boxs_header_is_whom_the_post_quotes():
    posts = [
        _forum_post(1, "Ada", "If the reform goes through, the schools will have to change."),
        _forum_post(2, "Bob", f"{_QUOTE_BOX}I expect the vote to fall short of the quorum."),
        _forum_post(3, "Cy", "The reform is good: pupils can still change schools later."),
    ]
    found = rows(comments_of(_box('<div class="commentsBox">', posts, "</div>")))
    assert [author for author, _, _ in found] == ["Ada", "Bob", "Cy"]
    assert " ".join(found[1][1].split()) == (
        "Quoted from sysop Will the pupils learn together for two more years? The vote today"
        " decides it. I expect the vote to fall short of the quorum."
    )


def _listed_post(key: int, name: str, when: str, text: str, classes: str = "top") -> str:
    return f"""<li class="{classes}" id="comment_base_{key}"><div class="info">
      <a class="commenter_name" href="/user/{key}/comments">{name}</a></div>
      <div class="cont"><span class="cont_com">{text}</span>
      <span class="comment_time">{when}</span></div></li>"""


def test_a_sibling_item_whose_class_marks_it_nested_answers_the_comment_above():
    posts = [
        _listed_post(1, "ada", "2010 Jun 21 05:21 AM", "What does the count of workers tell us?"),
        _listed_post(2, "bob", "2010 Jun 21 10:59 AM", "The article says more now.", "top nested"),
        _listed_post(3, "cy", "2010 Jun 21 07:20 AM", "The report comes out on July 2."),
        _listed_post(4, "dee", "2010 Jun 21 08:51 AM", "Not enough new jobs are being made."),
        _listed_post(
            5, "eve", "2010 Jun 21 10:10 PM", "Lasting jobs would be better.", "top nested"
        ),
    ]
    markup = _box('<div id="comments"><h2>Comments</h2><ul>', posts, "</ul></div>")
    assert [(author, parent) for author, _, parent in rows(comments_of(markup))] == [
        ("ada", None),
        ("bob", 0),
        ("cy", None),
        ("dee", None),
        ("eve", 3),
    ]


def _unnamed_post(name: str, site: str, when: str, text: str) -> str:
    link = f'<h4 class="vy"><a rel="nofollow" href="{site}">{site}</a></h4>' if site else ""
    return f"""<div class="vu"><h3 class="vy">{name}</h3><span class="ku">{when}</span>{link}
      <div class="ky"><p>{text}</p></div></div><div class="wu"> </div>"""


def test_blocks_after_a_label_line_are_read_when_no_template_fits_them():
    posts = [
        _unnamed_post(
            "Ada Stone",
            "http://www.ada-stone-home.example",
            "24. August 2010, 14:59",
            "Half of the firms have no software for this at all, it seems to me.",
        ),
        _unnamed_post(
            "Bob Lane",
            "",
            "24. August 2010, 15:22",
            "Every firm should look at this now, before the others do it first.",
        ),
        _unnamed_post(
            "Cy Moor",
            "http://www.cy-moor-writes.example/blog/",
            "24. August 2010, 16:40",
            "The figures come from the firms themselves, so take them with care.",
        ),
    ]
    markup = _box(
        '<div id="zq"><div class="jy">Kommentare</div><div class="wu"> </div>', posts, "</div>"
    )
    assert [author for author, _, _ in rows(comments_of(markup))] == [
        "Ada Stone",
        "Bob Lane",
        "Cy Moor",
    ]
