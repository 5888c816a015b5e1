"""Fetch the pages of the development sets made here, from the public repositories they come from.

A set is a folder `bench/devsets/NAME/` in the repo holding our labels (`truth.json`, its
format is the set's own) and `sources.jsonl`, one line per page:

    {"id": "fundus-de-spiegel", "repo": "owner/name", "commit": "<40 hex>", "path": "a/b.html.gz",
     "member": "inside/a.tar.gz (optional)", "site": "spiegel.de", "lang": "de",
     "restore": "meta-content (optional, see read_page)",
     "truth": "a/b.txt (optional, see fetched_body)",
     "field": "html (optional: the page is this text field of a JSON file, gzipped or not,
               or of a YAML file; a path such as interactions/0/response/body/string
               steps into nested lists and mappings)"}

The pages themselves are other people's work and stay out of the repo: they are written to
`NEWSFLOW_DEVSETS/NAME/ID` (default `devsets/` next to the repository, like `shared/`), each
file named by its id plus the source's extension (`.html`, `.html.gz`). A page comes from a
local bare mirror `NEWSFLOW_MIRRORS/owner+name/repo` when there is one (`git show`), else
from raw.githubusercontent.com at the pinned commit. Pages already there are kept.

A set whose source may not be copied into the repo keeps its body labels where they are:
`truth` names the source's own text file (same repository and commit), fetched next to the
page as `ID.truth.txt`, and `truth.json` says `"articleBody": null` for it (see fetched_body).

usage: python -m bench.devset [NAME ...]     (no name: every set)
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from html import unescape
from pathlib import Path
from urllib.parse import quote

import yaml

from bench.paths import REPO

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
    truth: str | None = None  # the source's body text, fetched next to the page
    field: str | None = None  # the page is this field of a JSON or YAML file (see _page_bytes)

    @property
    def file_name(self) -> str:
        inner = self.member or self.path
        suffix = ".html.gz" if inner.endswith(".gz") and not self.field else ".html"
        return self.id + suffix

    @property
    def truth_name(self) -> str | None:
        return self.id + ".truth.txt" if self.truth else None


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
    """The set's pages that are on disk (with their truth file, if any), with their source;
    evaluations skip the rest."""
    folder = pages_dir(name)
    found = [(s, folder / s.file_name) for s in sources(name)]
    return [
        (s, p)
        for s, p in found
        if p.is_file() and (s.truth_name is None or (folder / s.truth_name).is_file())
    ]


def decode_text(data: bytes) -> str:
    """A text file of unknown age: UTF-8 (a BOM dropped), else Windows-1252 as older tools saved it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|tr)\s*>|<br\s*/?>", re.IGNORECASE)


def _plain(text: str) -> str:
    """Text as written, or a truth kept as paragraphs of markup (`<p>…</p>`) as lines of text."""
    if not text.lstrip().startswith("<"):
        return text
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", text)
    text = _BLOCK_END.sub("\n", text)
    return unescape(re.sub(r"<[^>]*>", " ", text))


def _lines(text: str) -> list[str]:
    text = _plain(text).replace("\r\n", "\n").replace("\r", "\n")
    return [line for line in (" ".join(line.split()) for line in text.split("\n")) if line]


def first_line(text: str) -> str:
    """A truth file's first non-empty line, spaces folded: where such files put the headline."""
    lines = _lines(text)
    return lines[0] if lines else ""


def fetched_body(text: str, title: str | None) -> str:
    """The body label in a fetched truth file: its lines of text (spaces folded, blank lines
    dropped) without a first line that is the title (the title is labelled on its own, and
    bodies elsewhere do not carry it)."""
    lines = _lines(text)
    if title and lines and lines[0] == title:
        lines = lines[1:]
    return "\n".join(lines)


def read_truth(name: str, source: Source, title: str | None) -> str | None:
    """The fetched body label of a page whose truth is a file of its source, else None."""
    if source.truth_name is None:
        return None
    data = (pages_dir(name) / source.truth_name).read_bytes()
    return fetched_body(decode_text(data), title)


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
    url = f"https://raw.githubusercontent.com/{repo}/{commit}/{quote(path)}"  # "a (1).htm"
    with urllib.request.urlopen(url, timeout=60) as response:
        data: bytes = response.read()
    return data


def _field(document: object, field: str) -> object:
    """The value at FIELD, a path of keys and list indexes joined by "/"."""
    value = document
    for key in field.split("/"):
        if isinstance(value, list):
            value = value[int(key)]
        elif isinstance(value, dict):
            value = value[key]
        else:
            raise KeyError(key)
    return value


def _document(path: str, blob: bytes) -> object:
    """A JSON file, gzipped or not, or a YAML file (HTTP recordings such as VCR cassettes)."""
    if path.endswith((".yaml", ".yml")):
        return yaml.safe_load(blob)
    return json.loads(gzip.decompress(blob) if path.endswith(".gz") else blob)


def _page_bytes(source: Source) -> bytes:
    """The page: a file, a member of a .tar.gz, or a text field of a JSON file (a corpus that
    keeps each page inside its annotation, as fhgr/harvest does) or of a YAML file (a test suite
    that keeps the pages it fetched as recorded responses, as ClementJ18/moddb does), written
    as UTF-8."""
    blob = _blob(source.repo, source.commit, source.path)
    if source.field is not None:
        page = _field(_document(source.path, blob), source.field)
        if not isinstance(page, str):
            raise KeyError(f"{source.field} in {source.repo}:{source.path} is not text")
        return page.encode("utf-8")
    if source.member is None:
        return blob
    with tarfile.open(fileobj=io.BytesIO(blob)) as archive:
        member = archive.extractfile(source.member)
        if member is None:
            raise FileNotFoundError(f"{source.member} in {source.repo}:{source.path}")
        return member.read()


def _files(source: Source) -> list[tuple[str, Callable[[], bytes]]]:
    """What to write for a page: the page, and its truth file when the source keeps it."""
    files: list[tuple[str, Callable[[], bytes]]] = [(source.file_name, lambda: _page_bytes(source))]
    if source.truth_name and source.truth:
        truth = source.truth
        files.append((source.truth_name, lambda: _blob(source.repo, source.commit, truth)))
    return files


def fetch(name: str) -> Iterator[str]:
    """Write the set's missing pages; yields one line per page fetched or failed."""
    folder = pages_dir(name)
    folder.mkdir(parents=True, exist_ok=True)
    for source in sources(name):
        for file_name, read in _files(source):
            target = folder / file_name
            if target.is_file():
                continue
            try:
                data = read()
            except (
                OSError,
                ValueError,
                subprocess.CalledProcessError,
                tarfile.TarError,
                yaml.YAMLError,
                KeyError,
                IndexError,
            ) as error:
                yield f"{name}/{source.id}: not fetched ({error})"
                break
            target.write_bytes(data)
            yield f"{name}/{file_name}: {len(data):,} bytes"


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
