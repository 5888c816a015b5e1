"""Score the spam rules on ../shared/benchmarks/comment-spam/ with that folder's score.py.

Verdicts come from `flows.spam.default_rules()`, the rules the models and `newsflow spam`
use. Prints precision, recall, F1 and blocked-ham rate per file and overall, and the CPU
time scoring takes per comment (best of REPEATS passes) on those comments and on comments
made like bench/generate.py's. Exits 0 with a message when the benchmark is absent.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import generate
from flows.spam.scoring import RuleSet, default_rules

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "comment-spam"
REPEATS = 5
GENERATED = 10_000


def main() -> int:
    rules = default_rules()
    texts = generated_comments(GENERATED)
    print(
        f"spam scoring: {cpu_us_per_text(rules, texts):.1f} µs CPU per comment "
        f"({len(texts)} distinct generated comments, as bench/generate.py writes them)"
    )
    truth_files = sorted(BENCH.glob("*.jsonl"))
    if not (BENCH / "score.py").is_file() or not truth_files:
        print(f"comment-spam benchmark not found at {BENCH}: skipped")
        return 0
    rows = [
        json.loads(line)
        for truth in truth_files
        for line in truth.read_text("utf-8").splitlines()
        if line.strip()
    ]
    with tempfile.TemporaryDirectory() as tmp:
        pred_file = Path(tmp) / "spam.jsonl"
        with pred_file.open("w", encoding="utf-8") as out:
            for row in rows:
                verdict = rules.score(row["text"])
                out.write(json.dumps({"id": row["id"], "spam": verdict.spam}) + "\n")
        args = [sys.executable, str(BENCH / "score.py"), str(pred_file), *map(str, truth_files)]
        code = subprocess.run(args, check=False).returncode
    texts = [row["text"] for row in rows]
    print(
        f"spam scoring: {cpu_us_per_text(rules, texts):.1f} µs CPU per comment ({len(texts)} comments)"
    )
    return code


def generated_comments(count: int, seed: int = 0) -> list[str]:
    """`count` comments drawn as bench/generate.py draws them, repeats dropped: verdicts are
    stored per distinct text, so the pipeline scores each once a day."""
    rng = random.Random(seed)
    texts = (
        rng.choice(generate.SPAM)
        if rng.random() < generate.SPAM_SHARE
        else generate._sentence(rng, rng.randint(5, 30))
        for _ in range(count)
    )
    return list(dict.fromkeys(texts))


def cpu_us_per_text(rules: RuleSet, texts: list[str]) -> float:
    """CPU time (not wall time: the machine is shared) to score one text, best of REPEATS."""
    best = float("inf")
    for _ in range(REPEATS):
        start = time.process_time()
        for text in texts:
            rules.score(text)
        best = min(best, time.process_time() - start)
    return best / len(texts) * 1e6


if __name__ == "__main__":
    sys.exit(main())
