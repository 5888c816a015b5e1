"""Comment extraction on the comment systems of news sites first met on pages nobody had
read (rendered comment widgets, article pages showing their forum's posts, threads nested
deep), from small pages written here."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments
from tests.support.comment_pages import FETCHED, comments_of, rows


def _widget_comment(name: str, words: str, replies: str = "") -> str:
    return f"""<article class="comment-article">
      <header class="comment-head"><a class="comment-username">{name}</a>
        <time datetime="2013-07-01T10:00:00Z">1 Jul</time></header>
      <section class="comment-body"><div class="comment-words">{words}</div></section>
      <div class="comment-replies">{replies}</div></article>"""


def _mention(name: str) -> str:
    return (
        '<a typeof="Person" property="url" href="/user/profile/88">'
        f'@<span property="name">{name}</span></a>'
    )


def test_a_person_the_words_mention_by_structured_data_is_not_the_author():
    reply = _widget_comment("Bo", f"<p>{_mention('Ada')} I agree, and more so.</p>")
    markup = (
        '<div class="comment-list">' + _widget_comment("Ada", "<p>First!</p>", reply) + "</div>"
    )
    assert rows(comments_of(markup)) == [
        ("Ada", "First!", None),
        ("Bo", "@Ada I agree, and more so.", 0),
    ]


def test_a_mention_alone_in_the_first_paragraph_of_the_words_stays_in_the_text():
    words = (
        f"<p>{_mention('Ada')}&nbsp;</p><p><br></p><p>That is not what the story says at all.</p>"
    )
    markup = (
        '<div class="comment-list">'
        + _widget_comment("Ada", "<p>First words of the thread.</p>")
        + _widget_comment("Bo", words)
        + "</div>"
    )
    found = comments_of(markup)
    assert [c.author for c in found] == ["Ada", "Bo"]
    assert found[1].text.startswith("@Ada")
    assert found[1].text.endswith("That is not what the story says at all.")


def test_a_handle_shown_as_the_author_above_the_words_is_still_the_author():
    markup = """<div class="comment-list">
    <div class="comment"><p class="comment-author"><a href="/user/ada">@ada</a></p>
      <time datetime="2013-07-01T10:00:00Z">1 Jul</time>
      <p>Words long enough to be a paragraph of their own.</p></div>
    <div class="comment"><p class="comment-author"><a href="/user/bo">@bo</a></p>
      <time datetime="2013-07-01T11:00:00Z">1 Jul</time>
      <p>More words long enough to be a paragraph too.</p></div>
    </div>"""
    assert [c.author for c in comments_of(markup)] == ["@ada", "@bo"]


def _forum_post(kind: str, number: int, name: str, words: str) -> str:
    return f"""<div class="{kind}">
      <div class="dateline"><a class="permalink" href="/forum/containing/{number}">
        Posted Thursday 6th June 2013 1{number % 10}:43 GMT</a></div>
      <div class="author"><a href="/user/{number}/">{name}</a></div>
      <form method="GET" action="/post/report/{number}" class="report">
        <input class="act" type="submit" value="Report abuse"></form>
      <div class="body"><p>{words}</p></div>
      <div class="actions"><form method="POST" action="/post/vote/up/{number}" class="vote">
        <input class="up" type="submit" value=""> 0</form></div>
    </div>"""


def test_posts_whose_forms_are_only_buttons_and_whose_classes_add_marks_are_read():
    markup = (
        '<div id="in_article_forums"><div class="heading"><h2>Comments</h2>'
        '<div class="post"><a href="/forum/1/story/#comment-form">Post your comment</a></div>'
        '<div class="faq"><a href="/house_rules/">House Rules</a> <a href="mailto:desk@example.org">'
        "Spotted an error in the story? Send us your corrections and we will look at them</a>"
        "</div></div>"
        '<div id="top_posts">'
        + _forum_post("post edited", 1, "Ada", "Not at my company, we all got the new ones.")
        + _forum_post("post with-image edited", 2, "Bo", "Possibly, but that sets no high bar.")
        + _forum_post("post edited", 3, "Cy", "I agree that the other maker has the better plan.")
        + "</div></div>"
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Ada", "Not at my company, we all got the new ones."),
        ("Bo", "Possibly, but that sets no high bar."),
        ("Cy", "I agree that the other maker has the better plan."),
    ]


def test_a_box_named_like_comments_that_only_counts_them_is_no_comment():
    markup = """<div id="main"><div class="heading"><h2>Phones for all</h2>
      <div class="byline">By <a href="/author/15">Bill Ray</a>, 6th June 2013</div></div>
      <div id="side"><div class="comment_block"><div class="comments">
        <a class="count" title="View comments" href="https://forums.example.org/story-77/">7</a>
      </div></div></div>
      <div id="body"><p>The body of the story.</p></div></div>
    <div id="footer"><p>About us</p></div>"""
    assert comments_of(markup) == []


def test_a_name_that_ends_in_says_keeps_it_unless_the_word_stands_apart():
    def page(name: str) -> str:
        return f"""<ol class="comment-list"><li class="comment">
          <cite class="fn">{name}</cite> <time datetime="2013-07-01T10:00:00Z">1 Jul</time>
          <div class="comment-content"><p>Words of the comment.</p></div></li></ol>"""

    assert [c.author for c in comments_of(page("Justicesays"))] == ["Justicesays"]
    assert [c.author for c in comments_of(page("Ada says:"))] == ["Ada"]
    assert [c.author for c in comments_of(page("Ada<span>says:</span>"))] == ["Ada"]


def _threaded(number: int, subject: str, words: str, replies: str = "") -> str:
    return f"""<div class="spacer"><div class="lines"><div class="entry">
      <div class="head"><a class="title" href="/story?commentid={number}">{subject}</a></div>
      <div class="sub"><span class="date">By <a class="name" href="/user?u={number}">user{number}</a>
        on 5/15/2013 2:{number % 60:02d}:01 PM</span></div>
      <div><span class="words">{words}</span></div>
      <div class="kids">{replies}</div></div></div></div>"""


def test_a_thread_whose_replies_hold_many_words_is_read_with_its_opening_comment():
    filler = " ".join(["A reply that goes on about the phone and its price."] * 40)

    def reply(number: int, replies: str = "") -> str:
        return _threaded(number, "RE: Deep disappointment", f"{number}: {filler}", replies)

    replies = "".join(
        reply(number, "".join(reply(number * 10 + inner) for inner in range(3)))
        for number in range(2, 5)
    )
    markup = (
        '<div class="ArticleComments"><div class="tree">'
        + _threaded(1, "Deep disappointment", "I wanted a cheaper phone than this.", replies)
        + "".join(_threaded(number, "Storage", "Not enough.") for number in range(50, 54))
        + "</div></div>"
    )
    found = comments_of(markup)
    assert len(found) == 17
    assert (found[0].author, found[0].parent) == ("user1", None)
    assert found[0].text.endswith("I wanted a cheaper phone than this.")
    assert [comment.parent for comment in found[1:6]] == [0, 1, 1, 1, 0]
    assert (found[-1].author, found[-1].parent) == ("user53", None)


def test_the_model_a_script_copies_for_each_comment_is_no_comment():
    markup = """<div id="comments-panel" class="commentsWrapper">
    <ul class="hide"><li id="commentsTemplate"><div class="row">
      <span class="username">Full Name</span>
      <div class="commentText">Comment goes here.</div>
      <time class="commentTimestamp">12 hours ago</time>
      <a href="#" class="reply">Reply</a></div></li></ul>
    <ul id="commentsList"><li><p class="empty"><em>Be the first to comment</em></p></li></ul>
    </div>"""
    assert comments_of(markup) == []


def test_comments_on_a_page_whose_body_names_its_template_are_kept():
    html = """<html><body class="page-template-default"><div id="comments"><ol class="comment-list">
      <li class="comment"><cite class="fn">Ada</cite> <time datetime="2013-07-01">1 Jul</time>
        <div class="comment-content"><p>Real words.</p></div></li></ol></div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text) for c in found] == [("Ada", "Real words.")]


def test_a_picture_posted_as_a_comment_counts_where_no_element_names_the_text():
    def comment(number: int, body: str) -> str:
        return f"""<div class="comment" id="comment{number}"><div class="txt">{body}
          <div class="bottom"><img src="/avatar/7" class="avatar" alt="Ada">
          <a href="/user/Ada" class="comment_username">Ada</a>
          <span class="comment_date">14.07.2018 22:4{number}</span></div></div></div>"""

    markup = (
        '<div class="comment_list">'
        + comment(1, "<div>Cats do not care at all.</div>")
        + comment(
            2, '<div></div><div class="image"><img src="/pics/cat.jpeg" width="700" alt=""></div>'
        )
        + comment(3, "<div>They were looking behind the man.</div>")
        + "</div>"
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Ada", "Cats do not care at all."),
        ("Ada", ""),
        ("Ada", "They were looking behind the man."),
    ]


def test_comments_laid_out_as_a_head_a_body_and_a_footer_each_are_read():
    def entry(name: str, words: str, day: int) -> str:
        return f"""<dt class="comment-author"><a href="https://{name.lower()}.example.org/">{name}</a>
          said...</dt>
          <dd class="comment-body"><p>{words}</p></dd>
          <dd class="comment-footer"><span class="comment-timestamp">
          <a href="/2012/04/post.html?showComment={day}#c{day}">April {day}, 2012 at 9:13 PM</a>
          </span></dd>"""

    markup = (
        '<div class="comments" id="comments"><h4>3 comments:</h4>'
        '<div id="comments-block-wrapper"><dl id="comments-block">'
        + entry("Ada", "A few notes on the history of the standard.", 18)
        + entry("Bo", "Thanks, much appreciated!", 19)
        + entry("Cy", "A great explanation here.", 20)
        + "</dl></div></div>"
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Ada", "A few notes on the history of the standard."),
        ("Bo", "Thanks, much appreciated!"),
        ("Cy", "A great explanation here."),
    ]


def test_a_meta_block_showing_a_users_picture_is_no_comment_of_one_picture():
    markup = """<div class="comments"><div class="comment" id="comment_46" itemprop="comment"
      itemscope itemtype="schema.org/Comment">
      <div class="comment_meta"><div class="row"><div class="span2">
        <img alt="Avatar" src="/assets/missing/thumb/xavatar.png"></div><div class="span10">
        <span class="pull-right"><a href="#" class="reply btn">Reply</a></span>
        <div class="author"><span itemprop="author">Guest</span></div>
        <div class="created_at"><time datetime="2013-07-18T23:31:39-04:00"
          itemprop="datePublished">July 18, 2013 23:31</time></div></div></div></div>
      <div class="comment_body"><div class="content"><p itemprop="text">You forgot two.</p></div></div></div></div>"""
    assert [(c.author, c.text) for c in comments_of(markup)] == [("Guest", "You forgot two.")]


def test_replies_in_a_box_named_like_an_item_answer_the_comment_before_the_box():
    def entry(name: str, words: str, replies: str = "") -> str:
        return f"""<article class="fyre-article"><div class="fyre-comment-wrapper">
          <header class="fyre-comment-head"><a class="fyre-comment-username">{name}</a></header>
          <section class="fyre-comment-body"><div class="fyre-comment"><p>{words}</p></div>
          </section></div>
          <div class="fyre-comment-divider"><div class="fyre-comment-divider"></div></div>
          <div class="fyre-comment-replies fyre-comment-container">{replies}</div></article>"""

    markup = (
        '<div class="fyre-widget">'
        + entry("Ada", "First words.", entry("Bo", "A reply to Ada.") + entry("Cy", "Another."))
        + entry("Di", "A new thread.", entry("Ed", "A reply to Di."))
        + "</div>"
    )
    assert rows(comments_of(markup)) == [
        ("Ada", "First words.", None),
        ("Bo", "A reply to Ada.", 0),
        ("Cy", "Another.", 0),
        ("Di", "A new thread.", None),
        ("Ed", "A reply to Di.", 3),
    ]
