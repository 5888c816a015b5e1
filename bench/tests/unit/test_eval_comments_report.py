"""bench/eval_comments.py: the dev set's report keeps the fresh split apart from tune and test."""

from pathlib import Path

import pytest

from bench import devset, eval_comments


def _page(file: str, split: str, text: str, host: str = "x.example") -> dict[str, object]:
    comment = {"author": "Ann", "text80": text, "parent": None}
    return {
        "file": file,
        "url": f"https://{host}/",
        "split": split,
        "markup": f"markup {file}",
        "comments": [comment],
    }


@pytest.fixture
def report(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    pages = [
        _page("a.html", "tune", "A tune comment"),
        _page("b.html", "test", "A test comment"),
        _page("c.html", "fresh", "A fresh comment", host="c.example"),  # its tune half
        _page("d.html", "fresh", "Another fresh comment", host="a.example"),  # its test half
    ]
    sources = [devset.Source(id=p[0], repo="o/r", commit="0" * 40, path=p) for p in "abcd"]
    present = [(s, tmp_path / s.file_name) for s in sources]
    found = {
        "a.html": [{"author": "Ann", "text": "A tune comment"}],
        "b.html": [{"author": "Ann", "text": "A test comment"}],
        "c.html": [],
        "d.html": [],
    }
    monkeypatch.setattr(devset, "present", lambda name: present)
    monkeypatch.setattr(devset, "sources", lambda name: sources)
    monkeypatch.setattr(devset, "truth", lambda name: pages)
    monkeypatch.setattr(eval_comments, "predictions", lambda paths: found)
    return eval_comments.devset_report()


def test_the_all_line_covers_tune_and_test_only(report: list[str]) -> None:
    all_line = next(line for line in report if line.lstrip().startswith("all "))
    assert "pages   2" in all_line and "F1 1.000" in all_line


def test_the_fresh_split_and_each_of_its_halves_have_a_line(report: list[str]) -> None:
    lines = {line.split()[0]: line for line in report if line.startswith("  fresh")}
    assert "pages   2" in lines["fresh"] and "found    0" in lines["fresh"]
    assert "pages   1" in lines["fresh-tune"] and "pages   1" in lines["fresh-test"]


def test_only_the_fresh_test_half_is_listed_apart_as_held_out(report: list[str]) -> None:
    heading = next(i for i, line in enumerate(report) if "test half (held out" in line)
    assert [line.split()[0] for line in report[heading + 1 :]] == ["fresh-test"]
    assert all("markup d.html" not in line for line in report[:heading])
    assert any("markup c.html" in line for line in report[:heading])
