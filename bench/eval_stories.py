"""Score story clustering (flows.stories) on the labelled syndication set (bench/syndication.py).

Builds the set from ../shared/benchmarks/article-extraction/ground-truth.json (read, never
copied), clusters it in publication order, and prints pairwise precision, recall and F1,
the adjusted Rand index, the follow-ups merged with the story they follow, the errors by
kind, and the clustering rate. Then it places the set again one day at a time through a
stored index (Arrow, as the warehouse would keep it) and checks that gives the same stories.
`--speed` also times datasketch's MinHash and MinHashLSH on the same bodies, and clusters
10,000 bodies made as bench/generate.py makes them, then a new day of 1,000 through the
stored index. Exits 0 with a
message when the benchmark is absent.

usage: python -m bench.eval_stories [--benchmark DIR] [--seed N] [--speed] [--show N]
"""

from __future__ import annotations

import argparse
import functools
import itertools
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from math import comb
from pathlib import Path

from bench import generate
from bench.paths import BENCHMARKS
from bench.syndication import Doc, load_bodies, make_set
from flows.stories import StoryArticle, StoryIndex, assign, cluster
from flows.stories.lsh import BANDS, NUM_PERM, ROWS, sketches, words


def pairwise(truth: list[str], predicted: list[str]) -> tuple[float, float]:
    """Pairwise precision and recall: of the pairs put together, how many belong together,
    and of the pairs that belong together, how many were put together."""
    together = both = same = 0
    for (t1, p1), (t2, p2) in itertools.combinations(zip(truth, predicted, strict=True), 2):
        together += p1 == p2
        same += t1 == t2
        both += p1 == p2 and t1 == t2
    return (both / together if together else 1.0), (both / same if same else 1.0)


def adjusted_rand(truth: list[str], predicted: list[str]) -> float:
    """Hubert and Arabie's adjusted Rand index, from the contingency table."""
    n = len(truth)
    cells = sum(comb(c, 2) for c in Counter(zip(truth, predicted, strict=True)).values())
    rows = sum(comb(c, 2) for c in Counter(truth).values())
    cols = sum(comb(c, 2) for c in Counter(predicted).values())
    expected = rows * cols / comb(n, 2)
    best = (rows + cols) / 2
    return 1.0 if best == expected else (cells - expected) / (best - expected)


def by_day(docs: list[Doc]) -> dict[str, str]:
    """Story of each key when the set is placed one day at a time through a stored index."""
    index = StoryIndex()
    bodies: dict[str, str] = {}
    stories: dict[str, str] = {}
    for _, group in itertools.groupby(docs, key=lambda d: d.day):
        day = list(group)
        table = index.to_arrow()  # what the warehouse keeps between runs
        index = StoryIndex.from_arrow(table)
        found, index = assign(
            index,
            [StoryArticle(d.key, d.body) for d in day],
            functools.partial(_pick, dict(bodies)),
        )
        stories |= {a.key: a.story_id for a in found}
        bodies |= {d.key: d.body for d in day}
    return stories


def _pick(known: dict[str, str], keys: Sequence[str]) -> dict[str, str]:
    return {k: known[k] for k in keys}


def datasketch_sketch(bodies: list[str]) -> None:
    """datasketch's MinHash (bulk) and MinHashLSH on the same shingles and bands: each body
    queried, then inserted, as placing articles in order needs."""
    from datasketch import MinHash, MinHashLSH

    shingle_lists = []
    for body in bodies:
        w = words(body)
        shingle_lists.append([" ".join(w[i : i + 5]).encode() for i in range(len(w) - 4)])
    hashes = MinHash.bulk(shingle_lists, num_perm=NUM_PERM)
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    for i, m in enumerate(hashes):
        if shingle_lists[i]:
            lsh.query(m)
            lsh.insert(str(i), m)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--benchmark", type=Path, default=BENCHMARKS)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--speed", action="store_true", help="also time datasketch")
    parser.add_argument("--show", type=int, default=5, help="errors to print")
    args = parser.parse_args()
    truth_file = args.benchmark / "article-extraction" / "ground-truth.json"
    if not truth_file.is_file():
        print(f"eval stories: skipped, no benchmark at {truth_file}")
        return 0
    docs = make_set(load_bodies(truth_file), args.seed)
    kinds = Counter(d.kind for d in docs)
    print(
        f"syndication set (seed {args.seed}): {len(docs)} articles, "
        f"{len({d.story for d in docs})} stories; "
        + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    )
    start = time.process_time()
    found = cluster([StoryArticle(d.key, d.body) for d in docs])
    cpu = time.process_time() - start
    predicted = [a.story_id for a in found]
    truth = [d.story for d in docs]
    precision, recall = pairwise(truth, predicted)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"stories: pairwise precision {precision:.4f}, recall {recall:.4f}, F1 {f1:.4f}; "
        f"adjusted Rand index {adjusted_rand(truth, predicted):.4f}; "
        f"{len(set(predicted))} stories found"
    )
    story_of = {d.key: p for d, p in zip(docs, predicted, strict=True)}
    first = {d.story: d.key for d in reversed(docs)}
    original_key = {d.story: d.key for d in docs if d.kind == "original"}
    follow_ups = [d for d in docs if d.kind == "follow-up"]
    merged = [d for d in follow_ups if story_of[d.key] == story_of[original_key[d.follows or ""]]]
    print(f"follow-ups merged with the story they follow: {len(merged)} of {len(follow_ups)}")
    subject = [d for d in docs if d.kind == "same-subject"]
    alike = [d for d in subject if story_of[d.key] == story_of[original_key["s" + d.story[1:]]]]
    print(f"same-subject stories merged with the original: {len(alike)} of {len(subject)}")
    _errors(docs, story_of, first, args.show)
    print(
        f"clustering: {len(docs) / cpu:,.0f} articles/s CPU ({cpu:.2f} s for {len(docs)}, "
        "sketches and placement, one core)"
    )
    stepwise = by_day(docs)
    same = sum(stepwise[k] == v for k, v in story_of.items())
    days = len({d.day for d in docs})
    print(f"one day at a time ({days} days, through a stored index): {same} of {len(docs)} "
          "articles in the same story as all at once")  # fmt: skip
    if args.speed:
        _speed([d.body for d in docs])
    return 0 if same == len(docs) else 1


def _errors(docs: list[Doc], story_of: dict[str, str], first: dict[str, str], show: int) -> None:
    """Articles split from their story's first article, and articles merged into another
    story's, counted by kind, with a few shown."""
    split = [d for d in docs if story_of[d.key] != story_of[first[d.story]]]
    owner: dict[str, str] = {}
    for d in docs:
        owner.setdefault(story_of[d.key], d.story)
    joined = [d for d in docs if owner[story_of[d.key]] != d.story]
    for label, errs in (("split from their story", split), ("joined another story", joined)):
        counts = Counter(d.kind for d in errs)
        print(f"  {label}: {len(errs)}" + (f" ({dict(counts)})" if counts else ""))
        for d in errs[:show]:
            print(f"    {d.kind} {d.key} ({len(d.body.split())} words) story {d.story}")


def _speed(bodies: list[str]) -> None:
    """Sketching: ours (numpy, one permutation) against datasketch on the same bodies; then
    clustering and an incremental day on bodies made as bench/generate.py makes them."""
    reps = max(1, 5000 // len(bodies))
    many = [b + f" copy{i}" for i in range(reps) for b in bodies]
    start = time.process_time()
    sketches(many)
    ours = time.process_time() - start
    words_total = sum(len(words(b)) for b in many)
    print(
        f"sketching {len(many)} bodies ({words_total / len(many):.0f} words on average), CPU: "
        f"numpy one-permutation MinHash {len(many) / ours:,.0f} bodies/s ({ours:.2f} s)"
    )
    try:
        start = time.process_time()
        datasketch_sketch(many)
        theirs = time.process_time() - start
    except ImportError:
        print("  datasketch not installed (pip install datasketch): skipped")
    else:
        print(
            f"  datasketch MinHash.bulk + MinHashLSH (insert, query): {len(many) / theirs:,.0f} "
            f"bodies/s ({theirs:.2f} s)"
        )
    history, day = generated_bodies(GENERATED), generated_bodies(GENERATED // 10, seed=1)
    articles = [StoryArticle(f"h{i}", b) for i, b in enumerate(history)]
    new = [StoryArticle(f"d{i}", b) for i, b in enumerate(day)]
    start = time.process_time()
    _, index = assign(StoryIndex(), articles, functools.partial(_pick, {}))
    full = time.process_time() - start
    table = index.to_arrow()
    start = time.process_time()
    known = {a.key: a.body for a in articles}
    assign(StoryIndex.from_arrow(table), new, functools.partial(_pick, known))
    step = time.process_time() - start
    print(
        f"clustering {len(articles):,} generated bodies (as bench/generate.py writes them), CPU: "
        f"{len(articles) / full:,.0f} articles/s ({full:.2f} s); a new day of {len(new):,} "
        f"through the stored index: {step:.2f} s ({len(new) / step:,.0f} articles/s)"
    )


GENERATED = 10_000


def generated_bodies(count: int, seed: int = 0) -> list[str]:
    """Bodies drawn as bench/generate.py draws a page's paragraphs."""
    rng = random.Random(seed)
    return [
        "\n\n".join(
            " ".join(generate._sentence(rng, rng.randint(10, 25)) for _ in range(3))
            for _ in range(rng.randint(6, 16))
        )
        for _ in range(count)
    ]


if __name__ == "__main__":
    sys.exit(main())
