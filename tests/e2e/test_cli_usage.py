"""Mistakes are caught early and said in one line (#17): usage errors exit 2 before Prefect
starts; `parse` fails on inputs it cannot read; `query` cannot write anywhere; a report for
a day without data writes nothing. Real `newsflow` subprocesses."""

from __future__ import annotations

import csv
import io
import json
import os
import time
from datetime import UTC, datetime

import pytest

from tests.support.cli import newsflow
from tests.support.pages import wordpress_page


def _one_line(result, code: int) -> str:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("newsflow: "), result.stderr
    return lines[0]


def test_run_usage_errors_exit_2_in_one_line_before_prefect_starts(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (tmp_path / "a-file").write_text("x")
    cases = [
        (["--raw", str(tmp_path / "missing")], "does not exist"),
        (["--raw", str(tmp_path / "a-file")], "is a file"),
        (["--raw", str(raw), "--data", "/sys/newsflow-data"], "cannot write"),
        (["--raw", str(raw), "--since", "2024-11-05", "--until", "2024-11-01"], "is after"),
        (["--raw", str(raw), "--runner", "threads"], "expected one of"),
    ]
    for args, words in cases:
        started = time.monotonic()
        result = newsflow("run", "--data", str(tmp_path / "data"), *args)
        assert words in _one_line(result, 2), args
        assert time.monotonic() - started < 20, "Prefect was started"
    assert not (tmp_path / "data").exists()


def test_spam_with_a_missing_or_broken_rules_file_is_a_usage_error(tmp_path):
    assert "does not exist" in _one_line(newsflow("spam", "--rules", "/missing.toml"), 2)
    broken = tmp_path / "rules.toml"
    broken.write_text("rules = [ {name = ")
    assert "cannot use" in _one_line(newsflow("spam", "--rules", str(broken)), 2)


def test_parse_fails_on_inputs_it_cannot_read_and_skips_sidecars(tmp_path):
    page = tmp_path / "story.html"
    page.write_bytes(wordpress_page("A Story", "https://a.example/story", "2024-11-01"))
    sidecar = tmp_path / "story.html.meta.json"
    sidecar.write_text(json.dumps({"url": "https://a.example/story"}))

    result = newsflow("parse", str(page), str(sidecar), str(tmp_path), str(tmp_path / "gone.html"))
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("error") for o in out] == [None, "is a folder", "no such file"]
    assert out[0]["article"]["title"] == "A Story"
    assert "skipped" in result.stderr and "is a folder" in result.stderr

    good = newsflow("parse", str(page), str(sidecar))
    assert good.returncode == 0 and len(good.stdout.splitlines()) == 1


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    from flows.contracts import RawPage
    from flows.lake import store
    from flows.lake.rows import page_rows
    from flows.spam.scoring import default_rules
    from flows.warehouse import build

    data = tmp_path_factory.mktemp("query")
    title = "A very long title " * 8
    raw = RawPage(
        data=wordpress_page(title.strip(), "https://a.example/t", "2024-11-01"),
        source="t.html",
        fetched_at=datetime(2024, 11, 1, tzinfo=UTC),
    )
    store.write_batch(data / "lake", [page_rows(raw, run_id="test")])
    build.build(data / "lake", data / "warehouse.duckdb", default_rules())
    return data


def test_query_cannot_write_anywhere(warehouse, tmp_path):
    for sql in (
        f"copy (select 1) to '{tmp_path / 'out.csv'}'",
        f"copy (select 1) to '{warehouse / 'lake' / 'out.csv'}'",
        f"attach '{tmp_path / 'other.duckdb'}'",
        "create table x as select 1",
        "install httpfs",
    ):
        line = _one_line(newsflow("query", sql, "--data", str(warehouse)), 1)
        assert "read-only" in line, sql
    assert list(tmp_path.iterdir()) == []
    assert not (warehouse / "lake" / "out.csv").exists()
    outside = newsflow("query", "select * from read_csv('/etc/hostname')", "--data", str(warehouse))
    assert outside.returncode == 1 and "Permission" in outside.stderr
    lake = newsflow("query", "select count(*) as n from lake_pages", "--data", str(warehouse))
    assert lake.returncode == 0, lake.stderr


def test_query_takes_one_statement_and_writes_lists_as_json_in_csv(warehouse):
    assert "an empty query" in _one_line(newsflow("query", " ", "--data", str(warehouse)), 2)
    several = newsflow("query", "select 1; select 2", "--data", str(warehouse))
    assert "one per call" in _one_line(several, 2)

    result = newsflow(
        "query", "select site, top_stories from daily_news", "--data", str(warehouse),
        "--format", "csv",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert json.loads(row["top_stories"]) == [("A very long title " * 8).strip()]


def test_a_piped_query_table_is_not_cut(warehouse):
    result = newsflow(
        "query", "select site, top_stories, top_stories as again from daily_news",
        "--data", str(warehouse),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    title = ("A very long title " * 8).strip()
    assert result.stdout.count(title) == 2, result.stdout
    assert "…" not in result.stdout


def test_a_report_for_a_day_without_data_writes_nothing(warehouse):
    result = newsflow("report", "--data", str(warehouse), "--day", "2020-01-01")
    assert "no data for 2020-01-01" in _one_line(result, 1)
    assert not (warehouse / "reports").exists()
    written = newsflow("report", "--data", str(warehouse), "--day", "2024-11-01")
    assert written.returncode == 0, written.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to a read-only folder")
def test_a_report_into_a_read_only_folder_is_a_usage_error(warehouse, tmp_path):
    reports = warehouse / "reports"
    reports.mkdir(exist_ok=True)
    reports.chmod(0o555)
    try:
        result = newsflow("report", "--data", str(warehouse), "--day", "2024-11-01")
    finally:
        reports.chmod(0o755)
    assert "cannot write" in _one_line(result, 2)
