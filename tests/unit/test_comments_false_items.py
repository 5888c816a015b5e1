"""Things inside and around comment lists that are no comments: a quoted comment in a reply,
a control named for the comment it acts on, a rich editor's prompt, counters, answers to
other pages' questions, the comment box's caption, a thread page's header read in a body
whose class names the thread. Small pages written here."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments import extract_comments
from flows.parse.comments.lookalikes import without_a_lone_notice
from tests.support.comment_pages import FETCHED, comments_of, rows

_FOOTER = """<div class="list-footer"><span class="time">{age}</span>
  <div class="operations"><a class="accusation" href="javascript:;">举报</a>
  <div class="shared-comment"><a href="javascript:;">分享</a></div>
  <a class="comment" href="javascript:;">回复</a></div></div>"""


def _item(name: str, text: str, age: str, quote: str = "", key: str = "") -> str:
    return f"""<li class="comment-item" data-id="{key}"><div class="user-box">
      <a class="user-nick" href="/user/personal-homepage?uid={name}">{name}</a></div>
      {quote}<div class="comment-txt">{text}</div>{_FOOTER.format(age=age)}</li>"""


def _quote(name: str, text: str, age: str) -> str:
    return f"""<div class="comment-box"><span class="quote">
      <a href="/user/personal-homepage?uid={name}">{name}</a></span>
      <div class="comment-txt">{text}</div>{_FOOTER.format(age=age)}</div>"""


def test_a_comment_quoted_before_a_replys_words_is_not_a_reply():
    markup = '<ul class="comment-list">' + "".join(
        [
            _item("ada", "产业升级后，大量农民工应该回乡务农。", "13小时前"),
            _item(
                "bob",
                "以市场需求为引导才有意义，切忌盲目。",
                "5小时前",
                _quote("ada", "产业升级后，大量农民工应该回乡务农。", "13小时前"),
            ),
            _item(
                "cy",
                "三年不算速胜论了。",
                "3小时前",
                _quote("dee", "每次经济波动，都会鼓励回乡创业。", "12小时前"),
            ),
        ]
    )
    assert rows(comments_of(markup)) == [
        ("ada", "产业升级后，大量农民工应该回乡务农。", None),
        ("bob", "以市场需求为引导才有意义，切忌盲目。", 0),  # quotes ada's comment
        ("cy", "三年不算速胜论了。", None),  # quotes one the page does not show
    ]


def test_a_reply_nested_after_its_parents_words_stays_a_reply():
    markup = """<ol class="comment-list">
    <li class="comment"><span class="comment-author"><a href="/user/ada">Ada</a></span>
      <time datetime="2024-11-01T08:00:00Z">1 Nov</time>
      <div class="comment-text">The first comment, with words of its own.</div>
      <ol class="children"><li class="comment">
        <span class="comment-author"><a href="/user/bo">Bo</a></span>
        <time datetime="2024-11-01T09:00:00Z">1 Nov</time>
        <div class="comment-text">A reply below the words it answers.</div></li></ol>
      <a class="reply-link" href="#respond">Reply</a></li>
    </ol>"""
    assert rows(comments_of(markup)) == [
        ("Ada", "The first comment, with words of its own.", None),
        ("Bo", "A reply below the words it answers.", 0),
    ]


def test_a_control_named_for_the_comment_it_shares_is_no_item():
    markup = '<ul class="comment-list">' + "".join(
        _item(name, text, "3小时前")
        for name, text in [("ada", "特朗普，垂死挣扎而已！"), ("bob", "中美贸易战，影响不大。")]
    )
    assert [c.text for c in comments_of(markup)] == [
        "特朗普，垂死挣扎而已！",
        "中美贸易战，影响不大。",
    ]


def test_a_rich_editors_prompt_in_a_box_named_for_comments_is_no_comment():
    markup = (
        """<div class="comment-component"><div class="editor-body" contenteditable="true">
      <p>请自觉遵守互联网相关的政策法规，共同营造“阳光、理性、平和、友善”的跟评互动环境。</p></div>
      <div class="comment-footer"><a class="btn-publish" href="javascript:;">发表</a></div></div>
    <ul class="comment-list">"""
        + _item("ada", "特朗普，垂死挣扎而已！", "3小时前")
        + "</ul>"
    )
    assert [c.text for c in comments_of(markup)] == ["特朗普，垂死挣扎而已！"]


def test_bare_counts_named_like_comments_beside_teasers_are_no_comments():
    teasers = "".join(
        f"""<li><h5 class="hot">{title}</h5><p><time>2019-09-0{day}</time>
          <span class="pls cy_comment">{count}</span></p></li>"""
        for title, day, count in [
            ("谁告你大长腿就好看的？步大扯垮的囧图", 6, 107),
            ("独家探营！背后的河南好声音", 6, 194),
            ("在前男友婚礼秀翻全场的动态图", 5, 0),
        ]
    )
    assert comments_of(f'<ul class="list">{teasers}</ul>') == []


def test_answers_holding_the_question_they_answer_are_search_results():
    cards = "".join(
        f"""<div class="card"><div itemprop="answer" itemscope
            itemtype="http://schema.org/Answer">
          <h2><div itemprop="question" itemscope itemtype="http://schema.org/Question">
            <a href="/question/{number}/answer/9{number}">{title}</a></div></h2>
          <span itemprop="text"><b>{name}</b>：{text}</span>
          <span class="time">2018-04-1{number}</span></div></div>"""
        for number, title, name, text in [
            (1, "简历智能解析？", "耕耘友善", "也提供一下我们的思路供各位参考……"),
            (2, "智能DNS解析？", "魏海通", "你的问题是域名解析商是怎么知道来源的？"),
            (3, "什么是人工智能？", "育心", "通常将人工智能分为弱人工智能和强人工智能……"),
        ]
    )
    assert comments_of(f'<div class="search-results">{cards}</div>') == []


def test_two_dated_calls_to_comment_are_the_comment_boxes_captions():
    captions = [
        Comment(
            text="コメントを書く",
            author=f"Entry of day {day}",
            posted_text=f"2010-05-2{day}",
            posted_at=datetime(2010, 5, 20 + day, tzinfo=UTC),
        )
        for day in (3, 4)
    ]
    assert without_a_lone_notice(captions) == []
    captions[1].text = "Lovely photos, thanks for sharing them."
    assert without_a_lone_notice(captions) == captions


def test_a_comment_shown_again_under_its_record_key_counts_once():
    comment = ("bob", "以市场需求为引导才有意义，切忌盲目。", "5小时前")
    members = _item(*comment, key="17042078")
    full = [
        _item("ada", "产业升级后，大量农民工应该回乡务农。", "13小时前", key="17032684"),
        _item(*comment, key="17042078"),
    ]
    markup = f"""<h3>观察员评论</h3><ul class="comment-list">{members}</ul>
      <h3>全部评论</h3><ul class="comment-list">{"".join(full)}</ul>"""
    assert [c.author for c in comments_of(markup)] == ["bob", "ada"]


def test_a_reader_posting_the_same_words_twice_keeps_both():
    twice = [_item("bob", "顶！", "5小时前", key=key) for key in ("17042078", "17042079")]
    markup = '<ul class="comment-list">' + "".join(twice) + "</ul>"
    assert [c.author for c in comments_of(markup)] == ["bob", "bob"]


def test_a_body_classed_as_a_thread_page_is_no_comment_region():
    html = (
        "<html><body class='thread-template-default single single-thread postid-5312'>"
        "<div class='main'><div class='col'><div class='row'><div class='header'>"
        "<h1 class='title-thread'>New packages for our themes</h1>"
        "<div class='thread-information'>"
        "<span class='times-create'>Updated on January 7, 2016 in</span> "
        "<span class='type-category'><a href='/thread-category/customizing/'>"
        "<span class='thread-cat-name'>Customizing</span></a></span></div></div>"
        "<div class='thread-infor'><a class='tog-follow' href='#'>Follow</a></div></div>"
        "<div class='item-thread'><p>Today we introduce the latest packages for two themes.</p>"
        "</div><form class='reply'><input name='author'><textarea name='post_content'>"
        "</textarea><button>Reply</button></form></div></div></body></html>"
    )
    assert extract_comments(LexborHTMLParser(html), FETCHED) == []
