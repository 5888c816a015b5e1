"""How an extracted article is scored against a dev set's truth: body shingles and metadata rules.

Body: the shingle F1 published with the article-extraction benchmark in ../shared (its
score.py), written here so every set is scored the same way: text → `\\w+` tokens → 4-token
shingles as multisets; per page tp/fp/fn are normalised by their sum so each page weighs the
same; precision is the mean over pages with a non-empty prediction, recall over pages with a
non-empty truth, F1 = 2PR/(P+R) of those means.

Metadata (a field whose truth is null is not scored on that page): see `title_matches`,
`authors_match`, `published_matches`, `language_matches`; docs/devsets.md lists the rules.
"""

from __future__ import annotations

import hashlib
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

WORD = re.compile(r"\w+")
SHINGLE = 4
# A title may carry the site's name after it ("Title | Site"): this many characters at most.
TITLE_SUFFIX = 40
# A shortened title still matches when it keeps this share of the labelled one.
TITLE_KEPT = 0.8
_LANG_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id"}


def split_of(site: str) -> str:
    """The fixed half a site belongs to, "tune" or "test": the first byte of its SHA-256."""
    return "tune" if hashlib.sha256(site.encode()).digest()[0] < 128 else "test"


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = WORD.findall(text or "")
    count = max(1, len(tokens) - SHINGLE + 1)
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(count) if tokens[i : i + SHINGLE])


def _f1(precision: float, recall: float) -> float:
    """Their harmonic mean, 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class Overlap:
    """One page's shingle overlap, as shares of tp + fp + fn."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.fp, self)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.fn, self)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


def _ratio(tp: float, other: float, overlap: Overlap) -> float:
    if overlap.fp == overlap.fn == 0:
        return 1.0
    return tp / (tp + other) if tp + other else 0.0


def overlap(truth: str, predicted: str) -> Overlap:
    t, p = shingles(truth), shingles(predicted)
    tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
    total = tp + fp + fn
    return Overlap(tp / total, fp / total, fn / total) if total else Overlap(0.0, 0.0, 0.0)


@dataclass(frozen=True)
class BodyScore:
    pages: int
    f1: float
    precision: float
    recall: float


def body_score(overlaps: Sequence[Overlap]) -> BodyScore:
    """The benchmark's averages over pages (see the module docstring)."""
    precisions = [o.precision for o in overlaps if o.tp + o.fp > 0]
    recalls = [o.recall for o in overlaps if o.tp + o.fn > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    return BodyScore(len(overlaps), _f1(p, r), p, r)


_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def _normal(text: str) -> str:
    """Case, width, quotes, dashes, spacing and invisible marks (soft hyphens) folded."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).casefold()
    return " ".join(WORD.findall(text))


def title_matches(truth: str, predicted: str | None) -> bool:
    """Equal once normalised, or the truth plus a site-name suffix, or a title shortened a little."""
    if not predicted:
        return False
    t, p = _normal(truth), _normal(predicted)
    if not t or not p:
        return t == p
    if t == p:
        return True
    if t in p:
        return len(p) - len(t) <= TITLE_SUFFIX
    return p in t and len(p) >= TITLE_KEPT * len(t)


def _name(author: str) -> str:
    return re.sub(r"^by\s+", "", _normal(author))


def authors_match(truth: Iterable[str], predicted: Iterable[str]) -> bool:
    """The same set of names once normalised (case, accents kept, a leading "By" dropped)."""
    return {_name(a) for a in truth} - {""} == {_name(a) for a in predicted} - {""}


def _parse(value: str | date | datetime) -> date | datetime:
    if isinstance(value, date):
        return value
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value)


def published_matches(truth: str, predicted: str | date | datetime | None) -> bool:
    """The same calendar day as the page states it.

    A truth with a zone offset fixes its day: an aware prediction is moved to that offset first.
    A truth without one (a date, or a naive time) is compared with the day the prediction shows
    in its own offset, as a reader of the output (or a scorer comparing dates) sees it; a
    prediction that is only a date (as trafilatura gives) is compared as it is.
    """
    if predicted is None:
        return False
    t, p = _parse(truth), _parse(predicted)
    t_day = t.date() if isinstance(t, datetime) else t
    if not isinstance(p, datetime):
        return p == t_day
    if p.tzinfo is not None and isinstance(t, datetime) and t.tzinfo is not None:
        return p.astimezone(t.tzinfo).date() == t_day
    return p.date() == t_day


def language_matches(truth: str, predicted: str | None) -> bool:
    """The same primary subtag ("en-GB" is "en"); old codes such as "iw" and "nb" folded."""
    if not predicted:
        return False
    code = re.split(r"[-_]", predicted.strip().lower())[0]
    return _LANG_ALIASES.get(code, code) == truth


@dataclass(frozen=True)
class SnippetCount:
    """One page's snippet checks: `with` snippets found (tp) and missed (fn), `without`
    snippets found (fp); a `without` snippet left out is right and counts nothing."""

    tp: int
    fn: int
    fp: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


def snippet_count(with_: Iterable[str], without: Iterable[str], text: str) -> SnippetCount:
    """Which labelled runs of words the extracted text holds, compared as `\\w+` words with
    case, width and invisible marks folded: a snippet is found however the extractor spaced,
    broke or punctuated the words around it."""
    found = f" {_normal(text)} "
    hits = [f" {_normal(s)} " in found for s in with_]
    return SnippetCount(
        sum(hits), len(hits) - sum(hits), sum(f" {_normal(s)} " in found for s in without)
    )


def snippet_score(counts: Sequence[SnippetCount]) -> BodyScore:
    """Precision, recall and F1 over all the set's snippets (each snippet weighs the same, so a
    page with more labels counts more)."""
    tp = sum(c.tp for c in counts)
    total = SnippetCount(tp, sum(c.fn for c in counts), sum(c.fp for c in counts))
    return BodyScore(len(counts), total.f1, total.precision, total.recall)
