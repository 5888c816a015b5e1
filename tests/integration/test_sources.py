"""Every lake column is described once, in sql/sources.yml, and the warehouse carries it as a comment."""

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.lake import store
from flows.lake.rows import page_rows
from flows.lake.schema import TABLES
from flows.readers.files import discover, read_page
from flows.warehouse import dbt as warehouse
from tests.support.news_week import write_news_week


def _write_lake(root: Path) -> int:
    """A week of pages straight into `root/lake` (no Prefect); returns how many."""
    write_news_week(root / "raw")
    refs = discover(root / "raw").pages
    store.write_batch(root / "lake", [page_rows(read_page(r), "test") for r in refs])
    return len(refs)


def test_sources_file_describes_every_lake_column_and_nothing_else():
    sources = warehouse.load_sources()
    assert sources.keys() == warehouse.SOURCES
    for table, schema in TABLES.items():
        described = set(sources[f"lake_{table}"]["columns"])
        assert described == {field.name for field in schema} | {"dt"}, table


@pytest.mark.parametrize("with_pages", [True, False], ids=["lake views", "empty lake tables"])
def test_warehouse_comments_every_source_column(tmp_path, with_pages):
    if with_pages:
        _write_lake(tmp_path)
    path = tmp_path / "warehouse.duckdb"
    warehouse.build(tmp_path / "lake", path)
    with duckdb.connect(str(path), read_only=True) as con:
        missing = con.execute(
            "select table_name, column_name from duckdb_columns() "
            "where table_name in (select unnest(?)) and comment is null",
            [sorted(warehouse.SOURCES)],
        ).fetchall()
        relations = con.execute(
            "select table_name, comment from duckdb_tables() "
            "union all select view_name, comment from duckdb_views() where not internal"
        ).fetchall()
    assert missing == []
    comments = dict(relations)
    assert all(comments[name] for name in warehouse.SOURCES)
    assert comments["lake_pages"].startswith("One row per raw page seen")


def test_duckdb_cli_opens_the_warehouse_and_shows_comments(tmp_path):
    """The 1.5 CLI users get from `pip install duckdb-cli` (a dev dependency) reads our file."""
    cli = Path(sys.executable).with_name("duckdb")
    assert cli.is_file(), "the DuckDB CLI comes with the dev dependencies: make install"
    pages = _write_lake(tmp_path)
    path = tmp_path / "warehouse.duckdb"
    warehouse.build(tmp_path / "lake", path)

    version = subprocess.run([str(cli), "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("v1.5.")
    sql = (
        "select (select count(*) from lake_pages) as pages, (select comment from duckdb_columns() "
        "where table_name = 'lake_pages' and column_name = 'status') as status_comment"
    )
    out = subprocess.run(
        [str(cli), "-readonly", "-json", str(path), "-c", sql],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert json.loads(out.stdout) == [{"pages": pages, "status_comment": "parsed or rejected."}]
