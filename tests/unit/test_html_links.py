from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.links import (
    _TIME_SELECTOR,
    REGION_CONTAINERS,
    _shows_more,
    _time_elements,
    extract_links,
)
from flows.parse.nodes import select

FETCHED = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

PAGE = """<html><body>
<header><a href="/">Home</a></header>
<nav><a href="//cdn.example.org/world">World</a></nav>
<article>
  <p>Text with <a href="../reports/bridge.pdf">the report</a> and
     <a href="https://other.example/x?a=1">a source</a>.</p>
  <ul class="related-posts"><li><a href="/news/older">Older story</a> <span class="date">35 mins ago</span></li></ul>
  <a href="javascript:void(0)">Print</a> <a href="#top">Top</a>
</article>
<div id="comments"><div class="comment"><a href="https://spam.example/">cheap pills</a></div></div>
<footer><a href="about.html">About</a></footer>
<div><a href="/terms">Terms</a></div>
</body></html>"""


def test_links_get_the_region_of_their_highest_ranked_container():
    links = extract_links(LexborHTMLParser(PAGE), "https://news.example/a/b/story.html", FETCHED)
    assert [(link.anchor_text, link.region) for link in links] == [
        ("Home", "nav"),
        ("World", "nav"),
        ("the report", "body"),
        ("a source", "body"),
        ("Older story", "related"),
        ("cheap pills", "comment"),
        ("About", "footer"),
        ("Terms", "other"),
    ]


def test_links_resolve_against_the_page_url():
    links = extract_links(LexborHTMLParser(PAGE), "https://news.example/a/b/story.html", FETCHED)
    assert [link.url for link in links] == [
        "https://news.example/",
        "https://cdn.example.org/world",
        "https://news.example/a/reports/bridge.pdf",
        "https://other.example/x?a=1",
        "https://news.example/news/older",
        "https://spam.example/",
        "https://news.example/a/b/about.html",
        "https://news.example/terms",
    ]


def test_related_links_carry_the_time_shown_beside_them():
    links = extract_links(LexborHTMLParser(PAGE), "https://news.example/", FETCHED)
    older = next(link for link in links if link.anchor_text == "Older story")
    assert older.label_time_text == "35 mins ago"
    assert older.label_time == datetime(2026, 11, 27, 11, 25, tzinfo=UTC)


def test_links_without_a_page_url_stay_as_written():
    links = extract_links(LexborHTMLParser(PAGE), None, FETCHED)
    assert links[0].url == "/"


# Every form REGION_CONTAINERS uses, in the cases lexbor treats differently: ids and class
# names ignore case in quirks mode only, substrings and attribute values never do.
CONTAINERS = """<body>
<div id="Comments"><a href="/1">1</a></div>
<div class="x COMMENT-LIST y"><a href="/2">2</a></div>
<ul class="js-comment"><li><a href="/3">3</a></li></ul>
<div itemtype="https://schema.org/Comment"><a href="/4">4</a></div>
<div itemtype="https://schema.org/comment"><a href="/5">5</a></div>
<div class="Related-posts"><a href="/6">6</a></div>
<div id="more-related"><nav><a href="/7">7</a></nav></div>
<aside><a href="/8">8</a></aside>
<a class="main-menu__item" href="/9">9</a>
<div role="navigation"><a href="/10">10</a></div>
<div role="Navigation"><a href="/11">11</a></div>
<div class="site-footer"><div class="trending"><a href="/12">12</a></div></div>
<div role="contentinfo"><a href="/13">13</a></div>
<div itemprop="articleBody"><p><a href="/14">14</a></p></div>
<section class="c-article-body"><a href="/15">15</a></section>
<svg><header><a href="/16">16</a></header></svg>
<div class="commentsX"><a href="/17">17</a></div>
<div class="x&#9;comments"><a href="/18">18</a></div>
</body>"""


def _regions_by_css(tree: LexborHTMLParser) -> list[str]:
    """The definition: one CSS query per region, first match among the anchor's ancestors."""
    rank: dict[int, int] = {}
    for position, (_, selector) in enumerate(REGION_CONTAINERS):
        for container in tree.css(selector):
            rank.setdefault(container.mem_id, position)
    regions = [*(region for region, _ in REGION_CONTAINERS), "other"]
    found = []
    for anchor in tree.css("a"):
        best, node = len(REGION_CONTAINERS), anchor
        while node is not None:
            best = min(best, rank.get(node.mem_id, best))
            node = node.parent
        found.append(regions[best])
    return found


@pytest.mark.parametrize("doctype", ["", "<!doctype html>"], ids=["quirks", "standards"])
def test_link_regions_match_lexbor_css_in_either_document_mode(doctype):
    tree = LexborHTMLParser(doctype + CONTAINERS)
    regions = [link.region for link in extract_links(tree, None, FETCHED)]
    assert regions == _regions_by_css(tree)
    assert regions[:2] == (["comment", "comment"] if not doctype else ["other", "other"])


def test_a_related_link_wrapped_alone_takes_the_time_from_the_item_around_its_wrapper():
    page = (
        '<div class="related"><div class="card"><span>\n  <a href="/a">Story \u200b A</a>\u200b'
        "\n</span><span class='date'>2 hours ago</span></div></div>"
    )
    (link,) = extract_links(LexborHTMLParser(page), "https://news.example/", FETCHED)
    assert link.anchor_text == "Story A"
    assert link.label_time_text == "2 hours ago"


def test_each_related_link_of_one_item_takes_the_time_the_item_shows_but_its_own_text():
    page = (
        '<ul class="related"><li><a href="/a">Story A</a> <a href="/b">Story B</a>'
        ' <a href="/c">2 hours ago</a> <span class="date">2 hours ago</span></li></ul>'
    )
    links = extract_links(LexborHTMLParser(page), "https://news.example/", FETCHED)
    assert [link.label_time_text for link in links] == ["2 hours ago", "2 hours ago", None]


@pytest.mark.parametrize(
    ("text", "more"),
    [
        ("  Story  A \n", False),
        ("\u200b Story  A\u2003", False),
        ("Story  A", False),
        ("Story  A · 2 hours ago", True),
        ("New: Story  A", True),
    ],
)
def test_shows_more_says_whether_an_item_holds_text_besides_its_link(text, more):
    assert _shows_more(text, "Story  A", "Story A") is more


# The forms _TIME_SELECTOR uses, walked (a small item), and left to lexbor: a class name that
# is "date" when case is ignored, which lexbor matches in quirks mode only, and a large item.
TIME_ITEMS = [
    (
        '<time>1h</time><span class="post-date">x</span><span class="updated-time">z</span>'
        '<em class="dates up">v</em><svg><time>2h</time></svg>'
    ),
    (
        '<span class="x Date">y</span><b class="DATE-line">w</b>'
        '<span class="post-DATE">y</span><time>3h</time>'
    ),
    "<span>a</span>" * 60 + '<span class="date">4h</span>',
]


@pytest.mark.parametrize("doctype", ["", "<!doctype html>"], ids=["quirks", "standards"])
@pytest.mark.parametrize("inside", TIME_ITEMS, ids=["walked", "case", "large"])
def test_time_elements_of_an_item_match_lexbor_css_in_either_document_mode(doctype, inside):
    page = f'{doctype}<ul><li><a href="/a">A</a>{inside}</li></ul>'
    item = LexborHTMLParser(page).css_first("li")
    found = [node.mem_id for node in _time_elements(item)]
    assert found == [node.mem_id for node in select(item, _TIME_SELECTOR)]
    assert found
