"""Fit the spam rules' weights to labelled comments: `python -m bench.fit_spam` (`make fit-spam`).

The rules stay as they are written in `flows/spam/spam_rules.toml`; only how much each one
counts is learned. Each rule is a binary signal (it fired or not), and a logistic regression
over those signals gives every rule a weight in log-odds points and an intercept; the
threshold is minus the intercept, so a comment is spam when its score (the sum of the weights
of the rules that fired) reaches the point where spam becomes likelier than not.

- The labelled sets are the dev comments in `../shared/benchmarks/comment-spam` and the extra
  sources in `NEWSFLOW_SPAM_DATA` (default `../notes/spamdata`), see `load_sources`. Each
  source counts the same in the fit, however many rows it has.
- The fit is pulled towards the weights the rules file gives (a Gaussian prior centred on
  them, `PRIOR`), so a rule the data seldom sees keeps about the weight it was written with.
- A fitted weight keeps the sign of the written one: a rule written to add to the score
  never takes away from it (and `cites_source`, written negative, never adds).
- The threshold is the rules file's and is not fitted: the fit places the weights around it
  (the log-odds of spam are score - threshold). A rule written below the threshold stays at
  least `MARGIN` below it, so that no weak signal alone (a link, a number, a call to action)
  ever makes a comment spam, whatever the data say.

The result goes to `flows/spam/spam_weights.toml`, beside the rules; `load_rules` reads it.
Only numpy is needed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from bench.paths import BENCHMARKS, REPO
from flows.spam.scoring import RULES_FILE, WEIGHTS_NAME, RuleSet, load_rules

DEV = BENCHMARKS / "comment-spam"
EXTRA = Path(os.environ.get("NEWSFLOW_SPAM_DATA", REPO.parent / "notes" / "spamdata"))
DEV_SOURCES = ("youtube-psy", "youtube-katyperry")
EXTRA_SOURCES = ("blog-datacamp", "email-csdmc2010")
"""The extra labelled sources `make eval` and the fit read from EXTRA (docs/spam.md says what
each is and where it comes from); each is `<name>.jsonl` of {"id", "text", "spam"}."""
PRIOR = 0.002
"""Strength of the pull towards the written weights (per squared point, against the mean
log-loss of a source): moving a weight by 3 points costs about what misjudging 9% of one
source's comments by one point of log-odds does."""
SOURCE_WEIGHT = {"email-csdmc2010": 0.5}
"""How much a source counts in the fit (1 unless named): email is the farthest from comments
(long, headers gone, mailing-list ham full of links and numbers), so it counts half."""
MARGIN = 0.5
WEIGHTS_FILE = Path(str(RULES_FILE)).with_name(WEIGHTS_NAME)


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    texts: list[str]
    labels: np.ndarray
    """True for spam."""


def load_sources(dev: Path = DEV, extra: Path = EXTRA) -> list[Source]:
    """Every labelled source that is present; each absent one is named on stderr."""
    found = []
    for folder, names in ((dev, DEV_SOURCES), (extra, EXTRA_SOURCES)):
        for name in names:
            path = folder / f"{name}.jsonl"
            if not path.is_file():
                print(f"spam source {name}: {path} not found, skipped", file=sys.stderr)
                continue
            rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
            texts = [row["text"] for row in rows]
            found.append(Source(name, texts, np.array([bool(row["spam"]) for row in rows])))
    return found


def signals(rules: RuleSet, texts: list[str]) -> np.ndarray:
    """One row per text, one column per rule (in `rules.rules` order): whether it fired."""
    index = {rule.name: i for i, rule in enumerate(rules.rules)}
    out = np.zeros((len(texts), len(index)), dtype=np.float64)
    for row, text in enumerate(texts):
        for name in rules.fired(text):
            out[row, index[name]] = 1.0
    return out


@dataclass(frozen=True, slots=True)
class Fitted:
    weights: dict[str, float]
    threshold: float


def fit(
    rules: RuleSet,
    data: list[tuple[np.ndarray, np.ndarray]],
    counts: list[float] | None = None,
    prior: float = PRIOR,
) -> Fitted:
    """Weights for `rules` from (signals, labels) pairs, one per source (`counts`: how much
    each source counts, 1 by default).

    Minimises the weighted mean over sources of each source's mean log-loss of
    sigmoid(score - threshold), plus prior/2 * |w - written|^2, with every weight kept on the
    side of zero its written weight is on and a weak rule kept MARGIN under the threshold,
    by projected Newton steps (a few dozen rules: the Hessian is tiny)."""
    written = np.array([rule.weight for rule in rules.rules])
    threshold = rules.threshold
    lower = np.where(written < 0, -np.inf, 0.0)
    upper = np.where(written < 0, 0.0, np.where(written < threshold, threshold - MARGIN, np.inf))
    shares = np.array(counts if counts is not None else [1.0] * len(data), dtype=float)
    shares = shares / shares.sum()
    blocks = [
        (x, y.astype(float), share / len(y)) for (x, y), share in zip(data, shares, strict=True)
    ]

    def loss_grad_hess(w: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        loss = 0.5 * prior * float(np.sum((w - written) ** 2))
        grad = prior * (w - written)
        hess = prior * np.eye(len(w))
        for x, y, each in blocks:
            z = x @ w - threshold
            p = 1.0 / (1.0 + np.exp(-z))
            loss += each * float(np.sum(np.logaddexp(0.0, z) - y * z))
            grad += each * (x.T @ (p - y))
            hess += each * ((x * (p * (1 - p))[:, None]).T @ x)
        return loss, grad, hess

    w = np.clip(written.astype(float), lower, upper)
    for _ in range(100):
        loss, grad, hess = loss_grad_hess(w)
        # Weights held at a bound by a gradient pushing outwards stay put this step.
        held = ((w <= lower) & (grad > 0)) | ((w >= upper) & (grad < 0))
        free = ~held
        step = np.zeros_like(w)
        step[free] = np.linalg.solve(hess[np.ix_(free, free)], grad[free])
        size = 1.0
        candidate = np.clip(w - step, lower, upper)
        while size > 1e-5 and loss_grad_hess(candidate)[0] > loss - 1e-12:
            size /= 2
            candidate = np.clip(w - size * step, lower, upper)
        done = np.max(np.abs(candidate - w)) < 1e-7
        w = candidate
        if done:
            break
    names = [rule.name for rule in rules.rules]
    weights = {name: round(float(weight), 2) for name, weight in zip(names, w, strict=True)}
    return Fitted(weights, threshold)


def fit_sources(rules: RuleSet, sources: list[Source]) -> Fitted:
    data = [(signals(rules, s.texts), s.labels) for s in sources]
    return fit(rules, data, [SOURCE_WEIGHT.get(s.name, 1.0) for s in sources])


def write_weights(fitted: Fitted, sources: list[Source], path: Path = WEIGHTS_FILE) -> None:
    counts = ", ".join(f"{s.name} ({int(s.labels.sum())} spam / {len(s.labels)})" for s in sources)
    lines = [
        "# Fitted spam rule weights: written by `python -m bench.fit_spam` (`make fit-spam`),",
        "# do not edit by hand. flows/spam/scoring.py:load_rules reads them over the weights",
        "# in spam_rules.toml (which are the prior the fit is pulled towards).",
        f"# Fitted {datetime.now(UTC):%Y-%m-%d} on: {counts}.",
        "",
        f"threshold = {fitted.threshold}",
        "",
        "[weights]",
    ]
    lines += [f"{name} = {weight}" for name, weight in fitted.weights.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    args = parser.parse_args(argv)
    sources = load_sources()
    if len(sources) < 2:
        print("need at least two labelled sources to fit spam weights", file=sys.stderr)
        return 1
    rules = load_rules(fitted=False)
    fitted = fit_sources(rules, sources)
    write_weights(fitted, sources, args.out)
    print(f"threshold {fitted.threshold}")
    for rule in rules.rules:
        print(f"  {rule.name:24} {rule.weight:6.2f} -> {fitted.weights[rule.name]:6.2f}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
