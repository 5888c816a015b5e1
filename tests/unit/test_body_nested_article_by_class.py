"""An `<article>` inside the chosen block whose class names an ad or other stories is another
story's card and is left out; a post named for its author is read, and the block's own
`<article>` and a `<main>` are not judged by their class (it names the page)."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.body.junk import junk_ids, walk_tagged

STORY = (
    "<p>The harbour board agreed on Monday to dredge the channel before the autumn storms.</p>"
    "<p>Fishing crews had asked for the work for two years, saying their boats ran aground.</p>"
)
AD_CARD = (
    '<article class="preview native-advertisement"><a href="/ad">'
    "<h3>Sponsored</h3><p>Cheap flights south this winter</p></a></article>"
)


def _junk(html: str) -> set[str]:
    root = LexborHTMLParser(html).css_first("#root")
    junk, _, _, _ = junk_ids(root, len(root.text(strip=True)), walk_tagged(root))
    return {node.tag for node in root.traverse() if node.mem_id in junk}


def test_an_ad_card_article_inside_the_text_is_junk():
    assert _junk(f'<div id="root">{STORY}{AD_CARD}{STORY}</div>') == {"article"}


def test_the_blocks_own_article_is_not_judged_by_its_class():
    html = f'<article id="root" class="story has-sponsor-bar">{STORY}</article>'
    assert _junk(html) == set()


def test_a_main_is_not_judged_by_its_class():
    html = f'<div id="root"><main class="advertisement-free">{STORY}</main>{STORY}</div>'
    assert _junk(html) == set()


def test_forum_posts_in_articles_named_for_their_author_are_read():
    post = '<article class="post original_post_author">{}</article>'
    html = f'<div id="root">{post.format(STORY)}<article class="post">{STORY}</article></div>'
    assert _junk(html) == set()
