"""Fitted spam weights: how they are read beside the rules, and how they are fitted."""

import numpy as np
import pytest

from bench.fit_spam import MARGIN, fit
from flows.spam.scoring import clean_markup, load_rules, read_text

RULES = """threshold = 5.0
[[rules]]
name = "buy"
pattern = "buy"
needs_words = ["buy"]
weight = 3.0
[[rules]]
name = "now"
pattern = "now"
needs_words = ["now"]
weight = 3.0
[[rules]]
name = "source"
pattern = "source"
needs_words = ["source"]
weight = -1.0
[[rules]]
name = "short"
detector = "few_words"
with_any = ["buy"]
weight = 1.0
"""


def test_weights_beside_the_rules_replace_the_written_ones(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    (tmp_path / "spam_weights.toml").write_text(
        "threshold = 4.0\n[weights]\nbuy = 2.5\nnow = 1.5\n", encoding="utf-8"
    )
    fitted = load_rules(rules)
    assert fitted.threshold == 4.0
    assert {r.name: r.weight for r in fitted.rules} == {
        "buy": 2.5,
        "now": 1.5,
        "source": -1.0,
        "short": 1.0,
    }
    assert load_rules(rules, fitted=False).threshold == 5.0
    verdict = fitted.score("buy it now")
    assert verdict.explain() == [("buy", 2.5), ("now", 1.5), ("short", 1.0)]
    assert verdict.score == 5.0 and verdict.spam


def test_weights_for_a_rule_that_is_gone_are_an_error(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    (tmp_path / "spam_weights.toml").write_text(
        "threshold = 5.0\n[weights]\nsell = 2.5\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match="sell"):
        load_rules(rules)


def test_a_rule_with_any_counts_only_beside_one_of_them(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    written = load_rules(rules, fitted=False)
    assert written.score("see you now").reasons == ["now"]
    assert written.score("buy").reasons == ["buy", "short"]


def test_a_negative_rule_never_takes_the_score_below_zero(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    assert load_rules(rules, fitted=False).score("the source is a long text").score == 0.0


def test_the_fit_keeps_signs_and_weak_rules_under_the_threshold(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    written = load_rules(rules, fitted=False)
    rng = np.random.default_rng(0)
    x = (rng.random((400, 4)) < 0.3).astype(float)
    # "buy" alone is always spam here, "now" never matters, "source" goes with spam.
    y = (x[:, 0] == 1) | (x[:, 2] == 1)
    fitted = fit(written, [(x, y), (x[:200], y[:200])])
    assert fitted.threshold == written.threshold
    assert fitted.weights["buy"] == pytest.approx(5.0 - MARGIN)
    assert fitted.weights["source"] == 0.0
    assert fitted.weights["now"] >= 0.0


def test_markup_and_run_on_sentences_are_cleaned_before_scoring():
    assert clean_markup("I&#39;m in<br/>") == "I'm in "
    assert "x.io/a" in clean_markup('<a href=" http://x.io/a">here</a>')
    assert read_text("great song.Me and my friends").urls == ()
    assert read_text("visit YouTube.Com now").urls == ("youtube.com",)
