"""The Prefect flow `news_pipeline`: raw pages → Parquet lake → DuckDB models → summaries.

Prefect is a thin layer here. Each task wraps one call into the plain modules
(sources, ingest, compact, warehouse). A task handles many pages, never one page: a
task run costs Prefect ~15 ms and the API's SQLite backend stalls under thousands of
them. By default one task runs all ingest jobs on a process pool (see `RUNNERS`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
from prefect import Flow, flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from flows import lake, manifest, spam, verdicts, warehouse
from flows.compact import compact_days
from flows.ingest import (
    BatchResult,
    Job,
    Plan,
    default_workers,
    plan_jobs,
    run_in_pool,
    run_job,
)
from flows.schemas import TABLES
from flows.sources import Discovery, discover
from flows.spam import load_rules

BATCH_SIZE = 250
"""Page files per ingest job (an archive is one job): big enough that per-job costs are noise."""
RUNNERS = ("processes", "serial", "prefect-processes", "dask")
"""How ingest jobs run: a long-lived process pool inside one task (the default, fastest
here), in-process, one Prefect task per job on Prefect's ProcessPoolTaskRunner, or one
Prefect task per job on a Dask cluster (prefect-dask's DaskTaskRunner)."""


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
    archives: int = 0
    records_skipped: dict[str, int] = field(default_factory=dict)
    """Archive records that are not pages (requests, revisits, non-HTML, …), by reason."""
    files_compacted: int = 0
    inputs_unchanged: int = 0
    """Input files not read at all: recorded as ingested, stamp unchanged (their pages
    count in `seen_before`)."""
    parse_seconds: float = 0.0
    """Worker time spent reading and parsing pages, summed over workers."""
    write_seconds: float = 0.0
    """Worker time spent writing Parquet, summed over workers."""


def _run_name() -> str:
    params = flow_run.parameters
    window = f"since {params['since']}" if params.get("since") else "all days"
    return f"news {window} from {params.get('raw', 'data/raw')}"


@task(name="discover-pages", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def discover_pages(raw: Path, since: date | None) -> Discovery:
    found = discover(raw, since=since)
    get_run_logger().info(
        "found %d raw pages and %d crawl archives under %s (%d other files ignored)",
        len(found.pages),
        len(found.archives),
        raw,
        len(found.skipped),
    )
    return found


@task(name="plan-ingest", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def plan_ingest(found: Discovery, batch_size: int, lake_dir: Path) -> Plan:
    """Cut the work into jobs, leaving out input files ingested before and unchanged since."""
    plan = plan_jobs(found, batch_size, manifest.ingested_inputs(lake_dir))
    get_run_logger().info(
        "%d ingest jobs; %d input files unchanged since they were ingested (%d pages, not read)",
        len(plan.jobs), plan.unchanged_files, plan.unchanged_pages,
    )  # fmt: skip
    return plan


@task(name="record-ingested", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def record_ingested(lake_dir: Path, inputs: list[tuple[str, str, int]]) -> int:
    """Record the input files this run read completely, so the next run can skip them."""
    return manifest.record_inputs(lake_dir, inputs)


@task(name="ingest-pages", cache_policy=NO_CACHE)
def ingest_pages(
    jobs: list[Job], lake_dir: Path, run_id: str, since: date | None, workers: int
) -> BatchResult:
    """Run every ingest job in this task: on a process pool, or in-process when workers is 1."""
    logger = get_run_logger()
    total = BatchResult()

    def done(job: Job, result: BatchResult) -> None:
        _log_job(logger, job, result, len(jobs))
        total.add(result)

    if workers > 1 and len(jobs) > 1:
        run_in_pool(jobs, lake_dir, run_id, workers=workers, since=since, on_done=done)
    else:
        seen = lake.seen_page_ids(lake_dir)
        for job in jobs:
            done(job, run_job(job, lake_dir, run_id, seen=seen, since=since))
    return total


@task(
    task_run_name="ingest-batch-{job.number}",
    retries=2,
    retry_delay_seconds=[2, 10],
    cache_policy=NO_CACHE,
)
def ingest_batch(job: Job, lake_dir: Path, run_id: str, since: date | None) -> BatchResult:
    """One ingest job as its own task run (the Dask and Prefect-process-pool runners)."""
    result = run_job(job, lake_dir, run_id, since=since)
    _log_job(get_run_logger(), job, result, None)
    return result


def _log_job(logger: Any, job: Job, result: BatchResult, of: int | None) -> None:
    for source, error in result.rejected:
        logger.warning("rejected %s: %s", source, error)
    logger.info(
        "job %d%s (%s): %d parsed, %d rejected, %d already in the lake, %d records skipped",
        job.number, f"/{of}" if of else "", job.label, result.parsed, len(result.rejected),
        result.seen_before, sum(result.skipped.values()),
    )  # fmt: skip


@task(name="compact-lake", retries=1, retry_delay_seconds=5, cache_policy=NO_CACHE)
def compact_lake(lake_dir: Path, days: set[date]) -> int:
    """Merge the small files this run wrote into one file per table and day."""
    replaced = compact_days(lake_dir, days)
    get_run_logger().info("compacted %d files in %d day partitions", replaced, len(days))
    return replaced


@task(name="build-models", retries=1, retry_delay_seconds=5, cache_policy=NO_CACHE)
def build_models(lake_dir: Path, warehouse_path: Path, workers: int) -> warehouse.BuildReport:
    """Score the days whose comments changed (cached per day), then build every model."""
    logger = get_run_logger()
    cache = warehouse_path.parent / "cache" / "spam_verdicts"
    fresh = verdicts.refresh(lake_dir, cache, Path(str(spam.RULES_FILE)), workers=workers)
    logger.info(
        "spam verdicts: %d days scored (%d comments), %d days unchanged and reused",
        fresh.days_scored, fresh.comments_scored, fresh.days_kept,
    )  # fmt: skip
    report = warehouse.build(
        lake_dir,
        warehouse_path,
        load_rules(),
        verdicts=cache,
        staging=warehouse_path.parent / "cache" / "staging",
    )
    logger.info(
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
    runner: str = "processes",
    workers: int | None = None,
) -> RunSummary:
    """Ingest raw pages into the lake, rebuild the warehouse models, publish daily summaries.

    With `runner` "dask" or "prefect-processes", call it through `pipeline_flow`, which
    gives the flow the matching task runner.
    """
    if runner not in RUNNERS:
        raise ValueError(f"unknown runner {runner!r}; expected one of {', '.join(RUNNERS)}")
    raw_dir, data_dir = Path(raw), Path(data)
    lake_dir, warehouse_path = data_dir / "lake", data_dir / "warehouse.duckdb"
    run_id = str(flow_run.id or "local")

    found = discover_pages(raw_dir, since)
    plan = plan_ingest(found, batch_size, lake_dir)
    jobs = plan.jobs
    if runner in ("dask", "prefect-processes"):
        futures = [ingest_batch.submit(job, lake_dir, run_id, since) for job in jobs]
        ingested = BatchResult()
        for future in futures:
            ingested.add(future.result())
    else:
        ingested = ingest_pages(
            jobs, lake_dir, run_id, since, 1 if runner == "serial" else workers or default_workers()
        )
    record_ingested(lake_dir, ingested.inputs)
    compacted = compact_lake(lake_dir, ingested.days)
    report = build_models(lake_dir, warehouse_path, workers or default_workers())
    summaries = publish_summaries(warehouse_path)

    return RunSummary(
        run_id=run_id,
        raw=str(raw_dir),
        lake=str(lake_dir),
        warehouse=str(warehouse_path),
        pages_found=ingested.parsed
        + len(ingested.rejected)
        + ingested.seen_before
        + plan.unchanged_pages,
        not_pages=len(found.skipped),
        seen_before=ingested.seen_before + plan.unchanged_pages,
        inputs_unchanged=plan.unchanged_files,
        parsed=ingested.parsed,
        rejected=ingested.rejected,
        rows_written={table: ingested.rows.get(table, 0) for table in TABLES},
        model_rows=report.rows,
        tests_passed=report.tests_passed,
        daily_news=summaries["daily_news"],
        daily_spam_rate=summaries["daily_spam_rate"],
        archives=len(found.archives),
        records_skipped=dict(ingested.skipped),
        files_compacted=compacted,
        parse_seconds=ingested.parse_seconds,
        write_seconds=ingested.write_seconds,
    )


def pipeline_flow(
    runner: str = "processes", *, workers: int | None = None, dask_address: str | None = None
) -> Flow[..., RunSummary]:
    """`news_pipeline` with the task runner `runner` needs (an existing Dask cluster at
    `dask_address`, else a local one with `workers` worker processes)."""
    count = workers or default_workers()
    if runner == "dask":
        from prefect_dask import DaskTaskRunner

        task_runner: Any = (
            DaskTaskRunner(address=dask_address)
            if dask_address
            else DaskTaskRunner(
                cluster_kwargs={"n_workers": count, "threads_per_worker": 1, "processes": True}
            )
        )
    elif runner == "prefect-processes":
        task_runner = ProcessPoolTaskRunner(max_workers=count)
    else:
        task_runner = ThreadPoolTaskRunner()
    return news_pipeline.with_options(task_runner=task_runner)


def _plain(value: Any) -> Any:
    """JSON-friendly cell values for artifacts."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return value


if __name__ == "__main__":
    news_pipeline()
