"""The snippet score of the `snippets` set (bench.article_scores.snippet_count)."""

import pytest

from bench.article_scores import SnippetCount, snippet_count, snippet_score

pytestmark = pytest.mark.unit

BODY = "The first paragraph of the post.\n\nA list item, with a comma\nThe last line."


def test_with_snippet_found_is_a_true_positive_and_missed_a_false_negative():
    count = snippet_count(["first paragraph of the", "not in the text"], [], BODY)
    assert count == SnippetCount(tp=1, fn=1, fp=0)


def test_without_snippet_found_is_a_false_positive_and_left_out_counts_nothing():
    count = snippet_count([], ["The last line", "Subscribe to the newsletter"], BODY)
    assert count == SnippetCount(tp=0, fn=0, fp=1)


def test_snippets_match_across_case_spacing_line_breaks_and_punctuation():
    count = snippet_count(["the  POST. a list item,with a comma the last"], [], BODY)
    assert count.tp == 1


def test_snippet_matches_whole_words_only():
    assert snippet_count(["irst paragraph"], [], BODY).tp == 0


def test_set_score_weighs_each_snippet_the_same():
    score = snippet_score([SnippetCount(3, 1, 0), SnippetCount(0, 0, 1)])
    assert (score.pages, score.precision, score.recall) == (2, 0.75, 0.75)
    assert score.f1 == pytest.approx(0.75)
