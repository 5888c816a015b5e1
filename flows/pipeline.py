"""The Prefect flow `news_pipeline`: raw pages → Parquet lake → DuckDB models → summaries.

Prefect is a thin layer here. Each task wraps one call into the plain modules
(sources, rows, lake, warehouse). A task handles a whole batch of pages, never
one page: a task run costs Prefect ~15 ms and the API's SQLite backend stalls
under thousands of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any, cast
from uuid import UUID

import duckdb
from prefect import flow, get_run_logger, task
from prefect.artifacts import (
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from flows import lake, progress, report, warehouse
from flows.rows import page_rows
from flows.runlock import run_lock
from flows.sources import Discovery, SourceRef, discover, read_page
from flows.spam import load_rules

BATCH_SIZE = 250
"""Pages per ingest task: big enough that Prefect's per-task cost is noise, small enough to show progress."""


@dataclass(slots=True)
class BatchResult:
    seen_before: int = 0
    parsed: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class RunSummary:
    """What a run did; `newsflow run` prints it and tests check it."""

    run_id: str
    raw: str
    lake: str
    warehouse: str
    pages_found: int
    not_pages: int
    seen_before: int
    parsed: int
    rejected: list[tuple[str, str]]
    rows_written: dict[str, int]
    model_rows: dict[str, int]
    tests_passed: int
    daily_news: list[dict[str, Any]]
    daily_spam_rate: list[dict[str, Any]]
    report: str | None = None
    """The HTML report this run wrote, if the marts had a day to report on."""


def resolve_window(
    since: date | None, until: date | None, days: int | None, today: date
) -> tuple[date | None, date | None]:
    """The [since, until] fetch-date window; `days` means the `days` days ending on `until`
    (else `today`), which is how a scheduled deployment asks for "the last two days".

    >>> resolve_window(None, None, 2, date(2024, 11, 8))
    (datetime.date(2024, 11, 7), datetime.date(2024, 11, 8))
    """
    if days is None:
        return since, until
    if days < 1:
        raise ValueError(f"days must be 1 or more, not {days}")
    end = until or today
    return end - timedelta(days=days - 1), end


def window_label(since: date | None, until: date | None) -> str:
    """The date window in words, for run names: `2024-11-01..2024-11-02`, `since …`, `all days`."""
    if since and until:
        return f"{since}..{until}" if since != until else str(since)
    if since:
        return f"since {since}"
    if until:
        return f"up to {until}"
    return "all days"


def _scheduled_day() -> date:
    """The UTC day the run was scheduled for (now, for a run started by hand)."""
    return flow_run.scheduled_start_time.astimezone(UTC).date()


def _as_date(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _run_name() -> str:
    params = flow_run.parameters
    since, until = resolve_window(
        _as_date(params.get("since")),
        _as_date(params.get("until")),
        params.get("days"),
        _scheduled_day(),
    )
    return f"news {window_label(since, until)}"


@task(
    name="discover-pages",
    task_run_name="discover-pages",
    retries=2,
    retry_delay_seconds=[1, 5],
    cache_policy=NO_CACHE,
)
def discover_pages(raw: Path, since: date | None, until: date | None) -> Discovery:
    found = discover(raw, since=since)
    if until is not None:
        pages = [ref for ref in found.pages if ref.fetched_at.date() <= until]
        found = Discovery(pages=pages, skipped=found.skipped)
    get_run_logger().info(
        "found %d raw pages under %s fetched %s (%d other files ignored)",
        len(found.pages),
        raw,
        "on any day" if since is None and until is None else window_label(since, until),
        len(found.skipped),
    )
    return found


@task(
    name="find-seen-pages",
    task_run_name="find-seen-pages",
    retries=2,
    retry_delay_seconds=[1, 5],
    cache_policy=NO_CACHE,
)
def find_seen_pages(lake_dir: Path) -> frozenset[str]:
    """Finish or undo what an interrupted run left staged, then list the pages in the lake."""
    recovery = lake.recover(lake_dir)
    if recovery.published or recovery.discarded:
        get_run_logger().warning(
            "an earlier run was interrupted: %d committed batches published, "
            "%d uncommitted batches discarded (their pages are ingested again)",
            recovery.published, recovery.discarded,
        )  # fmt: skip
    return frozenset(lake.seen_page_ids(lake_dir))


@task(
    task_run_name="ingest-batch-{number}",
    retries=2,
    retry_delay_seconds=[2, 10],
    cache_policy=NO_CACHE,
)
def ingest_batch(
    refs: list[SourceRef], number: int, lake_dir: Path, run_id: str, seen: frozenset[str]
) -> BatchResult:
    """Read, parse and write one batch; pages already in the lake are skipped."""
    result = BatchResult()
    batch = []
    for ref in refs:
        raw = read_page(ref)
        if raw.page_id in seen:
            result.seen_before += 1
            continue
        rows = page_rows(raw, run_id)
        page = rows.tables["pages"][0]
        if page["status"] == "parsed":
            result.parsed += 1
        else:
            result.rejected.append((page["source"], page["error"]))
        batch.append(rows)
    result.rows = lake.write_batch(lake_dir, batch)
    logger = get_run_logger()
    for source, error in result.rejected:
        logger.warning("rejected %s: %s", source, error)
    logger.info(
        "batch %d: %d parsed, %d rejected, %d already in the lake",
        number, result.parsed, len(result.rejected), result.seen_before,
    )  # fmt: skip
    return result


def _unless_a_data_test_failed(_task: Any, _task_run: Any, state: Any) -> bool:
    """Retry a failed build, except when a data test failed: the same rows fail it again."""
    return not isinstance(state.data, warehouse.DataTestFailed)


@task(
    name="build-models",
    task_run_name="build-models",
    retries=1,
    retry_delay_seconds=5,
    retry_condition_fn=_unless_a_data_test_failed,
    cache_policy=NO_CACHE,
)
def build_models(lake_dir: Path, warehouse_path: Path) -> warehouse.BuildReport:
    report = warehouse.build(lake_dir, warehouse_path, load_rules())
    get_run_logger().info(
        "built %d models into %s; %d data tests passed",
        len(report.rows) - len(warehouse.SOURCES), warehouse_path, report.tests_passed,
    )  # fmt: skip
    return report


@task(name="publish-summaries", task_run_name="publish-summaries", cache_policy=NO_CACHE)
def publish_summaries(warehouse_path: Path) -> dict[str, list[dict[str, Any]]]:
    """Read the daily marts and publish them as keyed table artifacts (the UI's Artifacts page)."""
    summaries = {}
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        for model, key in (("daily_news", "daily-news"), ("daily_spam_rate", "daily-spam-rate")):
            cursor = con.execute(f"select * from {model} order by day, site")
            columns = [d[0] for d in cursor.description]
            rows = [dict(zip(columns, map(_plain, row), strict=True)) for row in cursor.fetchall()]
            summaries[model] = rows
            create_table_artifact(
                key=key,
                table=rows,
                description=f"`{model}` after this run (one row per day and site)",
            )
    return summaries


@task(name="publish-reports", task_run_name="publish-reports", cache_policy=NO_CACHE)
def publish_reports(
    warehouse_path: Path, reports_dir: Path, since: date | None, until: date | None
) -> Path | None:
    """Write an HTML report for each day of the window with data (only the last day when the
    window has no start); publish the last one as the keyed markdown artifact `daily-report`."""
    logger = get_run_logger()
    days = report.days_to_report(warehouse_path, since, until)
    if not days:
        logger.warning(
            "no report written: no daily data in the warehouse (%s)", window_label(since, until)
        )
        return None
    for day in days:
        path, markdown = report.build_report(warehouse_path, reports_dir, day)
        logger.info("wrote the report for %s to %s", day, path)
    create_markdown_artifact(
        key="daily-report", markdown=markdown, description=f"The day's report, also at {path}"
    )
    return path


@flow(name="news_pipeline", flow_run_name=_run_name, log_prints=False)
def news_pipeline(
    raw: str = "data/raw",
    data: str = "data",
    since: date | None = None,
    until: date | None = None,
    days: int | None = None,
    batch_size: int = BATCH_SIZE,
) -> RunSummary:
    """Ingest raw pages fetched in [since, until] into the lake, rebuild the models, report.

    `days` makes the window the `days` days ending on `until` (else the scheduled day).
    """
    since, until = resolve_window(since, until, days, _scheduled_day())
    raw_dir, data_dir = Path(raw), Path(data)
    lake_dir, warehouse_path = data_dir / "lake", data_dir / "warehouse.duckdb"
    run_id = str(flow_run.id or "local")

    with run_lock(data_dir):  # a second run at once stops here, before touching anything
        found = discover_pages(raw_dir, since, until)
        seen = find_seen_pages(lake_dir)
        batches = [found.pages[i : i + batch_size] for i in range(0, len(found.pages), batch_size)]
        progress_id = cast(  # sync in a sync flow; typed as "maybe a coroutine"
            UUID,
            create_progress_artifact(
                0.0,
                key="ingest-progress",
                description=f"Raw pages ingested, {len(found.pages)} in all",
            ),
        )
        results, done = [], 0
        for number, batch in enumerate(batches, start=1):
            results.append(ingest_batch(batch, number, lake_dir, run_id, seen))
            done += len(batch)
            update_progress_artifact(progress_id, 100.0 * done / len(found.pages))
            progress.step("ingest pages", done, len(found.pages))
        if not batches:
            update_progress_artifact(progress_id, 100.0)
        progress.step("build models", 0, 1)
        built = build_models(lake_dir, warehouse_path)
        progress.step("publish summaries and report", 0, 1)
        summaries = publish_summaries(warehouse_path)
        report_path = publish_reports(warehouse_path, data_dir / "reports", since, until)
        progress.step("done", 1, 1)

    written: dict[str, int] = {}
    for result in results:
        for table, count in result.rows.items():
            written[table] = written.get(table, 0) + count
    return RunSummary(
        run_id=run_id,
        raw=str(raw_dir),
        lake=str(lake_dir),
        warehouse=str(warehouse_path),
        pages_found=len(found.pages),
        not_pages=len(found.skipped),
        seen_before=sum(r.seen_before for r in results),
        parsed=sum(r.parsed for r in results),
        rejected=[item for r in results for item in r.rejected],
        rows_written=written,
        model_rows=built.rows,
        tests_passed=built.tests_passed,
        daily_news=summaries["daily_news"],
        daily_spam_rate=summaries["daily_spam_rate"],
        report=str(report_path) if report_path else None,
    )


def _plain(value: Any) -> Any:
    """JSON-friendly cell values for artifacts."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return value


if __name__ == "__main__":
    news_pipeline()
