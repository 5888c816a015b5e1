from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.links import extract_links

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
