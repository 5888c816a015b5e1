"""The elements the comment parser read comments from are not the article, even when the
page sets them inside the article's block."""

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.body import extract_body
from flows.parse.page import parse_html
from tests.support.stories import BRIDGE_STORY as PROSE

REPLIES = [
    "Finally, after years of waiting, somebody at the council listened to the people who live here.",
    "A new crossing will take a decade to build, and in the meantime the traffic will be awful.",
    "My grandfather helped build that bridge, and it is sad to see it go, but safety comes first.",
]


def _article(replies: list[str], name: str = "entry") -> str:
    """A story whose readers' replies sit in its own block, after its paragraphs."""
    items = "".join(
        f"<div class='{name}'><span class='author'>Reader {n}</span>"
        f"<span class='date'>01.05.2024, 16:5{n}</span><p>{text}</p></div>"
        for n, text in enumerate(replies)
    )
    story = "".join(f"<p>{text}</p>" for text in PROSE)
    return (
        f"<html><body><div class='story'><h1>Bridge to close</h1>{story}{items}</div></body></html>"
    )


def test_comment_items_inside_the_article_block_are_left_out_of_the_body():
    tree = LexborHTMLParser(_article(REPLIES))
    assert extract_body(tree)[-1] == REPLIES[-1]  # nothing names them: read as the article
    body = extract_body(tree, comments=tree.css("div.entry"))
    assert body == PROSE


def test_a_single_comment_item_does_not_cut_the_article():
    tree = LexborHTMLParser(_article(REPLIES[:1]))
    assert REPLIES[0] in extract_body(tree, comments=tree.css("div.entry"))


def test_an_item_holding_the_headline_stays_in_the_article():
    tree = LexborHTMLParser(_article(REPLIES))
    wrongly = [tree.css_first("div.story"), *tree.css("div.entry")]
    assert extract_body(tree, comments=wrongly) == PROSE


def test_an_item_holding_most_of_the_prose_stays_in_the_article():
    tree = LexborHTMLParser(_article(REPLIES).replace("<h1>Bridge to close</h1>", ""))
    wrongly = [tree.css_first("div.story"), tree.css_first("div.entry")]
    assert extract_body(tree, comments=wrongly) == PROSE + REPLIES[1:]


def test_the_page_body_leaves_out_the_comments_the_page_parser_found():
    html = _article(REPLIES, name="reactie")  # Dutch: named for comments, not in the body's words
    page = parse_html(html, url=None, fetched_at=datetime(2024, 5, 2, tzinfo=UTC))
    assert [comment.text for comment in page.comments] == REPLIES
    assert page.article.body == "\n\n".join(PROSE)
