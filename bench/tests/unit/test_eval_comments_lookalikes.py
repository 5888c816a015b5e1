"""bench/eval_comments.py's yardstick of look-alikes: the article sets' tune pages where
comments are found, against a person's verdicts; their test halves as a count only."""

import json

import pytest

from bench import devset, eval_comments
from bench.article_scores import split_of

pytestmark = pytest.mark.unit

VERDICTS = {
    "news": {
        "widget": {"verdict": "none", "note": "a latest comments widget"},
        "thread": {"verdict": "comments", "note": "the page's comments"},
        "quiet": {"verdict": "comments", "note": "the page's comment"},
    }
}


def test_the_verdicts_are_tune_half_pages_of_the_article_sets_judged_comments_or_none():
    verdicts = json.loads(eval_comments.LOOKALIKES.read_text("utf-8"))
    assert set(verdicts) <= set(eval_comments.ARTICLE_SETS)
    for name, pages in verdicts.items():
        truth = devset.truth(name)
        assert isinstance(truth, dict)
        for page, judged in pages.items():
            assert split_of(truth[page]["site"]) == "tune", page
            assert judged["verdict"] in ("comments", "none") and judged["note"], page


def test_a_page_judged_none_where_comments_are_found_is_named_with_what_was_found():
    tune = {("news", "widget"): ["Latest comments on other stories"], ("news", "thread"): ["Hi"]}
    lines = eval_comments.lookalike_lines(tune, {}, VERDICTS)
    assert "judged none 1" in lines[0]
    assert "    false page widget (1 found: 'Latest comments on other stories')" in lines


def test_a_page_judged_comments_where_none_are_found_is_counted_and_named_as_lost():
    lines = eval_comments.lookalike_lines({("news", "thread"): ["Hi", "Hello"]}, {}, VERDICTS)
    assert "judged comments kept 1/2" in lines[0]
    assert "    judged comments, none found quiet" in lines


def test_a_page_found_but_never_judged_is_listed_to_judge():
    lines = eval_comments.lookalike_lines({("news", "new"): ["Nice post"]}, {}, VERDICTS)
    assert "not judged 1" in lines[0]
    assert "    not judged new (1 found: 'Nice post')" in lines


def test_the_test_halves_give_a_count_of_pages_and_name_none():
    test = {("news", "hidden-a"): ["x"], ("news", "hidden-b"): ["y"]}
    lines = eval_comments.lookalike_lines({}, test, VERDICTS)
    assert lines[-1].startswith("  test  comments found on 2 pages")
    assert "hidden" not in "\n".join(lines)


def test_the_yardstick_is_skipped_with_a_message_when_the_pages_are_absent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(devset, "present", lambda name: [])
    lines = eval_comments.lookalike_report()
    assert len(lines) == 1 and "skipped" in lines[0]
