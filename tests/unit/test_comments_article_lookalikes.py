"""Parts of an article page without comments that read like them and are not: the story's own
date line beside a share bar or a comment link, the article in a box its theme names like a
comment, the article read as one, the comment area's heading or prompt, a widget of other pages' comments, a gallery's
captions, a timeline, trackbacks, and the page's boxes read as forum posts."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.contracts import Comment
from flows.parse.comments.lookalikes import (
    a_chronology,
    picture_credits,
    the_article_itself,
    the_articles_dateline,
    without_a_lone_notice,
)
from flows.parse.page import parse_page
from tests.support.comment_pages import FETCHED, comments_of

PUBLISHED = datetime(2012, 1, 12, 18, 34, tzinfo=UTC)


def test_a_comment_dated_and_signed_as_the_article_is_its_own_date_line():
    share_bar = [Comment("Share: / Post a comment", author="Finance Desk", posted_at=PUBLISHED)]
    assert the_articles_dateline(share_bar, ["Finance Desk"], None, PUBLISHED)
    link = [Comment("Have your say (0)", author="Markets rally", posted_at=PUBLISHED)]
    assert the_articles_dateline(link, [], "Markets rally", PUBLISHED)


def test_a_comment_only_dated_as_the_article_is_kept_as_the_date_may_be_its_own():
    # a page that states no date of its own has its first comment's taken for it
    reader = [Comment("A few notes on the spec.", author="Allen", posted_at=PUBLISHED)]
    assert not the_articles_dateline(reader, [], "Spec notes", PUBLISHED)
    later = [Comment("My own post, shared", author="Ryan", posted_at=datetime(2012, 1, 12, 19, 2))]
    assert not the_articles_dateline(later, ["Ryan"], None, PUBLISHED)


def test_the_article_in_a_box_named_like_a_post_is_no_comment():
    markup = """<article id="post-881312" class="post type-post" data-author="Sage Ames">
      <h1>A lost city found</h1><span class="author">Sage Ames</span>
      <time datetime="2016-12-16T12:21">Dec 16, 2016</time>
      <p>Archaeologists found the walls of a city on a mountain top in central Greece.</p>
    </article>"""
    assert comments_of(markup) == []


PARAGRAPHS = [
    "Archaeologists found the walls of a city on a mountain top in central Greece.",
    "The walls run for two kilometres and enclose the remains of houses and a temple.",
    "Digging will go on next summer, when the team returns with students from Athens.",
]


def test_a_comment_holding_the_articles_text_is_the_article_read_as_one():
    headline = "Ziobryści poprą wniosek o odwołanie Arłukowicza\n2012-01-03 13:58\n"
    story = headline + "\n".join(PARAGRAPHS)
    assert the_article_itself([Comment(story, author="Wasze komentarze [1]")], PARAGRAPHS)


def test_a_comment_the_body_also_holds_is_kept():
    # a question page whose body runs on into its one answer: the answer holds only part of it
    answer = [Comment(PARAGRAPHS[2], author="Joe")]
    assert not the_article_itself(answer, PARAGRAPHS)
    # a page whose body was taken from its one comment: the comment holds nothing more
    taken = [Comment("\n".join(PARAGRAPHS), author="Mike")]
    assert not the_article_itself(taken, PARAGRAPHS)
    many = [Comment("\n".join(PARAGRAPHS), author=name) for name in ("Ada", "Bo", "Cy")]
    assert not the_article_itself(many, PARAGRAPHS)


def test_a_reply_quoting_the_comment_the_body_was_read_from_is_kept():
    # a topic opened by one short line: the body was read from the first reply's long words,
    # and the second reply quotes them with words of its own
    first = Comment("\n".join(PARAGRAPHS), author="Ada")
    own = "Where does the temple stand, and who built the walls around it?"
    quoting = Comment("Ada said:\n" + "\n".join(PARAGRAPHS) + "\n" + own, "Bo")
    assert not the_article_itself([first, quoting], PARAGRAPHS)
    assert the_article_itself([quoting], PARAGRAPHS)


def test_a_lone_call_to_comment_is_no_comment_whatever_date_is_near_it():
    heading = [Comment("Комментарии:\nЧтобы оставить сообщение вам нужно авторизоваться")]
    heading[0].posted_at, heading[0].author = PUBLISHED, "Религия:"
    assert without_a_lone_notice(heading) == []
    form = [Comment("Оставить комментарий", posted_text="17 января 2012", posted_at=PUBLISHED)]
    assert without_a_lone_notice(form) == []
    reader = [Comment("Nice comment section!", author="Ada", posted_at=PUBLISHED)]
    assert without_a_lone_notice(reader) == reader


def test_blocks_headed_as_a_widget_of_other_pages_comments_are_not_comments():
    rows = "".join(
        f"""<div class="date">2{day}.11.2011 14:0{day}</div>
        <div class="head"><a href="/russia/2011/11/2{day}/33017{day}/1">{title}</a> (3{day})</div>"""
        for day, title in enumerate(("Депутаты собрались на съезд", "Пенсии поднимут в обход"))
    )
    block = '<div class="comments_block"><div class="bar">{heading}</div>{rows}' + (
        '<div class="all"><a href="/comments/1">Все »</a></div><div style="clear: both"></div></div>'
    )
    latest = block.format(heading="Последние комментарии", rows=rows)
    markup = latest + "<br>" + block.format(heading="Самое комментируемое", rows=rows)
    assert comments_of(markup) == []


def test_captions_signed_with_picture_credits_are_a_gallery_not_comments():
    credits = ["Reuters/Erik De Castro", "AFP/Getty Images", "EPA", "Ted Aljibe/AFP"]
    captions = [Comment("Fighters ride atop vehicles", author=credit) for credit in credits]
    assert picture_credits(captions)
    libraries = ["Ada Obi/Corbis", "Unsplash", "AFP/Getty", "picture-alliance/dpa"]
    assert picture_credits([Comment("A bridge", author=credit) for credit in libraries])
    readers = [Comment("So sad", author=name) for name in ("Ada", "Reuters fan", "Bo", "Cy")]
    assert not picture_credits(readers)


def test_entries_dated_decades_before_the_article_are_a_timeline():
    published = datetime(2023, 6, 26, 12, tzinfo=UTC)
    entries = [
        Comment("First football game.", author="Football", posted_at=datetime(1923, 10, 6)),
        Comment("Dodgers first game.", author="Baseball", posted_at=datetime(1958, 4, 18)),
    ]
    assert a_chronology(entries, published)
    kept = [*entries[:1], Comment("Still great", author="Ada", posted_at=published)]
    assert not a_chronology(kept, published)
    misread = [Comment(text, author="Ada", posted_at=datetime(1970, 1, 1)) for text in "ab"]
    assert not a_chronology(misread, published)


def test_a_trackbacks_box_is_no_comment():
    markup = """<div class="comment trackbacks"><div class="caption">[TrackBack URL:
      <a href="http://example.org/diary/tb.rb/20190211">http://example.org/diary/tb.rb/20190211</a>]
      </div><div class="commentbody trackbackbody"></div></div>"""
    assert comments_of(markup) == []


_BOX = """<div id="box{number}" class="box"><div class="meta"><a href="/u/{number}">{who}</a>
  <span>{day} April 2013</span></div>{body}</div>"""


def test_the_pages_boxes_of_a_menu_then_the_article_are_not_forum_posts():
    menu = (
        "<ul>" + "".join(f'<li><a href="/s/{n}">Section {n}</a></li>' for n in range(9)) + "</ul>"
    )
    article = """<h1>Four killed in an attack on a mosque</h1><p>On Friday a man entered a mosque
      for prayers. Soon after, an explosion tore through the hall where people had gathered.</p>"""
    boxes = [
        _BOX.format(number=0, who="News", day=10, body=menu),
        _BOX.format(number=1, who="Seth Frantz", day=11, body=article),
        _BOX.format(number=2, who="Most read", day=12, body="<p>The day's stories.</p>"),
    ]
    html = f"<html><body><div class='wrap'>{''.join(boxes)}</div></body></html>"
    assert parse_page(html.encode(), fetched_at=FETCHED).comments == []
