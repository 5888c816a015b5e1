"""Spam verdicts kept per lake day, so a model build re-scores only the days that changed.

Scoring a comment runs Python rules (~25-90 µs of CPU each), the costliest part of the
models; done over all history on every run it would make a run over one new day cost as
much as one over ten. So verdicts are stored per `dt` partition of the lake's comments,
under `<data>/cache/spam_verdicts/dt=…/verdicts-<key>.parquet`. The key is a hash of the
rules (the rules file, the detectors' and gates' code) and of the names of that day's
comment files, which are content-derived: a day whose files or rules changed gets a new
key and is scored again (on all cores when there are many); every other day is read
back as it is.
The models still call `spam_verdict(text)`; the warehouse answers it from these
verdicts (a join on the text's md5, in DuckDB) and scores only texts it has not seen.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from flows.lake import lakefs
from flows.lake.lakefs import Lake
from flows.lake.store import partitions as lake_partitions
from flows.spam import scoring
from flows.spam.scoring import RuleSet, load_rules

VERDICTS = pa.schema(
    [
        pa.field("text_md5", pa.string(), nullable=False),
        pa.field("score", pa.float64(), nullable=False),
        pa.field("is_spam", pa.bool_(), nullable=False),
        pa.field("reasons", pa.list_(pa.string()), nullable=False),
    ]
)
PARALLEL_FROM = 100_000
"""Comments to score before a process pool pays for its start-up: each spawned worker
costs ~0.35 s of CPU to import before it scores, and 70k comments take ~2.2 s on one core
(read, score, write); below this the pool adds CPU time and saves little or no wall time."""

VERDICT_FILES = "dt=*/verdicts-*.parquet"
CACHE_FORMAT = "2"
"""Part of every key: bump it when VERDICTS changes, so old files are scored anew."""
Verdicts = dict[str, tuple[float, bool, list[str]]]


@dataclass(slots=True)
class Refresh:
    days_kept: int
    days_scored: int
    comments_scored: int


def text_md5(text: str) -> str:
    """The key a verdict is stored under: DuckDB's `md5(text)`, so SQL can join on it."""
    return hashlib.md5(text.encode("utf-8", "replace")).hexdigest()


def rules_digest(rules_file: Path) -> str:
    """What the verdicts depend on: the rules file, the fitted weights beside it, the scoring
    code, the file format."""
    digest = hashlib.sha256(CACHE_FORMAT.encode() + rules_file.read_bytes())
    fitted = scoring.weights_file(rules_file)
    digest.update(fitted.read_bytes() if fitted else b"no fitted weights")
    digest.update(Path(scoring.__file__).read_bytes())
    return digest.hexdigest()


def refresh(lake: Lake, cache: Path, rules_file: Path, *, workers: int = 1) -> Refresh:
    """Bring the per-day verdicts in `cache` up to date with the lake's comments."""
    digest = rules_digest(rules_file)
    wanted: dict[str, tuple[list[str], Path]] = {}
    for day, files in lake_partitions(lake, "comments").items():
        names = "\n".join(Path(f).name for f in files)
        key = hashlib.sha256(f"{digest}\n{names}".encode()).hexdigest()[:16]
        wanted[day] = (files, cache / day / f"verdicts-{key}.parquet")
    for stale_day in cache.glob("dt=*"):
        if stale_day.name not in wanted:
            shutil.rmtree(stale_day)
    todo = [(files, target) for files, target in wanted.values() if not target.exists()]
    comments = sum(lakefs.parquet_rows(lake, f) for files, _ in todo for f in files)
    jobs = [(str(lake), files, str(target), str(rules_file)) for files, target in todo]
    if workers > 1 and len(jobs) > 1 and comments >= PARALLEL_FROM:
        with ProcessPoolExecutor(min(workers, len(jobs)), mp_context=get_context("spawn")) as pool:
            list(pool.map(_score_day, jobs))
    elif jobs:
        rules = load_rules(rules_file)  # ~30 ms: once, not once a day
        for files, day_file in todo:
            _write_verdicts(lake, files, day_file, rules)
    for _, target in wanted.values():
        for old in target.parent.glob("verdicts-*.parquet"):
            if old != target:
                old.unlink()
    return Refresh(len(wanted) - len(todo), len(todo), comments)


def _score_day(job: tuple[str, list[str], str, str]) -> None:
    """One day in a pool worker, which opens the lake and reads the rules itself."""
    lake, files, target, rules_file = job
    _write_verdicts(lake, files, Path(target), load_rules(Path(rules_file)))


def _write_verdicts(lake: Lake, files: list[str], path: Path, rules: RuleSet) -> None:
    texts = lakefs.read_table(lake, files, columns=["text"]).column("text").unique().to_pylist()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    pq.write_table(score_texts(texts, rules), temporary, compression="zstd")
    temporary.replace(path)


def score_texts(texts: list[str], rules: RuleSet) -> pa.Table:
    """The VERDICTS table of `texts`, built column by column (no dict per row)."""
    verdicts = [rules.score(text) for text in texts]
    columns = [
        [text_md5(text) for text in texts],
        [v.score for v in verdicts],
        [v.spam for v in verdicts],
        [v.reasons for v in verdicts],
    ]
    return pa.Table.from_arrays(
        [pa.array(c, type=f.type) for c, f in zip(columns, VERDICTS, strict=True)], schema=VERDICTS
    )


def load(cache: Path) -> Verdicts:
    """Every cached verdict, by text md5 (for tests and inspection; builds join in SQL)."""
    found: Verdicts = {}
    for path in sorted(cache.glob(VERDICT_FILES)):
        table = pq.read_table(path, schema=VERDICTS)
        found.update(zip(table.column("text_md5").to_pylist(), _values(table), strict=True))
    return found


def _values(table: pa.Table) -> Iterable[tuple[float, bool, list[str]]]:
    return zip(
        table.column("score").to_pylist(),
        table.column("is_spam").to_pylist(),
        table.column("reasons").to_pylist(),
        strict=True,
    )
