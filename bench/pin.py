"""Pin what `parse_page` gives on every real page here, to show that a change alters no output.

A change meant to keep outputs (a speed cut, a refactor) is checked by pinning before and after:

    python -m bench.pin before.txt          # on the code before the change
    python -m bench.pin after.txt           # on the code after it
    python -m bench.pin --diff before.txt after.txt

A pin file has one line per page, `SET/ID DIGEST`: the pages of every dev set made here that are
present (`make devsets`) and those of the labelled benchmark sets next to the repository, each
parsed at one fixed fetch time. The digest covers the whole parsed page (every field of the
article, its comments and links) or the rejection's reason. `--diff` lists the pages whose
digest differs, then counts them with the pages only one file holds; it exits 1 when any page
changed, so a script can stop on it. Pages of held-out halves (the article sets' test halves, the
comment set's `HELD_OUT` halves) are counted by half, never named: a page id is a hint too.

usage: python -m bench.pin OUT [--benchmark DIR]  |  python -m bench.pin --diff BEFORE AFTER
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from bench import devset
from bench.article_scores import split_of
from bench.eval_comments import held_out_half
from bench.paths import BENCHMARKS
from flows.parse.page import PageRejected, parse_page

FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC)
SHARED_PAGES = ("article-extraction/html", "comments/pages")
"""The folders of the labelled benchmark sets that hold pages."""


def digest(data: bytes, name: str) -> str:
    """A digest of everything `parse_page` reads from one page, or of why it rejects it."""
    try:
        parsed = repr(parse_page(data, fetched_at=FETCHED_AT, name=name))
    except PageRejected as rejected:
        parsed = f"rejected: {rejected}"
    return hashlib.sha1(parsed.encode()).hexdigest()


def pages(benchmarks: Path) -> Iterator[tuple[str, str, bytes]]:
    """(key, file name, bytes) of every page present: the dev sets', then the benchmarks'."""
    for name in devset.names():
        for source, path in devset.present(name):
            yield f"{name}/{source.id}", path.name, devset.read_page(source, path)
    for folder in SHARED_PAGES:
        for path in sorted((benchmarks / folder).glob("*")):
            if path.is_file():
                yield f"shared/{folder}/{path.name}", path.name, path.read_bytes()


def read_pin(path: Path) -> dict[str, str]:
    return dict(line.split() for line in path.read_text().splitlines() if line.strip())


def changed(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """The pages both pins hold whose outputs differ."""
    return sorted(key for key in before.keys() & after.keys() if before[key] != after[key])


def held_out_halves() -> dict[str, str]:
    """Pin key -> held-out half, for every page of our sets that must not be named."""
    halves = {}
    for name in devset.names():
        truth = devset.truth(name)
        if isinstance(truth, dict):
            for page_id, item in truth.items():
                if split_of(str(item.get("site") or "")) == "test":
                    halves[f"{name}/{page_id}"] = f"{name}-test"
        else:
            ids = {source.file_name: source.id for source in devset.sources(name)}
            for page in truth:  # type: ignore[attr-defined]
                if half := held_out_half(page):
                    halves[f"{name}/{ids[page['file']]}"] = half
    return halves


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, help="the pin file to write")
    parser.add_argument("--benchmark", type=Path, default=BENCHMARKS)
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.diff:
        before, after = (read_pin(path) for path in args.diff)
        differ = changed(before, after)
        hidden = held_out_halves()
        print("\n".join([key for key in differ if key not in hidden] + [""]), end="")
        held = Counter(hidden[key] for key in differ if key in hidden)
        if held:
            print("held out, by half: " + ", ".join(f"{h} {n}" for h, n in sorted(held.items())))
        print(
            f"{len(differ)} of {len(before.keys() & after.keys())} pages changed; "
            f"{len(before.keys() - after.keys())} only before, "
            f"{len(after.keys() - before.keys())} only after"
        )
        return 1 if differ else 0
    if args.out is None:
        parser.error("give the pin file to write, or --diff BEFORE AFTER")
    count = 0
    with args.out.open("w") as out:
        for key, name, data in pages(args.benchmark.resolve()):
            out.write(f"{key} {digest(data, name)}\n")
            count += 1
            if count % 500 == 0:
                print(f"{count} pages pinned", file=sys.stderr)
    print(f"{count} pages pinned in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
