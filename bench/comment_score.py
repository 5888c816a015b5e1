"""Per-comment scoring of comment extraction, the metric of ../shared/benchmarks/comments/score.py.

Our own implementation of the rules that file's docstring states, so that sets made here
(bench/devsets/comments) are scored the same way as the shared set:

- a predicted comment matches a true one when its whitespace-normalised (NFC) text starts
  with the true 80-character prefix, or, being shorter, is itself a prefix of it and at
  least 80% as long; the test is repeated with all whitespace removed and against
  `alt_text80` when the truth gives one;
- each true comment is matched at most once: maximum bipartite matching per page, the
  candidates of a prediction tried same author first, then nearest position;
- precision and recall are micro-averaged over pages; predictions on pages without
  comments are false positives;
- count accuracy is the share of pages whose predicted count equals the true count;
- author accuracy is over matched pairs, authors compared casefolded with surrounding
  punctuation and a leading "@" removed; an empty true author needs an empty prediction.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

PREFIX = 80
SHORT_RATIO = 0.8
_AUTHOR_EDGES = " \t:;,.-–—|\"'"


def _ws(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def _author(name: str | None) -> str:
    return _ws(name).casefold().strip(_AUTHOR_EDGES).lstrip("@").strip()


def _starts(predicted: str, prefix: str) -> bool:
    if not prefix:
        return not predicted
    if predicted.startswith(prefix):
        return True
    short = 0 < len(predicted) < len(prefix)
    return short and prefix.startswith(predicted) and len(predicted) >= SHORT_RATIO * len(prefix)


def text_matches(predicted: str | None, truth: Mapping[str, Any]) -> bool:
    """Whether a predicted text is the true comment, by the prefix rules above."""
    spaced = _ws(predicted)
    squeezed = re.sub(r"\s", "", spaced)
    for key in ("text80", "alt_text80"):
        if truth.get(key) is None:
            continue
        prefix = _ws(truth[key])[:PREFIX]
        if _starts(spaced, prefix) or _starts(squeezed, re.sub(r"\s", "", prefix)):
            return True
    return False


def match(
    predicted: Sequence[Mapping[str, Any]], truth: Sequence[Mapping[str, Any]]
) -> list[tuple[int, int]]:
    """(prediction index, truth index) pairs of a maximum matching (augmenting paths)."""
    options: list[list[int]] = []
    for i, guess in enumerate(predicted):
        author = _author(guess.get("author"))
        fits = [j for j, true in enumerate(truth) if text_matches(guess.get("text"), true)]
        fits.sort(key=lambda j: (_author(truth[j].get("author")) != author, abs(i - j)))
        options.append(fits)
    owner: list[int | None] = [None] * len(truth)

    def place(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            holder = owner[j]
            if holder is None or place(holder, seen):
                owner[j] = i
                return True
        return False

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 4 * (len(predicted) + len(truth)) + 100))
    for i in range(len(predicted)):
        if options[i]:
            place(i, set())
    return sorted((i, j) for j, i in enumerate(owner) if i is not None)


@dataclass(frozen=True)
class PageRow:
    """One page's counts; `author_ok` counts matched pairs with the right author, `near`
    unmatched predictions that share text with a true comment (a comment with text before or
    after it, or a piece of one), as against text from elsewhere on the page."""

    file: str
    group: str
    markup: str
    split: str
    true: int
    pred: int
    matched: int
    author_ok: int
    near: int = 0

    @property
    def count_ok(self) -> bool:
        return self.true == self.pred

    @property
    def outcome(self) -> str:
        """What happened on the page as a whole, for reports that may not name pages."""
        if not self.true:
            return "quiet" if not self.pred else "false items"
        if self.matched == self.true == self.pred:
            return "all found"
        if not self.pred:
            return "none found"
        return "wrong items" if not self.matched else "part found"


NEAR = 30
"""Characters of a text compared by `shares_text`: enough to be one comment's, not a phrase's."""


def shares_text(predicted: str | None, truth: Mapping[str, Any]) -> bool:
    """Whether a prediction holds the start of a true comment, or its own start lies inside
    one: the item was found but cut wrong."""
    spaced, prefix = _ws(predicted), _ws(truth.get("text80"))
    if len(spaced) < NEAR or len(prefix) < NEAR:
        return bool(spaced) and bool(prefix) and (spaced in prefix or prefix in spaced)
    return prefix[:NEAR] in spaced or spaced[:NEAR] in prefix


def page_rows(
    truth_pages: Iterable[Mapping[str, Any]], predictions: Mapping[str, Sequence[Any]]
) -> list[PageRow]:
    """Score each true page against its predictions (a missing page predicts no comments)."""
    rows = []
    for page in truth_pages:
        guesses = [
            g if isinstance(g, Mapping) else {"text": str(g)}
            for g in predictions.get(page["file"]) or []
        ]
        true = page["comments"]
        pairs = match(guesses, true)
        right = sum(
            _author(true[j].get("author")) == _author(guesses[i].get("author")) for i, j in pairs
        )
        taken = {i for i, _ in pairs}
        near = sum(
            any(shares_text(guess.get("text"), t) for t in true)
            for i, guess in enumerate(guesses)
            if i not in taken
        )
        rows.append(
            PageRow(
                file=page["file"],
                group=page.get("group") or "",
                markup=page.get("markup") or "",
                split=page.get("split") or "",
                true=len(true),
                pred=len(guesses),
                matched=len(pairs),
                author_ok=right,
                near=near,
            )
        )
    return rows


def summary(rows: Sequence[PageRow]) -> dict[str, Any]:
    """Micro precision/recall/F1, count and author accuracy over ROWS (None where undefined)."""
    true = sum(r.true for r in rows)
    pred = sum(r.pred for r in rows)
    matched = sum(r.matched for r in rows)
    precision = matched / pred if pred else None
    recall = matched / true if true else None
    f1 = 0.0
    if precision is not None and recall is not None and precision + recall:
        f1 = 2 * precision * recall / (precision + recall)
    positive = [r for r in rows if r.true]
    zero = [r for r in rows if not r.true]

    def accuracy(part: Sequence[PageRow]) -> float | None:
        return sum(r.count_ok for r in part) / len(part) if part else None

    return {
        "pages": len(rows),
        "positive_pages": len(positive),
        "zero_comment_pages": len(zero),
        "true_comments": true,
        "predicted_comments": pred,
        "matched": matched,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "count_accuracy": accuracy(rows),
        "count_accuracy_positive": accuracy(positive),
        "count_accuracy_zero": accuracy(zero),
        "zero_pages_with_false_positives": sum(1 for r in zero if r.pred),
        "author_accuracy": sum(r.author_ok for r in rows) / matched if matched else None,
    }


def score(
    truth_pages: Sequence[Mapping[str, Any]], predictions: Mapping[str, Sequence[Any]]
) -> dict[str, Any]:
    """The summary over all pages plus `per_page`: one dict per page, in truth order."""
    rows = page_rows(truth_pages, predictions)
    result = summary(rows)
    result["per_page"] = [asdict(r) | {"count_ok": r.count_ok} for r in rows]
    return result
