"""Where the evaluation commands find the repository and the labelled benchmarks beside it.

The benchmarks are read-only data next to the repository (`../shared/benchmarks`), never copied
into it; every command that reads them takes this folder as its default."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS = REPO.parent / "shared" / "benchmarks"
