"""Write the labels of the article dev sets (bench/devsets/NAME) from the public repositories they come from.

Each builder reads a local bare mirror (`NEWSFLOW_MIRRORS/owner+name/repo`, as `fetch` made
it), pins the commit it read, and writes `sources.jsonl` (where every page is, for
bench.devset) and `truth.json` (id → url, site, lang, type, title, authors, published,
articleBody) in the shared format of docs/extraction.md. Reruns give the same files for the
same commit; the pages themselves are then fetched with `python -m bench.devset NAME`.

usage: python -m bench.build_devsets [NAME ...]     (no name: every builder)
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from bench.devset import SETS

FUNDUS = "flairNLP/fundus"
FUNDUS_DATA = "tests/resources/parser/test_data"
DRAGNET = "seomoz/dragnet_data"

# Old or regional codes some pages state in <html lang>, mapped to the ISO 639-1 code.
_LANG_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id"}


@dataclass(frozen=True)
class Page:
    """One labelled page: where it is (for bench.devset) and what it says (truth.json)."""

    id: str
    repo: str
    commit: str
    path: str
    url: str
    lang: str
    type: str
    title: str | None
    authors: list[str]
    published: str | None
    body: str
    member: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def site(self) -> str:
        return site_of(self.url)

    def source_line(self) -> dict[str, str]:
        line = {"id": self.id, "repo": self.repo, "commit": self.commit, "path": self.path}
        if self.member:
            line["member"] = self.member
        return line | {"site": self.site, "lang": self.lang}

    def truth(self) -> dict[str, object]:
        return {
            "url": self.url,
            "site": self.site,
            "lang": self.lang,
            "type": self.type,
            "title": self.title,
            "authors": self.authors,
            "published": self.published,
            "articleBody": self.body,
        }


def site_of(url: str) -> str:
    """The host without `www.`: the unit of the split and of leave-one-site-out."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def split_of(site: str) -> str:
    """A site's fixed half: "tune" or "test", by a hash that does not depend on the set."""
    return "tune" if hashlib.sha256(site.encode()).digest()[0] < 128 else "test"


def _mirror(repo: str) -> Path:
    root = Path(os.environ.get("NEWSFLOW_MIRRORS", "/work/.mirror"))
    return root / repo.replace("/", "+") / "repo"


def _git(repo: str, *args: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(_mirror(repo)), *args], check=True, capture_output=True
    ).stdout


def _head(repo: str) -> str:
    return _git(repo, "rev-parse", "HEAD").decode().strip()


def _show(repo: str, commit: str, path: str) -> bytes:
    return _git(repo, "show", f"{commit}:{path}")


def _ls(repo: str, commit: str, folder: str) -> list[str]:
    return _git(repo, "ls-tree", "-r", "--name-only", commit, folder).decode().splitlines()


def _clean(text: str) -> str:
    return re.sub(r"[ \t\r\f\v\u00a0]+", " ", text).strip()


def _html_lang(html: str) -> str:
    match = re.search(
        r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", html[:20000], re.IGNORECASE
    )
    if not match:
        return ""
    code = match.group(1).lower()
    return _LANG_ALIASES.get(code, code)


_STOPWORDS = {
    code: set(words.split())
    for code, words in {
        "en": "the and of to is in that for with was",
        "de": "der die und das ist nicht mit den von zu",
        "fr": "le la les et des est une pour que dans",
        "es": "el la los de que y en para por una",
        "it": "il di che la per non una sono della con",
        "nl": "de het een van en is niet dat op voor",
        "pt": "o de que não uma para com os da em",
        "sv": "och att det som är för på med inte en",
        "pl": "i w na z się nie że do jest to",
        "tr": "ve bir bu da de için ile olarak çok gibi",
    }.items()
}


def _stopword_lang(text: str) -> str:
    """The language whose common words make up over a tenth of TEXT, for pages without `lang`."""
    words = re.findall(r"\w+", text.lower())
    hits = {code: sum(w in stop for w in words) for code, stop in _STOPWORDS.items()}
    best = max(hits, key=lambda code: hits[code])
    return best if words and hits[best] / len(words) > 0.1 else ""


# --- Fundus: per-publisher parser test cases (html.gz + the expected extraction per version)


def _fundus_defaults(commit: str) -> dict[str, str]:
    """Country folder → Fundus' default language for that publisher group."""
    defaults = {}
    for path in _ls(FUNDUS, commit, "src/fundus/publishers"):
        if path.endswith("/__init__.py") and path.count("/") == 4:
            text = _show(FUNDUS, commit, path).decode()
            match = re.search(r'default_language\s*=\s*"(\w+)"', text)
            if match:
                defaults[path.split("/")[3]] = match.group(1)
    return defaults


def _fundus_body(body: dict[str, object]) -> str:
    """The expected body as text: the summary (standfirst), then each section's headline and paragraphs."""
    blocks: list[str] = [str(p) for p in body.get("summary", []) or []]  # type: ignore[attr-defined]
    for section in body.get("sections", []) or []:  # type: ignore[attr-defined]
        blocks += [str(h) for h in section.get("headline", []) or []]
        blocks += [str(p) for p in section.get("paragraphs", []) or []]
    return "\n\n".join(b for b in (_clean(b) for b in blocks) if b)


def _iso(value: object) -> str | None:
    if not value:
        return None
    return datetime.fromisoformat(str(value)).isoformat()


def fundus() -> list[Page]:
    """Every Fundus parser test page whose expected data has a body.

    The test data maps parser versions V1, V2 … to the publisher's html files: Fundus picks the
    version valid at a file's crawl date, so the files in crawl-date order are V1, V2 ….
    """
    commit = _head(FUNDUS)
    defaults = _fundus_defaults(commit)
    files = _ls(FUNDUS, commit, FUNDUS_DATA)
    pages = []
    for meta_path in (f for f in files if f.endswith("/meta.info")):
        country = meta_path.split("/")[-2]
        meta = json.loads(_show(FUNDUS, commit, meta_path))
        by_publisher: dict[str, list[str]] = defaultdict(list)
        folder = meta_path.removesuffix("meta.info")
        present = [n for n in meta if folder + n in files]  # meta.info keeps some removed files
        for name in sorted(present, key=lambda n: meta[n]["crawl_date"]):
            by_publisher[name.split("_", 1)[0]].append(name)
        for publisher, names in sorted(by_publisher.items()):
            json_path = f"{FUNDUS_DATA}/{country}/{publisher}.json"
            if json_path not in files:
                continue
            expected = json.loads(_show(FUNDUS, commit, json_path))
            versions = sorted(expected, key=lambda v: [int(n) for n in re.findall(r"\d+", v)])
            if len(versions) != len(names):
                print(f"fundus {country}/{publisher}: {len(names)} pages, {len(versions)} versions")
                continue
            for name, version in zip(names, versions, strict=True):
                data = expected[version]
                body = _fundus_body(data.get("body") or {})
                if not body:
                    continue
                path = f"{FUNDUS_DATA}/{country}/{name}"
                html = gzip.decompress(_show(FUNDUS, commit, path)).decode("utf-8", "replace")
                stem = name.removesuffix(".html.gz").lower().replace("_", "-")
                pages.append(
                    Page(
                        id=f"fundus-{country}-{stem}",
                        repo=FUNDUS,
                        commit=commit,
                        path=path,
                        url=meta[name]["url"],
                        lang=_html_lang(html) or _stopword_lang(body) or defaults[country],
                        type="news",
                        title=_clean(data["title"]) if data.get("title") else None,
                        authors=[_clean(a) for a in data.get("authors") or [] if _clean(a)],
                        published=_iso(data.get("publishing_date")),
                        body=body,
                    )
                )
    return pages


BUILDERS: dict[str, Callable[[], list[Page]]] = {"fundus": fundus}


def write(name: str, pages: Iterable[Page]) -> None:
    folder = SETS / name
    folder.mkdir(parents=True, exist_ok=True)
    pages = sorted(pages, key=lambda p: p.id)
    lines = [json.dumps(p.source_line(), ensure_ascii=False) for p in pages]
    (folder / "sources.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    truth = {p.id: p.truth() for p in pages}
    text = json.dumps(truth, ensure_ascii=False, indent=1)
    (folder / "truth.json").write_text(text + "\n", "utf-8")
    sites = {p.site for p in pages}
    print(
        f"{name}: {len(pages)} pages, {len(sites)} sites, {len({p.lang for p in pages})} languages"
    )


def main(argv: list[str]) -> int:
    for name in argv or list(BUILDERS):
        write(name, BUILDERS[name]())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
