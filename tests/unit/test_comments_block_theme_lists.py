"""A WordPress block theme renders the comments in `ol.wp-block-comment-template`: the list
the Comment Template block fills, not a model a script copies, so every comment in it is a
reader's, the top-level ones too (the replies, deeper, were kept before)."""

from __future__ import annotations

from tests.support.comment_pages import comments_of


def _comment(number: int, name: str, text: str, replies: str = "") -> str:
    children = f'<ol class="children">{replies}</ol>' if replies else ""
    return f"""<li id="comment-{number}" class="comment depth-1">
      <div class="wp-block-columns"><div class="wp-block-column">
      <div class="wp-block-comment-author-name"><a href="https://site{number}.example">{name}</a></div>
      <div class="wp-block-comment-date"><time datetime="2024-05-{number:02d}T10:00:00+00:00">
      <a href="#comment-{number}">{number} Mayıs 2024</a></time></div>
      <div class="wp-block-comment-content"><p>{text}</p></div>
      <div class="wp-block-comment-reply-link"><a class="comment-reply-link" href="?replytocom={number}#respond">Yanıtla</a></div>
      </div></div>{children}</li>"""


def test_comments_in_a_block_themes_comment_template_list_are_all_read():
    replies = _comment(3, "admin", "Teşekkürler, ayar menüsünün altında bulabilirsiniz.")
    thread = _comment(
        1, "Ayşe Yılmaz", "Yazınız için teşekkürler, bu ayarı nereden yapıyoruz?", replies
    ) + _comment(2, "Mehmet Demir", "Çok faydalı bir anlatım olmuş, elinize sağlık.")
    found = comments_of(
        f'<h3 id="comments" class="wp-block-comments-title">3 yorum</h3>'
        f'<ol class="wp-block-comment-template">{thread}</ol>'
    )
    assert [c.author for c in found] == ["Ayşe Yılmaz", "admin", "Mehmet Demir"]
    assert [c.parent for c in found] == [None, 0, None]


def test_a_hidden_comment_template_stays_out():
    model = _comment(9, "Full Name", "Comment goes here.")
    assert comments_of(f'<ul id="commentsTemplate" style="display:none">{model}</ul>') == []
