"""A line of a few words and a colon that opens most comments ("dedi ki:", the Turkish "says:"
a Kubrick-style WordPress theme prints after the name in `cite`) is the template's, no part of
anyone's words; a line of a few words only some readers open with stays."""

from __future__ import annotations

from flows.contracts import Comment
from flows.parse.comments.build import without_shared_labels
from tests.support.comment_pages import comments_of


def _kubrick(names: list[str], verb: str) -> str:
    items = "".join(
        f"""<li class="{"alt" if n % 2 else ""}" id="comment-{10 + n}">
        <cite><a href="http://site{n}.example" rel="external nofollow">{name}</a></cite> {verb}<br>
        <small class="commentmetadata"><a href="#comment-{10 + n}">Mart {n + 1}, 2008, 10:1{n}</a></small>
        <p>Yazınız için teşekkürler, çok faydalı bir anlatım olmuş. Soru {n}: bunu nasıl kurarım?</p>
        </li>"""
        for n, name in enumerate(names)
    )
    return f'<h3 id="comments">{len(names)} Yorum</h3><ol class="commentlist">{items}</ol>'


def test_a_two_word_verb_line_after_every_name_is_left_out_of_the_words():
    names = ["Ayşe Yılmaz", "Mehmet Demir", "Elif Kaya", "Can Öztürk"]
    found = comments_of(_kubrick(names, "dedi ki:"))
    assert [c.author for c in found] == names
    assert all(c.text.startswith("Yazınız için teşekkürler") for c in found)


def test_a_few_words_and_a_colon_opening_only_some_comments_stay():
    texts = [
        "Quick question:\nDoes it run on Windows?",
        "Quick question:\nAnd on a Mac?",
        "It runs on both, with the same installer.",
        "Thanks, that worked for me.",
        "Same here, no trouble at all.",
    ]
    comments = [Comment(text=text) for text in texts]
    without_shared_labels(comments)
    assert [c.text for c in comments] == texts
