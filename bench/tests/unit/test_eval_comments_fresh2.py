"""bench/eval_comments.py: the fresh2 split gets its own line and its own held-out markup block."""

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
        _page("c.html", "fresh", "A fresh comment", host="c.example"),
        _page("e.html", "fresh2", "A fresh2 comment", host="e.example"),
        _page("f.html", "fresh2", "Another fresh2 comment", host="f.example"),
    ]
    sources = [devset.Source(id=p[0], repo="o/r", commit="0" * 40, path=p) for p in "abcef"]
    present = [(s, tmp_path / s.file_name) for s in sources]
    found = {
        "a.html": [{"author": "Ann", "text": "A tune comment"}],
        "b.html": [{"author": "Ann", "text": "A test comment"}],
        "c.html": [],
        "e.html": [{"author": "Ann", "text": "A fresh2 comment"}],
        "f.html": [],
    }
    monkeypatch.setattr(devset, "present", lambda name: present)
    monkeypatch.setattr(devset, "sources", lambda name: sources)
    monkeypatch.setattr(devset, "truth", lambda name: pages)
    monkeypatch.setattr(eval_comments, "predictions", lambda paths: found)
    return eval_comments.devset_report()


def test_the_fresh2_line_follows_the_fresh_lines_and_covers_only_fresh2(report: list[str]) -> None:
    names = [line.split()[0] for line in report if line.startswith("  fresh")]
    assert names == ["fresh-tune", "fresh-test", "fresh", "fresh2"]
    line = next(line for line in report if line.startswith("  fresh2 "))
    assert "pages   2" in line and "comments    2" in line and "found    1" in line
    assert "R 0.500" in line and "count 0.500" in line and "author 1.000" in line


def test_fresh2_markups_are_listed_only_in_their_own_held_out_block(report: list[str]) -> None:
    heading = next(i for i, line in enumerate(report) if "fresh2 split (held out" in line)
    assert [line.split()[0] for line in report[heading + 1 :]] == ["fresh2", "fresh2"]
    assert all(
        "markup e.html" not in line and "markup f.html" not in line for line in report[:heading]
    )


def test_the_other_lines_do_not_count_fresh2_pages(report: list[str]) -> None:
    all_line = next(line for line in report if line.lstrip().startswith("all "))
    fresh_line = next(line for line in report if line.startswith("  fresh "))
    assert "pages   2" in all_line and "pages   1" in fresh_line
