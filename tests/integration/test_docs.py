"""`dbt docs generate` is the models' docs site: every model, column, lineage and data test."""

from datetime import UTC, datetime

from flows.contracts import RawPage
from flows.lake import store
from flows.lake.rows import page_rows
from flows.warehouse import dbt as warehouse
from tests.support.pages import wordpress_page


def test_docs_site_covers_every_model_column_and_test(tmp_path):
    page = warehouse.generate_docs(tmp_path / "docs").read_text("utf-8")
    for text in (
        "daily_spam_rate",
        "spam_comments / comments, from 0 to 1.",  # a column description
        "accepted_range_daily_spam_rate_spam_rate",  # a data test
        "lake_comments",  # a source
        "The posting time as the page shows it",  # a source column
    ):
        assert text in page, text


def test_docs_site_takes_column_types_from_the_warehouse(tmp_path):
    raw = RawPage(
        data=wordpress_page("T", "https://a.example/t", "2024-11-01"),
        source="t.html",
        fetched_at=datetime(2024, 11, 1, tzinfo=UTC),
    )
    store.write_batch(tmp_path / "lake", [page_rows(raw, run_id="test")])
    path = tmp_path / "warehouse.duckdb"
    warehouse.build(tmp_path / "lake", path)

    page = warehouse.generate_docs(tmp_path / "docs", path).read_text("utf-8")

    assert '"spam_rate": {"type": "DOUBLE", "index": 5, "name": "spam_rate"' in page
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == [
        "catalog.json", "index.html", "manifest.json", "static_index.html",
    ]  # fmt: skip
