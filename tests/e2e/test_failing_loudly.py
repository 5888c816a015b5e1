"""Failures say what happened: a failed data test marks the Prefect run Failed and shows the
rows, and `newsflow run` exit codes tell the failure apart (docs/operations.md, "Exit codes")."""

import subprocess
import sys
from datetime import UTC, datetime

from typer.testing import CliRunner

from flows.cli.main import EXIT_DATA_TEST_FAILED, EXIT_FAILED, EXIT_RUN_IN_PROGRESS, app
from flows.contracts import RawPage
from flows.lake import store
from flows.lake.rows import page_rows
from tests.support.pages import wordpress_page


def _lake_with_a_bad_status(data) -> None:
    """A lake a data test must refuse: a `pages` row whose status is neither parsed nor rejected."""
    rows = page_rows(
        RawPage(data=wordpress_page("One", "https://a.example/one", "2024-11-01"),
                source="one.html", fetched_at=datetime(2024, 11, 1, tzinfo=UTC)),
        run_id="test",
    )  # fmt: skip
    rows.tables["pages"][0]["status"] = "half-done"
    store.write_batch(data / "lake", [rows])


def test_a_failing_data_test_marks_the_flow_run_failed_with_the_offending_rows(
    prefect_api, tmp_path
):
    from flows.pipeline.flow import news_pipeline

    (tmp_path / "raw").mkdir()
    _lake_with_a_bad_status(tmp_path / "data")
    state = news_pipeline(raw=str(tmp_path / "raw"), data=str(tmp_path / "data"), return_state=True)
    assert state.is_failed()
    assert "accepted_values_stg_pages_status" in state.message and "half-done" in state.message
    assert not (tmp_path / "data" / "warehouse.duckdb").exists()


def test_exit_codes_of_newsflow_run(prefect_api, tmp_path):
    runner = CliRunner()
    (tmp_path / "raw").mkdir()
    _lake_with_a_bad_status(tmp_path / "bad")
    failed_test = runner.invoke(
        app, ["run", "--raw", str(tmp_path / "raw"), "--data", str(tmp_path / "bad"), "-q"]
    )
    assert failed_test.exit_code == EXIT_DATA_TEST_FAILED
    assert "half-done" in failed_test.output

    no_raw = runner.invoke(
        app, ["run", "--raw", str(tmp_path / "missing"), "--data", str(tmp_path / "d"), "-q"]
    )
    assert no_raw.exit_code == EXIT_FAILED
    assert "raw folder not found" in no_raw.output

    holds_the_lock = (
        "import sys, time; from pathlib import Path; from flows.pipeline.runlock import run_lock\n"
        "with run_lock(Path(sys.argv[1])):\n print('held', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", holds_the_lock, str(tmp_path / "busy")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        busy = runner.invoke(
            app, ["run", "--raw", str(tmp_path / "raw"), "--data", str(tmp_path / "busy"), "-q"]
        )
    finally:
        holder.kill()
        holder.wait()
    assert busy.exit_code == EXIT_RUN_IN_PROGRESS
    assert "another newsflow run is using" in busy.output
    assert not (tmp_path / "busy" / "lake").exists()
