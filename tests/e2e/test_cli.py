"""The `newsflow` command as users call it: a real subprocess, JSON Lines in and out."""

import json
import subprocess
import sys

from tests.support.cli import newsflow
from tests.support.pages import wordpress_page


def test_parse_writes_one_json_object_per_page_and_goes_on_after_a_bad_one(tmp_path):
    good = tmp_path / "story.html"
    good.write_bytes(
        wordpress_page("A Story", "https://a.example/story", "2024-11-01T08:00:00Z",
                       [("Ada", "2024-11-01T09:00:00Z", "Nice.")])
    )  # fmt: skip
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    result = newsflow("parse", str(empty), str(good), "--fetched-at", "2024-11-02T00:00:00Z")
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["error"] == "empty page: no bytes"
    assert second["article"]["title"] == "A Story"
    assert second["article"]["published_at"] == "2024-11-01T08:00:00+00:00"
    assert second["page"]["url"] == "https://a.example/story"
    assert second["page"]["fetched_at"] == "2024-11-02T00:00:00+00:00"
    assert [(c["author"], c["text"]) for c in second["comments"]] == [("Ada", "Nice.")]
    assert {link["region"] for link in second["links"]} >= {"nav", "footer"}


def test_spam_scores_json_lines_and_reports_bad_lines():
    lines = [
        json.dumps({"id": 1, "text": "Loans in 24 hours, WhatsApp +234 803 123 4567"}),
        "not json",
        json.dumps({"id": 2, "text": "I agree with the minister."}),
    ]
    result = newsflow("spam", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[0]["id"] == 1 and out[0]["spam"] is True and "phone_number" in out[0]["reasons"]
    assert out[1]["line"] == 2 and "bad input line" in out[1]["error"]
    assert out[2] == {"id": 2, "spam": False, "score": 0, "reasons": []}


def test_parse_and_spam_do_not_import_prefect(tmp_path):
    page = tmp_path / "p.html"
    page.write_bytes(wordpress_page("T", "https://a.example/t", "2024-11-01"))
    code = (
        "import sys, io\n"
        "from typer.testing import CliRunner\n"
        "from flows.cli.main import app\n"
        f"CliRunner().invoke(app, ['parse', {str(page)!r}])\n"
        'CliRunner().invoke(app, [\'spam\'], input=\'{"id": 1, "text": "hi"}\\n\')\n'
        "print('prefect' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_query_needs_a_warehouse(tmp_path):
    result = newsflow("query", "select 1", "--data", str(tmp_path))
    assert result.returncode == 1
    assert "no warehouse" in result.stderr


def test_query_reads_the_warehouse_read_only(tmp_path):
    from datetime import UTC, datetime

    from flows.contracts import RawPage
    from flows.lake import store
    from flows.lake.rows import page_rows
    from flows.warehouse import dbt as warehouse

    raw = RawPage(
        data=wordpress_page("T", "https://a.example/t", "2024-11-01"),
        source="t.html",
        fetched_at=datetime(2024, 11, 1, tzinfo=UTC),
    )
    store.write_batch(tmp_path / "lake", [page_rows(raw, run_id="test")])
    warehouse.build(tmp_path / "lake", tmp_path / "warehouse.duckdb")

    result = newsflow(
        "query",
        "select site, articles from daily_news",
        "--data",
        str(tmp_path),
        "--format",
        "jsonl",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"site": "a.example", "articles": 1}
    refused = newsflow("query", "create table x as select 1", "--data", str(tmp_path))
    assert refused.returncode == 1
    assert "read-only" in refused.stderr


def test_the_flows_parameters_default_to_the_settings_defaults():
    import inspect

    from flows.pipeline.flow import news_pipeline
    from flows.settings import DEFAULTS

    parameters = inspect.signature(news_pipeline.fn).parameters
    assert parameters["batch_size"].default == DEFAULTS.batch_size
    assert parameters["raw"].default == str(DEFAULTS.raw)
    assert parameters["data"].default == str(DEFAULTS.data)


def test_run_refuses_a_lake_url_no_filesystem_can_open(tmp_path):
    result = newsflow("run", "--data", str(tmp_path), "--lake", "nosuchstore://bucket/lake")
    assert result.returncode == 2
    assert "nosuchstore" in result.stderr
    assert not tmp_path.joinpath("lake").exists()
