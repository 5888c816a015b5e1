"""Hostile raw pages through a real flow run: every page ends as a `pages` row, the run completes."""

import re
from datetime import UTC, datetime

import duckdb
import pytest

from flows.lake.rows import storable
from tests.support.hostile import TEMPLATE_AND_SQL, write_corpus


@pytest.fixture(scope="module")
def hostile_run(prefect_api, tmp_path_factory):
    from flows.pipeline.flow import news_pipeline

    root = tmp_path_factory.mktemp("hostile")
    expected = write_corpus(root / "raw")
    summary = news_pipeline(raw=str(root / "raw"), data=str(root / "data"))
    con = duckdb.connect(str(root / "data" / "warehouse.duckdb"), read_only=True)
    yield expected, summary, con
    con.close()


def test_every_hostile_page_becomes_exactly_one_pages_row(hostile_run):
    expected, summary, con = hostile_run
    assert summary.pages_found == len(expected)
    assert summary.not_pages == 0
    # The truncated WARC is read as an archive; its cut-off record is counted, not a page,
    # and so is the cut itself, under the archive's name.
    assert summary.archives == 1
    assert summary.records_skipped == {
        "WARC response that is not HTTP": 1,
        "crawl.warc.gz: unreadable after 1 records: truncated gzip data: the file ends before "
        "its gzip stream does": 1,
    }
    rows = dict(con.execute("select source, count(*) from lake_pages group by 1").fetchall())
    assert rows == {storable(source): 1 for source in expected}


@pytest.mark.parametrize("kind", ["parsed", "rejected"])
def test_each_page_is_parsed_or_rejected_with_the_expected_reason(hostile_run, kind):
    expected, _, con = hostile_run
    outcome = {
        source: (status, error)
        for source, status, error in con.execute(
            "select source, status, error from stg_pages"
        ).fetchall()
    }
    checked = 0
    for source, expect in expected.items():
        status, error = outcome[storable(source)]
        if (expect == "parsed") != (kind == "parsed"):
            continue
        if kind == "parsed":
            assert (status, error) == ("parsed", None), source
        else:
            assert status == "rejected" and expect in error, (source, error)
        checked += 1
    assert checked >= 10


def test_comment_text_that_looks_like_sql_or_templates_is_stored_literally(hostile_run):
    _, _, con = hostile_run
    texts = con.execute(
        "select c.text from stg_comments c join stg_pages p using (page_id) "
        "where p.source = ? order by c.position",
        ["sql-and-templates.html"],
    ).fetchall()
    assert [t for (t,) in texts] == TEMPLATE_AND_SQL
    assert con.execute("select count(*) from daily_spam_rate").fetchall()[0][0] >= 1


def test_pseudo_links_are_never_recorded_and_real_ones_are(hostile_run):
    _, _, con = hostile_run
    urls = [u for (u,) in con.execute("select url from stg_links where url is not null").fetchall()]
    assert not [
        u
        for u in urls
        if re.match(r"(?i)(javascript|data|vbscript):", re.sub(r"[\x00-\x20]", "", u))
    ]
    page_links = con.execute(
        "select l.url from stg_links l join stg_pages p using (page_id) where p.source = ?",
        ["pseudo-links.html"],
    ).fetchall()
    assert page_links == [("/real",)]
    big = con.execute(
        "select count(*) from stg_links l join stg_pages p using (page_id) where p.source = ?",
        ["links-100k.html"],
    ).fetchall()
    assert big == [(100_000,)]


def test_broken_text_is_stored_as_valid_utf8(hostile_run):
    _, _, con = hostile_run
    title = con.execute(
        "select a.title from stg_articles a join stg_pages p using (page_id) where p.source = ?",
        ["lone-surrogate.html"],
    ).fetchall()
    assert title == [("Broken \ufffd headline",)]
    dates = con.execute(
        "select published_at, modified_at from stg_articles a join stg_pages p using (page_id) "
        "where p.source = ?",
        ["impossible-dates.html"],
    ).fetchall()
    assert dates == [(None, None)]


@pytest.mark.parametrize(
    "text",
    ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-14:00", "2024-01-01 10:00 +9999",
     "99999999999 years ago", "2024-02-30T25:61:00Z", 12345, ["2024-01-01"]],
)  # fmt: skip
def test_impossible_dates_read_as_none_never_as_an_error(text):
    from flows.times import parse_datetime

    assert parse_datetime(text, now=datetime(2024, 11, 1, tzinfo=UTC)) is None
