"""Ingest jobs: read raw pages, parse them, write their rows to the lake. No Prefect here.

A job is a unit of parallel work: a batch of loose page files, or crawl archives of about
`JOB_BYTES` together (read as streams and written every `flush_pages` pages, so memory
stays flat however big an archive). Jobs of many pages write few, large Parquet files,
so the lake rarely needs compacting after a run. Jobs run in worker processes (parsing holds the GIL), on a Dask
cluster, or in-process; each returns a small `BatchResult`, never rows, so nothing big
crosses a process boundary.
"""

from __future__ import annotations

import os
import signal
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date
from multiprocessing import get_context
from pathlib import Path

import pyarrow as pa

from flows import processes
from flows.contracts import RawPage
from flows.lake import store
from flows.lake.lakefs import Lake
from flows.lake.rows import PageRows, page_rows, storable
from flows.readers.archives import read_archive
from flows.readers.files import ArchiveRef, Discovery, SourceRef, read_page

FLUSH_PAGES = 1000
"""Pages held before their rows are written: bounds a worker's memory (~32 MB of Arrow rows)."""
ARROW_CHUNK = 50
"""Pages whose rows are held as Python dicts before they are turned into Arrow tables."""
JOB_BYTES = 16 * 2**20
"""Crawl archives are grouped into jobs of about this many bytes (~500 gzipped news
pages): a job per small archive made 25-page Parquet files that compaction then had to
merge, at ~10% of a run. A small run gets smaller jobs, two per worker at least, so no
worker idles while the other parses the last big job."""
MIN_JOB_BYTES = 2**20


@dataclass(frozen=True, slots=True)
class Job:
    number: int
    pages: list[SourceRef] = field(default_factory=list)
    archives: list[ArchiveRef] = field(default_factory=list)
    stamps: dict[str, str] = field(default_factory=dict)
    """source → stamp of each input file, recorded once the job has read it all."""

    @property
    def label(self) -> str:
        if len(self.archives) == 1:
            return self.archives[0].source
        if self.archives:
            return f"{len(self.archives)} archives from {self.archives[0].source}"
        return f"{len(self.pages)} page files"


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
    """(source, stamp, pages) of each input file read completely (see flows.lake.manifest)."""
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
    found: Discovery,
    batch_size: int,
    ingested: Mapping[str, tuple[str, int]] | None = None,
    job_bytes: int | None = None,
    workers: int = 1,
) -> Plan:
    """Archives first (they are the big jobs, so they start early), then page-file batches.

    Archives are grouped in discovery order (so a job's pages tend to share days and
    its files are few) until a group reaches `job_bytes` (default: JOB_BYTES, or less for
    a small run, so each of `workers` gets two jobs); a bigger archive is a job alone.

    Input files in `ingested` (flows.lake.manifest) with an unchanged stamp are left out.
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

    archives = [archive for archive in found.archives if changed(archive.source)]
    if job_bytes is None:
        share = sum(archive.bytes for archive in archives) // (2 * workers)
        job_bytes = min(JOB_BYTES, max(MIN_JOB_BYTES, share))
    group: list[ArchiveRef] = []
    for archive in archives:
        group.append(archive)
        if sum(member.bytes for member in group) >= job_bytes:
            plan.jobs.append(_archive_job(len(plan.jobs) + 1, group, found))
            group = []
    if group:
        plan.jobs.append(_archive_job(len(plan.jobs) + 1, group, found))
    pages = [ref for ref in found.pages if changed(ref.source)]
    for start in range(0, len(pages), batch_size):
        batch = pages[start : start + batch_size]
        plan.jobs.append(Job(len(plan.jobs) + 1, pages=batch, stamps=_stamps(batch, found)))
    return plan


def _archive_job(number: int, archives: list[ArchiveRef], found: Discovery) -> Job:
    return Job(number, archives=archives, stamps=_stamps(archives, found))


def _stamps(inputs: Iterable[ArchiveRef | SourceRef], found: Discovery) -> dict[str, str]:
    return {ref.source: found.stamps.get(ref.source, "-") for ref in inputs}


def run_job(
    job: Job,
    lake_dir: Lake,
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
        seen = store.seen_page_ids(lake_dir)
    result = BatchResult()
    writer = _Writer(lake_dir, result, flush_pages)
    read: Counter[str] = Counter()
    for input_file, raw in raw_pages(job, result.skipped, since, until):
        read[input_file] += 1
        digest = raw.content_sha256
        if raw.page_id_from(digest) in seen:
            result.seen_before += 1
            continue
        rows = page_rows(raw, run_id, content_sha256=digest)
        page = rows.tables["pages"][0]
        if page["status"] == "parsed":
            result.parsed += 1
        else:
            result.rejected.append((page["source"], page["error"]))
        writer.add(rows)
    writer.flush()
    if since is None and until is None:
        result.inputs = [(source, stamp, read[source]) for source, stamp in job.stamps.items()]
    result.seconds = time.perf_counter() - started
    result.parse_seconds = result.seconds - result.write_seconds
    return result


def raw_pages(
    job: Job, skipped: Counter[str], since: date | None = None, until: date | None = None
) -> Iterator[tuple[str, RawPage]]:
    """(input file, page) for the pages of a job as read from disk, before parsing."""
    for archive in job.archives:
        for page in read_archive(
            Path(archive.path), archive.source, skipped, since=since, until=until
        ):
            yield archive.source, page
    for ref in job.pages:
        yield ref.source, read_page(ref)


class _Writer:
    """Holds a job's parsed pages and commits them to the lake every `flush_pages` pages.

    Rows are turned into Arrow tables `ARROW_CHUNK` pages at a time: as Python dicts, the
    rows of 1,000 generated bench pages (~190 links each) take ~135 MB; as Arrow, ~32 MB.
    """

    def __init__(self, lake_dir: Lake, result: BatchResult, flush_pages: int) -> None:
        self.lake_dir, self.result, self.flush_pages = lake_dir, result, flush_pages
        self.rows: list[PageRows] = []
        self.parts: dict[tuple[str, date], list[pa.Table]] = defaultdict(list)
        self.pages = 0

    def add(self, rows: PageRows) -> None:
        self.rows.append(rows)
        if len(self.rows) >= ARROW_CHUNK:
            self._to_arrow()
        if self.pages >= self.flush_pages:
            self.flush()

    def flush(self) -> None:
        self._to_arrow()
        if not self.parts:
            return
        started = time.perf_counter()
        for table, count in store.write_tables(self.lake_dir, self.parts).items():
            self.result.rows[table] = self.result.rows.get(table, 0) + count
        self.result.days.update(dt for _, dt in self.parts)
        self.parts.clear()
        self.pages = 0
        self.result.write_seconds += time.perf_counter() - started

    def _to_arrow(self) -> None:
        if not self.rows:
            return
        started = time.perf_counter()
        for part, table in store.arrow_tables(self.rows).items():
            self.parts[part].append(table)
        self.pages += len(self.rows)
        self.rows.clear()
        self.result.write_seconds += time.perf_counter() - started


# --- a long-lived process pool: each worker loads the seen ids once, then runs many jobs ---

_worker_seen: frozenset[str] = frozenset()
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _init_worker(lake_dir: Lake, parent_pid: int) -> None:
    """A worker dies with the run that started it (even after `kill -9`), and leaves
    SIGINT and SIGTERM to it: a terminal's Ctrl-C reaches the whole process group, and the
    run stops its workers itself (a worker that died first would break the pool, and print
    a traceback)."""
    global _worker_seen
    processes.die_with_parent(parent_pid)
    for signum in STOP_SIGNALS:  # blocked since the worker was started (see run_in_pool)
        signal.signal(signum, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    _worker_seen = frozenset(store.seen_page_ids(lake_dir))


def _pool_job(
    job: Job, lake_dir: Lake, run_id: str, since: date | None, until: date | None
) -> BatchResult:
    return run_job(job, lake_dir, run_id, seen=_worker_seen, since=since, until=until)


def default_workers() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run_in_pool(
    jobs: Iterable[Job],
    lake_dir: Lake,
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
    pool = ProcessPoolExecutor(
        max_workers=max(1, min(workers, len(jobs))),
        mp_context=get_context("spawn"),
        initializer=_init_worker,
        initargs=(lake_dir, os.getpid()),
    )
    try:
        # Workers start as jobs are submitted: with SIGINT and SIGTERM blocked, inherited,
        # until their initializer ignores them (a signal meanwhile stays pending here).
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        try:
            futures = {
                pool.submit(_pool_job, job, lake_dir, run_id, since, until): job for job in jobs
            }
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        for future in as_completed(futures):
            result = future.result()
            results.append(result)
            if on_done is not None:
                on_done(futures[future], result)
    except BaseException:
        # Stopped (a signal, a failed job): kill the workers now rather than wait for their
        # jobs. What they staged stays uncommitted, and the next run's recovery discards it.
        stop_pool(pool)
        raise
    pool.shutdown()
    return results


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Kill a pool's workers at once and drop its queued jobs."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        if worker.is_alive():
            worker.kill()
    for worker in workers:
        worker.join(timeout=5)
