"""`published_markup` asks lexbor for `<time pubdate>` only on pages whose scanned `<time>`s
write it: the same date as a walk testing every element for both, pubdate or not."""

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.meta.dates import published_markup, read_date
from flows.parse.nodes import Scan

PAGES = [
    "<p><time datetime='2024-05-03T10:00:00Z'>3 May</time></p>",
    "<p><time pubdate datetime='2024-05-03T10:00:00Z'>3 May</time></p>",
    "<p><TIME PUBDATE DATETIME='2024-05-03T10:00:00Z'>3 May</TIME></p>",
    "<span itemprop=datePublished content='2024-05-04'></span><time pubdate>5 May 2024</time>",
    "<time pubdate>6 May 2024</time><span itemprop=datePublished content='2024-05-04'></span>",
    "<svg><time pubdate>7 May 2024</time></svg><p>no date</p>",
    "<template><time pubdate>8 May 2024</time></template><p>no date</p>",
    "<div itemprop=datePublished>9 May 2024</div>",
    "<p>no date at all</p>",
]


def _reference(tree: LexborHTMLParser) -> object:
    """The date the walk testing every element for both finds."""
    for node in tree.css('[itemprop="datePublished"], time[pubdate]')[:4]:
        attrs = node.attributes
        moment = read_date(attrs.get("content") or attrs.get("datetime") or node.text(strip=True))
        if moment is not None:
            return moment
    return None


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("doctype", ["", "<!doctype html>"])
def test_the_published_markup_is_the_walk_testing_every_element(doctype: str, page: str) -> None:
    tree = LexborHTMLParser(f"{doctype}<html><body>{page}</body></html>")
    scanned = Scan(tree)
    if tree.css("time[pubdate]"):  # what lexbor selects the scan must have seen
        assert any("pubdate" in node.attributes for node in scanned.of("time"))
    assert published_markup(tree, scanned) == _reference(tree)


def test_a_time_marked_pubdate_dates_the_page() -> None:
    tree = LexborHTMLParser("<p><time pubdate datetime='2024-05-03T10:00:00Z'>3 May</time></p>")
    moment = published_markup(tree, Scan(tree))
    assert moment is not None and moment.isoformat() == "2024-05-03T10:00:00+00:00"
