"""The dev sets committed here name each page once: two sources with one id are written to one
file, and the second overwrites the first, so one page is scored against another's labels."""

from collections import Counter

import pytest

from bench import devset

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("name", devset.names())
def test_each_source_of_a_set_writes_a_file_of_its_own(name: str) -> None:
    files = Counter(source.file_name for source in devset.sources(name))
    assert [file for file, seen in files.items() if seen > 1] == []


def test_each_labelled_comment_page_is_one_file() -> None:
    pages = devset.truth("comments")
    assert isinstance(pages, list)
    files = Counter(page["file"] for page in pages)
    assert [file for file, seen in files.items() if seen > 1] == []
    on_disk = {source.file_name for source in devset.sources("comments")}
    assert set(files) <= on_disk
