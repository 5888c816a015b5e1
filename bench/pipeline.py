"""Benchmark the whole pipeline on a crawl of real or generated pages and print the numbers.

    python -m bench.pipeline [--corpus real|synthetic] [--pages N] [--format warc.gz,html.gz]
                             [--runners processes,dask]

1. Build (or reuse) a corpus of 10 days plus an 11th: copies of the real pages in
   ../shared/benchmarks (bench/real.py) when they are there, else generated pages
   (bench/generate.py). `--corpus synthetic` picks the generator for volume.
2. One core, the corpus's distinct pages in memory (CPU time): the bare lexbor parse
   (`LexborHTMLParser(html).body.text()`, the bytes decoded as UTF-8 by Python, so the
   yardstick does not move with newsflow's code), the ceiling every rate is compared with,
   then `parse_page` with every field, and the slowest pages.
3. Parse-only: read and parse a fifth of the pages of days 1-10 (every 5th job) on a
   process pool, writing nothing: the rate the pipeline is compared with.
4. For each format and runner: run the pipeline over days 1-10 into an empty lake, then add day 11
   and run again (the incremental run), then run once more with nothing new (a run's
   fixed cost, the "startup" the incremental figure may be read without). Stages come from the task runs' own durations;
   Prefect's share is the flow's wall time not spent inside a task; peak RSS is the sum
   over the pipeline's processes (the flow and its workers, not the Prefect API server),
   sampled every 50 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Self
from uuid import UUID

import psutil

from bench.paths import REPO
from flows.settings import DataLayout

_DEFAULT_SUFFIX = re.compile(r"-[0-9a-f]{3}$")
"""Prefect names a task run `<task>-<3 hex digits>` unless the task names its runs."""

DAYS = 10


@dataclass(slots=True)
class RunNumbers:
    wall: float
    stages: dict[str, float]
    pages: int
    parse_seconds: float
    write_seconds: float
    peak_rss: int
    cpu_seconds: float
    """CPU time (user + system) of the flow's process and its workers during the run."""
    stage_peaks: dict[str, int]
    """The peak RSS while each stage's tasks ran."""
    summary: Any


class PeakRss:
    """Samples the summed RSS of this process and its children, leaving out the Prefect server."""

    def __init__(self) -> None:
        self.peak = 0
        self.samples: list[tuple[float, int]] = []
        self.cpu: dict[int, float] = {}
        """pid → CPU seconds last seen (the workers' last sample is up to 50 ms short)."""
        me = psutil.Process().cpu_times()
        self._cpu_before = me.user + me.system
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        me = psutil.Process().cpu_times()
        self.cpu[os.getpid()] = me.user + me.system

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu.values()) - self._cpu_before

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(0.05):
            total = 0
            for proc in [me, *me.children(recursive=True)]:
                try:
                    if "uvicorn" in " ".join(proc.cmdline()) or "prefect" in proc.name():
                        continue
                    total += proc.memory_info().rss
                    times = proc.cpu_times()
                    self.cpu[proc.pid] = times.user + times.system
                except psutil.Error:
                    continue
            self.peak = max(self.peak, total)
            self.samples.append((time.time(), total))

    def during(self, spans: list[tuple[float, float]]) -> int:
        """The peak over the samples taken within any of `spans` (epoch seconds)."""
        return max(
            (rss for at, rss in self.samples if any(a <= at <= b for a, b in spans)), default=0
        )


def corpus(root: Path, pages: int, fmt: str, kind: str = "synthetic") -> Path:
    """The corpus for (kind, pages, format), made once and reused."""
    folder = root / (
        f"corpus-{fmt}-{pages}" if kind == "synthetic" else f"corpus-real-{fmt}-{pages}"
    )
    if not (folder / ".complete").exists():
        module = "bench.generate" if kind == "synthetic" else "bench.real"
        subprocess.run(
            [sys.executable, "-m", module, str(folder),
             "--pages", str(pages), "--days", str(DAYS), "--extra-days", "1", "--format", fmt],
            check=True, cwd=REPO,
        )  # fmt: skip
        (folder / ".complete").touch()
    return folder


def one_core(pages: list[tuple[str, bytes, str | None]], rounds: int = 3) -> tuple[float, float]:
    """(bare, parse_page) pages/s of CPU time on one core over `pages` (name, bytes, url),
    median of `rounds`; prints the slowest pages. Run in a process of its own, so that the
    parser's caches and language model stay out of the flow process whose RSS is measured."""
    from selectolax.lexbor import LexborHTMLParser

    from flows.parse.page import PageRejected, parse_page

    fetched_at = datetime(2026, 1, 1, tzinfo=UTC)

    def bare() -> None:
        for _, data, _ in pages:
            body = LexborHTMLParser(data.decode("utf-8", "replace")).body
            if body is not None:
                body.text()

    def full() -> None:
        for name, data, url in pages:
            with contextlib.suppress(PageRejected):
                parse_page(data, fetched_at=fetched_at, url=url, name=name)

    def rate(run: Callable[[], None]) -> float:
        rates = []
        for _ in range(rounds):
            started = time.process_time()
            run()
            rates.append(len(pages) / (time.process_time() - started))
        return statistics.median(rates)

    bare_rate, full_rate = rate(bare), rate(full)
    costs = []
    for name, data, url in pages:
        started = time.process_time()
        body = LexborHTMLParser(data.decode("utf-8", "replace")).body
        if body is not None:
            body.text()
        middle = time.process_time()
        with contextlib.suppress(PageRejected):
            parse_page(data, fetched_at=fetched_at, url=url, name=name)
        costs.append((time.process_time() - middle, middle - started, name, len(data)))
    print("  slowest pages (parse_page CPU ms, x its bare parse, KiB):")
    for full_s, bare_s, name, size in sorted(costs, reverse=True)[:5]:
        times = f"{full_s / bare_s:5.1f}x" if bare_s > 0 else "     "
        print(f"    {full_s * 1000:7.1f} ms {times} {size / 1024:6.0f} KiB  {name}")
    return bare_rate, full_rate


def distinct_pages(kind: str, raw: Path, count: int = 300) -> list[tuple[str, bytes, str | None]]:
    """The pages the corpus is made of: the real pages, or the first generated ones."""
    if kind == "real":
        from bench.real import real_pages

        return [(page.name, page.html, page.url) for page in real_pages()]
    from flows.lake.ingest import plan_jobs, raw_pages
    from flows.readers.files import discover

    found: list[tuple[str, bytes, str | None]] = []
    for job in plan_jobs(discover(raw), 250).jobs:
        for source, page in raw_pages(job, Counter()):
            found.append((source, page.data, page.url))
            if len(found) >= count:
                return found
    return found


def link_days(corpus_dir: Path, raw: Path, days: range) -> None:
    """Put days of the corpus into the raw folder as hard links (no copying)."""
    raw.mkdir(parents=True, exist_ok=True)
    for day in days:
        target = raw / f"day-{day:02d}"
        if not target.exists():
            shutil.copytree(corpus_dir / target.name, target, copy_function=os.link)


def _parse_job(job: Any) -> list[int]:
    """Sizes of the pages of one job, each read and parsed."""
    from flows.lake.ingest import raw_pages
    from flows.lake.rows import page_rows

    sizes = []
    for _, raw in raw_pages(job, Counter()):
        page_rows(raw, "bench")
        sizes.append(len(raw.data))
    return sizes


def parse_only(raw: Path, workers: int, every: int) -> tuple[list[int], float, int, float]:
    """(page sizes, seconds, every, CPU seconds) to read and parse the pages of every `every`-th job on
    `workers` processes, writing nothing: a sample spread over all days and sites. Every 0
    means every 5th job, or more of them when there are few: a sample of 4 jobs (2,000
    pages) gave 506 to 652 pages/s in three runs at N=10,000."""
    from flows.lake.ingest import plan_jobs
    from flows.readers.files import discover

    started = time.perf_counter()
    jobs = plan_jobs(discover(raw), 250, workers=workers).jobs
    every = every or max(1, min(5, len(jobs) // 10))
    jobs = jobs[::every]
    with (
        PeakRss() as usage,
        ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool,
    ):
        sizes = [size for job_sizes in pool.map(_parse_job, jobs) for size in job_sizes]
    return sizes, time.perf_counter() - started, every, usage.cpu_seconds


def run_pipeline(runner: str, raw: Path, data: Path, workers: int) -> RunNumbers:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    from flows.pipeline.flow import pipeline_flow

    flow = pipeline_flow(runner, workers=workers)
    with PeakRss() as rss:
        started = time.perf_counter()
        summary = flow(raw=str(raw), data=str(data), runner=runner, workers=workers)
        wall = time.perf_counter() - started
    stages: dict[str, float] = defaultdict(float)
    stage_spans: dict[str, list[tuple[float, float]]] = defaultdict(list)
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[UUID(summary.run_id)]))
        )
    spans = []
    for run in runs:
        if run.start_time and run.end_time:
            stage = _DEFAULT_SUFFIX.sub("", run.name)  # "plan-ingest-3fa" → "plan-ingest"
            stage = "ingest" if stage.startswith("ingest") else stage
            stages[stage] += (run.end_time - run.start_time).total_seconds()
            spans.append((run.start_time.timestamp(), run.end_time.timestamp()))
            stage_spans[stage].append(spans[-1])
    stages["in tasks"] = _union(spans)
    return RunNumbers(
        wall=wall,
        stages=dict(stages),
        pages=summary.parsed + len(summary.rejected),
        parse_seconds=summary.parse_seconds,
        write_seconds=summary.write_seconds,
        peak_rss=rss.peak,
        cpu_seconds=rss.cpu_seconds,
        stage_peaks={stage: rss.during(found) for stage, found in stage_spans.items()},
        summary=summary,
    )


def _union(spans: list[tuple[float, float]]) -> float:
    """Seconds covered by at least one task run (task runs may overlap on a cluster)."""
    total, end = 0.0, float("-inf")
    for start, stop in sorted(spans):
        if stop > end:
            total += stop - max(start, end)
            end = stop
    return total


STORY_MODEL = "int_story_index"
"""The model that places articles into stories: its share of a run is issue #16's budget."""


def report(label: str, numbers: RunNumbers, workers: int, bare: float) -> None:
    pages, wall, stages = numbers.pages, numbers.wall, numbers.stages
    ingest = stages.get("ingest", 0.0)
    busy = numbers.parse_seconds + numbers.write_seconds
    share = (lambda part: ingest * part / busy) if busy else (lambda part: 0.0)
    rows = [
        ("discover", stages.get("discover-pages", 0.0)),
        ("parse (share of ingest)", share(numbers.parse_seconds)),
        ("write (share of ingest)", share(numbers.write_seconds)),
        ("ingest = parse + write", ingest),
        ("compact", stages.get("compact-lake", 0.0)),
        ("models", stages.get("build-models", 0.0)),
        ("publish", stages.get("publish-summaries", 0.0)),
    ]
    print(
        f"\n{label}: {pages} pages in {wall:.1f} s = {pages / wall:.0f} pages/s overall"
        f" = {pages / wall / bare:.3f} of the bare one-core parse"
    )
    for name, seconds in rows:
        rate = (
            f"{pages / seconds:10.0f} pages/s {pages / seconds / bare:6.3f}" if seconds > 0 else ""
        )
        print(f"  {name:<26}{seconds:8.2f} s {rate}")
    print(
        f"  worker time: parse {numbers.parse_seconds:.1f} s, write {numbers.write_seconds:.1f} s"
        f" on {workers} processes"
    )
    outside = max(0.0, wall - stages.get("in tasks", 0.0))
    print(f"  Prefect orchestration: {outside:.2f} s = {100 * outside / wall:.1f}% of wall time")
    own = numbers.cpu_seconds / workers
    print(
        f"  CPU time of flow + workers: {numbers.cpu_seconds:.1f} s; the run on {workers} cores"
        f" of its own (CPU / {workers}): {own:.1f} s = {pages / own:.0f} pages/s"
        f" = {pages / own / bare:.3f} of bare (a shared machine's wall time is not the code's)"
    )
    print(f"  peak RSS (flow + workers): {numbers.peak_rss / 2**20:.0f} MiB")
    by_stage = ", ".join(
        f"{stage} {numbers.stage_peaks.get(key, 0) / 2**20:.0f}"
        for stage, key in (
            ("ingest", "ingest"),
            ("compact", "compact-lake"),
            ("models", "build-models"),
        )
    )
    print(f"  peak RSS by stage (MiB): {by_stage}")
    steps = sorted(numbers.summary.model_seconds.items(), key=lambda step: -step[1])[:5]
    print("  slowest model steps: " + ", ".join(f"{n} {s:.2f} s" for n, s in steps))
    clustering = numbers.summary.model_seconds.get(STORY_MODEL, 0.0)
    print(
        f"  clustering stories ({STORY_MODEL}): {clustering:.2f} s"
        f" = {100 * clustering / wall:.1f}% of the run"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("real", "synthetic", ""), default="")
    parser.add_argument("--pages", type=int, default=0, help="0: 10,000 real or 50,000 generated")
    parser.add_argument("--format", default="warc.gz", help="warc.gz, html.gz, jsonl, or a list")
    parser.add_argument("--runners", default="processes")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument(
        "--sample-every", type=int, default=0, help="parse-only sample (0: about a tenth)"
    )
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "newsflow-bench")
    args = parser.parse_args()
    from bench.real import available

    kind = args.corpus or ("real" if available() else "synthetic")
    pages = args.pages or (10_000 if kind == "real" else 50_000)

    os.environ.setdefault("PREFECT_HOME", str(args.dir / "prefect-home"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    formats = args.format.split(",")
    sources = {fmt: corpus(args.dir, pages, fmt, kind) for fmt in formats}
    work = Path(tempfile.mkdtemp(dir=args.dir, prefix="run-"))
    first_raw = work / f"raw-{formats[0]}"
    link_days(sources[formats[0]], first_raw, range(1, DAYS + 1))
    distinct = distinct_pages(kind, first_raw)
    print(
        f"one core, {len(distinct)} distinct {kind} pages in memory, CPU time, median of 3:",
        flush=True,
    )
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        bare, full = pool.submit(one_core, distinct).result()
    print(f"  bare LexborHTMLParser(html).body.text(): {bare:7.0f} pages/s = 1")
    print(f"  parse_page, every field:                 {full:7.0f} pages/s = {full / bare:.3f}")

    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    started = time.perf_counter()
    with get_client(sync_client=True) as client:
        client.api_healthcheck()
    print(f"Prefect API startup: {time.perf_counter() - started:.1f} s (left out below)")

    for fmt in formats:
        source = sources[fmt]
        raw = work / f"raw-{fmt}"
        link_days(source, raw, range(1, DAYS + 1))
        sizes = [p.stat().st_size for p in source.rglob("*") if p.is_file()]
        print(f"\ncorpus: {source} ({kind}, {fmt}, {sum(sizes) / 2**30:.2f} GiB on disk, "
              f"{len(sizes)} files, {DAYS} days + 1)")  # fmt: skip
        page_sizes, seconds, every, cpu = parse_only(raw, args.workers, args.sample_every)
        parse_rate = len(page_sizes) / seconds
        own_rate = len(page_sizes) / (cpu / args.workers)
        print(f"pages: median {statistics.median(page_sizes) / 1024:.0f} KiB, "
              f"mean {statistics.mean(page_sizes) / 1024:.0f} KiB as stored")  # fmt: skip
        print(f"parse-only: {len(page_sizes)} pages (every {every}th job) in "
              f"{seconds:.1f} s = {parse_rate:.0f} pages/s on {args.workers} processes "
              f"(read + parse, no writing, no Prefect) = {parse_rate / bare:.3f} of bare")  # fmt: skip
        print(f"  its CPU time {cpu:.1f} s: {own_rate:.0f} pages/s on {args.workers} cores of "
              f"its own = {own_rate / bare:.3f} of bare")  # fmt: skip
        with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            for runner in args.runners.split(","):
                run_formats(runner, fmt, source, raw, work, args.workers, parse_rate, bare)


def run_formats(
    runner: str, fmt: str, source: Path, raw: Path, work: Path, workers: int,
    parse_rate: float, bare: float,
) -> None:  # fmt: skip
    data = work / f"data-{fmt}-{runner}"
    shutil.rmtree(raw / f"day-{DAYS + 1:02d}", ignore_errors=True)
    full = run_pipeline(runner, raw, data, workers)
    report(f"[{fmt}, {runner}] full run, days 1-{DAYS}", full, workers, bare)
    print(f"  pipeline / parse-only: {full.pages / full.wall / parse_rate:.0%}")
    link_days(source, raw, range(DAYS + 1, DAYS + 2))
    more = run_pipeline(runner, raw, data, workers)
    report(f"[{fmt}, {runner}] incremental run, + day {DAYS + 1}", more, workers, bare)
    print(
        f"  incremental / full wall time: {more.wall / full.wall:.1%} "
        f"({more.summary.inputs_unchanged} unchanged input files not read)"
    )
    idle = run_pipeline(runner, raw, data, workers)
    print(
        f"  a run with nothing new: {idle.wall:.1f} s (a run's fixed cost: Prefect, "
        f"checks, report); incremental minus it / full: "
        f"{(more.wall - idle.wall) / full.wall:.1%}"
    )
    files = Counter(
        p.parent.parent.name for p in Path(DataLayout(data).lake).glob("*/dt=*/*.parquet")
    )
    print(f"  lake files per table after the runs: {dict(sorted(files.items()))}")


if __name__ == "__main__":
    main()
