"""Blocks of article pages that look like comments and are not: a template's empty slots,
teaser cards of other articles."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments.extract import extract_comments
from flows.parse.comments.lookalikes import the_articles_byline, without_a_lone_notice
from flows.parse.page import parse_page
from tests.support.comment_pages import FETCHED, comments_of


def test_a_templates_slots_are_not_a_comment():
    markup = """<div class="comments"><ul>
    <li class="comment {{depthClass}}" id="comment-{{id}}">
      <span class="comment-author">{{nick}}</span> <span class="comment-date">{{date}}</span>
      <div class="comment-text">{{content}}</div></li>
    </ul></div>"""
    assert comments_of(markup) == []


def test_a_server_templates_source_is_not_a_comment():
    markup = """<ol class="comment-list"><li class="comment"><article>
      <footer class="comment-meta">
      <span class="comment-author">' . get_comment_author( $comment ) . '</span>
      <time class="comment-date">%2$s</time></footer>
      <div class="comment-text">'; if ( $avatar ) { $markup .= $avatar; } $markup .= '</div>
    </article></li></ol>"""
    assert comments_of(markup) == []


_CARD = """<div class="comment-item"><h3><a href="/news/{slug}">{headline}</a></h3>
  <span class="comment-author">Staff writer</span> <time datetime="2024-11-0{day}">Nov {day}</time>
  <p class="comment-text">{excerpt}</p></div>"""


def test_cards_headed_by_another_articles_headline_are_not_comments():
    cards = [
        ("water", "Drought stops the water deliveries north", 1, "The dams are half full."),
        ("trade", "Tomato growers fear the new tariffs", 2, "Nearly all exports go north."),
        ("border", "Thirteen people handed over at the border", 3, "They were taken home."),
    ]
    markup = '<div class="comments">' + "".join(
        _CARD.format(slug=slug, headline=headline, day=day, excerpt=excerpt)
        for slug, headline, day, excerpt in cards
    )
    assert comments_of(markup + "</div>") == []


def test_a_comment_headed_by_its_authors_linked_name_or_its_permalink_is_kept():
    markup = """<ol class="comment-list">
    <li class="comment"><h4 class="comment-author"><a href="https://ada.example.org/">Ada Lovelace
      of Marylebone</a></h4><time datetime="2024-11-01T08:00:00Z">1 Nov</time>
      <div class="comment-text"><p>The engine can do more than count.</p></div></li>
    <li class="comment"><h4><a href="/story/comment/12#comment-12">A reply about the engines</a></h4>
      <span class="comment-author">Bo</span> <time datetime="2024-11-01T09:00:00Z">1 Nov</time>
      <div class="comment-text"><p>A reply about the engines and their cards.</p></div></li>
    </ol>"""
    assert [c.text for c in comments_of(markup)] == [
        "The engine can do more than count.",
        "A reply about the engines and their cards.",
    ]


def test_a_lone_sentence_that_speaks_of_comments_is_the_areas_notice():
    markup = """<div id="comment-section"><div class="comment component">
    <div class="login-cta-container"><div class="login-cta-text">
    If you would like to add a comment, please register or log in</div>
    <div class="login-cta-buttons"><a href="#" class="signup-link">Register</a>
    <a href="#" class="login-link">Log in</a></div></div></div></div>"""
    assert comments_of(markup) == []


def test_two_like_lines_without_author_or_date_are_buttons():
    share = [Comment("Share this article"), Comment("Share this article")]
    assert without_a_lone_notice(share) == []
    two = [Comment("Share this article"), Comment("Looks fine to me")]
    assert without_a_lone_notice(two) == two


def test_a_lone_readers_sentence_without_author_or_date_is_kept():
    text = (
        "ada orang di luar sana yg berbuat baik supaya diketahui banyak orang dan berbuat"
        " baik tanpa perlu diketahui siapa pun"
    )
    markup = f'<div class="comment-box"><p class="comment-text">{text}</p></div>'
    assert [c.text for c in comments_of(markup)] == [text]


def test_a_line_naming_the_articles_author_is_its_byline():
    byline = [Comment("By Donna Bowater", author="7:09AM GMT")]
    assert the_articles_byline(byline, ["Donna Bowater"])
    reply = [Comment("Thanks for reading, Donna Bowater here", author="Donna Bowater")]
    assert not the_articles_byline(reply, ["Donna Bowater"])
    reader = [Comment("Great piece!", author="Ada")]
    assert not the_articles_byline(reader, ["Donna Bowater"])


def test_a_pages_byline_read_as_its_only_comment_is_dropped():
    html = """<html><head><meta name="author" content="Donna Bowater"></head><body>
    <article><h1>Mr Right does not exist, poll finds</h1>
    <div class="bylineComments"><span class="byline">By Donna Bowater</span>
      <span class="comment-date">7:09AM GMT 15 Dec 2011</span></div>
    <p>Most women give up on finding the perfect partner, a survey of two thousand adults
    suggests, and settle for a man who is good enough.</p></article></body></html>"""
    page = parse_page(html.encode(), fetched_at=FETCHED)
    assert page.comments == []


def test_a_list_under_a_latest_comments_heading_is_a_widget_whatever_its_name():
    markup = """<div class="article"><p>The article's text, long enough to be one.</p></div>
    <div id="asideNewComments" class="aside-box"><h3 class="aside-title">最新评论</h3>
    <div class="aside-content"><ul class="newcomment-list">
      <li><a class="title" href="/post/11#comments_1">Another post</a><p class="comment"><a
        class="user-name" href="/u/ada">Ada: </a><span>很好的文章，谢谢分享</span></p></li>
      <li><a class="title" href="/post/12#comments_2">A third post</a><p class="comment"><a
        class="user-name" href="/u/bo">Bo: </a><span>请问数据在哪里下载？</span></p></li>
      <li><a class="title" href="/post/13#comments_3">A fourth post</a><p class="comment"><a
        class="user-name" href="/u/cy">Cy: </a><span>就是没有坐标了，要重新定义</span></p></li>
    </ul></div></div>"""
    assert comments_of(markup) == []
    headed_as_its_own = markup.replace("最新评论", "评论")
    assert [c.author for c in comments_of(headed_as_its_own)] == ["Ada", "Bo", "Cy"]


def test_a_list_under_a_heading_of_its_own_comments_is_kept():
    markup = """<div id="comments" class="comments"><h3>Comments</h3><ul class="comment-list">
      <li class="comment"><span class="comment-author">Ada</span>
        <time datetime="2024-11-01T08:00:00Z">1 Nov</time><p>The engine can do more.</p></li>
      <li class="comment"><span class="comment-author">Bo</span>
        <time datetime="2024-11-01T09:00:00Z">1 Nov</time><p>It can weave patterns.</p></li>
      <li class="comment"><span class="comment-author">Cy</span>
        <time datetime="2024-11-01T10:00:00Z">1 Nov</time><p>And play music, too.</p></li>
    </ul></div>"""
    assert [c.author for c in comments_of(markup)] == ["Ada", "Bo", "Cy"]


def test_two_bare_calls_to_comment_are_the_areas_label_and_prompt():
    calls = [Comment("评论"), Comment("您还未登录，请先\n后发表或查看评论")]
    assert without_a_lone_notice(calls) == []
    kept = [Comment("评论"), Comment("Thanks for the write-up, it helped.")]
    assert without_a_lone_notice(kept) == kept


def test_an_ad_in_a_comments_slot_is_not_a_comment():
    item = """<div class="feed-comment"><div class="user"><span class="nick">{name}</span></div>
      <div class="content">{text}</div><div class="when">2024-05-1{day} 10:00</div></div>"""
    readers = [
        ("Ada", "Support the platform on this one.", 1),
        ("Bo", "Nobody asked for a second season.", 2),
    ]
    ad = """<div class="feed-comment"><div class="ad-cell"><p class="ad-name">Legend Online</p>
      <p class="ad-title">Play the legend for free today, no download needed!</p>
      <div class="tag"><span>Ad</span><span>See more</span></div></div></div>"""
    markup = (
        '<div class="comment-list">'
        + item.format(name="Ada", text=readers[0][1], day=1)
        + ad
        + item.format(name="Bo", text=readers[1][1], day=2)
        + "</div>"
    )
    assert [c.author for c in comments_of(markup)] == ["Ada", "Bo"]


def test_notices_speaking_of_comments_in_any_language_read_are_the_areas():
    russian = [Comment("Комментарии закрыты."), Comment("Войдите, чтобы оставить комментарий.")]
    assert without_a_lone_notice(russian) == []
    readers = [Comment("Статья хорошая."), Comment("Спасибо автору за подробности.")]
    assert without_a_lone_notice(readers) == readers


_DATED = """<div class="comment"><a class="author" href="/users/{name}">{name}</a>
  <span class="date">2024-05-1{day} 10:00</span><div class="text">{text}</div></div>"""


def _thread(card_box: str) -> str:
    replies = [("Ada", "Use the TUN mode instead.", 3), ("Bo", "That did it, thanks.", 4)]
    replies.append(("Cy", "Turn the system proxy off first.", 5))
    return (
        '<div class="article"><p>How to route a terminal through the proxy.</p></div>'
        + card_box
        + '<div class="comments-feed">'
        + "".join(_DATED.format(name=name, text=text, day=day) for name, text, day in replies)
        + "</div>"
    )


def test_an_undated_card_alone_before_a_dated_thread_is_not_a_comment():
    card = """<div class="ui comments"><div class="comment"><a class="author" href="/users/di">di</a>
      <a href="/users/di/reputation">762 points</a><div class="text">Dream big</div></div></div>"""
    assert [c.author for c in comments_of(_thread(card))] == ["Ada", "Bo", "Cy"]


def test_an_undated_first_comment_among_the_thread_is_kept():
    first = """<div class="comment"><a class="author" href="/users/di">di</a>
      <div class="text">Does anyone know how to route a terminal?</div></div>"""
    markup = _thread("").replace(
        '<div class="comments-feed">', '<div class="comments-feed">' + first
    )
    assert [c.author for c in comments_of(markup)] == ["di", "Ada", "Bo", "Cy"]


_QUOTE_BOX = """<div class="comment-box"><div class="text">{text}</div>
  <div class="author">by <a href="/member/{name}">{name}</a></div>
  <time datetime="2024-06-1{day}T16:30:00">16:30</time></div>"""


def test_a_page_whose_every_comment_is_a_quote_shows_readers_words_off_their_thread():
    quotes = [
        ('"Sounds really interesting, the setting speaks to me at once."', "Kai", 1),
        ('"More interesting than the main series, let us see how it goes."', "Bo", 2),
        ('"A new chapter would be welcome: more horror, less action, please!"', "Cy", 3),
    ]
    boxes = [_QUOTE_BOX.format(text=text, name=name, day=day) for text, name, day in quotes]
    assert comments_of('<div class="comments">' + "".join(boxes) + "</div>") == []
    boxes[1] = _QUOTE_BOX.format(text="Agreed, and the music is great too.", name="Bo", day=2)
    assert len(comments_of('<div class="comments">' + "".join(boxes) + "</div>")) == 3


def test_a_review_with_its_helpfulness_count_is_not_a_comment():
    markup = """<h2>User Comments</h2><div class="comment">
      <b>550 out of 652 people found the following comment useful:-</b><br>
      <b>Tied for the best film I have seen</b>, <small>26 November 2003</small><br>
      <small>Author: <a href="/user/ur1">carflo</a> from Earth</small>
      <p>Why do I want to write the 234th comment on it? Because it deserves every one.</p></div>"""
    assert comments_of(markup) == []


_RATED = """<div class="comment-item"><span class="comment-author">{name}</span>
  {rating}<span class="comment-time">2024-04-0{day} 13:19</span>
  <p class="comment-content">{text}</p></div>"""


_STARS = '<span class="stars-5 rating" title="5 of 5"></span>'


def _rated_page(heading: str, stars: bool = True) -> str:
    notes = [
        ("Ana", "Slow and quiet, the harbour scenes stay with you for days.", 1),
        ("Ben", "The two leads carry it, though the last episode drags a little.", 2),
        ("Cleo", "I laughed more than I expected; the dialogue is sharp and kind.", 3),
    ]
    items = "".join(
        _RATED.format(name=name, rating=_STARS if stars else "", text=text, day=day)
        for name, text, day in notes
    )
    story = f"<article><h1>{heading}</h1><p>A drama about two friends.</p></article>"
    return f'<html><body>{story}<div id="comments">{items}</div></body></html>'


def test_rated_items_on_a_page_headed_as_reviews_are_not_comments():
    page = _rated_page("The Quiet Harbour 短评")
    assert extract_comments(LexborHTMLParser(page), FETCHED) == []
    page = _rated_page("The Quiet Harbour: viewer reviews")
    assert extract_comments(LexborHTMLParser(page), FETCHED) == []


def test_rated_comments_under_a_title_naming_no_reviews_stay_comments():
    page = _rated_page("The Quiet Harbour")
    assert len(extract_comments(LexborHTMLParser(page), FETCHED)) == 3


def test_unrated_items_on_a_page_headed_as_reviews_stay_comments():
    page = _rated_page("The Quiet Harbour reviews", stars=False)
    assert len(extract_comments(LexborHTMLParser(page), FETCHED)) == 3


_LATEST = """<li><div><b>{name}</b> <span>{when}</span></div>
  <div><a href="https://journal.example.org/{entry}.html?thread={thread}#t{thread}">{title}</a></div>
  <div>{text}</div></li>"""


def test_a_list_of_comments_each_on_another_page_is_a_widget_not_this_pages_thread():
    latest = [
        ("ada", "27 Jul 2022, 10:29", 975387, 13051675, "From the archive", "Brilliant, thanks!"),
        ("bo", "13 May 2022, 20:08", 1002526, 13050654, "One more", "We will miss your posts."),
        ("cy", "27 Apr 2022, 21:29", 1002211, 13049000, "Hamlet", "Why translate it again?"),
    ]
    markup = '<div class="comments"><h3>Comments</h3><ul>' + "".join(
        _LATEST.format(name=n, when=w, entry=e, thread=t, title=title, text=text)
        for n, w, e, t, title, text in latest
    )
    assert comments_of(markup + "</ul></div>") == []


def test_comments_linking_to_places_on_this_page_or_their_own_permalinks_are_kept():
    markup = """<ol class="comment-list">
    <li class="comment"><span class="comment-author">Ada</span>
      <a href="https://blog.example.org/engines/#comment-11">1 Nov 2024</a>
      <div class="comment-text"><p>The engine can do more than count.</p></div>
      <a href="https://blog.example.org/engines/?replytocom=11#respond">Reply</a></li>
    <li class="comment"><span class="comment-author">Bo</span>
      <a href="https://blog.example.org/engines/#comment-12">2 Nov 2024</a>
      <div class="comment-text"><p>It weaves patterns as a loom weaves flowers.</p></div>
      <a href="https://blog.example.org/engines/?replytocom=12#respond">Reply</a></li>
    <li class="comment"><span class="comment-author">Cy</span>
      <a href="/comment/13#comment-13">3 Nov 2024</a>
      <div class="comment-text"><p>And the cards hold the program.</p></div></li>
    </ol>"""
    assert [c.author for c in comments_of(markup)] == ["Ada", "Bo", "Cy"]


_ENTRY = """<article id="entry-{entry}"><div><time datetime="2014-04-{day}">April {day}th, 2014, 12:3{day} pm</time></div>
  <h3><a href="https://journal.example.org/{entry}.html">{title}</a></h3>
  <div class="body">{text}</div>
  <footer><a href="https://journal.example.org/{entry}.html?view=comments#comments">{count}</a>
  <a href="https://journal.example.org/{entry}.html?mode=reply#add_comment">Leave a comment</a></footer>
  </article>"""


def test_a_journals_entries_each_linking_to_their_own_comments_are_not_comments():
    entries = [
        (1002211, 15, "Rope", "Having said A, one has to say B some day. The script broke.", 44),
        (1002101, 12, "From FB", "The first stanza came in a dream, the rest by the sea.", 3),
        (1001998, 11, "One more", "We ate the last rusks on Thursday and walked on north.", 2),
        (1001870, 10, "Old one", "The fir tree says goodbye and hides in the snow again.", 1),
    ]
    markup = "<main>" + "".join(
        _ENTRY.format(entry=e, day=d, title=t, text=x, count=c) for e, d, t, x, c in entries
    )
    assert comments_of(markup + "</main>") == []


def test_a_comment_dated_by_a_templates_slot_is_the_template_whatever_its_badge_says():
    markup = """<div class="comments">
    <div data-id="{{comment.id}}" class="comment comment-item"><div class="comment-content">
    <header><div class="editor-choice"><span class="label">Editor's pick</span></div>
    <div class="comment-name" ng-bind-html="comment.nick|html"></div>
    <div class="comment-time"><time><span>{{ comment.created | prettyDate}}</span></time></div>
    </header><p class="comment-text" ng-bind-html="comment.content"></p></div></div></div>"""
    assert comments_of(markup) == []
