"""The published-date yardsticks: the labelled days and the agreement with htmldate."""

import json
import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bench import devset
from bench.article_scores import split_of
from bench.eval_dates import LABELS, agreement, same_day

pytestmark = pytest.mark.unit


def test_labels_are_days_of_tune_half_pages_of_the_article_sets():
    labels = json.loads(LABELS.read_text("utf-8"))
    for name, days in labels.items():
        truth = devset.truth(name)
        assert isinstance(truth, dict)
        for page, day in days.items():
            assert split_of(truth[page]["site"]) == "tune", page
            assert day is None or re.fullmatch(r"\d{4}-\d\d-\d\d", day), page


def test_a_labelled_day_matches_the_day_shown_and_a_page_without_one_wants_none():
    sydney = timezone(timedelta(hours=11))
    assert same_day("2017-10-22", datetime(2017, 10, 22, 0, tzinfo=sydney))
    assert not same_day("2017-10-22", datetime(2017, 10, 21, 13, tzinfo=UTC))
    assert not same_day("2017-10-22", None)
    assert same_day(None, None)
    assert not same_day(None, datetime(2017, 10, 21, tzinfo=UTC))


def test_agreement_with_htmldate_names_who_is_silent_or_another_day():
    day = datetime(2012, 1, 4, 12, tzinfo=UTC)
    assert agreement(day, "2012-01-04") == "same"
    assert agreement(None, None) == "same"
    assert agreement(None, "2012-01-04") == "newsflow none"
    assert agreement(day, None) == "other none"
    assert agreement(day, "2013-04-10") == "different"
