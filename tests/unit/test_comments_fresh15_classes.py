"""Comment markups of the fresh15 split's failure classes, from small pages written here: a
box named like a comment around a list of rows (one with a badge), names and dates written
as labelled lines inside the message, a guest's name above its post's place, a status in
brackets after one name."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments import extract_comments
from flows.parse.comments.build import without_shared_remarks
from flows.parse.comments.labelled import _LABELLED
from flows.parse.comments.members import repeats

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def comments_of(body: str) -> list[Comment]:
    html = f"<html><body><h1>Story</h1><p>The story's words, long enough.</p>{body}</body></html>"
    return extract_comments(LexborHTMLParser(html), FETCHED)


def _row(number: int, name: str, text: str, classes: str = "row", badge: str = "") -> str:
    return f"""<div id="{7000 + number}" class="{classes}">
      <div class="avatarholder"><a href="/members/{name}" class="avatar"><img src="/a.png"></a>
        {badge}</div>
      <div class="content">
        <span class="heading"><a href="/members/{name}" class="author">{name}</a> -
          <time datetime="2020-12-1{number}T19:57:01+00:00">Dec 1{number} 2020</time></span>
        <div class="comment"><p>{text}</p></div>
        <span class="actions"><a href="#form">Reply</a> <a href="/karma">Good karma</a>
          <span class="karma">+{number} votes</span></span>
      </div></div>"""


_ROWS = [
    (1, "ada", "The first tower level looks great, well done.", "row rowdeveloper"),
    (2, "bo", "Can't wait to play these maps with my friends.", "row reply1"),
    (3, "cy", "Will the new towers come with the next release?", "row"),
    (4, "dee", "Yes, they are part of the next release, in May.", "row rowdeveloper reply1"),
]


def test_a_box_named_like_a_comment_around_rows_of_authors_is_a_list():
    rows = "".join(
        _row(n, name, text, classes, '<span class="developer">Creator</span>' * ("dev" in classes))
        for n, name, text, classes in _ROWS
    )
    page = f"""<div class="normalbox commentbox" id="comments"><div class="title">
      <a href="#form">Post comment</a> <span class="heading">Comments</span></div>
      <div class="inner"><div class="table tablecomments">{rows}</div></div></div>"""
    found = comments_of(page)
    assert [(c.author, c.text) for c in found] == [(name, text) for _, name, text, _ in _ROWS]
    assert [c.parent for c in found] == [None, 0, None, 2]


def test_rows_sharing_a_first_class_word_repeat_whatever_their_badges():
    tree = LexborHTMLParser(
        "<div><div class='row rowdeveloper'>a</div><div class='row reply1'>b</div></div>"
    )
    first = tree.css_first("div.rowdeveloper")
    assert first is not None and repeats(first)


def _labelled_post(subject: str, name: str, when: str, text: str) -> str:
    return f"""<table class="PostTable"><tr><td class="subject">{subject}</td></tr>
      <tr><td><table><tr><td class="postbody"><p class="Message">
        <b>Lähettäjä</b>:&nbsp;{name}&nbsp;<br>
        Päivämäärä:&nbsp;&nbsp;{when}<br>
        <br>{text}</p></td></tr></table></td></tr></table>"""


def test_labelled_name_and_date_lines_repeated_across_posts_make_comments():
    posts = [
        ("Koulutuomarit", "Aloittaja", "27.8.24 21:08:52", "Miksi tuomarit antavat niin huonoja?"),
        ("Re: Koulutuomarit", "Huoh", "27.8.24 21:10:13", "Kannattaa valmentautua paremmin."),
        ("Re: Koulutuomarit", "Valkku", "27.8.24 21:16:15", "Ihan normaalia arviointia."),
        ("Re: Koulutuomarit", "-", "27.8.24 21:16:31", "Hyvä, että pisteytys on oikea."),
        ("Re: Koulutuomarit", "Sinna", "27.8.24 22:01:00", "Huomio: tämä rivi on tekstiä."),
    ]
    page = "<div id='posts'>" + "".join(_labelled_post(*post) for post in posts) + "</div>"
    found = comments_of(page)
    assert [(c.author, c.text) for c in found] == [(p[1], p[3]) for p in posts[1:]]
    assert found[0].posted_at == datetime(2024, 8, 27, 21, 10, 13, tzinfo=UTC)


def test_labelled_lines_in_one_block_alone_are_no_comment():
    page = _labelled_post("Re: Koulutuomarit", "Huoh", "27.8.24 21:10:13", "Yksi viesti vain.")
    assert comments_of(page) == []


def test_the_label_gate_passes_a_text_exactly_when_it_holds_a_whole_label():
    whole = re.compile(r"[^\W\d_]{2,24}[ \t\xa0]*:[ \t\xa0]*\S")
    texts = ["Lähettäjä: Ada", "at 12:30", "a: b", "x1y: z", "Nimi \xa0:\tAda", "Nimi:  ", "AB:C"]
    texts.append("a" * 40 + ": long word")
    assert [bool(_LABELLED.search(t)) for t in texts] == [bool(whole.search(t)) for t in texts]
    assert [bool(_LABELLED.search(t)) for t in texts] == [1, 0, 0, 0, 1, 0, 1, 1]


def _guest_post(number: int, text: str) -> str:
    return f"""<div class="comment comment-{number} py-5"><div id="{number}">
      <div class="flex justify-between"><div class="justify-start">
        <article class="user"><span class="font-bold">Vierailija</span></article></div>
      <div class="flex justify-end">
        <a href="#{number}">{number}/37</a>
        <span class="mx-1">|</span>
        <div>01.08.2017 | <time datetime="2017-08-01T12:1{number}:51+03:00">12:1{number}</time>
        </div></div></div>
      <div class="content prose"><p>{text}</p></div></div></div>"""


def test_a_name_above_the_posts_place_and_its_date_is_the_author():
    texts = ["Unohda molemmat, kumpikaan ei auta.", "Peruna on parempi.", "Riisi on hyvä."]
    found = comments_of("".join(_guest_post(n, text) for n, text in enumerate(texts, 1)))
    assert [(c.author, c.text) for c in found] == [("Vierailija", text) for text in texts]


def test_a_lower_case_status_in_brackets_after_one_name_leaves_it():
    comments = [
        Comment(text="a", author="3821642 (profil non modéré)"),
        Comment(text="b", author="Mimi (another one)"),
        Comment(text="c", author="Ada (UK)"),
    ]
    without_shared_remarks(comments)
    assert [c.author for c in comments] == ["3821642", "Mimi (another one)", "Ada (UK)"]
