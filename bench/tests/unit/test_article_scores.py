"""The scoring rules of the article dev sets (bench.article_scores)."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from bench.article_scores import (
    Overlap,
    authors_match,
    body_score,
    language_matches,
    overlap,
    published_matches,
    split_of,
    title_matches,
)

pytestmark = pytest.mark.unit

TEXT = "one two three four five six seven eight"


def test_identical_bodies_score_one():
    score = body_score([overlap(TEXT, TEXT)])
    assert (score.f1, score.precision, score.recall) == (1.0, 1.0, 1.0)


def test_extra_text_costs_precision_not_recall():
    found = overlap(TEXT, TEXT + " subscribe to our newsletter today")
    assert found.recall == 1.0
    assert found.precision == pytest.approx(5 / 10)


def test_an_empty_prediction_counts_for_recall_only():
    score = body_score([overlap(TEXT, ""), overlap(TEXT, TEXT)])
    assert score.precision == 1.0  # the empty page has no precision to average
    assert score.recall == 0.5


def test_a_short_text_is_one_shingle():
    assert overlap("just three words", "just three words") == Overlap(1.0, 0.0, 0.0)


def test_title_matches_with_a_site_suffix_and_other_quotes():
    assert title_matches("Trump’s “plan” fails", 'Trump\'s "plan" fails | The Daily Paper')


def test_title_matches_across_a_soft_hyphen():
    assert title_matches("Helikopter\u00adlandeplatz geplant", "Helikopterlandeplatz geplant")


def test_title_does_not_match_a_different_headline():
    assert not title_matches("Storm hits the coast", "Markets rally on rate cut")
    assert not title_matches("Storm hits the coast", None)


def test_title_cut_to_half_does_not_match():
    assert not title_matches("Storm hits the coast as thousands flee their homes", "Storm hits")


def test_authors_match_as_a_set_without_by():
    assert authors_match(["Jane Doe", "John Roe"], ["by John Roe", "jane doe"])
    assert not authors_match(["Jane Doe", "John Roe"], ["Jane Doe"])
    assert authors_match([], [])


def test_published_compares_days_in_the_zone_the_page_states():
    truth = "2024-05-03T00:30:00+02:00"
    assert published_matches(truth, datetime(2024, 5, 2, 22, 30, tzinfo=UTC))
    assert not published_matches(truth, datetime(2024, 5, 3, 23, 0, tzinfo=UTC))


def test_a_date_without_zone_matches_the_day_the_prediction_shows_in_its_own_offset():
    eastern = timezone(timedelta(hours=-5))
    assert published_matches("2024-05-03", datetime(2024, 5, 3, 21, 30, tzinfo=eastern))
    assert not published_matches("2024-05-03", datetime(2024, 5, 4, 2, 30, tzinfo=UTC))
    assert published_matches("2024-05-03", date(2024, 5, 3))
    assert not published_matches("2024-05-03", datetime(2024, 5, 5, 12, 0, tzinfo=UTC))
    assert not published_matches("2024-05-03", None)


def test_published_converts_an_aware_prediction_in_another_zone():
    eastern = timezone(timedelta(hours=-5))
    truth = "2024-05-03T09:00:00+00:00"
    assert published_matches(truth, datetime(2024, 5, 3, 4, 0, tzinfo=eastern))


def test_language_matches_the_primary_subtag():
    assert language_matches("en", "en-GB")
    assert language_matches("no", "nb")
    assert not language_matches("de", "en")
    assert not language_matches("de", None)


def test_split_is_fixed_per_site():
    halves = {split_of(f"site{i}.example") for i in range(20)}
    assert halves == {"tune", "test"}
    assert split_of("spiegel.de") == split_of("spiegel.de")
