"""Score the spam rules on every labelled source, each on its own and left out of the fit.

Verdicts come from `flows.spam.default_rules()`, the rules the models and `newsflow spam`
use (with the fitted weights of `spam_weights.toml`). Prints:

- the dev set through ../shared/benchmarks/comment-spam/score.py, as before;
- per source (dev videos and the extra sources of `bench.fit_spam.load_sources`): F1,
  precision, recall and the share of ham flagged, with the rules file's own weights
  ("written") and with the fitted ones ("fitted");
- leave one source out: weights fitted on every other source, scored on the one left out;
- the CPU time scoring takes per comment (best of REPEATS passes) on the dev comments and on
  comments made like bench/generate.py's.

Each absent source is named and skipped; with no dev set, exits 0 after the timing.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from bench import generate
from bench.fit_spam import SOURCE_WEIGHT, Source, fit, load_sources, signals
from bench.paths import BENCHMARKS
from flows.spam.scoring import RuleSet, default_rules, load_rules

BENCH = BENCHMARKS / "comment-spam"
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
    per_source(load_sources())
    return code


def per_source(sources: list[Source]) -> None:
    """The table of figures per source: written weights, fitted weights, left out of the fit."""
    written = load_rules(fitted=False)
    fitted = default_rules()
    matrices = [signals(written, source.texts) for source in sources]
    names = [rule.name for rule in written.rules]
    print(
        f"\n{'source':20} {'n':>5} {'spam':>5}  "
        f"{'weights':12} {'F1':>6} {'P':>6} {'R':>6} {'ham flagged':>11}"
    )
    for i, source in enumerate(sources):
        x, y = matrices[i], source.labels
        rows = [
            ("written", _weights(written, names), written.threshold),
            ("fitted", _weights(fitted, names), fitted.threshold),
        ]
        kept = [j for j in range(len(sources)) if j != i]
        if kept:
            others = [(matrices[j], sources[j].labels) for j in kept]
            left_out = fit(written, others, [SOURCE_WEIGHT.get(sources[j].name, 1.0) for j in kept])
            rows.append(
                ("left out", np.array([left_out.weights[n] for n in names]), left_out.threshold)
            )
        for label, weights, threshold in rows:
            predicted = np.maximum(x @ weights, 0.0) >= threshold
            f1, precision, recall, ham = _figures(predicted, y)
            head = (
                f"{source.name:20} {len(y):5} {int(y.sum()):5}" if label == "written" else " " * 32
            )
            print(f"{head}  {label:12} {f1:6.3f} {precision:6.3f} {recall:6.3f} {ham:10.2%}")


def _weights(rules: RuleSet, names: list[str]) -> np.ndarray:
    by_name = {rule.name: rule.weight for rule in rules.rules}
    return np.array([by_name[name] for name in names])


def _figures(predicted: np.ndarray, truth: np.ndarray) -> tuple[float, float, float, float]:
    tp = int(np.sum(predicted & truth))
    fp = int(np.sum(predicted & ~truth))
    fn = int(np.sum(~predicted & truth))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    ham = fp / max(int(np.sum(~truth)), 1)
    return f1, precision, recall, ham


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
