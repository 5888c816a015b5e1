"""Readers' posts whose classes say nothing, each beside a line stating its date, do not win
the page over a shorter story in the headline's box; a live blog's clock times state no date."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.body import extract_body
from flows.parse.body.posts import dated_posts

TITLE = "Milk helps you lose weight"
STORY = [
    "Planning a diet, do not give up dairy: plain milk can, researchers say, speed weight loss.",
    "Milk has many virtues, yet many people dislike it, and some cannot digest its sugar at all.",
]
POST = (
    "I read this twice, and I still do not believe it, because my doctor, who knows me well, "
    "told me the opposite last year, and I lost weight only after I stopped drinking milk, "
    "cheese and yoghurt, so I think, honestly, that everyone is different, and studies vary."
)


def _page(stamp: str, posts: int = 5) -> str:
    story = "".join(f"<div><p>{text}</p></div>" for text in STORY)
    thread = "".join(
        f"<div><h5>Reply {n}</h5><p>{POST}</p></div><div>{stamp}<br>reader{n}</div><hr>"
        for n in range(posts)
    )
    return (
        f"<html><body><div><div><div><h1>{TITLE}</h1><div>{story}</div></div></div>"
        f"<div><div>{thread}</div></div></div></body></html>"
    )


def test_dated_posts_beside_the_headline_box_give_way_to_the_story():
    body = extract_body(LexborHTMLParser(_page("04.01.2012 23:46")), title=TITLE)
    assert body == STORY


def test_a_live_blog_with_clock_times_or_relative_dates_keeps_its_entries():
    for stamp in ("Today at 23:46", "2 hours ago"):
        body = extract_body(LexborHTMLParser(_page(stamp)), title=TITLE)
        assert POST in body


def test_a_block_is_a_list_of_posts_with_a_date_line_for_every_two_paragraphs():
    def block(stamps: int, paragraphs: int) -> bool:
        html = "".join(f"<p>{POST}</p>" for _ in range(paragraphs))
        html += "".join(f"<span>{n + 1} May 2024, 10:15</span>" for n in range(stamps))
        node = LexborHTMLParser(f"<div>{html}</div>").css_first("div")
        assert node is not None
        return dated_posts(node, paragraphs)

    assert block(3, 6)
    assert not block(2, 2)  # two dates: a story's published and updated lines
    assert not block(3, 7)  # a long story with a few dates in its short lines
