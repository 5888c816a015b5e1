"""Write the labels of the article dev sets (bench/devsets/NAME) from the public repositories they come from.

Each builder reads a local bare mirror (`NEWSFLOW_MIRRORS/owner+name/repo`, as `fetch` made
it), pins the commit it read, and writes `sources.jsonl` (where every page is, for
bench.devset) and `truth.json` (id → url, site, lang, type, title, authors, published,
articleBody, fetched) in the shared format of docs/devsets.md. Reruns give the same files for the
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
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

from bench.article_scores import title_matches
from bench.devset import SETS, decode_text, fetched_body, first_line

FUNDUS = "flairNLP/fundus"
FUNDUS_DATA = "tests/resources/parser/test_data"
NEWSPAPER = "AndyTheFactory/newspaper4k"
# The commit before newspaper4k removed its 2014 full-text pages (tests/data/html, tests/data/text).
NEWSPAPER_2014 = "79553f6302cea1a6e36103fb4dc1c675ca704cd3"
RECIPES = "hhursev/recipe-scrapers"
RECIPES_ENGLISH = 80

# Old or regional codes some pages state in <html lang>, mapped to the ISO 639-1 code.
_LANG_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id"}


@dataclass(frozen=True)
class Page:
    """One labelled page: where it is (for bench.devset) and what it says (truth.json)."""

    id: str
    repo: str
    commit: str
    path: str
    url: str | None
    lang: str
    type: str
    title: str | None
    authors: list[str] | None
    published: str | None
    body: str | None
    fetched: str | None = None
    member: str | None = None
    notes: str | None = None
    restore: str | None = None
    truth_file: str | None = None  # the body label stays in the source (bench.devset `truth`)
    host: str | None = None  # where the source names the site but not the page's address

    @property
    def site(self) -> str:
        return site_of(self.url or f"http://{self.host}/")

    def source_line(self) -> dict[str, str]:
        line = {"id": self.id, "repo": self.repo, "commit": self.commit, "path": self.path}
        if self.member:
            line["member"] = self.member
        line |= {"site": self.site, "lang": self.lang}
        line |= {"restore": self.restore} if self.restore else {}
        return line | ({"truth": self.truth_file} if self.truth_file else {})

    def truth(self) -> dict[str, object]:
        truth: dict[str, object] = {
            "url": self.url,
            "site": self.site,
            "lang": self.lang,
            "type": self.type,
            "title": self.title,
            "authors": self.authors,
            "published": self.published,
            "articleBody": self.body,
            "fetched": self.fetched,
        }
        if self.notes:
            truth["notes"] = self.notes  # why a label differs from the source's
        return truth


def site_of(url: str | None) -> str:
    """The host without `www.`: the unit of the split and of leave-one-site-out."""
    host = (urlsplit(url or "").hostname or "").lower()
    return host.removeprefix("www.")


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode()).digest()


def _mirror(repo: str) -> Path:
    root = os.environ.get("NEWSFLOW_MIRRORS")
    if not root:
        raise SystemExit("set NEWSFLOW_MIRRORS to the folder of the bare mirrors (owner+name/repo)")
    return Path(root) / repo.replace("/", "+") / "repo"


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


def _shown_text(html: str) -> str:
    """A page's words without its markup and scripts, roughly: what its language is told by."""
    return unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<script.*?</script>", "", html)))


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


def _authors(names: list[str]) -> list[str]:
    return [_clean(a) for a in names if _clean(a)]


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
                        authors=_authors(data["authors"]) if "authors" in data else None,
                        published=_iso(data.get("publishing_date")),
                        body=body,
                        fetched=_iso(meta[name]["crawl_date"]),
                    )
                )
    return pages


# --- newspaper4k: the full-text regression pages of newspaper (2014, English news and magazines)

# Page types by site where it is not news (the 2014 list mixes magazines, blogs and how-to sites).
_NEWSPAPER_TYPES = {
    "blog.parsely.com": "blog",
    "pixelmonkey.org": "blog",
    "dallasmorningviewsblog.dallasnews.com": "blog",
    "letterstotheeditorblog.dallasnews.com": "blog",
    "blog.gulflive.com": "blog",
    "sitepoint.com": "blog",
    "coolhunting.com": "blog",
    "recipe.com": "recipe",
    "thekitchn.com": "recipe",
    "bandb.about.com": "guide",
    "lungcancer.about.com": "guide",
    "adoption.com": "guide",
    "bhg.com": "guide",
    "apartmenttherapy.com": "guide",
}


# Expected texts that are not the page's article (spot-checked): a gallery's first slide only,
# a share/newsletter overlay taken for the story.
_NEWSPAPER_BROKEN = {"cntraveler.com1", "cntraveler.com2", "lifebuzz.com1"}


def _newspaper_name(url: str, seen: dict[str, int]) -> str:
    """newspaper's file name for URL: the base domain and a per-domain counter (its unit_tests.py)."""
    parts = (urlsplit(url).hostname or "").split(".")
    keep = 3 if ".".join(parts[-2:]) in ("co.uk", "com.au", "au.com") else 2
    domain = ".".join(parts[-keep:])
    seen[domain] = seen.get(domain, 0) + 1
    return f"{domain}{seen[domain]}"


def newspaper() -> list[Page]:
    """newspaper's 2014 full-text pages: URL list, html and expected text; no metadata is labelled.

    The expected texts are newspaper's reviewed output, not hand-made labels: they follow its
    idea of the body (no subheads on some sites), and pages whose text is mostly missing from
    the HTML are left out.
    """
    commit = NEWSPAPER_2014
    urls = _show(NEWSPAPER, commit, "tests/data/fulltext_url_list.txt").decode().split()
    seen: dict[str, int] = {}
    pages = []
    for url in urls:
        name = _newspaper_name(url, seen)
        path = f"tests/data/html/{name}.html"
        if name in _NEWSPAPER_BROKEN:
            continue
        try:
            text = _show(NEWSPAPER, commit, f"tests/data/text/{name}.txt").decode("utf-8")
            html = _show(NEWSPAPER, commit, path).decode("utf-8", "replace")
        except subprocess.CalledProcessError:
            continue
        body = "\n\n".join(b for b in (_clean(b) for b in text.split("\n")) if b)
        if len(body) < 200 or _present(body, html) < 0.8:
            continue
        site = site_of(url)
        pages.append(
            Page(
                id=f"newspaper-{name.replace('.', '-')}",
                repo=NEWSPAPER,
                commit=commit,
                path=path,
                url=url,
                lang=_html_lang(html) or _stopword_lang(body) or "en",
                type=_NEWSPAPER_TYPES.get(site, "news"),
                title=None,
                authors=None,
                published=None,
                body=body,
            )
        )
    return pages


def _norm(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def _present(body: str, html: str) -> float:
    """Share of the body's longer paragraphs whose start is in the page's text: labels that fit it."""
    page = _norm(unescape(re.sub(r"<[^>]+>", "", html)))
    paragraphs = [p for p in body.split("\n") if len(p.strip()) > 30]
    if not paragraphs:
        return 0.0
    return sum(_norm(p[:60]) in page for p in paragraphs) / len(paragraphs)


# --- recipe-scrapers: one recipe page per site, the recipe card (ingredients and steps) as body


def _recipe_body(data: dict[str, object]) -> str:
    ingredients = [str(i) for i in data.get("ingredients") or []]  # type: ignore[attr-defined]
    steps = data.get("instructions_list") or str(data.get("instructions") or "").split("\n")
    return "\n\n".join(b for b in (_clean(str(b)) for b in [*ingredients, *steps]) if b)  # type: ignore[misc]


def _recipe_case(
    commit: str, path: str, files: list[str]
) -> tuple[dict[str, object], str, str] | None:
    """A test page's expected data, html and card, if the page is stored and holds its card."""
    json_path = path.removesuffix(".testhtml") + ".json"
    if json_path not in files:
        return None
    try:
        html = _show(RECIPES, commit, path).decode("utf-8", "replace")
    except subprocess.CalledProcessError:  # files of 4 MiB and more are not in the mirror
        return None
    data = json.loads(_show(RECIPES, commit, json_path))
    body = _recipe_body(data)
    url = str(data.get("canonical_url") or "")
    if not body or not url.startswith("http") or _present(body, html) < 0.8:
        return None
    return data, html, body


def recipes() -> list[Page]:
    """The first test page of each recipe-scrapers site whose expected card is in the page.

    Every site not in English, and RECIPES_ENGLISH English sites picked by a hash of the host
    (salted: the unsalted hash is the tune/test split, and picking by it would fill one half),
    so that the set's 600 sites do not make it mostly English recipe blogs. Truth: title, author, language and the card (ingredients, then steps). The story around a
    recipe is not labelled, so the body figures of this set are about recall.
    """
    commit = _head(RECIPES)
    files = _ls(RECIPES, commit, "tests/test_data")
    by_site: dict[str, list[str]] = defaultdict(list)
    for path in files:
        if path.endswith(".testhtml"):
            by_site[path.split("/")[2]].append(path)
    pages = []
    for folder, paths in sorted(by_site.items()):
        for path in sorted(paths):
            found = _recipe_case(commit, path, files)
            if found is not None:
                break
        else:
            continue
        data, html, body = found
        url = str(data.get("canonical_url"))
        lang = str(data.get("language") or "").split("-")[0].lower()
        author = _clean(str(data.get("author") or ""))
        stem = path.rsplit("/", 1)[1].removesuffix(".testhtml")
        pages.append(
            Page(
                id=f"recipe-{folder.replace('.', '-')}-{stem}".lower(),
                repo=RECIPES,
                commit=commit,
                path=path,
                url=url,
                lang=_LANG_ALIASES.get(lang, lang) or _html_lang(html) or _stopword_lang(body),
                type="recipe",
                title=_clean(str(data["title"])) if data.get("title") else None,
                authors=[author] if author else None,
                published=None,
                body=body,
            )
        )
    english = sorted(
        (p for p in pages if p.lang == "en"), key=lambda p: _digest("recipes " + p.site)
    )
    return [p for p in pages if p.lang != "en"] + english[:RECIPES_ENGLISH]


# --- Mercury (postlight/parser): per-site extractor tests asserting title, author and date


MERCURY = "postlight/parser"
_JS_STRING = r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`"""
_JS_VALUE = re.compile(rf"(?:{_JS_STRING})(?:\s*\+\s*(?:{_JS_STRING}))*|null|[A-Za-z_]\w*")
_FIXTURE = re.compile(r"readFileSync\(\s*'\./fixtures/([^']+)'")
_URL_LITERAL = re.compile(r"\b(?:url|uri)\s*=\s*('https?://[^']+')")
# `assert.equal(FIELD, VALUE)`: FIELD is the result's field, or a day cut from it.
_ASSERT = re.compile(
    r"assert\.equal\(\s*(title|author|date_published|new_date_published|newDatePublished)"
    r"(\.split\('T'\)\[0\])?\s*,\s*"
)


def _js_value(text: str) -> str | None:
    """A JS string literal (or a concatenation of them) as text; `null` and names as None."""
    if text == "null" or text[:1] not in "'\"`":
        return None
    parts = re.findall(_JS_STRING, text)
    return "".join(re.sub(r"\\(.)", r"\1", p[1:-1]) for p in parts)


@dataclass(frozen=True)
class MercuryCase:
    """One fixture of a Mercury extractor test and what the test asserts about it."""

    fixture: str
    url: str
    fields: dict[str, str | None]


def mercury_cases(test_js: str) -> list[MercuryCase]:
    """The fixtures a test file reads, each with its URL and the title/author/date it asserts.

    An assertion belongs to the fixture read last before it; a fixture's URL is the `url =`
    or `uri =` literal nearest to where it is read, between the fixtures before and after it.
    """
    reads = [(m.start(), m.group(1)) for m in _FIXTURE.finditer(test_js)]
    urls = [(m.start(), _js_value(m.group(1))) for m in _URL_LITERAL.finditer(test_js)]
    cases = []
    for index, (at, fixture) in enumerate(reads):
        start = reads[index - 1][0] if index else 0
        end = reads[index + 1][0] if index + 1 < len(reads) else len(test_js)
        near = [(abs(pos - at), url) for pos, url in urls if start <= pos < end and url]
        if not near:
            continue
        fields: dict[str, str | None] = {}
        for match in _ASSERT.finditer(test_js, at, end):
            value = _JS_VALUE.match(test_js, match.end())
            if value is None:
                continue
            name = "date_published" if "ate" in match.group(1) else match.group(1)
            fields[name] = _js_value(value.group(0))
        cases.append(MercuryCase(fixture, min(near)[1], fields))
    return cases


# Labels a reader would not accept, corrected or dropped after reading the page: fixture →
# field → the reader's value (None: not scored), and why. Authors are lists here.
_MERCURY_FIXES: dict[str, dict[str, object]] = {
    "abcnews.go.com.html": {
        "author": ["Josh Haskell", "David Caplan", "Patrick Reevell"],
        "note": "author: one string of three names, split",
    },
    "biorxiv.org.html": {
        "author": None,
        "note": "author: 18 names glued to 'View ORCID Profile' link text; dropped",
    },
    "bookwalker.jp.html": {
        "author": ["お米ゴハン"],
        "note": "author: '著者 お米ゴハン イラスト 汐街コナ' is labels plus the illustrator; the author kept",
    },
    "clinicaltrials.gov.html": {
        "author": None,
        "note": "author: the trial's sponsor, not an author; dropped",
    },
    "epaper.zeit.de.html": {
        "author": ["Jochen Bittner", "Tina Hildebrandt"],
        "note": "author: the section 'Politik ·' removed",
    },
    "fortune.com.html": {
        "author": ["John Patrick Pullen"],
        "note": "author: ', TIME' is the publication",
    },
    "getnews.jp.html": {
        "author": ["NeoL／ネオエル"],
        "note": "author: the author page URL; the rel=author link text instead",
    },
    "gothamist.com.html": {
        "author": ["Nathan Tempey"],
        "note": "author: 'Nathanxa0Tempey' (a mangled no-break space)",
    },
    "ici.radio-canada.ca.html": {
        "author": None,
        "note": "author: dc.creator 'Zone Justice et faits divers - ICI.Radio-Canada.ca' is a desk; "
        "the page signs 'Radio-Canada'; dropped",
    },
    "news.mynavi.jp.html": {"author": ["後藤大地"], "note": "author: the label '著者：' removed"},
    "weekly.ascii.jp.html": {
        "author": ["オカモト"],
        "note": "author: '文● オカモト／ASCII編集部': the label and the desk removed",
    },
    "www.asahi.com.html": {"author": None, "note": "author: a Facebook URL; dropped"},
    "www.al.com.html": {"author": ["Mike Cason"], "note": "author: the e-mail address removed"},
    "www.infoq.com.html": {
        "author": ["Diogo Carleto"],
        "note": "author: labels and the translator removed",
    },
    "www.investmentexecutive.com.html": {
        "author": ["Paul Wiseman", "Fatima Hussein"],
        "note": "author: two names glued, and the agency, separated",
    },
    "www.itmedia.co.jp.html": {
        "author": ["田中宏昌"],
        "note": "author: the brackets and ', ITmedia' removed",
    },
    "www.oreilly.co.jp.html": {
        "author": ["Eric Freeman"],
        "note": "author: a book's author with the translators and their roles; the author kept",
    },
    "www.publickey1.jp.html": {
        "author": ["Junichi Niino"],
        "note": "author: the handle and the author's biography removed",
    },
    "www.rbbtoday.com.html": {"author": ["KT"], "note": "author: the brackets 《》 removed"},
    "www.newyorker.com--multiple-authors.html": {
        "author": ["Ysabel Yates"],
        "note": "author: 'Illustration by Claire Lordon' is a credit",
    },
    "www.nytimes.com--feature.html": {
        "title": None,
        "author": None,
        "note": "title: 'I, Too, Sing America' is not the page's headline; author: the "
        "publication; both dropped",
    },
    "www.ndtv.com.html": {"lang": "en", "note": "lang: English, the page does not say"},
    "www.thepoliticalinsider.com.html": {"author": None, "note": "author: 'Editor' is no name"},
    "www.tmz.com.html": {"author": None, "note": "author: 'TMZ STAFF' is not on the page"},
    "twitter.com.html": {
        "author": None,
        "note": "author: the handle of a tweet page, the name is in the title; dropped",
    },
}
# A fixture saved by Mercury's normaliser: `<meta … value=…>` where the site wrote `content`.
_META_VALUE_SAVED = re.compile(r"<meta\b(?![^>]*\bcontent=)[^>]*\svalue=", re.IGNORECASE)
# Zone offsets (hours) of the sites in the set (Japan, China, central Europe, UTC, the US): a
# full-hour UTC time that is midnight in one of them was a date without a time.
_MIDNIGHT_ZONES = {9, 8, 2, 1, 0, -4, -5, -7, -8}
# Page types other than news, by site.
_MERCURY_TYPES = {
    "blog": "ma.ttias.be medium.com takagi-hiromitsu.jp techlog.iij.ad.jp sect.iij.ad.jp "
    "phpspot.org moongift.jp postlight.com otrs.com fortinet.com linkedin.com",
    "product": "bookwalker.jp oreilly.co.jp",
    "record": "clinicaltrials.gov jvndb.jvn.jp github.com pastebin.com genius.com",
    "social": "twitter.com reddit.com youtube.com",
    "organisation": "elecom.co.jp sanwa.co.jp ipa.go.jp jnsa.org gruene.de obamawhitehouse.archives.gov",
}
# The ISO 8601 times a page states, with or without a zone ("2016-12-09 09:13:00Z").
_PAGE_TIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?"
)


def _mercury_published(value: str | None, html: str) -> tuple[str | None, str]:
    """The published label in the page's own zone, and how it was read.

    Mercury gives an instant in UTC. When the page states that instant with its zone offset,
    the label is the page's time (its day is the reader's day). A plain date stays a date. A
    UTC time on the full hour the page does not state was a date read as midnight in some
    zone: the label is that local day. Otherwise it is Mercury's UTC day, without a zone.
    """
    if not value:
        return None, ""
    if len(value) == 10:
        return value, ""
    instant = datetime.fromisoformat(value)
    stated = []
    for day, clock, zone in _PAGE_TIME.findall(html):
        if not zone:
            continue
        offset = "+00:00" if zone == "Z" else zone[:3] + ":" + zone[-2:]
        when = datetime.fromisoformat(f"{day}T{clock}{offset}")
        if abs((when - instant).total_seconds()) < 60:
            stated.append(when)
    if stated:
        local = max(stated, key=lambda w: w.utcoffset() != timedelta(0))
        return local.isoformat(), ""
    offset = -instant.hour if instant.hour < 12 else 24 - instant.hour
    if instant.minute == instant.second == 0 and offset in _MIDNIGHT_ZONES:
        day = (instant + timedelta(hours=offset)).date().isoformat()
        return day, f"published: {value} is midnight of {day} in a zone the page does not state"
    return instant.date().isoformat(), "published: the page states no zone; Mercury's UTC day"


def _mercury_type(site: str) -> str:
    return next((kind for kind, sites in _MERCURY_TYPES.items() if site in sites.split()), "news")


def _mercury_lang(html: str, text: str) -> str:
    """`<html lang>`, else Japanese or Chinese by script, else common words; '' if unsure."""
    if lang := _html_lang(html):
        return lang
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if len(re.findall(r"[\u4e00-\u9fff]", text)) > 50:
        return "zh"
    return _stopword_lang(text)


def _mercury_authors(value: str | None) -> list[str] | None:
    """Mercury's author string as names (',' and a final 'and' separate them); null: none."""
    if value is None:
        return []
    names = re.split(r",\s*|\s+and\s+", value)
    return [_clean(n) for n in names if _clean(n)]


def mercury() -> list[Page]:
    """Every fixture of a Mercury site test that asserts a title, author or date.

    Pages with several names in one author are split on ',' and 'and' (a band name such as
    'Prince and the Revolution' is kept whole by a fix); `null` authors are labelled as no
    author. No body is labelled: the tests check only the first words of the content.
    """
    commit = _head(MERCURY)
    tests = [
        p for p in _ls(MERCURY, commit, "src/extractors/custom") if p.endswith("index.test.js")
    ]
    merged: dict[str, MercuryCase] = {}
    for path in tests:
        for case in mercury_cases(_show(MERCURY, commit, path).decode()):
            before = merged.get(case.fixture)
            fields = (before.fields if before else {}) | case.fields
            merged[case.fixture] = MercuryCase(case.fixture, case.url, fields)
    pages = []
    for fixture, case in sorted(merged.items()):
        if not case.fields:
            continue
        path = f"fixtures/{fixture}"
        html = _show(MERCURY, commit, path).decode("utf-8", "replace")
        fix = _MERCURY_FIXES.get(fixture, {})
        notes = [str(fix["note"])] if "note" in fix else []
        title = case.fields.get("title")
        authors = _mercury_authors(case.fields["author"]) if "author" in case.fields else None
        if fixture == "genius.com.html":
            authors = [str(case.fields["author"])]
            notes.append("author: one artist's name with 'and' in it, kept whole")
        if "title" in fix:
            title = fix["title"]  # type: ignore[assignment]
        if "author" in fix:
            authors = fix["author"]  # type: ignore[assignment]
        published, how = _mercury_published(case.fields.get("date_published"), html)
        notes += [how] if how else []
        text = _shown_text(html)
        stem = fixture.removesuffix(".html").replace(".", "-")
        pages.append(
            Page(
                id=f"mercury-{stem}",
                repo=MERCURY,
                commit=commit,
                path=path,
                url=case.url,
                lang=str(fix.get("lang") or _mercury_lang(html, text)),
                type=_mercury_type(site_of(case.url)),
                title=_clean(title) if title else None,
                authors=authors,
                published=published,
                body=None,
                notes="; ".join(notes) or None,
                restore="meta-content" if _META_VALUE_SAVED.search(html) else None,
            )
        )
    return pages


# --- metascraper (microlinkhq/metascraper): saved pages and the metadata snapshot of each


METASCRAPER = "microlinkhq/metascraper"
METASCRAPER_DATA = "packages/metascraper/test/integration"
# One field of an AVA snapshot report (`snapshots/index.js.md`): `      title: 'text',`.
_SNAPSHOT_FIELD = re.compile(
    r"^ {6}(author|date|lang|title|url): (null|'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")",
    re.MULTILINE,
)
# Pages that are no article: a repository, social posts, home and topic pages, a product
# listing, an embedded player, a video, an encyclopedia entry. Metadata of an article is not
# defined there.
_METASCRAPER_SKIP = frozenset(
    [
        "github",
        "instagram",
        "learnnode",
        "linkedin-company",
        "milanocittastato",
        "qz",
        "teslahunt",
        "transistor",
        "twitter-gif",
        "twitter-image",
        "vimeo",
        "wikipedia",
        "yandex",
    ]
)
_METASCRAPER_TYPES = {
    "podcast": "acast bfi indiehackers reactpodcast theflip wnycstudios",
    "press release": "globenewswire pr-newswire",
    "blog": "astier audiense belfusto blogger googleblog lean-data linkedin-pulse medium "
    "postplanner segment segment-academy smitten-kitchen softwarefordays startup-grind substack",
}
_SNAPSHOT_TITLE = "title: the snapshot's {} is not the page's headline (h1)"
_SNAPSHOT_MODIFIED = "published: the snapshot's date is the page's modified time"
_NOON = "published: the snapshot's noon UTC is a date the page states without a time"
# Labels corrected or dropped after reading each page: test name (and fixture, for tests with
# several) → field → the value a reader of the page sees (None: not scored), and why. The
# snapshot is metascraper's own output, so its errors are ordinary extractor errors: a site
# name kept in the title, a modified time for the published one, a job title in a byline.
_METASCRAPER_FIXES: dict[str, dict[str, object]] = {
    "acast": {
        "authors": None,
        "published": None,
        "note": "author: a podcast page names no one; published: the snapshot's date is "
        "another episode's",
    },
    "anandtech": {"published": "2017-06-29", "note": "published: a date without a time"},
    "arstechnica": {
        "authors": ["Chris Stokel-Walker"],
        "published": "2017-06-11T14:00:33+00:00",
        "note": "author: 'Ars Staff' of JSON-LD, the byline names the writer; "
        + _SNAPSHOT_MODIFIED,
    },
    "astier": {
        "title": "awk driven IoT",
        "published": "2017-07-05",
        "note": "title: the <title> has the blog's name first; " + _NOON,
    },
    "atlasobscura": {"published": "2017-06-21T09:51:00-04:00", "note": _SNAPSHOT_MODIFIED},
    "audiense": {
        "authors": ["Paz Segura"],
        "published": "2017-09-06",
        "note": "author: the job title ' - Marketing Manager' removed; published: a date",
    },
    "bbc": {"published": "2017-07-09T23:17:52+00:00", "note": _SNAPSHOT_MODIFIED},
    "belfusto": {
        "title": "Ergowear",
        "published": "2022-05-31T10:48:08+02:00",
        "note": _SNAPSHOT_TITLE.format("og:title"),
    },
    "bfi": {
        "title": "The Big Tech Threat?",
        "authors": None,
        "published": "2021-01-13",
        "note": "title: the site's name removed; author: a WordPress account, the page lists "
        "the episode's four speakers; published: the page's 'Jan 13, 2021', the snapshot's "
        "date is the modified time",
    },
    "blogger": {"published": "2024-02-03", "note": "published: the post's date, no zone stated"},
    "bukvy": {
        "title": "Poroshenko Accuses Authorities of Falsifying Sanctions Decree: Supreme "
        "Court Demands Evidence from the Government",
        "note": "title: the site's name removed",
    },
    "business-today": {
        "authors": ["Sonal Khetarpal"],
        "published": "2016-05-14T16:34:00+05:30",
        "note": "author: 'BT_India' is the site's Twitter handle, the byline names the writer; "
        "published: the page's datePublished (the snapshot has none)",
    },
    "cio": {
        "published": "2025-09-05",
        "note": "published: the page's 'Sep 5, 2025' (meta date too); JSON-LD says Sep 1",
    },
    "cnet": {
        "title": "Pebble 2, Pebble Time 2, Pebble Core: Pebble's fitness hat trick adds heart "
        "rate, GPS, Spotify, and 3G",
        "published": "2016-05-24T07:00:00-07:00",
        "note": _SNAPSHOT_TITLE.format("og:title"),
    },
    "computerworld": {
        "published": "2025-09-03",
        "note": "published: the page's 'Sep 3, 2025' (meta date too); the snapshot's date is "
        "the modified time",
    },
    "economic-times": {
        "lang": "en",
        "title": "HackerRank launches job search platform HackerRank Jobs",
        "published": "2016-01-12T22:34:00+05:30",
        "note": "title: the site's name removed; published: the page's '12 Jan, 2016, 10.34PM IST'",
    },
    "engadget": {
        "title": "All GitHub users can keep their code private",
        "published": "2019-01-07T15:37:00-05:00",
        "note": "title: the site's name removed; " + _SNAPSHOT_MODIFIED,
    },
    "entrepreneur": {
        "published": "2016-05-04T15:40:00+00:00",
        "note": "published: the page's time, the snapshot has noon UTC",
    },
    "eweek": {"published": "2024-02-09T19:32:11-05:00", "note": "published: the page's zone"},
    "fast-company": {"published": "2016-05-24T05:42:00-04:00", "note": _SNAPSHOT_MODIFIED},
    "fortune": {"published": "2015-10-05T20:52:17+00:00", "note": _SNAPSHOT_MODIFIED},
    "globenewswire": {
        "authors": None,
        "published": "2016-04-06T12:00:00-04:00",
        "note": "author: the issuer of a press release, no byline; published: the page's "
        "'April 06, 2016 12:00 ET', the snapshot has noon UTC",
    },
    "googleblog": {
        "authors": ["Brian Stevens"],
        "published": "2016-09-29",
        "note": "author: 'Google' is the account; the post says 'Posted by Brian Stevens, Vice "
        "President, Google Cloud'; " + _NOON,
    },
    "hola": {"published": "2024-06-24T16:23:34-04:00", "note": "published: the page's zone"},
    "inc": {"published": "2016-05-24", "note": "published: stated without a zone"},
    "indiehackers": {
        "authors": None,
        "published": "2017-10-11",
        "note": "author: a listener's quote in the sidebar, not an author; " + _NOON,
    },
    "information-week": {
        "title": "Microsoft Expands Global Connectivity With Local Startups",
        "published": "2016-05-24",
        "note": "title: the site's name removed; published: the page's '5/24/2016 02:05 PM' "
        "(the snapshot has none)",
    },
    "jewish-business-news": {"published": "2016-01-20", "note": "published: a date"},
    "lean-data": {
        "title": "The Winds of Change",
        "published": "2016-02-23T13:37:22+00:00",
        "note": "title: the site's name removed; published: the page's time, the snapshot has "
        "noon UTC",
    },
    "linkedin-pulse": {"published": "2016-05-26", "note": "published: a date"},
    "los-angeles-times": {"published": "2016-04-30T03:00:00-07:00", "note": _SNAPSHOT_MODIFIED},
    "marketing-land": {"published": "2016-02-23T17:31:45-04:00", "note": _SNAPSHOT_MODIFIED},
    "mashable": {"published": "2021-10-22T00:44:09+00:00", "note": _SNAPSHOT_MODIFIED},
    "medium": {
        "published": "2017-06-19",
        "note": "published: the page's 'Jun 19, 2017'; the snapshot's date is the modified time",
    },
    "nbcnews": {
        "published": "2021-01-05T21:23:00+00:00",
        "note": "author: two names, split; published: the page's 'Jan. 5, 2021, 9:23 PM UTC', "
        "the snapshot's date is the modified time",
    },
    "npr": {
        "title": "Fork The Government",
        "authors": ["Darian Woods", "Sarah Gonzalez"],
        "published": "2020-12-23T22:36:27-05:00",
        "note": "title: the show's name removed; author: the byline has two names",
    },
    "nytimes/article.html": {
        "title": "How to See What the Internet Knows About You (And How to Stop It)",
        "published": "2017-07-03T05:00:04-04:00",
        "note": "title: '(Published 2017)' of og:title removed; " + _SNAPSHOT_MODIFIED,
    },
    "nytimes/opinion.html": {
        "title": "Why 3rd Grade Matters",
        "authors": None,
        "published": "2020-11-19T05:00:09-05:00",
        "note": "title: the section 'Opinion | ' removed; author: 'By ‘Sway’' names a podcast; "
        + _SNAPSHOT_MODIFIED,
    },
    "pikabu": {
        "title": "7 интересных наблюдений о первой Матрице",
        "published": "2019-06-13T20:20:47+03:00",
        "note": _SNAPSHOT_TITLE.format("og:title"),
    },
    "postplanner": {
        "lang": "en",
        "published": "2020-12-18",
        "note": "published: the page's 'Dec 18, 2020'; the snapshot's date is the modified time",
    },
    "pr-newswire": {
        "authors": None,
        "published": "2016-04-25T03:39:00-04:00",
        "note": "author: the issuer of a press release, no byline; " + _SNAPSHOT_MODIFIED,
    },
    "reactpodcast": {
        "title": "117: Tom Preston-Werner on RedwoodJS",
        "authors": None,
        "note": "title: the show's name removed; author: a podcast page names no one",
    },
    "san-francisco-chronicle": {
        "published": "2016-04-25T23:37:17+00:00",
        "note": _SNAPSHOT_MODIFIED,
    },
    "segment-academy": {"authors": None, "note": "author: 'segment' is not on the page"},
    "segment": {"published": "2016-05-16", "note": "published: the page's '16 May 2016'"},
    "sfstandard": {
        "authors": ["Lauren Saria"],
        "published": "2024-06-24T10:00:00-07:00",
        "note": "author: an e-mail account, the byline names Lauren Saria; " + _SNAPSHOT_MODIFIED,
    },
    "silicon-angle": {"published": "2016-05-16", "note": _NOON},
    "silicon-beat": {"published": "2016-04-19T18:52:32-07:00", "note": _SNAPSHOT_MODIFIED},
    "silicon-valley-business-journal": {
        "title": "Security startup Agari raises $22M to protect against email phishing",
        "published": "2016-05-24T14:44:00-04:00",
        "note": _SNAPSHOT_TITLE.format("og:title"),
    },
    "smitten-kitchen": {"authors": [], "published": "2016-05-26", "note": _NOON},
    "softwarefordays": {"authors": [], "note": "author: the page names no one"},
    "stuff": {"published": "2021-02-17T14:40:47+13:00", "note": "published: the page's zone"},
    "substack": {
        "published": "2021-07-01T02:26:54+02:00",
        "note": "published: the page's datePublished (the snapshot has none)",
    },
    "techcrunch": {
        "title": "HackerRank Makes Technical Recruiting More Transparent",
        "published": "2016-01-12T09:00:44-08:00",
        "note": "title: the site's name removed; " + _SNAPSHOT_MODIFIED,
    },
    "techmonitor": {
        "title": "Nvidia, OpenAI and Amazon among 200 companies join new US AI Safety Institute "
        "Consortium",
        "published": "2024-02-09T09:59:25+00:00",
        "note": _SNAPSHOT_TITLE.format("og:title") + "; " + _SNAPSHOT_MODIFIED,
    },
    "the-boston-globe": {
        "title": "Women in tech band together to track diversity, after hours",
        "authors": ["Mike Isaac"],
        "note": "title: the site's name removed; author: the agency and the date removed",
    },
    "the-guardian": {
        "lang": "en",
        "published": "2017-07-03T20:17:54+01:00",
        "note": _SNAPSHOT_MODIFIED,
    },
    "the-register": {"published": "2016-05-03T16:26:13+00:00", "note": _SNAPSHOT_MODIFIED},
    "theflip": {
        "authors": None,
        "title": "Digitizing Healthcare with Helium Health’s Goke Olubusi",
        "published": "2021-01-14",
        "note": "title: the site's name removed; published: the page's 'January 14, 2021', the "
        "snapshot's date is the modified time",
    },
    "therams": {"published": "2024-04-22T15:44:32-07:00", "note": "published: the page's zone"},
    "usa-today": {
        "authors": None,
        "published": "2016-05-24T20:29:19+00:00",
        "note": "author: 'Editors | USA TODAY' names no one; " + _SNAPSHOT_MODIFIED,
    },
    "venture-beat": {"published": "2016-04-21T11:30:14+00:00", "note": _SNAPSHOT_MODIFIED},
    "wired": {
        "authors": ["Adam Rogers"],
        "published": "2017-07-13T07:00:00-04:00",
        "note": "author: 'WIRED Staff' of JSON-LD, the byline names Adam Rogers; published: the "
        "page's '07.13.17 07:00 am', the snapshot's date is the modified time",
    },
    "wnycstudios": {"authors": None, "published": "2020-08-14", "note": _NOON},
    "wsj": {
        "authors": [],
        "published": "2016-05-16T07:30:00-04:00",
        "note": "published: the page's 'May 16, 2016 7:30 a.m. ET'",
    },
    "zdnet": {
        "title": "Email security startup Agari raises $22 million to help enterprises fight "
        "phishing attacks",
        "published": "2016-05-24T13:30:03+00:00",
        "note": "title: the site's name removed; published: the page's '13:30 GMT'",
    },
}


def snapshot_fields(report: str) -> list[dict[str, str | None]]:
    """The title, author, date, lang and url of each snapshot in an AVA report, in order."""
    cases = []
    for block in report.split("> Snapshot")[1:]:
        fields: dict[str, str | None] = {}
        for name, value in _SNAPSHOT_FIELD.findall(block):
            fields[name] = None if value == "null" else re.sub(r"\\(.)", r"\1", value[1:-1])
        cases.append(fields)
    return cases


def _metascraper_authors(value: str | None) -> list[str]:
    """The snapshot's author string as names (' and ' separates two); null: no author."""
    if value is None:
        return []
    return [_clean(n) for n in re.split(r"\s+and\s+", value) if _clean(n)]


def metascraper() -> list[Page]:
    """Every article page of metascraper's integration tests, with its snapshot's metadata.

    The snapshots are what metascraper itself extracted, so each label was read against the
    page and corrected where a reader sees another value (`_METASCRAPER_FIXES`): the
    published time is the page's, in the zone the page states it. No body is labelled.
    """
    commit = _head(METASCRAPER)
    pages = []
    for test in sorted({p.split("/")[4] for p in _ls(METASCRAPER, commit, METASCRAPER_DATA)}):
        if test in _METASCRAPER_SKIP:
            continue
        folder = f"{METASCRAPER_DATA}/{test}"
        report = _show(METASCRAPER, commit, f"{folder}/snapshots/index.js.md").decode()
        inputs = sorted(p for p in _ls(METASCRAPER, commit, folder) if p.endswith(".html"))
        for path, case in zip(inputs, snapshot_fields(report), strict=True):
            key = test if len(inputs) == 1 else f"{test}/{path.rsplit('/', 1)[1]}"
            fix = _METASCRAPER_FIXES.get(key, {})
            html = _show(METASCRAPER, commit, path).decode("utf-8", "replace")
            text = _shown_text(html)
            title = fix.get("title", case.get("title"))
            authors = fix.get("authors", _metascraper_authors(case.get("author")))
            published = fix.get("published", None)
            how = ""
            if "published" not in fix:
                published, how = _mercury_published(case.get("date"), html)
            said = "lang: English, the page does not say" if "lang" in fix else ""
            stem = key.removesuffix(".html").replace("/", "-")
            pages.append(
                Page(
                    id=f"metascraper-{stem}",
                    repo=METASCRAPER,
                    commit=commit,
                    path=path,
                    url=case["url"],
                    lang=str(fix.get("lang") or case.get("lang") or _mercury_lang(html, text)),
                    type=next(
                        (k for k, tests in _METASCRAPER_TYPES.items() if test in tests.split()),
                        "news",
                    ),
                    title=_clean(str(title)) if title else None,
                    authors=authors,  # type: ignore[arg-type]
                    published=published,  # type: ignore[arg-type]
                    body=None,
                    notes="; ".join(n for n in (str(fix.get("note") or ""), how, said) if n)
                    or None,
                )
            )
    return pages


# --- Chaos (MSVCode/ir-research-data): 2017 pages of web searches, with hand-selected full text


CHAOS = "MSVCode/ir-research-data"
CHAOS_DATA = "Extraction/chaos-all"
_CANONICAL = (
    r"<link\b[^>]*\brel=[\"']?canonical[\"']?[^>]*\bhref=[\"']([^\"']+)",
    r"<link\b[^>]*\bhref=[\"']([^\"']+)[\"'][^>]*\brel=[\"']?canonical\b",
    r"<meta\b[^>]*\bproperty=[\"']og:url[\"'][^>]*\bcontent=[\"']([^\"']+)",
    r"<meta\b[^>]*\bcontent=[\"']([^\"']+)[\"'][^>]*\bproperty=[\"']og:url[\"']",
)
_HEADINGS = (
    r"<title\b[^>]*>(.*?)</title>",
    r"<meta\b[^>]*\bproperty=[\"']og:title[\"'][^>]*\bcontent=[\"']([^\"']*)",
    r"<meta\b[^>]*\bcontent=[\"']([^\"']*)[\"'][^>]*\bproperty=[\"']og:title[\"']",
    r"<h1\b[^>]*>(.*?)</h1>",
)
# Page types other than news, by site: universities' press offices and an explainer site.
_CHAOS_TYPES = {
    "news.mst.edu": "press release",
    "news.wisc.edu": "press release",
    "science.howstuffworks.com": "guide",
}


def page_url(html: str) -> str | None:
    """The page's own absolute address: its canonical link, else `og:url`; None if neither."""
    for pattern in _CANONICAL:
        for match in re.finditer(pattern, html, re.IGNORECASE):
            url = unescape(match.group(1)).strip()
            if re.match(r"https?://[^/\s{}]+\.[^/\s{}]+", url):
                return url
    return None


def headline(text: str, html: str) -> str | None:
    """A truth file's first line when it is the page's title (`<title>`, `og:title` or an
    `<h1>`, by the title rule of bench.article_scores), else None."""
    line = first_line(text)
    if not line or len(line) > 300:
        return None
    for pattern in _HEADINGS:
        for match in re.finditer(pattern, html, re.IGNORECASE | re.DOTALL):
            shown = _clean(unescape(re.sub(r"<[^>]+>", " ", match.group(1))))
            if title_matches(line, shown):
                return line
    return None


def chaos() -> list[Page]:
    """The Chaos set: 360 pages that web searches for 36 topics found in 2017, each with the text
    a person selected as its main content (headline first). The texts are for research use only,
    so they are not copied here: `truth` points at them and `make devsets` fetches them. Pages
    without an address of their own, whose text is short or mostly not in the page, and second
    copies of one address are left out.
    """
    commit = _head(CHAOS)
    files = _ls(CHAOS, commit, CHAOS_DATA)
    pages_by_stem = {
        path.rsplit("/", 1)[1].rsplit(".", 1)[0]: path for path in files if "/html/" in path
    }
    seen: set[str] = set()
    pages = []
    for truth_path in sorted(f for f in files if "/gold/" in f and f.endswith(".txt")):
        stem = truth_path.rsplit("/", 1)[1].removesuffix(".txt")
        path = pages_by_stem.get(stem)
        if path is None:
            continue
        html = _show(CHAOS, commit, path).decode("utf-8", "replace")
        url = page_url(html)
        if url is None or url in seen:
            continue
        text = decode_text(_show(CHAOS, commit, truth_path))
        title = headline(text, html)
        body = fetched_body(text, title)
        if len(body) < 200 or _present(body, html) < 0.8:
            continue
        seen.add(url)
        pages.append(
            Page(
                id="chaos-" + "-".join(re.findall(r"[a-z0-9]+", stem.lower())),
                repo=CHAOS,
                commit=commit,
                path=path,
                url=url,
                lang=_html_lang(html) or _stopword_lang(body) or "en",
                type=_CHAOS_TYPES.get(site_of(url), "news"),
                title=title,
                authors=None,
                published=None,
                body=None,
                truth_file=truth_path,
            )
        )
    return pages


# --- DAnIEL (rundimeco/waddle): 2011-2012 news in five languages, with their main text by hand


DANIEL = "rundimeco/waddle"
DANIEL_DATA = "corpora/Corpus_daniel_v2.1"
DANIEL_PER_SITE = 2
_DANIEL_LANGS = {"English": "en", "Chinese": "zh", "Polish": "pl", "Greek": "el", "Russian": "ru"}
_CHARSET = re.compile(rb"""<meta\b[^>]*charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def decode_page(data: bytes) -> str:
    """A saved page as text: in the charset its `<meta>` names, else UTF-8 (for checks only;
    extractors get the bytes)."""
    match = _CHARSET.search(data[:8192])
    if match:
        try:
            return data.decode(match.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    return data.decode("utf-8", "replace")


def daniel() -> list[Page]:
    """The DAnIEL corpus as re-annotated for the waddle evaluation (Lejeune & Zhu 2018): news
    pages on epidemics, 2011-2012, in English, Chinese, Polish, Greek and Russian, each with its
    main text as paragraphs (headline first). At most DANIEL_PER_SITE pages per site (picked by a
    salted hash of the file name), so that a few sites do not fill the set. The file name gives
    the site and date; the page's address is its canonical link when it states one on that site.
    The texts stay in the source (`truth`), like Chaos', and pages whose text is short or mostly
    not in the page are left out.
    """
    commit = _head(DANIEL)
    files = _ls(DANIEL, commit, DANIEL_DATA)
    langs = json.loads(_show(DANIEL, commit, f"{DANIEL_DATA}/doc_lg.json"))
    truths = {p.rsplit("/", 1)[1] for p in files if "/reference/" in p}
    by_site: dict[str, list[str]] = defaultdict(list)
    for path in files:
        name = path.rsplit("/", 1)[1]
        if "/html/" in path and name in truths and langs.get(name) in _DANIEL_LANGS:
            by_site[name.split("_")[1].lower()].append(name)
    pages = []
    for host, names in sorted(by_site.items()):
        kept = 0
        for name in sorted(names, key=lambda n: _digest("daniel " + n)):
            if kept == DANIEL_PER_SITE:
                break
            path = f"{DANIEL_DATA}/html/{name}"
            truth_path = f"{DANIEL_DATA}/reference/{name}"
            html = decode_page(_show(DANIEL, commit, path))
            text = decode_text(_show(DANIEL, commit, truth_path))
            title = headline(text, html)
            body = fetched_body(text, title)
            if len(body) < 200 or _present(body, html) < 0.8:
                continue
            url = page_url(html)
            kept += 1
            pages.append(
                Page(
                    id="daniel-" + "-".join(re.findall(r"[a-z0-9]+", name.lower()))[:60],
                    repo=DANIEL,
                    commit=commit,
                    path=path,
                    url=url if url and site_of(url) == site_of(f"http://{host}/") else None,
                    lang=_DANIEL_LANGS[langs[name]],
                    type="news",
                    title=title,
                    authors=None,
                    published=None,
                    body=None,
                    truth_file=truth_path,
                    host=host,
                )
            )
    return pages


BUILDERS: dict[str, Callable[[], list[Page]]] = {
    "fundus": fundus,
    "newspaper": newspaper,
    "recipes": recipes,
    "mercury": mercury,
    "metascraper": metascraper,
    "chaos": chaos,
    "daniel": daniel,
}


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
