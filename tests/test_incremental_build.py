"""Incremental model builds: staging tests run only on lake partitions that changed."""

from datetime import UTC, datetime

import duckdb
import pytest

from flows import lake, warehouse
from flows.rows import RawPage, page_rows
from flows.spam import load_rules
from tests.conftest import wordpress_page
from tests.test_verdicts import write_day


def test_rebuild_tests_only_changed_partitions(tmp_path):
    lake_dir, path = tmp_path / "lake", tmp_path / "warehouse.duckdb"
    write_day(lake_dir, "2024-11-01", range(3))
    write_day(lake_dir, "2024-11-02", range(2))

    first = warehouse.build(lake_dir, path, load_rules())
    again = warehouse.build(lake_dir, path, load_rules())
    write_day(lake_dir, "2024-11-03", range(1))
    more = warehouse.build(lake_dir, path, load_rules())

    staging_tests = sum(
        len(list(warehouse.data_tests(m))) for m in warehouse.load_models() if m.layer == "staging"
    )
    assert again.rows == first.rows
    assert again.tests_passed == first.tests_passed - 2 * staging_tests
    assert more.tests_passed == again.tests_passed + staging_tests
    assert more.rows["stg_comments"] == first.rows["stg_comments"] + 2
    with duckdb.connect(str(path), read_only=True) as con:
        links = con.execute("select count(*) from stg_links").fetchall()[0][0]
    assert links == more.rows["stg_links"]


def test_rebuild_still_fails_on_a_bad_row_in_a_new_partition(tmp_path):
    lake_dir, path = tmp_path / "lake", tmp_path / "warehouse.duckdb"
    write_day(lake_dir, "2024-11-01", range(2))
    warehouse.build(lake_dir, path, load_rules())
    url = "https://a.example/bad"
    page = page_rows(
        RawPage(wordpress_page("Bad", url, "2024-11-04T08:00:00Z"), "bad.html",
                datetime(2024, 11, 4, 10, tzinfo=UTC), url),
        "test",
    )  # fmt: skip
    page.tables["links"][0]["region"] = "bogus"
    lake.write_batch(lake_dir, [page])

    with pytest.raises(warehouse.DataTestFailed, match="accepted_values"):
        warehouse.build(lake_dir, path, load_rules())


def model_rows(path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_saved_staging_partitions_give_the_same_models_and_follow_the_lake(tmp_path):
    lake_dir, staging = tmp_path / "lake", tmp_path / "staging"
    plain, saved = tmp_path / "plain.duckdb", tmp_path / "saved.duckdb"
    write_day(lake_dir, "2024-11-01", range(3))
    write_day(lake_dir, "2024-11-02", range(2))
    warehouse.build(lake_dir, saved, load_rules(), staging=staging)
    write_day(lake_dir, "2024-11-02", range(2, 4))  # a changed day: a second file

    report = warehouse.build(lake_dir, saved, load_rules(), staging=staging)
    expected = warehouse.build(lake_dir, plain, load_rules())

    assert report.rows == expected.rows
    for sql in (
        "select * from daily_news order by all",
        "select * from int_comments_scored order by comment_id",
        "select page_id, position, url from stg_links order by all",
    ):
        assert model_rows(saved, sql) == model_rows(plain, sql)

    def saved_files() -> list[tuple[str, ...]]:
        return sorted(p.relative_to(staging).parts[:2] for p in staging.rglob("*.parquet"))

    # The changed day's old partitions outlive one build: a reader of the warehouse just
    # swapped out still reads them. The next build deletes them.
    assert len(saved_files()) == 12
    warehouse.build(lake_dir, saved, load_rules(), staging=staging)
    files = saved_files()
    assert files == sorted((m, d) for m in ("stg_articles", "stg_comments", "stg_links",
                                            "stg_pages") for d in ("dt=2024-11-01",
                                                                   "dt=2024-11-02"))  # fmt: skip
