"""parse_page end to end on small pages written for these tests."""

import gc
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.collector import collector_paused
from flows.parse.page import PageRejected, parse_page

FETCHED = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
LEAD = (
    "The central bank raised its main rate on Thursday, the third rise this year, citing inflation."
)
MORE = (
    "Analysts had expected the move, which lifts the rate to 27.5 percent, the highest in decades."
)

PAGE = f"""<!doctype html><html lang="en-NG"><head>
<title>Rates rise again | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta name="description" content="A third rise this year.">
<meta name="keywords" content="economy, rates">
<link rel="canonical" href="https://daily.example/economy/rates-rise">
</head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience, show ads, and count visits.</p></div>
<nav><a href="/">Home</a> <a href="/economy">Economy</a></nav>
<article><h1>Rates rise again</h1>
<p class="byline">By Ada Obi and Ben Carter</p>
<p class="dateline"><span class="date">27 November 2026, 10:15 WAT</span></p>
<div class="share-tools"><a href="https://x.example/share">Share</a></div>
<p>LAGOS (Reuters) - {LEAD}</p>
<h2>What comes next</h2>
<p>{MORE}</p>
<div class="newsletter"><p>Sign up for our newsletter, every morning, free.</p></div>
</article>
<section id="comments"><div class="comment"><p>Rates, rates, rates: when will it end, I wonder?</p></div></section>
<footer><a href="/about">About</a></footer></body></html>"""


def test_parse_page_reads_every_article_field():
    article = parse_page(PAGE.encode(), fetched_at=FETCHED).article
    assert article.title == "Rates rise again"
    assert article.body == f"LAGOS (Reuters) - {LEAD}\n\nWhat comes next\n\n{MORE}"
    assert article.authors == ["Ada Obi", "Ben Carter"]
    assert article.published_at == datetime(2026, 11, 27, 9, 15, tzinfo=UTC)
    assert article.modified_at is None
    assert article.tags == ["economy", "rates"]
    assert article.language == "en-NG"
    assert article.description == "A third rise this year."
    assert article.canonical_url == "https://daily.example/economy/rates-rise"
    assert article.source_agency == "Reuters"


def test_published_and_modified_times_keep_the_offset_the_page_states():
    html = PAGE.replace(
        "<title>",
        '<meta property="article:published_time" content="2026-11-26T21:30:00-05:00">'
        '<meta property="article:modified_time" content="2026-11-27T09:00:00Z"><title>',
    )
    article = parse_page(html.encode(), fetched_at=FETCHED).article
    assert article.published_at == datetime(2026, 11, 27, 2, 30, tzinfo=UTC)
    assert article.published_at.isoformat() == "2026-11-26T21:30:00-05:00"
    assert article.modified_at.isoformat() == "2026-11-27T09:00:00+00:00"


def test_a_time_read_from_the_visible_page_keeps_the_zone_it_names():
    article = parse_page(PAGE.encode(), fetched_at=FETCHED).article
    assert article.published_at.isoformat() == "2026-11-27T10:15:00+01:00"


def test_parse_page_leaves_missing_fields_null_but_names_the_language_of_the_text():
    html = f"<html><body><div><p>{LEAD}</p><p>{MORE}</p></div></body></html>"
    article = parse_page(html.encode(), fetched_at=FETCHED).article
    assert article.body == f"{LEAD}\n\n{MORE}"
    assert article.title is None
    assert article.authors == []
    assert (article.published_at, article.modified_at, article.section) == (None, None, None)
    assert (article.description, article.canonical_url) == (None, None)
    assert article.language == "en"
    assert article.source_agency is None
    assert article.tags == []


@pytest.mark.parametrize(
    ("title", "paragraph", "encode"),
    [
        ("Café “society”", "Le café, très “chic”, a fermé — enfin.", lambda t: t.encode("cp1252")),
        (
            "Straße",
            "Der Bürgermeister sagte, die Brücke müsse geschlossen werden.",
            lambda t: t.encode("latin-1"),
        ),
        (
            "東京のニュース",
            "東京都は二十七日、新しい橋の建設計画を発表した。市民の反応はさまざまだ。",
            lambda t: t.encode("shift_jis"),
        ),
        (
            "UTF-16 news",
            "Le café, très chic, a fermé, enfin, après trente ans.",
            lambda t: t.encode("utf-16"),
        ),
        (
            "BOM news",
            "Le café, très chic, a fermé, enfin, après trente ans.",
            lambda t: b"\xef\xbb\xbf" + t.encode(),
        ),
    ],
)
def test_parse_page_decodes_each_encoding(title, paragraph, encode):
    # The latin-1 page says it is UTF-8: the label is wrong and the bytes win.
    html = f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><p>{paragraph}</p></body></html>'
    if "Straße" not in title:
        html = html.replace('<meta charset="utf-8">', "")
    article = parse_page(encode(html), fetched_at=FETCHED).article
    assert article.title == title
    assert article.body == paragraph


_TAGS = [
    "p",
    "div",
    "article",
    "li",
    "ul",
    "td",
    "table",
    "h2",
    "a href='/x'",
    "span",
    "br",
    "script",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [f"<{tag}>" for tag in _TAGS] + [f"</{tag.split()[0]}>" for tag in _TAGS]
            ),
            st.text(min_size=0, max_size=80),
        ),
        max_size=60,
    )
)
def test_parse_page_never_crashes_on_arbitrary_markup(parts):
    html = "<html><body>" + "".join(parts)
    try:
        page = parse_page(html.encode(), fetched_at=FETCHED)
    except PageRejected as error:
        assert str(error)
    else:
        assert page.article.title or page.article.body


def test_a_page_opening_with_kilobytes_of_blank_lines_is_still_html():
    data = ("\r\n" + " " * 200) * 40 + PAGE
    assert parse_page(data.encode(), fetched_at=FETCHED).article.title == "Rates rise again"


def test_parse_page_leaves_the_cycle_collector_as_it_found_it():
    assert gc.isenabled()
    parse_page(PAGE.encode(), fetched_at=FETCHED)
    assert gc.isenabled()
    gc.disable()
    try:
        parse_page(PAGE.encode(), fetched_at=FETCHED)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_back_on_after_a_parse_that_raises():
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()
