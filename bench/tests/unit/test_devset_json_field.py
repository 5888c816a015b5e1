"""bench/devset.py: a page kept as a text field of a JSON or YAML file (fhgr/harvest keeps each forum
page inside its annotation file, some gzipped) is written out as the page itself."""

import gzip
import json

import pytest
import yaml

from bench import devset
from bench.devset import Source

pytestmark = pytest.mark.unit

PAGE = "<html><body><p>Grüße, NAME</p></body></html>"


def _fetch_one(monkeypatch: pytest.MonkeyPatch, source: Source, blob: bytes) -> bytes:
    monkeypatch.setattr(devset, "_blob", lambda repo, commit, path: blob)
    return devset._page_bytes(source)


def test_the_named_field_of_a_json_file_is_the_page_in_utf8(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = Source(id="forum-a", repo="o/r", commit="0" * 40, path="a.json", field="html")
    blob = json.dumps({"url": "https://x.example/", "html": PAGE}).encode()
    assert _fetch_one(monkeypatch, source, blob).decode("utf-8") == PAGE
    assert source.file_name == "forum-a.html"


def test_a_gzipped_json_file_is_unpacked_and_its_page_written_plain(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = Source(id="forum-b", repo="o/r", commit="0" * 40, path="b.json.gz", field="html")
    blob = gzip.compress(json.dumps({"html": PAGE}).encode())
    assert _fetch_one(monkeypatch, source, blob).decode("utf-8") == PAGE
    assert source.file_name == "forum-b.html"


def test_a_field_that_is_not_text_is_no_page(monkeypatch: pytest.MonkeyPatch) -> None:
    source = Source(id="forum-c", repo="o/r", commit="0" * 40, path="c.json", field="html")
    with pytest.raises(KeyError):
        _fetch_one(monkeypatch, source, json.dumps({"html": None}).encode())


def test_a_recorded_response_in_a_yaml_file_is_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    field = "interactions/0/response/body/string"
    source = Source(id="moddb-a", repo="o/r", commit="0" * 40, path="t[x].yaml", field=field)
    blob = yaml.safe_dump({"interactions": [{"response": {"body": {"string": PAGE}}}]}).encode()
    assert _fetch_one(monkeypatch, source, blob).decode("utf-8") == PAGE
    assert source.file_name == "moddb-a.html"
