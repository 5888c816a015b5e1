"""`newsflow run` with a date window, then `newsflow report` and `newsflow docs`, as a user types them."""

from datetime import timedelta

from typer.testing import CliRunner

from flows.cli.main import EXIT_FAILED, app
from tests.support.news_week import FIRST_DAY, write_news_week

runner = CliRunner()


def test_run_with_a_window_then_report_and_docs(prefect_api, tmp_path):
    write_news_week(tmp_path / "raw")
    data = tmp_path / "data"
    until = FIRST_DAY + timedelta(days=3)
    ran = runner.invoke(
        app,
        ["run", "--raw", str(tmp_path / "raw"), "--data", str(data),
         "--until", until.isoformat(), "--days", "2"],
    )  # fmt: skip
    assert ran.exit_code == 0, ran.output
    assert f"Report: {data / 'reports' / until.isoformat()}.html" in ran.output.replace("\n", "")
    assert sorted(p.name for p in (data / "reports").iterdir()) == [
        f"{until - timedelta(days=1)}.html",
        f"{until}.html",
    ]

    day = FIRST_DAY + timedelta(days=2)
    reported = runner.invoke(app, ["report", "--data", str(data), "--day", day.isoformat()])
    assert reported.exit_code == 0, reported.output
    assert reported.output.strip() == str(data / "reports" / f"{day}.html")
    assert f"News report for {day}" in (data / "reports" / f"{day}.html").read_text("utf-8")

    documented = runner.invoke(app, ["docs", "--data", str(data)])
    assert documented.exit_code == 0, documented.output
    assert documented.output.strip() == str(data / "docs" / "static_index.html")
    assert "daily_spam_rate" in (data / "docs" / "static_index.html").read_text("utf-8")


def test_report_without_a_warehouse_fails_with_a_hint(tmp_path):
    result = runner.invoke(app, ["report", "--data", str(tmp_path)])
    assert result.exit_code == EXIT_FAILED
    assert "run `newsflow run` first" in result.output
