"""How the mercury set is read from Mercury's tests and pages, and scored without bodies."""

from pathlib import Path

import pytest

from bench.build_devsets import _mercury_authors, _mercury_published, mercury_cases
from bench.devset import Source, read_page
from bench.eval_articles import Extraction, score_page

pytestmark = pytest.mark.unit

TEST_JS = """
describe('ExampleExtractor', () => {
  describe('initial test case', () => {
    beforeAll(() => {
      url =
        'https://www.example.com/2016/09/20/story.html';
      const html = fs.readFileSync('./fixtures/www.example.com.html');
      result = Mercury.parse(url, { html, fallback: false });
    });
    it('returns the title', async () => {
      const { title } = await result;
      assert.equal(
        title,
        'It\\'s a "story" ' +
          'in two parts'
      );
    });
    it('returns the author', async () => {
      assert.equal(author, null);
    });
    it('returns the date_published', async () => {
      assert.equal(date_published, '2016-09-19T11:46:01.000Z');
    });
  });
  it('works with a feature story', async () => {
    const html = fs.readFileSync('./fixtures/www.example.com--feature.html');
    const uri = 'http://www.example.com/feature.html';
    const { title } = await Mercury.parse(uri, { html });
    assert.equal(title, `Feature`);
    assert.equal(new_date_published, '2016-12-12');
  });
});
"""


def test_each_fixture_gets_the_url_and_assertions_next_to_it():
    first, second = mercury_cases(TEST_JS)
    assert first.fixture == "www.example.com.html"
    assert first.url == "https://www.example.com/2016/09/20/story.html"
    assert first.fields == {
        "title": 'It\'s a "story" in two parts',
        "author": None,
        "date_published": "2016-09-19T11:46:01.000Z",
    }
    assert second.url == "http://www.example.com/feature.html"
    assert second.fields == {"title": "Feature", "date_published": "2016-12-12"}


def test_an_instant_the_page_states_with_its_zone_is_labelled_in_that_zone():
    html = '<meta content="2016-09-19T07:46:01-04:00" property="article:published_time">'
    assert _mercury_published("2016-09-19T11:46:01.000Z", html) == ("2016-09-19T07:46:01-04:00", "")


def test_a_full_hour_the_page_does_not_state_is_the_local_day_it_is_midnight_of():
    label, note = _mercury_published("2019-02-12T15:00:00.000Z", "<p>2019.02.13</p>")
    assert label == "2019-02-13"
    assert "midnight" in note


def test_any_other_unstated_time_is_its_utc_day_without_a_zone():
    assert _mercury_published("2016-12-16T21:19:00.000Z", "")[0] == "2016-12-16"


def test_author_strings_split_into_names_and_null_is_no_author():
    assert _mercury_authors("Marc Santora, Al Baker and Adam Goldman") == [
        "Marc Santora",
        "Al Baker",
        "Adam Goldman",
    ]
    assert _mercury_authors(None) == []


def test_saved_meta_values_are_restored_to_content(tmp_path: Path):
    page = tmp_path / "p.html"
    page.write_bytes(b'<meta value="Ada Obi" name="author"><meta name="x" content="y" value="z">')
    source = Source("p", "o/r", "0" * 40, "p.html", restore="meta-content")
    assert read_page(source, page) == (
        b'<meta content="Ada Obi" name="author"><meta name="x" content="y" value="z">'
    )
    plain = Source("p", "o/r", "0" * 40, "p.html")
    assert read_page(plain, page) == page.read_bytes()


def test_a_page_without_a_labelled_body_scores_only_its_fields():
    truth = {"title": "Story", "authors": [], "published": None, "lang": "en", "articleBody": None}
    body, fields = score_page(truth, Extraction(body="text", title="Story", lang="de"))
    assert body is None
    assert fields == {"title": True, "authors": True, "lang": False}
