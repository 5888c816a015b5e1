"""How sets whose body labels stay in their source (Chaos, DAnIEL) are built, fetched, read and
reported."""

from pathlib import Path

import pytest

from bench import devset
from bench.article_scores import Overlap
from bench.build_devsets import decode_page, headline, page_url
from bench.devset import Source, decode_text, fetched_body, first_line
from bench.eval_articles import Scored, _worst

pytestmark = pytest.mark.unit

PAGE = """<html><head>
<title>Storm hits the coast | Example News</title>
<link rel="canonical" href="https://www.example.com/2017/storm">
</head><body><h1>Storm hits the coast</h1><p>The storm came at night.</p></body></html>"""


def test_the_page_address_is_its_canonical_link_else_og_url():
    assert page_url(PAGE) == "https://www.example.com/2017/storm"
    og = '<meta property="og:url" content="http://example.org/a?b=1&amp;c=2">'
    assert page_url(og) == "http://example.org/a?b=1&c=2"


def test_relative_or_template_addresses_are_no_address():
    assert page_url('<link rel="canonical" href="/news/storm">') is None
    assert page_url('<link rel="canonical" href="{{meta.canonical}}">') is None


def test_a_first_line_that_is_the_page_title_is_the_headline():
    assert headline("Storm hits the coast\n\nThe storm came at night.", PAGE) == (
        "Storm hits the coast"
    )


def test_a_first_line_that_is_not_the_title_stays_in_the_body():
    text = "Story highlights\nThe storm came at night."
    assert headline(text, PAGE) is None
    assert fetched_body(text, None) == "Story highlights\nThe storm came at night."


def test_the_body_drops_the_headline_blank_lines_and_folded_spaces():
    text = "Storm hits the coast\r\n\r\n  The storm   came at night. \n\nIt rained."
    assert fetched_body(text, "Storm hits the coast") == "The storm came at night.\nIt rained."


def test_a_truth_of_paragraph_markup_reads_as_lines_of_text():
    text = "<p>Storm hits the coast</p>\n<p>Wind &amp; rain.</p><script>x()</script><p>It<br>ended.</p>"
    assert first_line(text) == "Storm hits the coast"
    assert fetched_body(text, "Storm hits the coast") == "Wind & rain.\nIt\nended."


def test_old_truth_files_in_windows_1252_are_read_as_such():
    assert decode_text("caf\u00e9 \u2019s".encode("cp1252")) == "café ’s"
    assert decode_text("\ufeffcafé".encode()) == "café"


def test_a_page_is_decoded_in_the_charset_its_meta_names():
    data = '<meta charset="windows-1251"><p>Грипп</p>'.encode("cp1251")
    assert "Грипп" in decode_page(data)


def test_a_page_counts_as_present_only_with_its_truth_file(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("NEWSFLOW_DEVSETS", str(tmp_path))
    source = Source("p1", "o/r", "0" * 40, "html/p1.htm", truth="gold/p1.txt")
    monkeypatch.setattr(devset, "sources", lambda name: [source])
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "p1.html").write_bytes(PAGE.encode())
    assert devset.present("s") == []
    (tmp_path / "s" / "p1.truth.txt").write_bytes(b"Storm hits the coast\nThe storm came.")
    assert [s.id for s, _ in devset.present("s")] == ["p1"]
    assert devset.read_truth("s", source, "Storm hits the coast") == "The storm came."


def test_fetch_writes_the_truth_file_next_to_the_page(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("NEWSFLOW_DEVSETS", str(tmp_path))
    source = Source("p1", "o/r", "0" * 40, "html/p1.htm", truth="gold/p1.txt")
    monkeypatch.setattr(devset, "sources", lambda name: [source])
    blobs = {"html/p1.htm": PAGE.encode(), "gold/p1.txt": b"The storm came."}
    monkeypatch.setattr(devset, "_blob", lambda repo, commit, path: blobs[path])
    assert len(list(devset.fetch("s"))) == 2
    assert (tmp_path / "s" / "p1.truth.txt").read_bytes() == b"The storm came."
    assert list(devset.fetch("s")) == []  # what is there is kept


def test_the_worst_pages_listed_are_from_the_tune_half_only(capsys):
    def row(page_id: str, site: str, f1_parts: tuple[float, float, float]) -> Scored:
        truth = {"site": site, "url": None}
        return Scored(page_id, truth, Overlap(*f1_parts), {})

    rows = [
        row("seen-bad", "c.example", (0.1, 0.9, 0.0)),
        row("unseen-worse", "a.example", (0.0, 1.0, 0.0)),
        row("seen-good", "d.example", (1.0, 0.0, 0.0)),
    ]
    _worst({"newsflow": rows}, 5)
    out = capsys.readouterr().out
    assert "worst 2 tune pages" in out
    assert "seen-bad  c.example" in out
    assert "unseen-worse" not in out
