"""Ingest jobs: read raw pages, parse them, write their rows to the lake. No Prefect here.

A job is a unit of parallel work: a batch of loose page files, or one crawl archive
(read as a stream and written every `flush_pages` pages, so memory stays flat however
big the archive). Jobs run in worker processes (parsing holds the GIL), on a Dask
cluster, or in-process; each returns a small `BatchResult`, never rows, so nothing big
crosses a process boundary.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date
from multiprocessing import get_context
from pathlib import Path

from flows import lake
from flows.archives import read_archive
from flows.rows import PageRows, RawPage, page_rows, storable
from flows.sources import ArchiveRef, Discovery, SourceRef, read_page

FLUSH_PAGES = 1000
"""Pages of an archive held before their rows are written: bounds a worker's memory."""


@dataclass(frozen=True, slots=True)
class Job:
    number: int
    pages: list[SourceRef] = field(default_factory=list)
    archive: ArchiveRef | None = None
    stamps: dict[str, str] = field(default_factory=dict)
    """source → stamp of each input file, recorded once the job has read it all."""

    @property
    def label(self) -> str:
        return self.archive.source if self.archive else f"{len(self.pages)} page files"


@dataclass(slots=True)
class BatchResult:
    seen_before: int = 0
    parsed: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    skipped: Counter[str] = field(default_factory=Counter)
    """Archive records that are not pages (requests, non-HTML, …), by reason."""
    days: set[date] = field(default_factory=set)
    """Lake partitions (`dt`) this job wrote to."""
    inputs: list[tuple[str, str, int]] = field(default_factory=list)
    """(source, stamp, pages) of each input file read completely (see flows.manifest)."""
    seconds: float = 0.0
    parse_seconds: float = 0.0
    """Of `seconds`, reading and parsing pages (the rest is mostly writing Parquet)."""
    write_seconds: float = 0.0

    def add(self, other: BatchResult) -> None:
        self.seen_before += other.seen_before
        self.parsed += other.parsed
        self.rejected.extend(other.rejected)
        for table, count in other.rows.items():
            self.rows[table] = self.rows.get(table, 0) + count
        self.skipped.update(other.skipped)
        self.days |= other.days
        self.inputs.extend(other.inputs)
        self.seconds += other.seconds
        self.parse_seconds += other.parse_seconds
        self.write_seconds += other.write_seconds


@dataclass(slots=True)
class Plan:
    jobs: list[Job]
    unchanged_files: int = 0
    """Input files left out because they are recorded as ingested with the same stamp."""
    unchanged_pages: int = 0


def plan_jobs(
    found: Discovery, batch_size: int, ingested: Mapping[str, tuple[str, int]] | None = None
) -> Plan:
    """Archives first (they are the big jobs, so they start early), then page-file batches.

    Input files in `ingested` (flows.manifest) with an unchanged stamp are left out.
    """
    plan = Plan(jobs=[])
    ingested = ingested or {}

    def changed(source: str) -> bool:
        done = ingested.get(storable(source))  # recorded as Parquet can store it
        if done is None or done[0] != found.stamps.get(source):
            return True
        plan.unchanged_files += 1
        plan.unchanged_pages += done[1]
        return False

    for archive in found.archives:
        if changed(archive.source):
            stamps = {archive.source: found.stamps.get(archive.source, "-")}
            plan.jobs.append(Job(len(plan.jobs) + 1, archive=archive, stamps=stamps))
    pages = [ref for ref in found.pages if changed(ref.source)]
    for start in range(0, len(pages), batch_size):
        batch = pages[start : start + batch_size]
        stamps = {ref.source: found.stamps.get(ref.source, "-") for ref in batch}
        plan.jobs.append(Job(len(plan.jobs) + 1, pages=batch, stamps=stamps))
    return plan


def run_job(
    job: Job,
    lake_dir: Path,
    run_id: str,
    *,
    seen: Collection[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    flush_pages: int = FLUSH_PAGES,
) -> BatchResult:
    """Read, parse and write one job's pages; pages already in the lake (by id) are skipped.

    `seen` is the set of page ids in the lake; None reads it from the lake (a Dask task
    does, to avoid shipping a large set with every task).
    """
    started = time.perf_counter()
    if seen is None:
        seen = lake.seen_page_ids(lake_dir)
    result = BatchResult()
    batch: list[PageRows] = []
    for raw in raw_pages(job, result.skipped, since, until):
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
        if len(batch) >= flush_pages:
            _flush(lake_dir, batch, result)
    _flush(lake_dir, batch, result)
    if since is None and until is None:
        read = result.parsed + len(result.rejected) + result.seen_before
        result.inputs = [
            (source, stamp, read if job.archive else 1) for source, stamp in job.stamps.items()
        ]
    result.seconds = time.perf_counter() - started
    result.parse_seconds = result.seconds - result.write_seconds
    return result


def raw_pages(
    job: Job, skipped: Counter[str], since: date | None = None, until: date | None = None
) -> Iterator[RawPage]:
    """The pages of a job as read from disk, before parsing."""
    if job.archive is not None:
        yield from read_archive(
            Path(job.archive.path), job.archive.source, skipped, since=since, until=until
        )
    for ref in job.pages:
        yield read_page(ref)


def _flush(lake_dir: Path, batch: list[PageRows], result: BatchResult) -> None:
    if not batch:
        return
    started = time.perf_counter()
    for table, count in lake.write_batch(lake_dir, batch).items():
        result.rows[table] = result.rows.get(table, 0) + count
    result.days.update(page.dt for page in batch)
    batch.clear()
    result.write_seconds += time.perf_counter() - started


# --- a long-lived process pool: each worker loads the seen ids once, then runs many jobs ---

_worker_seen: frozenset[str] = frozenset()


def _init_worker(lake_dir: Path) -> None:
    global _worker_seen
    _worker_seen = frozenset(lake.seen_page_ids(lake_dir))


def _pool_job(
    job: Job, lake_dir: Path, run_id: str, since: date | None, until: date | None
) -> BatchResult:
    return run_job(job, lake_dir, run_id, seen=_worker_seen, since=since, until=until)


def default_workers() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run_in_pool(
    jobs: Iterable[Job],
    lake_dir: Path,
    run_id: str,
    *,
    workers: int,
    since: date | None = None,
    until: date | None = None,
    on_done: Callable[[Job, BatchResult], None] | None = None,
) -> list[BatchResult]:
    """Run jobs on `workers` processes, calling `on_done` as each finishes (in finishing order).

    Workers are started with `spawn`: the caller may run Prefect's threads and event
    loops, which `fork` would copy in a broken state.
    """
    jobs = list(jobs)
    results: list[BatchResult] = []
    with ProcessPoolExecutor(
        max_workers=max(1, min(workers, len(jobs))),
        mp_context=get_context("spawn"),
        initializer=_init_worker,
        initargs=(lake_dir,),
    ) as pool:
        futures = {pool.submit(_pool_job, job, lake_dir, run_id, since, until): job for job in jobs}
        for future in as_completed(futures):
            result = future.result()
            results.append(result)
            if on_done is not None:
                on_done(futures[future], result)
    return results
