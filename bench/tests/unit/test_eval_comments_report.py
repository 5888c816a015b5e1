"""bench/eval_comments.py: the dev set's report keeps the fresh splits apart from tune and
test, each cut in two by site, shows the test halves still held out as aggregate lines only,
and lists their markups in blocks of their own when asked to."""

from pathlib import Path

import pytest

from bench import devset, eval_comments
from bench.scramble import scramble


def _page(file: str, split: str, text: str, host: str = "x.example") -> dict[str, object]:
    comment = {"author": "Ann", "text80": text, "parent": None}
    return {
        "file": file,
        "url": f"https://{host}/",
        "split": split,
        "markup": f"markup {file}",
        "comments": [comment],
    }


def _report(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    *,
    show_held_out: bool,
    scrambled: bool = False,
    transforms: list[object] | None = None,
) -> list[str]:
    pages = [  # c.example and e.example hash to the tune half, a.example to the test half
        _page("a.html", "tune", "A tune comment"),
        _page("b.html", "test", "A test comment"),
        _page("c.html", "fresh", "A fresh comment", host="c.example"),
        _page("d.html", "fresh", "Another fresh comment", host="a.example"),
        _page("e.html", "fresh2", "A fresh2 comment", host="e.example"),
        _page("f.html", "fresh2", "Another fresh2 comment", host="a.example"),
    ]
    sources = [devset.Source(id=p[0], repo="o/r", commit="0" * 40, path=p) for p in "abcdef"]
    present = [(s, tmp_path / s.file_name) for s in sources]
    found = {
        "a.html": [{"author": "Ann", "text": "A tune comment"}],
        "b.html": [{"author": "Ann", "text": "A test comment"}],
        "c.html": [],
        "d.html": [],
        "e.html": [{"author": "Ann", "text": "A fresh2 comment"}],
        "f.html": [],
    }
    monkeypatch.setattr(devset, "present", lambda name: present)
    monkeypatch.setattr(devset, "sources", lambda name: sources)
    monkeypatch.setattr(devset, "truth", lambda name: pages)

    def predictions(
        paths: object, crashed: object = None, transform: object = None
    ) -> dict[str, list[dict[str, str]]]:
        if transforms is not None:
            transforms.append(transform)
        return found

    monkeypatch.setattr(eval_comments, "predictions", predictions)
    monkeypatch.setattr(eval_comments, "HELD_OUT", ("fresh2",))  # fresh-test has been read
    return eval_comments.devset_report(show_held_out=show_held_out, scrambled=scrambled)


@pytest.fixture
def report(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    return _report(monkeypatch, tmp_path, show_held_out=False)


@pytest.fixture
def full_report(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    return _report(monkeypatch, tmp_path, show_held_out=True)


def test_the_all_line_covers_tune_and_test_only(report: list[str]) -> None:
    all_line = next(line for line in report if line.lstrip().startswith("all "))
    assert "pages   2" in all_line and "F1 1.000" in all_line


def test_each_fresh_split_has_a_line_per_half_and_one_whole(report: list[str]) -> None:
    lines = {line.split()[0]: line for line in report if line.startswith("  fresh")}
    assert list(lines) == [
        "fresh-tune",
        "fresh-test",
        "fresh",
        "fresh2-tune",
        "fresh2-test",
        "fresh2",
    ]
    assert "pages   2" in lines["fresh"] and "found    0" in lines["fresh"]
    assert "pages   2" in lines["fresh2"] and "found    1" in lines["fresh2"]
    assert "F1 1.000" in lines["fresh2-tune"] and "found    0" in lines["fresh2-test"]


def test_a_held_out_test_half_shows_as_aggregate_lines_only_by_default(
    report: list[str],
) -> None:
    assert any(line.split()[0] == "fresh2-test" for line in report if line.strip())
    assert not any("(held out" in line for line in report)
    listed = "\n".join(report)
    assert "markup c.html" in listed and "markup d.html" in listed and "markup e.html" in listed
    assert "markup f.html" not in listed


def test_asked_for_a_held_out_half_is_listed_apart_and_a_read_one_with_the_dev_set(
    full_report: list[str],
) -> None:
    first_held = next(i for i, line in enumerate(full_report) if "(held out" in line)
    listed = "\n".join(full_report[:first_held])
    assert "markup c.html" in listed and "markup d.html" in listed and "markup e.html" in listed
    assert "markup f.html" not in listed
    blocks = [line for line in full_report if "(held out" in line]
    assert [line.split()[3] for line in blocks] == ["fresh2-test"]
    assert "markup f.html" in "\n".join(full_report[first_held:])


def test_the_held_out_option_is_taken_out_of_what_goes_to_score_py() -> None:
    assert eval_comments.split_options(["--show-held-out", "--verbose"]) == (True, ["--verbose"])
    assert eval_comments.split_options(["--verbose"]) == (False, ["--verbose"])


def test_a_page_whose_parse_raises_counts_as_no_comments_and_is_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = tmp_path / "x.html"
    page.write_bytes(b"<html><body><p>Hello</p></body></html>")

    def parser_bug(data: bytes, **_: object) -> None:
        raise ValueError("hour must be in 0..23")

    monkeypatch.setattr(eval_comments, "parse_page", parser_bug)
    crashed: set[str] = set()
    assert eval_comments.predictions([page], crashed) == {"x.html": []}
    assert crashed == {"x.html"}


def test_each_half_has_an_outcome_line_that_names_no_page(report: list[str]) -> None:
    start = next(i for i, line in enumerate(report) if "page outcomes by half" in line)
    outcomes = {line.split()[0]: line for line in report[start + 1 :] if line.startswith("    ")}
    assert "fresh2-test" in outcomes and "none found  1" in outcomes["fresh2-test"]
    assert "f.html" not in "\n".join(outcomes.values())


def test_the_scrambled_report_parses_scrambled_pages_and_holds_out_the_same_lines(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, report: list[str]
) -> None:
    transforms: list[object] = []
    scrambled = _report(
        monkeypatch, tmp_path, show_held_out=False, scrambled=True, transforms=transforms
    )
    assert transforms == [scramble]
    assert "scrambled" in scrambled[0]
    assert scrambled[1:] == report[1:]
