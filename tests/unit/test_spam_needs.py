"""A rule's needs (spam_rules.toml) are sound: its pattern never matches a text without them.

Scoring skips a pattern rule on a text holding none of its needs, so an unsound need would
silently drop a reason. Texts that match are drawn from each pattern by hypothesis, and
built from the patterns' own fragments, with and without spaces between them.
"""

import dataclasses
import os
import random
import re
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.spam import scoring
from flows.spam.scoring import FOLD_HAZARDS, RuleSet, default_rules, load_rules, normalise
from tests.support.spam_texts import HAM, SPAM

GATED = [rule for rule in default_rules().rules if rule.needs_words or rule.needs_strings]
KNOWN = [*SPAM, *HAM]
EXAMPLES = int(os.environ.get("NEWSFLOW_SPAM_NEEDS_EXAMPLES", "200"))
"""Texts drawn per pattern: 200 catch most wrong needs; after editing a rule, run this file
with NEWSFLOW_SPAM_NEEDS_EXAMPLES=5000 (minutes of CPU) to reach its rarer branches too."""
NEEDS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


def _has_needs(rule: scoring.Rule, text: str) -> bool:
    words = set(re.findall(r"\w+", text))
    return not rule.needs_words.isdisjoint(words) or any(s in text for s in rule.needs_strings)


def judged_a_comment(raw: str) -> str | None:
    """`raw` as the rules read it, or None when needs may not judge it (a fold hazard)."""
    text = normalise(raw)
    return None if any(char in text for char in FOLD_HAZARDS) else text


def _fragment_texts(count: int) -> list[str]:
    """Random texts of the patterns' literal fragments, so that they often nearly match."""
    pieces = set()
    for rule in GATED:
        pattern = rule.check.regex.pattern.replace("\\s", " ")  # type: ignore[attr-defined]
        pieces.update(re.findall(r"[a-z0-9'&%./@-]{1,12}", pattern))
    words = [*sorted(pieces), "the", "my", "0803", "1,000", "150p", "www", "http://x.com", "ı"]
    glue = [" ", " ", " ", "", "", ".", ", ", "!", "/", "?", "\n", "'", "-", "  "]
    rng = random.Random(20261203)
    texts = []
    for _ in range(count):
        text = "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 14)))
        texts.append(text.upper() if rng.random() < 0.1 else text)
    return texts


@pytest.mark.parametrize("rule", GATED, ids=lambda rule: rule.name)
@NEEDS
@given(data=st.data())
def test_a_pattern_matches_only_texts_holding_one_of_its_needs(rule, data):
    regex = rule.check.regex
    text = judged_a_comment(data.draw(st.from_regex(regex)))
    if text is not None and regex.search(text):
        assert _has_needs(rule, text), text


@pytest.mark.parametrize("rule", GATED, ids=lambda rule: rule.name)
def test_needs_hold_on_fragment_and_known_texts(rule):
    texts = [*_fragment_texts(3000), *KNOWN]
    texts += [re.sub(r"\s+", "", text) for text in texts]
    matched = 0
    for raw in texts:
        text = judged_a_comment(raw)
        if text is not None and rule.check.regex.search(text):
            matched += 1
            assert _has_needs(rule, text), text
    assert matched > 0


def test_gated_scoring_gives_the_verdicts_of_every_rule_on_every_text():
    rules = default_rules()
    ungated = RuleSet(
        threshold=rules.threshold,
        rules=tuple(
            dataclasses.replace(r, needs_words=frozenset(), needs_strings=()) for r in rules.rules
        ),
    )
    texts = [*_fragment_texts(2000), *KNOWN]
    texts += [text.replace("i", "\u0131") for text in KNOWN]
    assert [rules.score(t) for t in texts] == [ungated.score(t) for t in texts]


@NEEDS
@given(st.from_regex(scoring._URL))
def test_a_link_is_looked_for_in_every_text_that_may_hold_one(raw):
    text = judged_a_comment(raw)
    if text is not None and scoring._URL.search(text):
        assert scoring._may_link(text, frozenset(re.findall(r"\w+", text))), text


def test_fold_hazards_are_every_letter_that_matches_ascii_only_case_insensitively():
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    found = set()
    for char in string.printable:
        found.update(
            m
            for m in re.findall(re.escape(char), everything, re.IGNORECASE)
            if m not in (char, char.lower(), char.upper())
        )
    assert found == set(FOLD_HAZARDS)


@pytest.mark.parametrize(
    "needs",
    ['needs_words = ["WhatsApp"]', 'needs_words = ["whats app"]', 'needs_strings = [""]'],
)
def test_needs_that_a_normalised_text_cannot_hold_are_an_error(tmp_path, needs):
    rules = tmp_path / "rules.toml"
    rules.write_text(
        f'threshold = 1.0\n[[rules]]\nname = "chat"\npattern = "whats"\n{needs}\nweight = 1.0\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="chat"):
        load_rules(rules)
