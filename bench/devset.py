"""Fetch the pages of the development sets made here, from the public repositories they come from.

A set is a folder `bench/devsets/NAME/` in the repo holding our labels (`truth.json`, its
format is the set's own) and `sources.jsonl`, one line per page:

    {"id": "fundus-de-spiegel", "repo": "owner/name", "commit": "<40 hex>", "path": "a/b.html.gz",
     "member": "inside/a.tar.gz (optional)", "site": "spiegel.de", "lang": "de",
     "restore": "meta-content (optional, see read_page)"}

The pages themselves are other people's work and stay out of the repo: they are written to
`NEWSFLOW_DEVSETS/NAME/ID` (default `devsets/` next to the repository, like `shared/`), each
file named by its id plus the source's extension (`.html`, `.html.gz`). A page comes from a
local bare mirror `NEWSFLOW_MIRRORS/owner+name/repo` when there is one (`git show`), else
from raw.githubusercontent.com at the pinned commit. Pages already there are kept.

usage: python -m bench.devset [NAME ...]     (no name: every set)
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import tarfile
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SETS = REPO / "bench" / "devsets"


@dataclass(frozen=True)
class Source:
    id: str
    repo: str
    commit: str
    path: str
    member: str | None = None
    site: str = ""
    lang: str = ""
    restore: str | None = None  # "meta-content": see `read_page`

    @property
    def file_name(self) -> str:
        inner = self.member or self.path
        suffix = ".html.gz" if inner.endswith(".gz") else ".html"
        return self.id + suffix


def names() -> list[str]:
    """Every set in the repo. Article sets map page id → labels, comment sets list pages."""
    return sorted(p.name for p in SETS.iterdir() if (p / "sources.jsonl").is_file())


def pages_dir(name: str) -> Path:
    """Where the pages of set NAME are (or will be) written."""
    root = os.environ.get("NEWSFLOW_DEVSETS")
    return (Path(root) if root else REPO.parent / "devsets") / name


def sources(name: str) -> list[Source]:
    lines = (SETS / name / "sources.jsonl").read_text("utf-8").splitlines()
    return [Source(**json.loads(line)) for line in lines if line.strip()]


def truth(name: str) -> object:
    return json.loads((SETS / name / "truth.json").read_text("utf-8"))


def present(name: str) -> list[tuple[Source, Path]]:
    """The set's pages that are on disk, with their source; evaluations skip the rest."""
    folder = pages_dir(name)
    found = [(s, folder / s.file_name) for s in sources(name)]
    return [(s, p) for s, p in found if p.is_file()]


_META_VALUE = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)


def _meta_content(tag: re.Match[bytes]) -> bytes:
    text = tag.group(0)
    if re.search(rb"\scontent\s*=", text, re.IGNORECASE):
        return text
    return re.sub(rb"\svalue(\s*=)", rb" content\1", text, count=1, flags=re.IGNORECASE)


def read_page(source: Source, path: Path) -> bytes:
    """A fetched page as its site served it. Mercury saved its fixtures with every `<meta>`
    `content` attribute renamed `value` (its own normaliser's output): `restore` undoes that,
    so no extractor is judged on an attribute no site writes."""
    data = path.read_bytes()
    if source.restore == "meta-content":
        return _META_VALUE.sub(_meta_content, data)
    return data


def _mirror(repo: str) -> Path | None:
    root = os.environ.get("NEWSFLOW_MIRRORS")
    if not root:
        return None
    git_dir = Path(root) / repo.replace("/", "+") / "repo"
    if (git_dir / ".git").is_dir():
        return git_dir / ".git"  # a mirror kept as a working copy, not bare
    return git_dir if git_dir.is_dir() else None


@cache
def _blob(repo: str, commit: str, path: str) -> bytes:
    """One file of REPO at COMMIT; cached because many pages can share one archive."""
    mirror = _mirror(repo)
    if mirror is not None:
        spec = f"{commit}:{path}"
        return subprocess.run(
            ["git", "--git-dir", str(mirror), "show", spec], check=True, capture_output=True
        ).stdout
    url = f"https://raw.githubusercontent.com/{repo}/{commit}/{path}"
    with urllib.request.urlopen(url, timeout=60) as response:
        data: bytes = response.read()
    return data


def _page_bytes(source: Source) -> bytes:
    blob = _blob(source.repo, source.commit, source.path)
    if source.member is None:
        return blob
    with tarfile.open(fileobj=io.BytesIO(blob)) as archive:
        member = archive.extractfile(source.member)
        if member is None:
            raise FileNotFoundError(f"{source.member} in {source.repo}:{source.path}")
        return member.read()


def fetch(name: str) -> Iterator[str]:
    """Write the set's missing pages; yields one line per page fetched or failed."""
    folder = pages_dir(name)
    folder.mkdir(parents=True, exist_ok=True)
    for source in sources(name):
        target = folder / source.file_name
        if target.is_file():
            continue
        try:
            data = _page_bytes(source)
        except (OSError, subprocess.CalledProcessError, tarfile.TarError, KeyError) as error:
            yield f"{name}/{source.id}: not fetched ({error})"
            continue
        target.write_bytes(data)
        yield f"{name}/{source.id}: {len(data):,} bytes"


def main(argv: list[str]) -> int:
    failed = 0
    for name in argv or names():
        for line in fetch(name):
            failed += "not fetched" in line
            print(line)
        print(f"{name}: {len(present(name))}/{len(sources(name))} pages in {pages_dir(name)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
