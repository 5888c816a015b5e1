"""Comment extraction across the markups readers meet, from small pages written here."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments import extract_comments
from flows.parse.comments.shared_chrome import without_shared_chrome
from tests.support.comment_pages import FETCHED, comments_of, rows

WORDPRESS_HTML5 = """
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts</h2>
<ol class="comment-list">
 <li id="comment-11" class="comment even thread-even depth-1 parent">
  <article id="div-comment-11" class="comment-body">
   <footer class="comment-meta">
    <div class="comment-author vcard"><img class="avatar" src="a.png">
     <b class="fn">Ada Obi</b> <span class="says">says:</span></div>
    <div class="comment-metadata"><a href="#comment-11">
     <time datetime="2024-11-02T08:15:00+01:00">2 November 2024 at 8:15 am</time></a>
     <span class="edit-link"><a href="/edit">Edit</a></span></div>
   </footer>
   <div class="comment-content"><p>Fuel is now ₦1,030 a litre.</p><p>Who can cope?</p></div>
   <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
  </article>
  <ol class="children">
   <li id="comment-12" class="comment odd alt depth-2">
    <article id="div-comment-12" class="comment-body">
     <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Bola</b>
      <span class="says">says:</span></div>
      <div class="comment-metadata"><time datetime="2024-11-02T09:00:00+01:00">9:00</time></div>
     </footer>
     <div class="comment-content"><blockquote><p>Who can cope?</p></blockquote><p>Nobody.</p></div>
     <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
    </article>
   </li>
  </ol>
 </li>
</ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3>
 <form id="commentform" class="comment-form"><p class="comment-form-author">
 <label>Name</label><input name="author"></p><textarea name="comment"></textarea></form></div>
</div>"""

WORDPRESS_CLASSIC = """
<h3 id="comments">3 Responses</h3>
<ol class="commentlist">
 <li class="comment byuser" id="li-comment-7"><div id="comment-7" class="comment-body">
  <div class="comment-author vcard"><cite class="fn"><a href="https://ada.example">Ada</a></cite>
   <span class="says">says:</span></div>
  <div class="comment-meta commentmetadata"><a href="#comment-7">March 3, 2024 at 10:20 pm</a></div>
  <p>First paragraph.</p><p>Second paragraph.</p>
  <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></div>
 </li>
 <li class="comment" id="li-comment-8"><div id="comment-8" class="comment-body">
  <div class="comment-author vcard"><cite class="fn">Chidi</cite> <span class="says">says:</span></div>
  <div class="comment-meta commentmetadata"><a href="#comment-8">3 hours ago</a></div>
  <p>Short and to the point.</p></div>
 </li>
</ol>"""

WPDISCUZ = """
<div id="wpdcom" class="wpdiscuz_unauth"><div class="wpd-thread-list">
 <div id="wpd-comm-5_0" class="wpd-comment wpd_comment_level-1">
  <div class="wpd-comment-wrap"><div class="wpd-avatar"><img src="a.png"></div>
   <div class="wpd-comment-right">
    <div class="wpd-comment-header"><div class="wpd-comment-author">Kemi</div>
     <div class="wpd-comment-date" title="November 1, 2024 9:30 am">2 days ago</div></div>
    <div class="wpd-comment-text"><p>Well argued piece.</p></div>
    <div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-result">3</div></div>
     <div class="wpd-reply-button">Reply</div></div>
   </div></div>
  <div id="wpd-comm-6_5" class="wpd-comment wpd-reply wpd_comment_level-2">
   <div class="wpd-comment-wrap"><div class="wpd-comment-right">
    <div class="wpd-comment-header"><div class="wpd-comment-author">Tunde</div>
     <div class="wpd-comment-date">1 day ago</div></div>
    <div class="wpd-comment-text"><p>Agreed.</p></div></div></div>
  </div>
 </div>
</div></div>"""

DRUPAL_8 = """
<section class="comments"><h2>Comments</h2>
 <article data-comment-user-id="0" id="comment-31" class="comment js-comment by-anonymous">
  <footer class="comment__meta"><p class="comment__author"><span>Emeka</span></p>
   <p class="comment__time">Sat, 02/11/2024 - 14:05</p></footer>
  <div class="content"><div class="field field--name-comment-body"><p>Good reporting.</p></div>
   <ul class="links inline"><li class="comment-reply"><a href="/reply">Reply</a></li></ul></div>
 </article>
</section>"""

BLOGGER = """
<div class="comments" id="comments"><h4>4 comments:</h4>
 <div class="comments-content"><div class="comment-thread"><ol>
  <li class="comment" id="c5551"><div class="avatar-image-container"><img src="a.png"></div>
   <div class="comment-block"><div class="comment-header"><cite class="user"><a href="/p">Ngozi</a></cite>
    <span class="icon user"></span><span class="datetime secondary-text">
     <a rel="nofollow" href="#c5551">November 2, 2024 at 3:04 PM</a></span></div>
    <p class="comment-content">Thanks for this.</p>
    <span class="comment-actions secondary-text"><a class="comment-reply">Reply</a>
     <span class="item-control blog-admin"><a>Delete</a></span></span></div>
  </li>
 </ol></div></div>
</div>"""

DISQUS_FALLBACK = """
<div id="disqus_thread"><ul id="dsq-comments">
 <li class="post byuser" id="dsq-comment-901"><div id="dsq-comment-header-901" class="dsq-comment-header">
  <cite id="dsq-cite-901"><span id="dsq-author-user-901">Musa</span></cite></div>
  <div id="dsq-comment-body-901" class="dsq-comment-body">
   <div id="dsq-comment-message-901" class="dsq-comment-message"><p>Static text for crawlers.</p></div>
  </div></li>
</ul></div>"""

MICRODATA = """
<section id="reader-comments">
 <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
  <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Zainab</span></span>
  <meta itemprop="dateCreated" content="2024-11-01T12:00:00Z"><span>Nov 1</span>
  <div itemprop="text">Marked up with microdata.</div>
 </div>
</section>"""

XENFORO_WIDGET = """
<div class="xenforo-comment-widget"><ul class="xenforo-comments-list">
 <li class="xenforo-comment" id="xenforo-comment-1"><div class="avatar"></div>
  <div class="xenforo-comment-content"><header><span class="author-name">gpu_fan</span>
   <span class="post-date">17 September 2020 14:17</span></header>
   <div class="js-read-more"><blockquote><div class="author"><span>other</span> said:</div>Quoted.</blockquote>
    My answer.</div>
   <span class="xf-comment-reply"><a href="#"><span>Reply</span></a></span></div></li>
</ul></div>"""

DEFINITION_LIST = """
<div id="comments"><dl id="comment_list">
 <dt class="comment" id="comment-1"><span class="comment_author">Armanox</span>
  <span class="comment_time"><a href="#comment-1">June 28, 2015 at 10:25 pm</a></span></dt>
 <dd class="comment"><div class="format_text"><p>Really?</p></div></dd>
 <dt class="comment" id="comment-2"><span class="comment_author">Leo</span>
  <span class="comment_time"><a href="#comment-2">July 23, 2015 at 3:20 pm</a></span></dt>
 <dd class="comment"><div class="format_text"><p>Where is he?</p></div></dd>
</dl></div>"""

METADATA_LINE = """
<h1 id="comments">Kommentare</h1><ul class="comments">
 <li id="comment-1508"><div><img src="a.png"><h2>Ein Argument</h2>
  <span class="metadata">geschrieben von berg2012 am 21. Jan. 2015, 19:04</span>
  <span class="reply-comment">[ <a href="/login">antworten</a> ]</span></div>
  <p>Ich hätte eine andere Erklärung.</p></li>
</ul>"""


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            WORDPRESS_HTML5,
            [
                ("Ada Obi", "Fuel is now ₦1,030 a litre.\nWho can cope?", None),
                ("Bola", "Who can cope?\nNobody.", 0),
            ],
        ),
        (
            WORDPRESS_CLASSIC,
            [
                ("Ada", "First paragraph.\nSecond paragraph.", None),
                ("Chidi", "Short and to the point.", None),
            ],
        ),
        (WPDISCUZ, [("Kemi", "Well argued piece.", None), ("Tunde", "Agreed.", 0)]),
        (DRUPAL_8, [("Emeka", "Good reporting.", None)]),
        (BLOGGER, [("Ngozi", "Thanks for this.", None)]),
        (DISQUS_FALLBACK, [("Musa", "Static text for crawlers.", None)]),
        (MICRODATA, [("Zainab", "Marked up with microdata.", None)]),
        (XENFORO_WIDGET, [("gpu_fan", "other said:\nQuoted.\nMy answer.", None)]),
        (DEFINITION_LIST, [("Armanox", "Really?", None), ("Leo", "Where is he?", None)]),
        (METADATA_LINE, [("berg2012", "Ich hätte eine andere Erklärung.", None)]),
    ],
    ids=[
        "wordpress-html5",
        "wordpress-classic",
        "wpdiscuz",
        "drupal-8",
        "blogger",
        "disqus-fallback",
        "schema-microdata",
        "xenforo-widget",
        "definition-list",
        "metadata-line",
    ],
)
def test_comments_are_found_in_each_markup(markup, expected):
    assert rows(comments_of(markup)) == expected


def test_times_are_read_from_machine_readable_and_relative_labels():
    html5 = comments_of(WORDPRESS_HTML5)
    assert html5[0].posted_at == datetime(2024, 11, 2, 7, 15, tzinfo=UTC)
    assert html5[0].posted_text == "2 November 2024 at 8:15 am"
    classic = comments_of(WORDPRESS_CLASSIC)
    assert classic[0].posted_at == datetime(2024, 3, 3, 22, 20, tzinfo=UTC)
    assert classic[1].posted_at == datetime(2024, 11, 3, 7, 20, tzinfo=UTC)
    assert comments_of(MICRODATA)[0].posted_at == datetime(2024, 11, 1, 12, 0, tzinfo=UTC)
    assert comments_of(METADATA_LINE)[0].posted_at == datetime(2015, 1, 21, 19, 4, tzinfo=UTC)


def test_json_ld_comments_are_read_when_the_html_has_none():
    script = """<script type="application/ld+json">{"@context": "https://schema.org",
      "@type": "NewsArticle", "headline": "Story", "comment": [
        {"@type": "Comment", "text": "From JSON-LD.", "dateCreated": "2024-11-01T09:00:00Z",
         "author": {"@type": "Person", "name": "Ife"},
         "comment": [{"@type": "Comment", "text": "A reply.", "author": "Ola"}]}]}</script>"""
    comments = comments_of(script)
    assert rows(comments) == [("Ife", "From JSON-LD.", None), ("Ola", "A reply.", 0)]
    assert comments[0].posted_at == datetime(2024, 11, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "markup",
    [
        # An empty comment section: the count heading and the reply form only.
        (
            '<div id="comments" class="comments-area"><h2>No Comments</h2><div id="respond" '
            'class="comment-respond"><h3>Leave a Reply</h3><form class="comment-form">'
            '<p class="comment-notes">Your email address will not be published.</p>'
            '<p class="comment-form-comment"><textarea></textarea></p></form></div></div>'
        ),
        # A sidebar widget listing comments from other stories.
        (
            '<aside id="secondary"><section id="recent-comments-2" class="widget widget_recent_comments">'
            '<h2>Recent Comments</h2><ul id="recentcomments"><li class="recentcomments">'
            '<span class="comment-author-link">Ada</span> on <a href="/other">Other story</a></li></ul>'
            "</section></aside>"
        ),
        # A notice and a call to comment, no comments.
        (
            '<div class="comments"><p class="no-comments">Noch kein Kommentar vorhanden!</p>'
            '<a class="add-comment" href="#form">Erstellen Sie jetzt den ersten Kommentar</a></div>'
        ),
    ],
    ids=["empty-section-with-form", "recent-comments-widget", "no-comments-notice"],
)
def test_pages_without_comments_give_no_rows(markup):
    assert comments_of(markup) == []


def test_numbered_comment_headers_without_classes_are_read():
    markup = """<div class="titlebar">Kommentare</div>
    <div><h3>#1 Kommentar von <img src="de.png"> Naru-chan</h3>26. März 2004, 16:19
      <p>Danke für dieses Kapitel!</p></div>
    <div><h3>#2 Kommentar von Keitaro</h3>27. März 2004, 09:05<p>Super.</p>
      <p>[ zitieren ]</p></div>
    <div class="titlebar">Kommentare schreiben</div><form><textarea></textarea></form>"""
    comments = comments_of(markup)
    assert rows(comments) == [
        ("Naru-chan", "Danke für dieses Kapitel!", None),
        ("Keitaro", "Super.", None),
    ]
    assert comments[1].posted_at == datetime(2004, 3, 27, 9, 5, tzinfo=UTC)


def test_a_numbered_list_without_dates_is_not_comments():
    markup = "<ol><li><h3>#1 by Chinua Achebe</h3><p>Things Fall Apart, 1958.</p></li></ol>"
    assert comments_of(markup) == []


def test_repeated_blocks_under_a_comments_heading_are_read():
    markup = """<h2>Comments (2)</h2>
    <div><p><b>Ada</b> — 3 May 2024, 10:15</p><p>Text one.</p></div>
    <div><p>Bola</p><p>May 4, 2024 at 9:00 am</p><p>Text two,</p><p>in two lines.</p></div>
    <h3>Leave a comment</h3><form><textarea></textarea></form>"""
    comments = comments_of(markup)
    assert rows(comments) == [
        ("Ada", "Text one.", None),
        ("Bola", "Text two,\nin two lines.", None),
    ]
    assert comments[0].posted_at == datetime(2024, 5, 3, 10, 15, tzinfo=UTC)


def test_comments_after_the_header_their_heading_sits_in_are_read():
    markup = """<div><h3>2 comments</h3><a href="/all">View all</a></div>
    <ul><li>Popular</li><li>Newest</li></ul>
    <div><p><b>Ada</b> — 3 May 2024, 10:15</p><p>Text one, which runs on a while.</p></div>
    <div><p><b>Bola</b> — 4 May 2024, 9:00</p><p>Text two, which runs on too.</p></div>"""
    assert rows(comments_of(markup)) == [
        ("Ada", "Text one, which runs on a while.", None),
        ("Bola", "Text two, which runs on too.", None),
    ]


def test_a_comments_header_followed_by_little_text_gives_no_rows():
    markup = """<div><div><h3>2 comments</h3><a href="/all">View all</a></div>
    <ul><li>Popular</li><li>Newest</li></ul></div><p>Ada, 3 May 2024</p>"""
    assert comments_of(markup) == []


def test_comments_after_a_count_line_in_a_span_are_read():
    markup = """<article><p>The story, told at length.</p></article>
    <div><span>Reacties (2)</span></div>
    <div><div><p><b>Ada</b> — 3 May 2024, 10:15</p><p>Text one, which runs on a while.</p></div>
    <div><p><b>Bola</b> — 4 May 2024, 9:00</p><p>Text two, which runs on too.</p></div></div>"""
    assert rows(comments_of(markup)) == [
        ("Ada", "Text one, which runs on a while.", None),
        ("Bola", "Text two, which runs on too.", None),
    ]


def test_comments_after_the_bar_a_count_line_sits_deep_in_are_read():
    markup = """<div><div><div><div><span>219 comments</span></div></div></div></div>
    <div><div><p><b>Ada</b> — 3 May 2024, 10:15</p><p>Text one, which runs on a while.</p></div>
    <div><p><b>Bola</b> — 4 May 2024, 9:00</p><p>Text two, which runs on too.</p></div></div>"""
    assert rows(comments_of(markup)) == [
        ("Ada", "Text one, which runs on a while.", None),
        ("Bola", "Text two, which runs on too.", None),
    ]


def test_a_count_line_of_zero_opens_no_region():
    markup = """<div><span>评论 0</span></div>
    <div><div><p><b>Ada</b> — 3 May 2024, 10:15</p><p>Text one, which runs on a while.</p></div>
    <div><p><b>Bola</b> — 4 May 2024, 9:00</p><p>Text two, which runs on too.</p></div></div>"""
    assert comments_of(markup) == []


def test_rows_that_count_their_own_replies_after_a_count_line_are_no_comments():
    row = """<div><p><a href="/t/{n}">Thread {n} about bongs and bubblers</a></p>
    <p><b>user{n}</b> — {n} May 2024</p><p>{n}3 replies</p><p>1,50{n} views</p></div>"""
    markup = (
        "<div><span>Replies (6)</span></div><div>"
        + "".join(row.format(n=n) for n in (1, 2, 3))
        + "</div>"
    )
    assert comments_of(markup) == []


def test_a_count_line_followed_by_one_block_gives_no_rows():
    markup = """<div><span>24 commentaires</span></div>
    <div><div><p><b>Ada</b> — 3 May 2024, 10:15</p><p>Text one, which runs on a while.</p></div></div>"""
    assert comments_of(markup) == []


def test_buttons_and_votes_that_open_most_unnamed_comments_are_left_out():
    texts = [
        "Report\n2\n0\nReply\nFirst words of a reader.",
        "to Ada\nReport\n12\n3\nReply\nSecond words of a reader.",
        "Report\n1\n1\nReply\nThird words.",
    ]
    trimmed = without_shared_chrome([Comment(text=text) for text in texts], FETCHED)
    assert [comment.text for comment in trimmed] == [
        "First words of a reader.",
        "Second words of a reader.",
        "Third words.",
    ]


def test_a_subject_line_most_unnamed_comments_open_with_is_left_out_with_what_stands_before():
    subject = "Re: Thinkpad Thunderbolt 3 Dock does not work correctly after replug"
    texts = [
        f"Registered: 2019-09-25\nPosts: 3\n{subject}\n@wzrdtales, my issue was boltd.",
        f"{subject}\nI will try with boltctl and post back here.",
        f"{subject}\nboltctl authorize ends up in a wrong state for me.",
    ]
    trimmed = without_shared_chrome([Comment(text=text) for text in texts], FETCHED)
    assert [comment.text for comment in trimmed] == [
        "@wzrdtales, my issue was boltd.",
        "I will try with boltctl and post back here.",
        "boltctl authorize ends up in a wrong state for me.",
    ]


def test_a_user_card_of_labelled_lines_heading_most_unnamed_comments_is_left_out():
    texts = [
        "Guru\nRegistered: Nov 2003\nLocation: England\nPosts: 16,279\nQuote:\nOriginally by Al\nTry xine.",
        "Member\nRegistered: Aug 2003\nPosts: 931\nThe plugins are already installed.",
        "LQ Newbie\nRegistered: May 2004\nLocation: USA\nPosts: 22\nWhich version are you using?",
    ]
    trimmed = without_shared_chrome([Comment(text=text) for text in texts], FETCHED)
    assert [comment.text for comment in trimmed] == [
        "Quote:\nOriginally by Al\nTry xine.",
        "The plugins are already installed.",
        "Which version are you using?",
    ]


def test_a_user_card_heading_every_other_comment_with_the_same_labels_is_left_out():
    card = "Sage\nProfile\nGroup: Members\nPosts: {n}\nMember No.: 2{n}\nJoined: 1.12.2009\n"
    texts = [
        card.format(n=40) + "Approved by the board.",
        "Please note one small correction to the list.",
        card.format(n=7) + "Where is the registration form?",
        "Registration is open on the club's site.",
        card.format(n=41) + "The timing is out.",
        "Results are up.",
    ]
    trimmed = without_shared_chrome([Comment(text=text) for text in texts], FETCHED)
    assert [comment.text for comment in trimmed] == [
        "Approved by the board.",
        "Please note one small correction to the list.",
        "Where is the registration form?",
        "Registration is open on the club's site.",
        "The timing is out.",
        "Results are up.",
    ]


def test_labelled_lines_heading_a_few_posts_with_other_labels_stay():
    texts = [
        "Venue: Town hall\nDate: 19.09.2015\nEntry: 300\nSee you all there.",
        "Organiser: Dance centre\nJudges: seven\nMusic: DJ Al\nAll set.",
        "Thanks for the update.",
        "Start: 10:30\nEnd: 18:00\nBreak: 14:00\nTiming is out.",
    ]
    kept = without_shared_chrome([Comment(text=text) for text in texts], FETCHED)
    assert [comment.text for comment in kept] == texts


def test_labelled_lines_below_most_comments_words_stay():
    texts = [
        "Salut,\nThe date in the post is wrong, it should say 2012 instead.\nGontran\nMessages: 120\nInscription: Oct 2010",
        "You are right, I copied it without looking at the year.\npeanuts\nMessages: 168\nInscription: Nov 2010",
        "Nintendo's own site has the same mistake on it.\nGontran\nMessages: 120\nInscription: Oct 2010",
    ]
    kept = without_shared_chrome([Comment(text=text) for text in texts], FETCHED)
    assert [comment.text for comment in kept] == texts


def test_a_control_most_unnamed_comments_end_with_or_show_with_an_ellipsis_is_left_out():
    texts = [
        "Ada said:\n↑\nToo salty\nClick to expand...\nNot for me.\nReply",
        "Bo said:\n↑\nNot for me\nClick to expand...\nWhy not?\nReply",
        "Ci said:\n↑\nWhy not?\nClick to expand...\nOat milk.\nReply",
    ]
    trimmed = without_shared_chrome([Comment(text=text) for text in texts], FETCHED)
    assert [comment.text for comment in trimmed] == [
        "Ada said:\n↑\nToo salty\nNot for me.",
        "Bo said:\n↑\nNot for me\nWhy not?",
        "Ci said:\n↑\nWhy not?\nOat milk.",
    ]


def test_a_line_of_code_or_a_code_label_most_comments_show_stays():
    texts = [
        "Here is one way to do it, with a batch file:\nCode: Select all\n@echo off\nset a=1",
        "This one keeps the leading spaces as they are:\nCode: Select all\n@echo off\nset b=2",
        "Or with a loop over the lines of the file itself:\nCode: Select all\n@echo off\nset c=3",
    ]
    kept = without_shared_chrome([Comment(text=text) for text in texts], FETCHED)
    assert [comment.text for comment in kept] == texts


@pytest.mark.parametrize(
    "texts",
    [
        [
            "Quote:\nAda's words\nReply one.",
            "Quote:\nBola's words\nReply two.",
            "Quote:\nCi\nThree.",
        ],
        ["Ada said:\n↑\nHer words\nOne.", "Bo said:\n↑\nHis words\nTwo.", "Ci said:\n↑\nX\nThree."],
        ["Hey!\nA first.", "Hey!\nA second.", "Hey!\nA third."],
        ["Ada\nOne.", "Bola\nTwo.", "Ada\nThree.", "Bola\nFour.", "Ada\nFive.", "Bola\nSix."],
    ],
)
def test_quote_labels_greetings_and_lines_of_half_the_comments_stay(texts: list[str]):
    kept = without_shared_chrome([Comment(text=text) for text in texts], FETCHED)
    assert [comment.text for comment in kept] == texts


def test_a_comments_heading_over_a_notice_or_a_zero_count_gives_no_rows():
    assert (
        comments_of("<h2>Kommentare</h2><p>Noch kein Kommentar vorhanden!</p><form></form>") == []
    )
    assert comments_of("<h2>0 Comments</h2><div><p>Ada, 3 May 2024</p><p>Hi</p></div>") == []


XENFORO_THREAD = """
<div class="block-body js-replyNewMessageContainer">
 <article class="message message--post js-post" data-author="kofi" data-content="post-1" id="js-post-1">
  <div class="message-cell message-cell--user"><h4 class="message-name"><a class="username">kofi</a></h4>
   <h5 class="userTitle message-userTitle">Member</h5></div>
  <div class="message-cell message-cell--main"><header class="message-attribution">
   <time class="u-dt" datetime="2024-11-01T10:00:00+0000">Nov 1, 2024</time></header>
   <div class="message-content js-messageContent"><article class="message-body js-selectToQuote">
    <div class="bbWrapper"><blockquote class="bbCodeBlock bbCodeBlock--quote" data-quote="ama">
     <div class="bbCodeBlock-title">ama said:</div><div class="bbCodeBlock-content">Prices rose.</div>
    </blockquote>They did, by a lot.</div></article></div>
   <footer class="message-footer"><div class="reactionsBar">3 likes</div>
    <a class="actionBar-action--reply">Reply</a></footer></div>
 </article>
</div>"""

PHPBB = """
<div id="p101" class="post bg2"><div class="inner"><div class="postbody">
 <h3><a href="#p101">Re: Fuel prices</a></h3>
 <p class="author"><a href="/memberlist.php?mode=viewprofile&u=7">by <strong>Ngozi</strong></a>
  » Sat Nov 02, 2024 3:04 pm</p>
 <div class="content">Queues everywhere in Lagos.</div></div></div></div>"""


def test_forum_posts_are_comments():
    assert rows(comments_of(XENFORO_THREAD)) == [
        ("kofi", "ama said:\nPrices rose.\nThey did, by a lot.", None)
    ]
    assert rows(comments_of(PHPBB)) == [("Ngozi", "Queues everywhere in Lagos.", None)]


def test_replies_shown_only_by_indenting_them_point_at_the_comment_above():
    item = """<div style="padding-left:{px}px;"><article class="comment"><h3>
      <strong class="comments-author">{name}</strong><br>martedì 23 marzo 2021</h3>
      <p>{text}</p></article></div>"""
    markup = "".join(
        item.format(px=px, name=name, text=text)
        for px, name, text in [
            (0, "Annabella", "Come si fa la pasta sfoglia?"),
            (50, "Ricetta.it", "Abbiamo usato la sfoglia pronta."),
            (0, "Petra", "Quale è il trucco?"),
            (50, "Ricetta.it", "Le sfoglie fresche."),
            (100, "Petra", "Grazie mille!"),
        ]
    )
    assert [c.parent for c in comments_of(markup)] == [None, 0, None, 2, 3]


def test_an_indent_attribute_inside_a_row_gives_its_depth():
    row = """<tr class="athing comtr" id="{n}"><td><table><tr>
      <td class="ind" indent="{indent}"><img src="s.gif" width="{width}"></td>
      <td class="default"><span class="comhead"><a href="user?id={name}" class="hnuser">{name}</a>
        <span class="age" title="2024-11-0{n}T10:00:00"><a href="item?id={n}">1 hour ago</a></span></span>
      <div class="comment"><span class="commtext">{text}</span></div></td></tr></table></td></tr>"""
    markup = '<table class="comment-tree">{}</table>'.format(
        "".join(
            row.format(n=n, indent=indent, width=40 * indent, name=name, text=text)
            for n, indent, name, text in [
                (1, 0, "ada", "First."),
                (2, 1, "bola", "A reply."),
                (3, 2, "chi", "A reply to the reply."),
                (4, 0, "dayo", "Second."),
            ]
        )
    )
    assert [c.parent for c in comments_of(markup)] == [None, 0, 1, None]


def test_a_spacer_image_as_wide_as_the_depth_threads_table_rows():
    row = """<tr><td><table border="0"><tr>
      <td><img height="1" src="s.gif" width="{width}"></td>
      <td class="default"><span class="comhead"><a href="user?id={name}">{name}</a>
        {hours} hours ago | <a href="item?id={hours}">link</a></span><br>
      <span class="comment">{text}</span></td></tr></table></td></tr>"""
    markup = '<table border="0">{}</table>'.format(
        "".join(
            row.format(width=width, name=name, hours=hours, text=text)
            for width, name, hours, text in [
                (0, "ada", 5, "First."),
                (40, "bola", 4, "A reply."),
                (80, "chi", 3, "A reply to the reply."),
                (0, "dayo", 2, "Second."),
            ]
        )
    )
    assert [c.parent for c in comments_of(markup)] == [None, 0, 1, None]


def test_a_reply_inside_wrappers_nested_several_deep_points_at_its_parent():
    item = """<div class="comment depth-{depth} wpd-comment"><div class="wpd-comment-wrap">
      <div class="wpd-comment-right" id="comment-{depth}"><div class="wpd-comment-author">{name}</div>
        <div class="wpd-comment-date">3 May 2024</div>
        <div class="wpd-comment-text"><p>{text}</p></div></div></div>{replies}</div>"""
    reply = item.format(depth=2, name="Naomi", text="Thank you, Christine!", replies="")
    markup = '<div class="wpd-thread-list">{}</div>'.format(
        item.format(depth=1, name="Christine", text="Made it twice already.", replies=reply)
    )
    assert rows(comments_of(markup)) == [
        ("Christine", "Made it twice already.", None),
        ("Naomi", "Thank you, Christine!", 0),
    ]


def test_a_forum_topic_s_opening_post_is_the_article_not_a_comment():
    post = """<div id="p{n}" class="post bg2"><div class="postbody"><h3><a href="#p{n}">{subject}</a></h3>
      <p class="author">by <strong>{name}</strong> » Sat Nov 02, 2024 3:0{n} pm</p>
      <div class="content">{text}</div></div></div>"""
    markup = (
        post.format(n=1, subject="Fuel prices", name="Ada", text="Why are queues back?")
        + post.format(n=2, subject="Re: Fuel prices", name="Ngozi", text="Supply ran short.")
        + post.format(n=3, subject="Re: Fuel prices", name="Bola", text="Queues everywhere.")
    )
    assert rows(comments_of(markup)) == [
        ("Ngozi", "Supply ran short.", None),
        ("Bola", "Queues everywhere.", None),
    ]


def test_the_name_element_inside_an_author_line_is_the_author_and_replies_follow_a_spacer():
    item = """<div class="article_comment_{kind}"><div class="comment_infos">
      <div class="comment_author">{lead}<span class="comment_author_name">{name}</span>{tail}</div>
      </div><div class="comment_content"><p>{text}</p></div></div><div class="clearer"></div>"""
    markup = '<div id="article_comments_content">{}<div class="indented">{}</div></div>'.format(
        item.format(
            kind="item",
            lead="Soumis par ",
            name="Xolotl",
            tail=", le lundi 29 octobre 2012 à 17h07",
            text="Quiconque a purgé sa peine peut reprendre sa place.",
        ),
        item.format(
            kind="answer",
            lead="",
            name="Stephane",
            tail=" a répondu le mardi 30 octobre 2012 à 11h45",
            text="Tout à fait d'accord !",
        ),
    )
    assert rows(comments_of(markup)) == [
        ("Xolotl", "Quiconque a purgé sa peine peut reprendre sa place.", None),
        ("Stephane", "Tout à fait d'accord !", 0),
    ]


def test_unnamed_comments_inside_one_named_wrapper_are_read_one_by_one():
    block = """<div class="visitors_comment_content"><h3>{title}</h3><p>{text}</p>
      <p class="common_date">Posted by:
        {name}, 27 Sep 2011 | 15:2{n}</p></div>"""
    markup = '<div class="visitors_comment_block">{}{}</div>'.format(
        block.format(
            title="USA & IFRS??", text="There was no decision yet.", name="Florida CPA", n=1
        ),
        block.format(
            title="Big economy", text="The US is a quarter of it.", name="MM Texas CPA", n=2
        ),
    )
    found = comments_of(markup)
    assert [c.author for c in found] == ["Florida CPA", "MM Texas CPA"]
    assert all("Posted by" not in c.text for c in found)


def test_flat_lists_thread_replies_by_their_depth_marks():
    markup = """<ol class="commentlist">
    <li class="comment depth-1" id="comment-1"><cite class="fn">A</cite><time>2 hours ago</time><p>One.</p></li>
    <li class="comment depth-2" id="comment-2"><cite class="fn">B</cite><time>1 hour ago</time><p>Two.</p></li>
    <li class="comment depth-3" id="comment-3"><cite class="fn">C</cite><time>1 hour ago</time><p>Three.</p></li>
    <li class="comment depth-2" id="comment-4"><cite class="fn">D</cite><time>1 hour ago</time><p>Four.</p></li>
    <li class="comment depth-1" id="comment-5"><cite class="fn">E</cite><time>1 hour ago</time><p>Five.</p></li>
    <li class="comment comment-sub" id="comment-6"><cite class="fn">F</cite><time>now</time><p>Six.</p></li>
    </ol>"""
    assert [c.parent for c in comments_of(markup)] == [None, 0, 1, 0, None, 4]


def test_replies_in_wrapped_items_point_at_the_wrapped_comment():
    def item(n: int, author: str, replies: str = "") -> str:
        return (
            f'<li class="comment depth-1" id="li-comment-{n}"><article id="comment-{n}" class="comment">'
            f'<footer><cite class="fn">{author}</cite><time datetime="2020-04-09T08:3{n}:00Z">x</time>'
            f'</footer><div class="comment-content"><p>Text {n}.</p></div></article>{replies}</li>'
        )

    markup = (
        '<div id="comments"><ol class="commentlist">'
        + item(
            1,
            "A",
            '<ul class="children">'
            + item(2, "B", '<ul class="children">' + item(3, "C") + "</ul>")
            + "</ul>",
        )
        + item(4, "D")
        + "</ol></div>"
    )
    assert rows(comments_of(markup)) == [
        ("A", "Text 1.", None),
        ("B", "Text 2.", 0),
        ("C", "Text 3.", 1),
        ("D", "Text 4.", None),
    ]


@pytest.mark.parametrize(
    ("shown", "name"),
    [
        ("Milan Griffes on", "Milan Griffes"),
        ("by Ngozi » Sat Nov 02, 2024 3:04 pm", "Ngozi"),
        ("Ada Obi says:", "Ada Obi"),
        ("Николай пишет:", "Николай"),
        ("Rafael sagt:", "Rafael"),
        ("Josef Franz Lindner, ", "Josef Franz Lindner"),
        ("De Souza", "De Souza"),
        ("Comment by Ada", "Ada"),
    ],
)
def test_author_names_lose_their_connectors(shown, name):
    from flows.parse.comments.parts import author_name

    assert author_name(shown) == name


@pytest.mark.parametrize("letter", ["a", "1", "é"])
def test_an_author_shown_as_one_long_word_is_read_in_one_pass(letter):
    """Its date was looked for from each character of the word: 100,000 took minutes."""
    from flows.parse.comments.parts import author_name

    assert author_name("Ada " + letter * 100_000 + " 3 May 2024") == "Ada " + letter * 100_000


@pytest.mark.parametrize(
    ("shown", "name"),
    [
        ("Posted by: Ada", "Ada"),
        ("publicado por Ana", "Ana"),
        ("da Luca", "Luca"),
        ("De Jong", "De Jong"),
    ],
)
def test_a_name_beside_a_date_loses_the_word_before_it_but_keeps_its_own_de(shown, name):
    from flows.parse.comments.meta_line import clean_author

    assert clean_author(shown) == name


@pytest.mark.parametrize(
    ("shown", "name"),
    [("TBerben (1061176)", "TBerben"), ("Jack Malmostoso (899729)", "Jack Malmostoso")],
)
def test_a_user_number_in_brackets_after_a_name_is_no_part_of_it(shown, name):
    from flows.parse.comments.meta_line import clean_author

    assert clean_author(shown) == name


@pytest.mark.parametrize(
    ("shown", "name"),
    [("( Ada", "Ada"), ("[\xa0Bob", "Bob"), ("Cy (away)", "Cy (away)"), ("Bea :)", "Bea :)")],
)
def test_a_bracket_the_name_line_opens_and_does_not_close_is_no_part_of_the_name(shown, name):
    from flows.parse.comments.meta_line import clean_author

    assert clean_author(shown) == name


@pytest.mark.parametrize(
    ("shown", "name"),
    [
        ("Stephane a répondu", "Stephane"),
        ("Ada replied", "Ada"),
        ("Jonas antwortete:", "Jonas"),
        ("Luca ha risposto", "Luca"),
    ],
)
def test_a_verb_of_replying_after_a_name_is_no_part_of_it(shown, name):
    from flows.parse.comments.meta_line import clean_author

    assert clean_author(shown) == name


@pytest.mark.parametrize(
    ("shown", "name"),
    [("Ada" + " ," * 60, "Ada"), ("Ada" + " ," * 60 + " x", "Ada" + " ," * 60 + " x")],
)
def test_a_long_run_of_separators_after_a_name_is_read_in_one_pass(shown, name):
    """Split every way between a repeat inside a repeat, these took longer than a test run."""
    from flows.parse.comments.meta_line import clean_author

    assert clean_author(shown) == name


@pytest.mark.parametrize("word", ["am", "#1", "on,"])
def test_a_long_line_of_label_words_is_no_trailing_label(word):
    """Tried from each of its words to the line's end, 100,000 characters took 20 minutes."""
    from flows.parse.comments.meta_line import clean_author

    shown = "Ada" + f" {word}" * 30_000 + " x"
    assert clean_author(shown) == shown


def test_pingbacks_are_not_reader_comments():
    markup = """<ol class="commentlist">
    <li id="comment-9" class="pingback even"><div class="comment-body">Pingback:
      <a href="https://other.example/post" class="url">Another blog | Some post</a></div></li>
    <li id="comment-10" class="comment odd"><cite class="fn">Ada</cite><time>1 hour ago</time>
      <p>A reader.</p></li></ol>"""
    assert rows(comments_of(markup)) == [("Ada", "A reader.", None)]


def test_opinion_teasers_are_not_comments():
    markup = """<section class="fc-container"><ul>
    <li class="fc-item fc-item--type-comment tone-comment"><a href="/opinion/1">
      <span class="fc-item__byline">Ada Obi</span><time datetime="2024-11-01T08:00:00Z">1 Nov</time>
      <div class="fc-item__standfirst">The subsidy was never the problem.</div></a></li>
    <li class="fc-item type-comment"><span class="author">Bola</span><time>2 Nov</time>
      <div class="content">Lagos needs trains.</div></li>
    </ul></section>"""
    assert comments_of(markup) == []


def test_a_comment_thread_in_an_aside_is_read():
    markup = """<aside class="discussion"><h2>3 Kommentare</h2><ol>
    <li class="comment" id="comment-1"><span class="comment-author">Ada</span>
      <time datetime="2024-11-01T08:00:00Z">1. Nov.</time><div class="comment-text">Eins.</div></li>
    <li class="comment" id="comment-2"><span class="comment-author">Bola</span>
      <time datetime="2024-11-01T09:00:00Z">1. Nov.</time><div class="comment-text">Zwei.</div></li>
    </ol></aside>"""
    assert rows(comments_of(markup)) == [("Ada", "Eins.", None), ("Bola", "Zwei.", None)]


@pytest.mark.parametrize(
    ("item", "author", "when", "text"),
    [
        ("div.kommentar", "span.autor", "span.datum", "div.inhalt"),
        ("li.commentaire", "span.auteur", "span.date", "div.texte"),
        ("div.comentario", "b.autor", "span.fecha", "p.texto"),
        ("div.reactie", "span.naam", "span.datum", "div.tekst"),
        ("article.leserKommentar", "span.verfasser", "span.zeit", "div.kommentarText"),
        ("div.commentItem", "span.userName", "span.postedDate", "div.commentBody"),
        ("div.kommentar-eintrag", "span.nutzername", "span.datum", "div.nachricht"),
    ],
)
def test_localised_compound_and_camel_case_classes_name_items_and_parts(item, author, when, text):
    def tag(selector: str, content: str) -> str:
        name, label = selector.split(".")
        return f'<{name} class="{label}">{content}</{name}>'

    def block(who: str, day: int, said: str) -> str:
        return tag(item, tag(author, who) + tag(when, f"{day}.03.2024 10:15") + tag(text, said))

    markup = f"<section>{block('Ada', 3, 'Erster.')}{block('Bola', 4, 'Zweiter.')}</section>"
    comments = comments_of(markup)
    assert rows(comments) == [("Ada", "Erster.", None), ("Bola", "Zweiter.", None)]
    assert comments[1].posted_at == datetime(2024, 3, 4, 10, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    "heading",
    [
        *("Reader comments", "Reactions (2)", "Discussion", "Leserkommentare", "Réactions"),
        *("Kommentarer (2)", "Komentarze", "Комментарии (2)", "Yorumlar", "Σχόλια"),
        *("コメント(2)", "网友评论", "댓글 2"),
    ],
)
def test_a_list_named_only_by_its_heading_is_read(heading):
    markup = f"""<h3>{heading}</h3><ul>
    <li><strong>Ada</strong> | Saturday, 2 November 2024 - 14:05<p>Fuel costs too much.</p></li>
    <li><strong>Bola</strong> | Saturday, 2 November 2024 - 15:30<p>It does.</p></li>
    </ul><h3>Write a comment</h3><form><textarea></textarea></form>"""
    comments = comments_of(markup)
    assert rows(comments) == [("Ada", "Fuel costs too much.", None), ("Bola", "It does.", None)]
    assert comments[0].posted_at == datetime(2024, 11, 2, 14, 5, tzinfo=UTC)


def test_replies_nested_in_an_unnamed_list_keep_their_parent():
    def item(author: str, said: str, replies: str = "") -> str:
        return (
            f'<li class="entry"><p>{author} - Le 3 mars 2024 à 14h30</p><p>{said}</p>{replies}</li>'
        )

    markup = (
        '<div id="commentaires"><ul>'
        + item("Marie", "Bonjour.", "<ul>" + item("Paul", "Salut.") + "</ul>")
        + item("Luc", "Merci.")
        + "</ul></div>"
    )
    comments = comments_of(markup)
    assert rows(comments) == [
        ("Marie", "Bonjour.", None),
        ("Paul", "Salut.", 0),
        ("Luc", "Merci.", None),
    ]
    assert comments[0].posted_at == datetime(2024, 3, 3, 14, 30, tzinfo=UTC)


def test_a_text_only_comment_element_takes_its_author_and_date_from_the_block_around_it():
    block = (
        '<div class="post-entry"><p class="byline">{who}, {day} May 2024</p>'
        '<div class="comment">{said}</div></div>'
    )
    markup = block.format(who="Ada", day=3, said="First.") + block.format(
        who="Bola", day=4, said="Second."
    )
    comments = comments_of(markup)
    assert rows(comments) == [("Ada", "First.", None), ("Bola", "Second.", None)]
    assert comments[0].posted_at == datetime(2024, 5, 3, tzinfo=UTC)


def test_a_text_only_comment_in_a_forum_row_of_nested_tables_takes_the_row_s_author():
    row = (
        '<tr class="thing"><td><table><tr><td class="ind"></td><td class="main">'
        '<div><span class="head"><a href="user?id={who}">{who}</a> '
        '<span class="age" title="2024-05-0{day}T10:00:00">{day} days ago</span></span></div>'
        '<div class="comment"><span>{said}</span></div></td></tr></table></td></tr>'
    )
    markup = (
        "<table>"
        + "".join(
            row.format(who=who, day=day, said=said)
            for who, day, said in [("ada", 3, "First point."), ("bola", 4, "Second point.")]
        )
        + "</table>"
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("ada", "First point."),
        ("bola", "Second point."),
    ]


FIRST = "Taká krása, budem sa na ne dívať a dám si k tomu čaj."
SECOND = "Krásna práca, jeden recept na rohlíčky mi chýbal, ďakujem."


def test_unnamed_cards_with_a_profile_link_and_an_unreadable_time_are_found_by_their_parts():
    card = """<div class="comment-here"><article class="row">
      <figure><a href="/profil/{name}"><img src="a.png"></a>
        <figcaption class="text-center"><a href="/profil/{name}/">{name}</a></figcaption></figure>
      <div class="panel"><header><a class="comment-user" href="/profil/{name}/">{name}</a>
        <time class="comment-date" datetime="05-01-2018 23:18">5. januára 2018 o 23:18</time></header>
      <div class="comment-post"><div class="p">{text}</div></div></div></article></div>"""
    markup = '<div class="content comments"><div class="comment-list">{}</div></div>'.format(
        card.format(name="klukodvody", text=FIRST) + card.format(name="haji", text=SECOND)
    )
    found = comments_of(markup)
    assert rows(found) == [
        ("klukodvody", FIRST, None),
        ("haji", SECOND, None),
    ]
    assert found[0].posted_at == datetime(2018, 1, 5, 23, 18, tzinfo=UTC)


def test_a_time_element_in_a_format_no_parser_reads_still_dates_a_block():
    block = """<div><a href="/user/{name}">{name}</a>
      <time datetime="05-01-18 23:18">5 tháng 1 năm 2018</time><p>{text}</p></div>"""
    markup = '<section id="comments"><h2>Bình luận</h2>{}{}</section>'.format(
        block.format(name="Lan", text="Món này rất ngon, cảm ơn bạn đã chia sẻ công thức."),
        block.format(name="Minh", text="Tôi đã làm thử hôm qua và cả nhà đều thích."),
    )
    found = comments_of(markup)
    assert [(c.author, c.posted_text, c.posted_at) for c in found] == [
        ("Lan", "5 tháng 1 năm 2018", None),
        ("Minh", "5 tháng 1 năm 2018", None),
    ]


def test_a_text_only_item_inside_an_item_with_an_author_is_that_comment_s_text():
    markup = """<ol class="comment-list">
    <li class="comment depth-1"><div class="comment-inner">
      <span class="comment-author__name">Nicole</span><span class="comment__date">29. September 2023</span>
      <div class="comment-block"><p>Bestes Rezept überhaupt.</p></div></div>
      <ul class="children"><li class="comment depth-2"><div class="comment-inner">
        <span class="comment-author__name">Emmi</span><span class="comment__date">30. September 2023</span>
        <div class="comment-block"><p>Das freut mich!</p></div></div></li></ul></li>
    </ol>"""
    assert rows(comments_of(markup)) == [
        ("Nicole", "Bestes Rezept überhaupt.", None),
        ("Emmi", "Das freut mich!", 0),
    ]


def test_css_module_names_with_a_reply_box_and_an_inline_reply_field_are_read():
    box = """<div class="Comment_commentBox__j9BRy"><div class="d-flex justify-content-between">
      <div class="Comment_authorWrapper__U6vIx"><a class="Comment_authorLink___t0Qq"
        href="/profil/{user}/">{name}</a><span class="Comment_date__m0UFl">{when}</span></div>
      <div role="button" class="Comment_answer__0GNlE">Yanıtla</div></div>
      <div class="Comment_comment__rDl07">{text}</div>{field}</div>"""
    field = '<div class="position-relative"><textarea class="Comment_commentText__5thK9"></textarea></div>'
    markup = '<div class="ContentRecipe_commentContainer__EvUcp"><div>{}{}</div></div>'.format(
        box.format(
            user="belgin",
            name="Belgin",
            when="28 Eylül 2021 22:32",
            text="Efsane oldu.",
            field=field,
        ),
        '<div class="Comment_commentChildWrapper__HbHzh">{}</div>'.format(
            box.format(
                user="aysegul",
                name="Ayşegül",
                when="29 Eylül 2021 23:45",
                text="Afiyetler olsun.",
                field="",
            )
        ),
    )
    assert rows(comments_of(markup)) == [
        ("Belgin", "Efsane oldu.", None),
        ("Ayşegül", "Afiyetler olsun.", 0),
    ]


def test_a_text_wrapper_that_also_holds_the_author_loses_to_the_message_inside_it():
    item = """<section class="comment"><article class="comment__content-wrapper">
      <a class="comment__actor-name" href="/in/{user}">{name}</a>
      <span class="comment__message">{text}</span>
      <div class="comment__actions"><button>Like</button></div></article></section>"""
    markup = item.format(
        user="zoe", name="Zoe Kibbey", text="Thank you for sharing."
    ) + item.format(user="nancy", name="Nancy Varela", text="So excited to read this.")
    assert rows(comments_of(markup)) == [
        ("Zoe Kibbey", "Thank you for sharing.", None),
        ("Nancy Varela", "So excited to read this.", None),
    ]


def test_a_reply_named_as_a_comment_child_is_a_reply_not_a_box_of_them():
    markup = """<div class="trellis-comments"><div class="trellis-comment">
      <div class="trellis-comment-header"><p class="trellis-comment-author">Tammy</p>
        <p class="trellis-comment-date">Saturday 4th of June 2022</p></div>
      <div class="trellis-comment-content"><p>Too dry for me.</p></div>
      <div class="trellis-comment-child">
        <div class="trellis-comment-header"><p class="trellis-comment-author">Eileen</p>
          <p class="trellis-comment-date">Sunday 5th of June 2022</p></div>
        <div><p>Bake it five minutes less.</p></div></div></div></div>"""
    assert rows(comments_of(markup)) == [
        ("Tammy", "Too dry for me.", None),
        ("Eileen", "Bake it five minutes less.", 0),
    ]


def test_an_item_suffix_glued_to_the_comment_word_names_an_item():
    item = """<li class="commententry"><ul class="cMetadata"><li class="postStamp">{when}</li>
      <li class="posterName"><cite>{name}</cite> wrote:</li></ul>
      <div class="commentContent"><p>{text}</p></div></li>"""
    markup = '<ul class="commentlist">{}{}</ul>'.format(
        item.format(when="2:15 pm November 11, 2014", name="Marc", text="Sales need marketing."),
        item.format(when="3:20 pm November 11, 2014", name="Ann", text="Agreed, both matter."),
    )
    assert rows(comments_of(markup)) == [
        ("Marc", "Sales need marketing.", None),
        ("Ann", "Agreed, both matter.", None),
    ]


def test_a_body_named_like_chrome_and_a_quote_named_as_the_text_are_read():
    item = """<div class="ugccmt-comment"><div class="ugccmt-avatar"><img alt="{name}"></div>
      <div class="ugccmt-info ugccmt-render-rate ugccmt-render-reply"><cite>
        <a href="/_{name}"><strong>{name}</strong></a>
        <span class="ugccmt-timestamp"><abbr title="2011-08-25T02:27:30+0000">19 minutes ago</abbr></span>
      </cite><blockquote class="ugccmt-commenttext">{text}</blockquote></div></div>"""
    markup = item.format(name="samsara", text="Wise people know where to stop.") + item.format(
        name="Isaac", text="He was a brilliant icon."
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("samsara", "Wise people know where to stop."),
        ("Isaac", "He was a brilliant icon."),
    ]


def test_a_text_only_comment_widens_to_list_members_striped_odd_and_even():
    member = """<li class="{stripe}clearfix"><div class="group">
      <div class="commentor-info"><a href="/profile/view.cfm?member_id={name}">{name}</a></div>
      <div class="comment-meta">Reply #{n}<div>Oct. 9, 2010 - 7:{n}8 AM EST</div></div></div>
      <div class="submitted-comment clearfix"><p>{text}</p></div></li>"""
    markup = '<ol id="commentsList">{}{}</ol>'.format(
        member.format(stripe="", name="Dread-neck", n=1, text="People are moving to red states."),
        member.format(stripe="odd ", name="poorsinner", n=2, text="This lets me post a picture!"),
    )
    assert rows(comments_of(markup)) == [
        ("Dread-neck", "People are moving to red states.", None),
        ("poorsinner", "This lets me post a picture!", None),
    ]


FORUM_POST = """<table class="post" id="post{n}"><tr><td class="userinfo"><dl class="userinfo">
  <dt class="author">{name}</dt><dd class="registered">Jun  8, 2009</dd></dl></td>
  <td class="postbody">{text}</td></tr>
  <tr><td class="postdate"><a href="#post{n}">#</a> Sep 20, 2012 11:{n}7</td></tr></table>"""


def test_posts_in_a_thread_region_are_found_by_their_parts():
    markup = '<div id="thread" class="thread:3507451">{}{}</div>'.format(
        FORUM_POST.format(n=1, name="Majuju", text="There is a lot of room for debate."),
        FORUM_POST.format(n=2, name="Pinterest Mom", text="They are not affiliated at all."),
    )
    assert rows(comments_of(markup)) == [
        ("Majuju", "There is a lot of room for debate.", None),
        ("Pinterest Mom", "They are not affiliated at all.", None),
    ]


def test_the_rows_of_a_list_of_threads_are_not_comments():
    row = """<tr class="thread" id="thread{n}"><td class="title"><a href="/t/{n}">{title}</a></td>
      <td class="author"><a href="/user/{name}-{n}/">{name}</a></td><td class="replies">{n}2</td>
      <td class="lastpost">Sep 20, 2012 11:{n}7 by <a href="/member.php?u=9">Lowtax</a></td></tr>"""
    markup = '<table id="forum"><tbody>{}{}</tbody></table>'.format(
        row.format(n=1, title="National Change Your Password Day!", name="Ada"),
        row.format(n=2, title="Fuel prices megathread", name="Bola"),
    )
    assert comments_of(markup) == []


def test_a_leading_line_that_is_only_a_date_is_the_time_not_the_text():
    markup = """<div class="comment"><span class="comment-author">Ada</span>
    <div class="comment-text"><p>3. Mai 2024, 10:15</p><p>Der eigentliche Text.</p></div></div>"""
    [comment] = comments_of(markup)
    assert (comment.author, comment.text) == ("Ada", "Der eigentliche Text.")
    assert comment.posted_at == datetime(2024, 5, 3, 10, 15, tzinfo=UTC)


def test_a_script_hook_on_the_text_does_not_make_it_chrome():
    markup = """<div class="comment"><span class="author">Ada</span>
    <time datetime="2024-11-01T08:00:00Z">1 Nov</time>
    <div class="comment-text js-comment-edit-text">Kept, though a script may edit it.</div>
    <a class="comment-edit-link" href="/edit">Edit</a></div>"""
    assert rows(comments_of(markup)) == [("Ada", "Kept, though a script may edit it.", None)]


def test_replies_in_a_separate_box_are_comments_of_their_own():
    markup = """<div class="comments">
    <div class="comment"><span class="comment-author">Ada</span><time>2 hours ago</time>
      <div class="comment-text">A question?</div>
      <div class="replies"><div class="answer"><span class="author">Bola</span><time>1 hour ago</time>
        <div class="text">An answer.</div></div></div></div>
    </div>"""
    assert rows(comments_of(markup)) == [("Ada", "A question?", None), ("Bola", "An answer.", 0)]


def test_a_form_field_named_for_the_comment_is_not_a_comment():
    markup = """<div class="comments"><form><div class="wpd-field-comment"><label>Label</label>
    <textarea name="wc_comment"></textarea></div></form>
    <div class="comment"><span class="comment-author">Ada</span><time>1 hour ago</time>
      <div class="comment-text">Real.</div></div></div>"""
    assert rows(comments_of(markup)) == [("Ada", "Real.", None)]


@pytest.mark.parametrize(
    "extra", ["", '<div class="validate-input report_types"></div>'], ids=["bare", "empty-box"]
)
def test_a_page_whose_only_comment_element_is_a_form_field_has_no_comments(extra):
    """A box whose class holds a time word (`validate`) but no digits names no time."""
    markup = f'<div class="wpd-field-comment"><label>Your comment</label>{extra}<textarea></textarea></div>'
    assert comments_of(markup) == []


def test_a_sign_in_link_is_not_a_commenter():
    markup = """<div class="col-xs-12 comment-box"><p><a href="/">Today's recipes »</a></p>
      <span><h3>Tried the recipe?</h3></span><div class="butt"><a class="btn"
        href="/users/Login.aspx?ReturnUrl=%2flasagne">Upload a photo of your dish</a></div>
      <span><h3>Questions?</h3></span>
      <p><a class="btn" href="/users/Login.aspx?ReturnUrl=%2flasagne">Sign in to comment</a></p></div>"""
    assert comments_of(markup) == []


def test_dates_inside_links_in_the_text_are_not_the_comment_time():
    markup = """<h2>Comments</h2>
    <div><p>Ada, 3 May 2024</p><p>See https://example.org/2016/06/23/old-story for more.</p></div>
    <div><p>Bola</p><p>Read www.example.org/2019/01/02/x first.</p></div>"""
    comments = comments_of(markup)
    assert rows(comments) == [
        ("Ada", "See https://example.org/2016/06/23/old-story for more.", None)
    ]
    assert comments[0].posted_at == datetime(2024, 5, 3, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "author", "shown"),
    [
        ("Comment by Ada — May 3, 2024 @ 10:15 am", "Ada", "May 3, 2024 @ 10:15 am"),
        ("Ada Obi | Saturday, 2 November 2024 - 14:05", "Ada Obi", "2 November 2024 - 14:05"),
        ("Marie - Le 3 mars 2024 à 14h30", "Marie", "3 mars 2024 à 14h30"),
        ("escrito por Pedro el 3 de marzo de 2024 a las 10:00", "Pedro", None),
        ("Jan Jansen op 3 maart 2024 om 14:05", "Jan Jansen", "3 maart 2024 om 14:05"),
        ("Kai schrieb vor 3 Stunden", "Kai", "vor 3 Stunden"),
        ("3 May 2024 by Ada", "Ada", "3 May 2024"),
        ("Sam, 3 May 2024", "Sam", "3 May 2024"),
        ("39 points · 6 years ago", None, "6 years ago"),
    ],
)
def test_author_and_date_lines_are_split(line, author, shown):
    from flows.parse.comments.meta_line import read_meta_line

    meta = read_meta_line(line, FETCHED)
    assert meta is not None
    assert meta.author == author
    if shown:
        assert meta.shown == shown


def test_a_long_number_before_a_date_is_read_in_one_pass():
    """Its counter's noun was looked for from each digit: 100,000 digits took minutes."""
    from flows.parse.comments.meta_line import read_meta_line

    meta = read_meta_line("1" * 100_000 + " May 3, 2024", FETCHED)
    assert meta is not None
    assert (meta.author, meta.shown) == (None, "May 3, 2024")


def test_a_sentence_that_mentions_a_date_is_not_an_author_line():
    from flows.parse.comments.meta_line import read_meta_line

    assert (
        read_meta_line("On 3 May 2024 the bridge finally opened to traffic again", FETCHED) is None
    )
    assert read_meta_line("No date here", FETCHED) is None


def test_an_author_line_is_read_in_the_zone_of_each_fetch_time():
    from zoneinfo import ZoneInfo

    from flows.parse.comments.meta_line import read_meta_line

    tokyo = FETCHED.astimezone(ZoneInfo("Asia/Tokyo"))  # the same instant, another zone
    in_utc = read_meta_line("Ada | 3 May 2024 - 14:05", FETCHED)
    in_tokyo = read_meta_line("Ada | 3 May 2024 - 14:05", tokyo)
    assert in_utc is not None and in_tokyo is not None
    assert in_utc.posted_at == datetime(2024, 5, 3, 14, 5, tzinfo=UTC)
    assert in_tokyo.posted_at == datetime(2024, 5, 3, 5, 5, tzinfo=UTC)


def test_answers_in_schema_org_microdata_are_items_like_comments():
    answer = """<div class="answer" itemscope itemtype="https://schema.org/Answer">
      <div class="post-text" itemprop="text"><p>{text}</p></div>
      <div class="post-signature"><div class="user-details" itemprop="author">
        <a href="/users/{n}/{name}">{name}</a></div>
        <span class="relativetime" title="2018-06-29 21:0{n}:00Z">Jun 29 '18</span></div></div>"""
    markup = '<div id="answers">{}{}</div>'.format(
        answer.format(n=1, name="o11c", text="date -d yesterday is enough."),
        answer.format(n=2, name="User123", text="Define a variable for the previous day."),
    )
    assert rows(comments_of(markup)) == [
        ("o11c", "date -d yesterday is enough.", None),
        ("User123", "Define a variable for the previous day.", None),
    ]


def test_forum_postings_in_microdata_are_comments_after_post_number_one():
    post = """<div itemscope itemtype="http://schema.org/DiscussionForumPosting" class="crawler-post">
      <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
        <a itemprop="url" href="/u/{name}"><span itemprop="name">{name}</span></a></span>
      <time itemprop="datePublished" datetime="2014-02-0{n}T05:27:06Z">Feb {n}, 2014</time>
      <span itemprop="position">#{n}</span>
      <div class="post" itemprop="articleBody"><p>{text}</p></div></div>"""
    markup = post.format(n=1, name="sam", text="We got the most stars.") + post.format(
        n=2, name="codinghorror", text="Ah, cool. Thanks for that link."
    )
    assert rows(comments_of(markup)) == [("codinghorror", "Ah, cool. Thanks for that link.", None)]


def test_a_deleted_comment_s_placeholder_is_dropped_and_its_reply_kept():
    item = """<div class="Comment" style="padding-left:{px}px"><div class="author">{name}</div>
      <span class="depth">level {level}</span><time datetime="2020-01-0{level}">1y</time>
      <div class="comment-text">{text}</div></div>"""
    markup = item.format(px=16, name="Comment deleted by user ·", level=1, text="") + item.format(
        px=32, name="[deleted]", level=2, text="You fade it yourself?"
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [(None, "You fade it yourself?")]


def test_a_short_comment_beside_its_author_and_date_keeps_its_text():
    item = """<li class="comment"><div class="comment-text"><div class="comment-body">
      <span class="comment-copy">{text}</span> – <a href="/users/{n}/{name}" class="comment-user">{name}</a>
      <span class="comment-date"><span title="2018-06-30 02:2{n}:59Z">Jun 30 '18 at 2:2{n}</span></span>
      </div></div></li>"""
    markup = '<ul class="comments-list">{}{}</ul>'.format(
        item.format(n=1, name="o11c", text="Not really a duplicate ..."),
        item.format(n=2, name="Nivi", text="I guess my search used other words. Thanks."),
    )
    assert [c.author for c in comments_of(markup)] == ["o11c", "Nivi"]
    assert comments_of(markup)[0].text.startswith("Not really a duplicate ...")


def test_a_short_reply_in_its_own_paragraph_is_not_taken_for_its_meta_line():
    item = """<div class="comment-item"><div class="meta"><a href="/profil/{name}">{name}</a>
      <span class="date">3. Mai 2024</span> <span class="actions">Antworten</span></div>
      <p>{text}</p></div>"""
    markup = item.format(name="janina", text="Kann man auch eine 26er Springform nehmen?") + (
        item.format(name="Ellen", text="Ja, kannst Du.")
    )
    assert [c.text for c in comments_of(markup)] == [
        "Kann man auch eine 26er Springform nehmen?",
        "Ja, kannst Du.",
    ]


def test_a_comment_holding_thousands_of_author_links_keeps_a_few_parts():
    """A hostile page's comment with 3,000 profile links: the parts kept per role stay few,
    so the pairwise checks between them stay cheap (this page once took seconds)."""
    from flows.parse.comments.parts import MAX_PARTS, Parts
    from flows.parse.nodes import select

    links = "".join(f'<a href="/user/u{n}">u{n}</a> <time>3 May 2024</time>' for n in range(3000))
    tree = LexborHTMLParser(
        f'<html><body><div class="comment">{links}<p>Hi.</p></div></body></html>'
    )
    item = tree.css_first("div.comment")
    parts = Parts(item)
    for node in select(item, "a[href], time"):
        parts.classify(node)
    assert len(parts.authors) == len(parts.times) == MAX_PARTS
    assert len(extract_comments(tree, FETCHED)) == 1


def test_an_element_classified_again_on_one_page_is_filed_as_the_first_time():
    """Inside `reads_remembered` an element's roles are read once per page and per
    `chrome_only`: each comment's parts still get it, filed as without the memo."""
    from flows.parse.comments.parts import Parts
    from flows.parse.nodes import reads_remembered, select

    tree = LexborHTMLParser(
        '<div class="comment"><a class="author" href="/user/ada">Ada</a>'
        '<span class="date">posted</span><time>3 May 2024</time>'
        '<a class="reply" href="#r">Reply</a><p>Hi.</p></div>'
    )
    item = tree.css_first("div.comment")
    assert item is not None

    def filed(chrome_only: bool) -> tuple[list[tuple[int, str]], ...]:
        parts = Parts(item)
        for node in select(item, "a, span, time"):
            parts.classify(node, chrome_only=chrome_only)
        return (
            [(rank, node.text()) for rank, node in parts.authors],
            [(rank, node.text()) for rank, node in parts.times],
            [(0, node.text()) for node in parts.chrome],
        )

    alone = [filed(False), filed(True)]
    assert alone[0][:2] == ([(1, "Ada")], [(0, "3 May 2024")]) and alone[1][:2] == ([], [])
    with reads_remembered():
        assert [filed(False), filed(True), filed(False), filed(True)] == alone * 2


def test_an_answer_s_editable_text_and_its_meta_bar_buttons_are_read_right():
    answer = """<div class="zm-item-answer" itemscope itemtype="http://schema.org/Answer">
      <div class="answer-head"><h3 class="zm-item-answer-author-wrap">
        <a href="/people/{slug}">{name}</a>，<strong class="bio">{bio}</strong></h3>
        <a href="javascript:;" class="collapse meta-item">收起</a></div>
      <div class="zm-item-rich-text"><div class="zm-editable-content clearfix">{text}</div></div>
      <div class="zm-item-meta answer-actions"><a class="answer-date-link meta-item">编辑于 2015-02-1{n}</a>
        <a class="meta-item toggle-comment">2{n} 条评论</a></div></div>"""
    markup = answer.format(
        n=4, slug="a", name="芝士就是力量", bio="法国就是培根", text="幽冥之事，实所难言。"
    ) + answer.format(n=5, slug="b", name="小不点儿", bio="愿你被这世界温柔以待", text="谢谢。")
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("芝士就是力量", "幽冥之事，实所难言。"),
        ("小不点儿", "谢谢。"),
    ]


def test_posts_in_a_conversation_are_read_past_their_buttons_labels():
    post = """<li class="post" id="post-{n}"><div class="post-content"><div class="post-body">
      <header><span class="author"><a href="https://disqus.com/by/{user}/">{name}</a></span>
        <a class="time-ago" title="24 апреля 2018 г., 07:12">{n} часов назад</a></header>
      <div class="post-message"><p>{text}</p></div>
      <footer class="comment__footer"><a class="reply"><span class="text">Ответить</span></a></footer>
      </div></div></li>"""
    markup = '<section id="conversation"><div id="posts"><ul id="post-list">{}{}</ul></div></section>'.format(
        post.format(
            n=1, user="dd", name="Denis", text="Huawei не продает чипы сторонним компаниям."
        ),
        post.format(n=2, user="zb", name="Zama", text="А мне вот интересно, чья это компания."),
    )
    assert rows(comments_of(markup)) == [
        ("Denis", "Huawei не продает чипы сторонним компаниям.", None),
        ("Zama", "А мне вот интересно, чья это компания.", None),
    ]


def test_a_link_to_a_tilde_home_page_names_the_commenter():
    item = """<div class="boardComment"><div class="boardCommentDetails">
      <a href="https://launchpad.net/~{login}" class="sprite person">{name} ({login})</a>
      wrote on <time datetime="2010-0{n}-01T10:00:00Z">2010-0{n}-01</time>:</div>
      <div class="boardCommentBody"><div class="comment-text">{text}</div></div></div>"""
    markup = item.format(
        n=1, login="tommy", name="Tommy", text="I am using an earlier version."
    ) + (item.format(n=2, login="colin", name="Colin", text="Some SIP providers register twice."))
    assert [c.author for c in comments_of(markup)] == ["Tommy (tommy)", "Colin (colin)"]


def test_a_control_that_collapses_replies_is_not_comment_text():
    item = """<div class="comment"><div class="comment__header">
      <a href="/profile/{name}" class="user">{name}</a><time datetime="2018-04-2{n}T10:00:00">1 ч</time></div>
      <div class="comment__body"><div class="comment-toggle-children comment-toggle-children_collapse">
        свернуть ветку</div><p>{text}</p></div></div>"""
    markup = item.format(n=1, name="ivan", text="Отличный пост, спасибо.") + item.format(
        n=2, name="olga", text="Согласна с автором."
    )
    assert [c.text for c in comments_of(markup)] == [
        "Отличный пост, спасибо.",
        "Согласна с автором.",
    ]


def test_rdfa_comments_are_items():
    markup = """<div typeof="Comment"><span property="author">Ada</span>
    <time datetime="2024-11-01T08:00:00Z">1 Nov</time><div property="text" class="text">RDFa.</div></div>"""
    assert rows(comments_of(markup)) == [("Ada", "RDFa.", None)]


@pytest.mark.parametrize(
    ("classes", "is_time"),
    [("postdate", True), ("commentTime", True), ("validate-input", False), ("update-bar", False)],
)
def test_time_words_count_inside_class_names_but_not_inside_other_words(classes, is_time):
    from flows.parse.comments.roles import part_roles

    assert (("times", 1) in part_roles("div", classes, "", False, False)) is is_time


@pytest.mark.parametrize(
    ("classes", "names_item"),
    [
        ("comment even depth-1", True),
        ("Comment_commentBox__j9BRy", True),
        ("commententry", True),
        ("trellis-comment-child", True),
        ("hdg icon-comment", False),
        ("modal-comment", False),
        ("add-comment", False),
        ("comment-author", False),
    ],
)
def test_class_names_that_name_one_comment(classes, names_item):
    from flows.parse.comments.named import names_an_item

    assert names_an_item(classes) is names_item


@pytest.mark.parametrize(
    "markup",
    [
        # Customer reviews: authors, dates and texts, but reviews of a product.
        """<div class="reviews"><h2>Customer reviews</h2>
        <div class="review comment"><span class="author">Ada</span><time>2 days ago</time><p>Good pan.</p></div>
        <div class="review comment"><span class="author">Bola</span><time>3 days ago</time><p>Bad pan.</p></div></div>""",
        # Related posts under a heading, each with an author and a date.
        """<h2>Related posts</h2><ul>
        <li><a href="/a">Story A</a><p>Ada | 3 May 2024</p><p>Teaser A.</p></li>
        <li><a href="/b">Story B</a><p>Bola | 4 May 2024</p><p>Teaser B.</p></li></ul>""",
        # A "recent comments" list without classes, under its heading.
        """<h3>Recent comments</h3><ul><li>Ada on <a href="/x">Other story</a> | 3 May 2024</li>
        <li>Bola on <a href="/y">Another story</a> | 4 May 2024</li></ul>""",
        # An error dialog styled as a comment.
        """<div class="modal comment-modal-error"><div class="modal-content comment">
        <div class="modal-body comment-body"><p>Dein Kommentar wurde nicht gespeichert.</p></div></div></div>""",
        # A comment area whose only element says it is closed.
        """<div class="comment-wrapper"><div class="comment-text">Comentarios cerrados</div></div>""",
        # A comments heading over dated blocks that have no author.
        """<h2>Comments</h2><div><p>3 May 2024</p><p>Site maintenance tonight.</p></div>
        <div><p>4 May 2024</p><p>Maintenance done.</p></div>""",
    ],
    ids=[
        "customer-reviews",
        "related-posts",
        "recent-comments-list",
        "error-dialog",
        "closed-notice",
        "no-authors",
    ],
)
def test_things_that_look_like_comments_are_not(markup):
    assert comments_of(markup) == []


def test_a_page_wrapper_named_dialog_does_not_hide_the_comments():
    markup = """<div class="dialog-off-canvas-main-canvas"><section class="comment-wrapper">
    <div class="comment"><span class="comment-author">Ada</span><time>1 hour ago</time>
      <div class="comment-text">Visible.</div></div></section></div>"""
    assert rows(comments_of(markup)) == [("Ada", "Visible.", None)]


def test_web_components_are_named_by_their_tags_and_their_parts_by_ids():
    """Polymer marks every element inside a component `style-scope <component>`: the class
    says nothing there, the tag names the item and the ids name its parts."""
    item = """<ytd-comment-renderer id="comment" class="style-scope ytd-comment-thread-renderer">
      <div id="main" class="style-scope ytd-comment-renderer">
        <a id="author-text" class="yt-simple-endpoint style-scope ytd-comment-renderer"
           href="/channel/{name}"><span class="style-scope ytd-comment-renderer">{name}</span></a>
        <yt-formatted-string id="published-time-text" class="style-scope ytd-comment-renderer"
           ><a class="yt-simple-endpoint style-scope yt-formatted-string">1 week ago</a>
        </yt-formatted-string>
        <yt-formatted-string id="content-text" class="style-scope ytd-comment-renderer"
           >{text}</yt-formatted-string>
        <span class="more-button style-scope ytd-comment-renderer">Read more</span>
      </div></ytd-comment-renderer>"""
    thread = """<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer">{item}
      <div id="replies" class="style-scope ytd-comment-thread-renderer">
        <ytd-comment-replies-renderer class="style-scope ytd-comment-thread-renderer">
          <div id="loaded-replies" class="style-scope ytd-comment-replies-renderer">{reply}</div>
        </ytd-comment-replies-renderer></div></ytd-comment-thread-renderer>"""
    markup = '<div id="sections" class="style-scope ytd-watch">{}</div>'.format(
        thread.format(
            item=item.format(name="Lisa", text="The screen is too dim."),
            reply=item.format(name="Tada", text="Mine is fine at full brightness."),
        )
        + thread.format(item=item.format(name="Gary", text="Great review."), reply="")
    )
    found = comments_of(markup)
    assert rows(found) == [
        ("Lisa", "The screen is too dim.", None),
        ("Tada", "Mine is fine at full brightness.", 0),
        ("Gary", "Great review.", None),
    ]
    assert (found[0].posted_text, found[0].posted_at) == (
        "1 week ago",
        datetime(2024, 10, 27, 10, 20, tzinfo=UTC),
    )


def test_a_toggle_s_label_is_chrome_not_the_comment_text():
    item = """<div class="comment" id="comment_{n}"><div class="comment__body">
      <div class="comment__header"><a href="/@{name}"><span class="user__nick">{name}</span></a>
        <time class="comment__datetime" datetime="2018-04-24T11:0{n}:03+03:00">2 hours ago</time></div>
      <div class="comment__content"><p>{text}</p></div></div>
      <div class="comment-toggle-children"><span class="comment-toggle-children__text">Show
        branch</span> <span class="comment-toggle-children__count">1</span></div>
      <div class="comment__children">{replies}</div></div>"""
    reply = item.format(n=2, name="Zozobob", text="Not only that.", replies="")
    markup = item.format(n=1, name="morrasus", text="What does it mean?", replies=reply)
    assert rows(comments_of(markup)) == [
        ("morrasus", "What does it mean?", None),
        ("Zozobob", "Not only that.", 0),
    ]


def test_a_quote_s_expand_control_inside_the_message_is_left_out():
    post = """<li id="post-{n}" class="message" data-author="{name}"><div class="messageContent">
      <blockquote class="messageText">{quote}{text}</blockquote></div>
      <div class="messageMeta"><a class="username" href="/members/{name}.{n}/">{name}</a>,
        <span class="DateTime" title="Mar 3, 2016 at 4:0{n} PM">Mar 3, 2016</span></div></li>"""
    quote = """<div class="bbCodeBlock bbCodeQuote"><aside><div class="attribution">Crow said:
      </div><blockquote class="quoteContainer"><div class="quote">Rolling now.</div>
      <div class="quoteExpand"><span class="expander">Click to expand...</span>
      <span class="shrinker">Click to shrink...</span></div></blockquote></aside></div>"""
    markup = '<ol class="messageList">{}</ol>'.format(
        post.format(n=2, name="Crow", quote="", text="Rolling now.")
        + post.format(n=3, name="Higure", quote=quote, text="Good luck.")
    )
    assert [c.text for c in comments_of(markup)] == [
        "Rolling now.",
        "Crow said:\nRolling now.\nGood luck.",
    ]


def test_a_link_made_a_button_under_a_quote_is_a_control_not_words():
    post = """<article class="message" id="post-{n}"><a class="username" href="/members/{name}.{n}/">
      {name}</a> <time datetime="2026-03-2{n}T10:00:00Z">Mar 2{n}, 2026</time>
      <div class="message-body">{quote}{text}</div></article>"""
    quote = """<blockquote class="bbCodeBlock"><div class="bbCodeBlock-title">Ada said:</div>
      <div class="bbCodeBlock-content"><div>Does it respawn?</div>
      <div class="bbCodeBlock-more"><a role="button" tabindex="0">Click to expand...</a></div>
      </div></blockquote>"""
    markup = '<div class="thread">{}</div>'.format(
        post.format(n=1, name="Ada", quote="", text="Does it respawn?")
        + post.format(n=2, name="Bo", quote=quote, text="Not from a mob.")
        + post.format(n=3, name="Cy", quote="", text="Same here.")
    )
    assert [c.text for c in comments_of(markup)] == [  # the first post opens the topic
        "Ada said:\nDoes it respawn?\nNot from a mob.",
        "Same here.",
    ]


def test_an_activity_record_among_comments_is_not_a_comment():
    """A bug tracker lists status changes in the same box as comments: no reader wrote them."""
    item = """<div class="boardComment"><div class="boardCommentDetails">
      <a href="/~{user}" class="person">{name}</a> <span title="2016-07-19 08:14 UTC">on 2016-07-19</span>
      </div>{body}</div>"""
    said = '<div class="boardCommentBody"><div class="comment-text">{}</div></div>'
    change = """<div class="boardCommentActivity"><table class="bug-activity"><tr><td colspan="2">
      Changed in linphone (Ubuntu):</td></tr><tr><td><b>status</b>:</td><td>New → Confirmed</td>
      </tr></table></div>"""
    markup = (
        item.format(user="tommy", name="Tommy", body=said.format("Still seeing this bug."))
        + item.format(user="r0lf", name="Rolf", body=change)
        + item.format(user="colin", name="Colin", body=said.format("Some SIP providers fail."))
    )
    assert rows(comments_of(markup)) == [
        ("Tommy", "Still seeing this bug.", None),
        ("Colin", "Some SIP providers fail.", None),
    ]


NUMBERED_POST = """<article class="message message--post" data-author="{name}" data-index="{index}">
  <div class="message-user"><a href="/members/{name}.1/" class="username">{name}</a></div>
  <header class="message-attribution"><time datetime="2024-03-0{n}T10:00:00Z">Mar {n}</time>
    <a href="{permalink}">#{n}</a></header>
  <div class="message-content"><div class="bbWrapper">{text}</div></div></article>"""


def forum_topic(permalink: str, *, index_from: int | None = None) -> str:
    posts = [("Ada", "Should the theme be dark?"), ("Bola", "Keep it light."), ("Chen", "+1")]
    return "".join(
        NUMBERED_POST.format(
            name=name,
            n=n,
            index="" if index_from is None else n - 1 + index_from,
            permalink=permalink.format(n=n),
            text=text,
        )
        for n, (name, text) in enumerate(posts, start=1)
    )


def test_a_topic_s_post_numbered_one_is_the_article_not_a_comment():
    found = comments_of(forum_topic("/threads/dark-theme.8276/post-11421{n}"))
    assert [c.author for c in found] == ["Bola", "Chen"]


def test_posts_counted_from_zero_start_with_the_article():
    found = comments_of(forum_topic("/t/dark-theme/{n}", index_from=0).replace(">#", ">no "))
    assert [c.author for c in found] == ["Bola", "Chen"]


def test_a_post_counted_in_words_as_number_one_is_the_article():
    found = comments_of(forum_topic("/705474-post{n}.html").replace(">#", ">post #"))
    assert [c.author for c in found] == ["Bola", "Chen"]


def test_comments_numbered_from_one_are_all_comments():
    """A bug tracker or a blog numbers its comments under an article that is not one."""
    found = comments_of(forum_topic("/+bug/566075/comments/{n}"))
    assert [c.author for c in found] == ["Ada", "Bola", "Chen"]


def test_a_bem_modifier_with_a_digit_is_not_a_css_module_hash():
    """`comment__message_downgrade-2` is a message, not a `comment` with a generated suffix."""
    item = """<li class="content-list__item content-list__item_comment"><div class="comment">
      <div class="comment__head {head}"><a href="/users/{name}/" class="user-info">
        <span class="user-info__nickname user-info__nickname_comment">{name}</span></a>
        <time class="comment__date-time">23.04.18 в 07:4{n}</time></div>
      <div class="comment__message comment__message_downgrade-2">{text}</div></div></li>"""
    markup = '<ul class="content-list content-list_comments">{}</ul>'.format(
        item.format(n=1, name="gudvinr", text="Certbot is official.", head="")
        + item.format(
            n=2, name="Nexon", text="A nice joke, I liked it.", head="comment__head_topic-author"
        )
    )
    assert rows(comments_of(markup)) == [
        ("gudvinr", "Certbot is official.", None),
        ("Nexon", "A nice joke, I liked it.", None),
    ]


def test_a_date_named_like_a_comment_is_a_part_and_a_sign_up_notice_is_no_comment():
    item = """<table class="commentBackground{kind}"><tr><td><a href="/profile/profile.aspx?id={n}">
      <img class="commentAvatarImage" src="a.jpg"></a></td><td><div>
      <div class="commentAdminLink"><a href="#">Report Comment</a></div>
      <a id="lstComment_ctrl{n}_lnkScreenName" class="comment" href="/profile/profile.aspx?id={n}"
        >{name}</a> <span id="lstComment_ctrl{n}_lblCommentDate" class="comment">({n} day ago)</span>
      </div><div class="comment">{text}</div></td></tr></table>"""
    notice = """<span class="comment"><div class="comment">In order to post a comment on this
      page, you must <a href="/profile/login/default.aspx?ReturnUrl=%2fa">sign in</a>. If you do
      not have a site account, you can <a href="/profile/account/createaccount.aspx">create an
      account for free</a>.</div></span>"""
    markup = (
        item.format(kind="Alternate", n=1, name="Richard Hart", text="Simply ghastly.")
        + item.format(kind="", n=2, name="Eagle 4", text="It started at the Big House.")
        + notice
    )
    assert rows(comments_of(markup)) == [
        ("Richard Hart", "Simply ghastly.", None),
        ("Eagle 4", "It started at the Big House.", None),
    ]


@pytest.mark.parametrize("heading", ["コメントする", "发表评论", "댓글 쓰기", "Leave a comment"])
def test_a_heading_that_asks_for_a_comment_names_no_list(heading):
    markup = f"""<h3>{heading}</h3><ul>
    <li><strong>Ada</strong> | Saturday, 2 November 2024 - 14:05<p>Fuel costs too much.</p></li>
    <li><strong>Bola</strong> | Saturday, 2 November 2024 - 15:30<p>It does.</p></li></ul>"""
    assert comments_of(markup) == []


def test_a_relative_time_s_tooltip_gives_the_full_date_unless_it_is_ambiguous():
    item = """<li class="comment"><span class="comment-author">{name}</span>
      <span class="comment-date" title="{title}">{shown}</span><p class="comment-text">{text}</p></li>"""
    markup = "<ol class='comment-list'>{}</ol>".format(
        item.format(name="Ada", title="Mar 3, 2016 at 4:05 PM", shown="8 years ago", text="One.")
        + item.format(name="Bola", title="Posted on 5/8/2024", shown="6 months ago", text="Two.")
    )
    found = comments_of(markup)
    assert [c.posted_at for c in found] == [
        datetime(2016, 3, 3, 16, 5, tzinfo=UTC),
        datetime(2024, 5, 7, 10, 20, tzinfo=UTC),
    ]


FORUM_RECORD = """<li class="postbitlegacy postcontainer" id="post_70295{n}">
  <div class="posthead"><span class="postdate"><span class="date">04-0{n}-2005, 06:46 PM</span></span>
    <a href="#post{n}" class="postcounter">#1{n}</a></div>
  <div class="userinfo"><a class="username" href="/member.php?u={n}">{name}</a>
    <span class="usertitle">Moderator</span><dl><dt>Join Date</dt><dd>May 2004</dd>
    <dt>Posts</dt><dd>1,135</dd></dl></div>
  <div class="postbody"><div class="postrow"><div class="content">
    <blockquote class="postcontent restore">{text}</blockquote></div></div>
    <div class="textcontrols"><a href="/newreply.php?p={n}">Reply With Quote</a></div></div></li>"""


def test_forum_posts_are_found_by_their_numbered_ids_and_read_from_their_message():
    markup = '<ol id="posts" class="posts">{}</ol>'.format(
        FORUM_RECORD.format(n=1, name="JBL", text="My wife provided a great tip on bulbs.")
        + FORUM_RECORD.format(n=2, name="Est", text="Crikey and blimey! A first for me.")
    )
    found = comments_of(markup)
    assert rows(found) == [
        ("JBL", "My wife provided a great tip on bulbs.", None),
        ("Est", "Crikey and blimey! A first for me.", None),
    ]
    assert found[0].posted_at == datetime(2005, 4, 1, 18, 46, tzinfo=UTC)


def test_numbered_rows_that_are_mostly_links_or_teasers_or_pingbacks_are_no_comments():
    thread_row = """<tr id="thread{n}"><td><a href="/showthread.php?t={n}">Fuel prices thread {n}</a>
      </td><td><a href="/member.php?u={n}">Ada</a></td><td>12</td><td>04-0{n}-2005
      <a href="/member.php?u=9">Bola</a></td></tr>"""
    teaser = """<article id="post-{n}" class="hentry"><h2><a href="/2024/05/story-{n}/">Fuel prices rise again, story
      {n}</a></h2><span class="author">Ada</span> <time datetime="2024-05-0{n}">May {n}</time>
      <p>The first lines of story {n}, long enough to read as prose.</p></article>"""
    pingback = """<li id="comment-{n}" class="pingback"><cite class="fn"><a href="/other/{n}">Other
      blog</a></cite> says: <span class="date">May {n}, 2024</span><p>[…] a linking excerpt
      from another blog post […]</p></li>"""
    for row, wrap in (
        (thread_row, "<table>{}</table>"),
        (teaser, "<main>{}</main>"),
        (pingback, "<ol>{}</ol>"),
    ):
        markup = wrap.format(row.format(n=3) + row.format(n=4))
        assert comments_of(markup) == []


def test_a_reply_s_content_is_its_text_and_ago_names_a_time():
    cell = """<div id="r_{n}" class="cell"><table><tr><td><img class="avatar" alt="{name}"></td>
      <td><span class="no">{n}</span> <strong><a href="/member/{name}" class="dark">{name}</a></strong>
      <span class="ago">5 小时 7 分钟前</span><div class="reply_content">{text}</div></td></tr></table></div>"""
    markup = '<div class="box">{}</div>'.format(
        cell.format(n=1, name="msn1983aa", text="伸手必被捉，当大家白痴么")
        + cell.format(n=2, name="wszgrcy", text="不激励了，但是带宽照样占用？")
    )
    found = comments_of(markup)
    assert rows(found) == [
        ("msn1983aa", "伸手必被捉，当大家白痴么", None),
        ("wszgrcy", "不激励了，但是带宽照样占用？", None),
    ]
    assert found[0].posted_at == datetime(2024, 11, 3, 5, 20, tzinfo=UTC)


def test_replies_numbered_like_the_posts_they_sit_in_are_their_replies():
    post = """<div id="post_{n}" class="row_reply"><div class="re_info"><small>#{n} - 2020-5-4 10:5{n}
      </small></div><div class="inner"><strong><a href="/user/{name}" class="l">{name}</a></strong>
      <div class="reply_content"><div class="message">{text}</div>{replies}</div></div></div>"""
    sub = """<div id="post_{n}" class="sub_reply"><div class="re_info"><small>#{n} - 2020-5-4 11:0{n}
      </small></div><strong class="userName"><a href="/user/{name}">{name}</a></strong>
      <div class="cmt_sub_content">{text}</div></div>"""
    markup = '<div id="comment_list">{}</div>'.format(
        post.format(
            n=2,
            name="valar",
            text="What does xsb mean?",
            replies=sub.format(n=3, name="brad", text="A new watch, maybe."),
        )
        + post.format(n=4, name="kato", text="Bumping this one.", replies="")
    )
    assert rows(comments_of(markup)) == [
        ("valar", "What does xsb mean?", None),
        ("brad", "A new watch, maybe.", 0),
        ("kato", "Bumping this one.", None),
    ]


def test_a_block_about_the_author_gives_way_to_the_name_inside_it():
    post = """<div class="post_block" id="post_id_2221029{n}"><div class="author_info"><ul>
      <li><p class="member_title">Ray Machine (you can smoke out of it!)</p></li>
      <li class="author"> {name} </li><li class="group_title">Registered</li></ul></div>
      <div class="post_body"><p class="posted_info">Posted <abbr class="published"
      title="2015-12-07T01:1{n}:00+00:00">07 December 2015 - 01:1{n} AM</abbr></p>
      <div class="post entry-content"><p>{text}</p></div></div></div>"""
    markup = '<div id="ips_Posts">{}</div>'.format(
        post.format(n=6, name="dankness420", text="Honestly I don't think it matters much.")
        + post.format(n=7, name="toaster032", text="A bubbler is essentially a bong.")
    )
    assert [c.author for c in comments_of(markup)] == ["dankness420", "toaster032"]


TABLE_POST = """<table class="tablebg"><tr><th>Author</th><th>Message</th></tr>
  <tr class="row1"><td><a name="p9535{n}"></a><b class="postauthor">{name}</b></td>
  <td><b>Post subject:</b> Re: Hex2Obj <b>Posted:</b> Wed Jun 1{n}, 2014 11:28 am</td></tr>
  <tr class="row1"><td class="profile">Joined: Wed Jun 11, 2014<br>Posts: 4</td>
  <td><div class="postbody">{text}</div></td></tr></table>"""


def test_forum_posts_laid_out_as_one_table_each_are_found_by_their_author_elements():
    markup = '<div id="pagecontent">{}</div>'.format(
        TABLE_POST.format(n=1, name="iTzCorky", text="I am trying to learn Hex2Obj.")
        + TABLE_POST.format(n=2, name="shakotay2", text="Post the mesh and chunk files.")
        + TABLE_POST.format(n=3, name="iTzCorky", text="Thanks, here they are.")
    )
    assert rows(comments_of(markup)) == [
        ("iTzCorky", "I am trying to learn Hex2Obj.", None),
        ("shakotay2", "Post the mesh and chunk files.", None),
        ("iTzCorky", "Thanks, here they are.", None),
    ]


def test_teasers_and_a_feed_of_one_account_are_not_posts():
    teaser = """<div class="col"><article><a href="/story-{n}.html"><header><p class="headline">
      Story {n}</p></header><p>The lead of story {n}, long enough to read as prose here.</p></a>
      <span class="author">{name}</span> <time datetime="2023-04-2{n}">vor {n} Minuten</time>
      </article></div>"""
    feed = """<div class="post"><span class="username">chahinez_tbt</span> <span>{n} year ago</span>
      <p>Nothing more comforting than the smell of cookies number {n} baking.</p></div>"""
    for markup in (
        teaser.format(n=1, name="Sofia Dreisbach") + teaser.format(n=2, name="Oliver Jungen"),
        f"<div>{feed.format(n=1) + feed.format(n=2) + feed.format(n=3)}</div>",
    ):
        assert comments_of(markup) == []


def test_a_slashed_date_is_a_date_not_a_path():
    item = """<div class="comment depth-0"><div class="comment-from"><h4>
      <a href="http://{name}.net" rel="nofollow">{name}</a></h4></div>
      <div class="comment-date">{when}</div><div class="comment-body"><p>{text}</p></div></div>"""
    markup = '<div class="comments">{}</div>'.format(
        item.format(name="Sonny", when="7/2/2015, 12:08:18 PM", text="Great post!")
        + item.format(name="Scott", when="about 11 minutes ago", text="Thanks, Sonny.")
    )
    found = comments_of(markup)
    assert [(c.posted_text, c.posted_at) for c in found] == [
        ("7/2/2015, 12:08:18 PM", datetime(2015, 7, 2, 12, 8, 18, tzinfo=UTC)),
        ("about 11 minutes ago", datetime(2024, 11, 3, 10, 9, tzinfo=UTC)),
    ]


def test_about_belongs_to_a_relative_time_not_to_the_author():
    markup = """<div class="photo-comment"><div class="photo-comment-info">
      <a class="nav-link" href="/photos/{name}">{name}</a>
      <span class="photo-comment-date">about 11 minutes ago</span></div>
      <div class="photo-comment-message">{text}</div></div>"""
    found = comments_of(markup.format(name="Jessiica77", text="It cracked me up!"))
    assert [(c.author, c.posted_text) for c in found] == [("Jessiica77", "about 11 minutes ago")]


def test_a_leading_line_that_is_only_the_comment_s_number_is_not_its_text():
    item = """<li class="commentbody" id="comment-1030934{n}"><cite><a href="http://{name}.com"
      >{name}</a></cite> <a class="commentlink" href="#comment-1030934{n}">May 2{n}, 2016</a>
      <div class="commentcount">{n}</div><p>{text}</p></li>"""
    markup = '<ul class="commentlist">{}</ul>'.format(
        item.format(n=1, name="LeAnne", text="I also am obsessed with cucumber.")
        + item.format(n=2, name="KayN", text="This looks great!")
    )
    assert [c.text for c in comments_of(markup)] == [
        "I also am obsessed with cucumber.",
        "This looks great!",
    ]


def test_a_dated_comment_without_a_named_author_takes_the_name_its_link_shows():
    item = """<div class="comment depth-0"><div class="comment-from"><h4>
      <a href="http://{site}.net" rel="nofollow">{name}</a></h4></div>
      <div class="comment-date">7/{n}/2015, 12:08:18 PM</div>
      <div class="comment-body"><p>{text} See <a href="http://example.com/x">this</a>.</p></div>
      <a href="#reply-{n}">Reply</a></div>"""
    markup = '<div class="comments">{}</div>'.format(
        item.format(n=2, site="sonny", name="Sonny Lanorias", text="Great post!")
        + item.format(n=3, site="scott", name="Scott Ayres", text="Thanks, Sonny.")
    )
    assert [c.author for c in comments_of(markup)] == ["Sonny Lanorias", "Scott Ayres"]


def test_a_row_s_heading_is_its_author_and_date_line_and_a_comment_permalink_no_title():
    row = """<li id="cid56647{n}"><h4><a>{name}</a> - Thursday, June 2{n}, 2017 -
      <a href="/comments/11591/amd-ryzen-pro/56647{n}">link</a></h4>
      <span>{text}</span> <a href="/Comment/NewComment/11591?parentCommentId=56647{n}"
      class="reply_btn">Reply</a></li>"""
    markup = '<ul id="ulComments">{}</ul>'.format(
        row.format(n=5, name="prime2515103", text="No wonder Ryzens don't OC very well.")
        + row.format(n=6, name="Gothmoth", text="They kept the good silicon for these.")
    )
    assert rows(comments_of(markup)) == [
        ("prime2515103", "No wonder Ryzens don't OC very well.", None),
        ("Gothmoth", "They kept the good silicon for these.", None),
    ]


VB3_POST = """<div align="center"><div class="page"><div id="edit{id}">
  <table id="post{id}" class="tborder"><tr><td class="thead">04-0{n}-2005, 06:46 PM</td>
  <td class="thead">#<a href="/showthread.php?p={id}#post{id}" id="postcount{id}"><strong>{n}</strong></a></td></tr>
  <tr><td class="alt2"><a href="/user/{name}-{n}/">{name}</a>
  <div class="smallfont">Member</div><div class="smallfont"><div>Join Date: Aug 2003</div>
  <div>Posts: 931</div></div></td>
  <td class="alt1"><div id="post_message_{id}">{text}</div></td></tr></table></div></div></div>"""


def vb3_topic() -> str:
    posts = [("Ada", "Amarok plays no MP3 files here."), ("Bola", "Install the plugins first.")]
    posts.append(("Chen", "The plugins are installed already."))
    return '<div id="posts">{}</div>'.format(
        "".join(
            VB3_POST.format(id=1927645 + n, n=n, name=name, text=text)
            for n, (name, text) in enumerate(posts, start=1)
        )
    )


def test_numbered_posts_each_wrapped_alone_in_sibling_containers_are_one_list():
    assert rows(comments_of(vb3_topic())) == [
        ("Bola", "Install the plugins first.", None),
        ("Chen", "The plugins are installed already.", None),
    ]


def test_a_post_number_written_as_a_mark_before_a_link_names_the_opening_post():
    markup = vb3_topic()
    assert [c.author for c in comments_of(markup.replace("#<a", "<a"))] == ["Ada", "Bola", "Chen"]


def test_an_element_named_only_by_its_id_is_a_part_of_the_comment():
    """vBulletin's `div#post_message_123` is the message, not the user column beside it."""
    found = comments_of(vb3_topic())
    assert "Join Date" not in found[0].text


def test_numbered_comments_nested_in_one_another_are_not_one_flat_list():
    markup = """<ol class="commentlist"><li id="comment-1"><cite class="fn">Ada</cite>
      <span class="date">May 3, 2024</span><div class="text"><p>First.</p></div>
      <ul class="children"><li id="comment-2"><cite class="fn">Bola</cite>
      <span class="date">May 4, 2024</span><div class="text"><p>A reply.</p></div></li></ul>
      </li></ol>"""
    assert rows(comments_of(markup)) == [("Ada", "First.", None), ("Bola", "A reply.", 0)]


def test_an_empty_element_named_as_the_text_is_not_the_comment_s_text():
    """`<p id="comment-content-1"><p>…</p></p>`: the parser closes the named paragraph at once."""
    item = """<li class="comment" id="comment-{n}"><div class="media"><div class="media-left">
      <a href="/user/{n}"><img class="user_profile" alt="{name} avatar" src="/p/{n}.jpg"></a></div>
      <div class="media-body"><div class="media-heading"><h3 class="h5 comment-subject">{subject}
      </h3></div> Submitted by <a href="/user/{n}">{name}</a> on <small>6 August 2014 - 13:43.</small>
      </div></div><div class="content commentContent"><p id="comment-content-{n}"><p>{text}</p></p>
      </div><div class="user-signature"><p>Happy cooking,</p><p>{name}</p></div></li>"""
    markup = '<ol class="comments">{}</ol>'.format(
        item.format(n=1, name="Ada", subject="Did you use", text="Did you use frying potatoes?")
        + item.format(
            n=2, name="Bola", subject="Hi Ada", text='Hi <a href="/user/1">Ada</a>, any will do.'
        )
    )
    assert [c.text for c in comments_of(markup)] == [
        "Did you use frying potatoes?",
        "Hi Ada, any will do.",
    ]


def test_an_account_number_after_the_name_is_no_part_of_it():
    item = """<li class="comment"><div class="details">by <a href="/~{name}">{name} ({n})</a>
      on Monday December 17, 2007 @07:40PM</div><div class="commentBody">{text}</div></li>"""
    markup = '<ul id="commentlisting">{}</ul>'.format(
        item.format(name="kv9", n=697238, text="It is a toy system.")
        + item.format(name="reporter", n=66690, text="It looks like a clone now.")
    )
    assert [c.author for c in comments_of(markup)] == ["kv9", "reporter"]


def test_numbered_table_row_groups_are_posts():
    post = """<tbody id="post_{n}"><tr><td class="poster_info"><p class="nick">{name}</p></td>
      <td class="message"><p class="post-time"><a href="/t?p={n}">11-Nov-16 19:{n}</a></p>
      <div class="post_body">{text}</div></td></tr></tbody>"""
    markup = '<table class="topic">{}</table>'.format(
        post.format(n=31, name="Ada", text="Which year is this release from?")
        + post.format(n=32, name="Bola", text="It came out in 2016, remastered.")
        + post.format(n=33, name="Chen", text="Thanks, the folder name is fixed.")
    )
    assert [c.author for c in comments_of(markup)] == ["Ada", "Bola", "Chen"]


def test_a_board_s_default_name_beside_a_per_post_key_is_the_author():
    item = """<div class="zuzy wuxo" id="r{n}"><div class="zuzy-vyzy"><span class="kyzy">無名</span
      ><span class="wuzy">2021/12/0{n}(五)</span><span>14:2{n}:16</span
      ><span class="juqy">ID:{key}</span><span class="wyzy">No.2520801{n}</span></div>
      <div class="zyxu">{text}</div></div>"""
    texts = [
        "阿凜什麼都不在意 只要有遊戲玩就好。",
        "感覺她根本不想要那麼多訂閱。",
        "為什麼不看底邊，做幾年還沒開收益的一大堆。",
        "樓上說得對，不過動畫的演出還是很有魄力。",
    ]
    keys = ["zQb1xZ.A", "iw3Tyias", "es3idLAY", "K2Cg5kyg"]
    blocks = (
        item.format(n=n, key=key, text=text)
        for n, (key, text) in enumerate(zip(keys, texts, strict=True), 1)
    )
    found = comments_of(f"<div>{''.join(blocks)}</div>")
    assert len(found) >= 3
    assert {c.author for c in found} == {"無名"}
