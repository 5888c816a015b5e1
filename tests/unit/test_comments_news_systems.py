"""Comment extraction on the comment systems of news sites first met on pages nobody had
read (rendered comment widgets, article pages showing their forum's posts, threads nested
deep), from small pages written here."""

from __future__ import annotations

from tests.support.comment_pages import comments_of, rows


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
