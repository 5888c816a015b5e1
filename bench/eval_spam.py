"""Score the spam rules on ../shared/benchmarks/comment-spam/ with that folder's score.py.

Verdicts come from `flows.spam.default_rules()`, the rules the models and `newsflow spam`
use. Prints precision, recall, F1 and blocked-ham rate per file and overall. Exits 0 with
a message when the benchmark is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from flows.spam import default_rules

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "comment-spam"


def main() -> int:
    truth_files = sorted(BENCH.glob("*.jsonl"))
    if not (BENCH / "score.py").is_file() or not truth_files:
        print(f"comment-spam benchmark not found at {BENCH}: skipped")
        return 0
    rules = default_rules()
    with tempfile.TemporaryDirectory() as tmp:
        pred_file = Path(tmp) / "spam.jsonl"
        with pred_file.open("w", encoding="utf-8") as out:
            for truth in truth_files:
                for line in truth.read_text("utf-8").splitlines():
                    if line.strip():
                        row = json.loads(line)
                        verdict = rules.score(row["text"])
                        out.write(json.dumps({"id": row["id"], "spam": verdict.spam}) + "\n")
        args = [sys.executable, str(BENCH / "score.py"), str(pred_file), *map(str, truth_files)]
        return subprocess.run(args, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
