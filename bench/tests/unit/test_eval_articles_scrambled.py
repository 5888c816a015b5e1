"""`python -m bench.eval_articles --scrambled`: every extractor reads the scrambled copy of
each page, and the report says so."""

from datetime import datetime
from pathlib import Path

import pytest

from bench import devset, eval_articles
from bench.devset import Source
from bench.eval_articles import Extraction, Extractor, run_set, unchanged
from bench.scramble import scramble

pytestmark = pytest.mark.unit

PAGE = b'<html><body><article class="story-body"><p>The storm came at night.</p></article></body></html>'


def _one_page_set(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    source = Source(id="a", repo="o/r", commit="0" * 40, path="a.html")
    truth = {
        "a": {
            "url": "https://x.example/a",
            "site": "x.example",
            "lang": "en",
            "type": "news",
            "articleBody": "The storm came at night.",
        }
    }
    monkeypatch.setattr(devset, "truth", lambda name: truth)
    monkeypatch.setattr(devset, "present", lambda name: [(source, tmp_path / "a.html")])
    monkeypatch.setattr(devset, "read_truth", lambda name, source, title: None)
    monkeypatch.setattr(devset, "read_page", lambda source, path: PAGE)


def _reader(seen: list[bytes]) -> Extractor:
    def run(data: bytes, url: str | None, fetched_at: datetime) -> Extraction:
        seen.append(data)
        return Extraction("The storm came at night.")

    return Extractor("reader", run)


def test_a_set_is_read_as_fetched_unless_scrambled(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _one_page_set(monkeypatch, tmp_path)
    seen: list[bytes] = []
    run_set("s", _reader(seen))
    run_set("s", _reader(seen), scramble)
    assert seen[0] == PAGE
    assert b"story" not in seen[1] and b"The storm came at night." in seen[1]


def test_the_scrambled_option_reaches_the_shared_set_and_the_dev_sets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    transforms: list[object] = []

    def shared(*args: object) -> int:
        transforms.append(args[-1])
        return 0

    monkeypatch.setattr(eval_articles, "shared", shared)
    monkeypatch.setattr(eval_articles, "dev_sets", lambda *args: transforms.append(args[-1]))
    eval_articles.main(["--sets", "s", "--no-trafilatura"])
    eval_articles.main(["--sets", "s", "--no-trafilatura", "--scrambled"])
    assert transforms == [unchanged, unchanged, scramble, scramble]


def test_the_scrambled_report_says_so_in_each_set_heading(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _one_page_set(monkeypatch, tmp_path)
    monkeypatch.setattr(devset, "sources", lambda name: [None])
    eval_articles.dev_sets(["s"], 0, [_reader([])], scramble)
    heading = capsys.readouterr().out.strip().splitlines()[0]
    assert heading.startswith("s: 1/1 pages present") and "scrambled" in heading
