"""How the metascraper set reads the AVA snapshot reports of metascraper's integration tests."""

import pytest

from bench.build_devsets import _metascraper_authors, snapshot_fields

pytestmark = pytest.mark.unit

REPORT = """# Snapshot report for `test/integration/example/index.js`

## example (article)

> Snapshot 1

    {
      audio: null,
      author: 'Ada Obi and Ben O\\'Neil',
      date: '2017-07-14T20:28:07.000Z',
      lang: null,
      title: 'Council approves the "new" bridge',
      url: 'https://www.example.com/news/bridge',
    }

## example (opinion)

> Snapshot 1

    {
      author: null,
      title: 'Why bridges matter',
      url: 'https://www.example.com/opinion/bridges',
    }
"""


def test_each_snapshot_gives_its_fields_in_order_with_null_as_none():
    first, second = snapshot_fields(REPORT)
    assert first == {
        "author": "Ada Obi and Ben O'Neil",
        "date": "2017-07-14T20:28:07.000Z",
        "lang": None,
        "title": 'Council approves the "new" bridge',
        "url": "https://www.example.com/news/bridge",
    }
    assert second == {
        "author": None,
        "title": "Why bridges matter",
        "url": "https://www.example.com/opinion/bridges",
    }


def test_an_author_string_with_and_is_two_names_and_null_is_none():
    assert _metascraper_authors("Ada Obi and Ben O'Neil") == ["Ada Obi", "Ben O'Neil"]
    assert _metascraper_authors(None) == []
