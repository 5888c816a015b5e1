"""The Prefect flow `news_pipeline`: raw pages → Parquet lake → DuckDB models → summaries.

Prefect is a thin layer here. Each task wraps one call into the plain modules
(sources, rows, lake, warehouse). A task handles a whole batch of pages, never
one page: a task run costs Prefect ~15 ms and the API's SQLite backend stalls
under thousands of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from flows import lake, warehouse
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


def _run_name() -> str:
    params = flow_run.parameters
    window = f"since {params['since']}" if params.get("since") else "all days"
    return f"news {window} from {params.get('raw', 'data/raw')}"


@task(name="discover-pages", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def discover_pages(raw: Path, since: date | None) -> Discovery:
    found = discover(raw, since=since)
    get_run_logger().info(
        "found %d raw pages under %s (%d other files ignored)",
        len(found.pages),
        raw,
        len(found.skipped),
    )
    return found


@task(name="find-seen-pages", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
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


@task(name="publish-summaries", cache_policy=NO_CACHE)
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


@flow(name="news_pipeline", flow_run_name=_run_name, log_prints=False)
def news_pipeline(
    raw: str = "data/raw",
    data: str = "data",
    since: date | None = None,
    batch_size: int = BATCH_SIZE,
) -> RunSummary:
    """Ingest raw pages into the lake, rebuild the warehouse models, publish daily summaries."""
    raw_dir, data_dir = Path(raw), Path(data)
    lake_dir, warehouse_path = data_dir / "lake", data_dir / "warehouse.duckdb"
    run_id = str(flow_run.id or "local")

    with run_lock(data_dir):  # a second run at once stops here, before touching anything
        found = discover_pages(raw_dir, since)
        seen = find_seen_pages(lake_dir)
        batches = [found.pages[i : i + batch_size] for i in range(0, len(found.pages), batch_size)]
        results = [
            ingest_batch(batch, number, lake_dir, run_id, seen)
            for number, batch in enumerate(batches, start=1)
        ]
        report = build_models(lake_dir, warehouse_path)
        summaries = publish_summaries(warehouse_path)

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
        model_rows=report.rows,
        tests_passed=report.tests_passed,
        daily_news=summaries["daily_news"],
        daily_spam_rate=summaries["daily_spam_rate"],
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
