"""Property-based fuzzing of the parse functions: any bytes give a page or a stated rejection."""

from datetime import UTC, datetime

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.contracts import RawPage
from flows.lake.rows import page_rows
from flows.lake.schema import TABLES
from flows.parse.limits import PageOverLimit
from flows.parse.page import PageRejected, parse_page

FETCHED = datetime(2024, 11, 1, 12, tzinfo=UTC)
FRAGMENTS = [
    "<html>", "<head>", "<title>", "</title>", "<body>", "<article>", "</article>", "<p>", "</p>",
    "<div class='comment' id='comment-1'>", "</div>", "<ol class=comment-list>", "<li>", "<a href='",
    "javascript:x", "data:,", "/path?q=1", "'>", "</a>", "<script>", "</script>", "<!--", "-->",
    '<meta property="article:published_time" content="', "2024-02-30T25:00:00Z", '">',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"\\ud800",',
    "<time datetime='", "35 mins ago", "yesterday", "<![CDATA[", "&#0;", "&amp", "\x00", "\ufeff",
    "é", "\u202e", "Text, with commas, like prose. ", "<br>", "<table><tr><td>", "<", ">", "'", '"',
]  # fmt: skip
html_like = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
encodings = st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"])
names = st.sampled_from(["page.html", "page.txt", "page.html.gz", ""])
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse_or_reject(data: bytes, name: str) -> None:
    try:
        page = parse_page(data, fetched_at=FETCHED, url="https://a.example/x", name=name)
    except (PageRejected, PageOverLimit) as rejection:
        assert str(rejection)
        return
    assert page.article.title or page.article.body


@FUZZ
@given(data=st.binary(max_size=4096), name=names)
def test_parse_page_on_any_bytes_gives_a_page_or_a_reason(data, name):
    _parse_or_reject(data, name)


@FUZZ
@given(html=html_like, encoding=encodings, name=names)
def test_parse_page_on_html_like_text_gives_a_page_or_a_reason(html, encoding, name):
    _parse_or_reject(html.encode(encoding, errors="replace"), name)


@FUZZ
@given(html=html_like, source=st.text(max_size=40))
def test_page_rows_always_fit_the_lake_schemas(html, source):
    rows = page_rows(
        RawPage(data=html.encode("utf-8", "surrogatepass"), source=source, fetched_at=FETCHED),
        run_id="fuzz",
    )
    [page] = rows.tables["pages"]
    assert page["status"] in ("parsed", "rejected")
    assert (page["status"] == "rejected") == bool(page["error"])
    for table, schema in TABLES.items():
        pa.Table.from_pylist(rows.tables[table], schema=schema)


def test_a_text_file_opening_with_many_html_comments_is_read_in_one_pass():
    """Whether it starts like HTML was asked of every way to cut its comments: 20 took 0.4 s,
    each one more doubled it, and 250 would never have ended."""
    story = (
        b"\nBridge to close in March\n\n"
        + b"The bridge will close in March, the council said. " * 5
    )
    page = parse_page(b"<!-- -->" * 250 + story, fetched_at=FETCHED, name="page.txt")
    assert page.kind == "text"
    assert "The bridge will close in March" in page.article.body
