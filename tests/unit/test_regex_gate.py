"""Regex gates: a pattern is skipped only for texts it cannot match."""

import random
import re
import string
import unicodedata

import pytest

from bench.eval_spam import cpu_us_per_text
from flows.spam import scoring
from flows.spam.regex_gate import (
    ANYTHING,
    FOLD_HAZARDS,
    Gates,
    alternatives,
    has_fold_hazard,
    needs_of,
)
from flows.spam.scoring import default_rules, normalise, read_text
from tests.unit.test_spam import HAM, SPAM
from tests.unit.test_spam_pinned import PINNED

PATTERN_RULES = [
    rule for rule in default_rules().rules if isinstance(rule.check, scoring.PatternCheck)
]
PATTERNS = [rule.check.regex for rule in PATTERN_RULES]
PATTERNS += [check.regex for rule in PATTERN_RULES for _, check in rule.parts]
PATTERNS += [scoring._URL, scoring._EMAIL, scoring._AMOUNT]


def _vocabulary() -> list[str]:
    """Words and fragments of the rules' own patterns, so random texts often nearly match."""
    pieces = set()
    for pattern in PATTERNS:
        pieces.update(re.findall(r"[a-z0-9'&%.:/@-]{1,12}", pattern.pattern.replace("\\s", " ")))
    return sorted(pieces) + ["the", "my", "channel", "check", "out", "0803", "1,000", "www", "ı"]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(20261127)
    words = _vocabulary()
    glue = [" ", " ", " ", "", ".", ", ", "!", "/", "?", "\n", "'", "-", "  "]
    texts = []
    for _ in range(count):
        parts = [rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 14))]
        text = "".join(parts)
        texts.append(text.upper() if rng.random() < 0.1 else text)
    return texts


@pytest.mark.parametrize("seed_texts", ["random", "known"])
def test_gates_open_every_pattern_that_matches(seed_texts):
    texts = (
        _random_texts(4000)
        if seed_texts == "random"
        else [*SPAM, *HAM, *(text for text, _, _ in PINNED)]
    )
    gates = Gates([needs_of(p.pattern, p.flags) for p in PATTERNS])
    checked = 0
    for text in texts:
        lowered = normalise(text)
        if has_fold_hazard(lowered):
            continue
        opened = gates.open(frozenset(re.findall(r"\w+", lowered)), lowered)
        for i, pattern in enumerate(PATTERNS):
            if pattern.search(lowered):
                checked += 1
                assert i in opened, (pattern.pattern[:60], text)
    assert checked > 100


def test_a_rule_pattern_matches_exactly_when_one_of_its_alternatives_does():
    assert sum(len(rule.parts) for rule in PATTERN_RULES) > 2 * len(PATTERN_RULES)
    for text in [*_random_texts(2000), *SPAM, *HAM, *(text for text, _, _ in PINNED)]:
        lowered = normalise(text)
        for rule in PATTERN_RULES:
            whole = rule.check.regex.search(lowered) is not None
            assert whole == any(check.regex.search(lowered) for _, check in rule.parts), text


@pytest.mark.parametrize(
    ("pattern", "pieces"),
    [
        (r"a|b(c|d)|[|]|\||e", ["a", "b(c|d)", "[|]", r"\|", "e"]),
        (r"[]|]|x", ["[]|]", "x"]),
        (r"(?P<n>a)|(?P=n)", [r"(?P<n>a)|(?P=n)"]),
        (r"(?i)a|b", [r"(?i)a|b"]),
        (r"(?x) a | b", [r"(?x) a | b"]),
    ],
)
def test_alternatives_split_only_where_pieces_mean_the_same_alone(pattern, pieces):
    assert alternatives(pattern) == pieces


def test_gates_close_patterns_whose_words_are_missing():
    gates = Gates([needs_of(r"\b(?:whats\s?app|telegram)\b"), needs_of(r"\bt&cs?\b")])
    assert gates.open(frozenset({"great", "piece"}), "great piece") == set()
    assert gates.open(frozenset({"on", "telegram"}), "on telegram") == {0}
    assert gates.open(frozenset({"whatsapp"}), "whatsapp") == {0}
    assert gates.open(frozenset({"t", "cs", "apply"}), "t&cs apply") == {1}


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?-i:putin)", re.IGNORECASE),
        (r"putin", 0),
        (r"(?a)\bputin\b", re.IGNORECASE),
        (r"\w+", re.IGNORECASE),
        (r"x?", re.IGNORECASE),
    ],
)
def test_needs_of_a_pattern_it_cannot_read_is_anything(pattern, flags):
    assert needs_of(pattern, flags) == ANYTHING


def test_needs_of_reads_whole_words_only_when_bounded():
    assert needs_of(r"\bwin\b") != needs_of(r"win")
    bounded = Gates([needs_of(r"\bwin\b")])
    loose = Gates([needs_of(r"win")])
    assert bounded.open(frozenset({"winner"}), "winner") == set()
    assert loose.open(frozenset({"winner"}), "winner") == {0}


def test_fold_hazards_are_every_letter_that_matches_ascii_only_case_insensitively():
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    found = set()
    for char in string.printable:
        found.update(
            m
            for m in re.findall(re.escape(char), everything, re.IGNORECASE)
            if m not in (char, char.lower(), char.upper())
        )
    assert found == FOLD_HAZARDS


def test_fast_shouting_and_repetition_agree_with_their_definitions():
    rng = random.Random(7)
    for n in range(3000):
        alphabet = "aAbBzZ 1!" if n % 2 else "aAbBzZ 1!éÉ"
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        letters = [c for c in text if c.isalpha()]
        shouting = len(letters) >= 30 and sum(c.isupper() for c in letters) > 0.7 * len(letters)
        assert scoring._shouting(read_text(text)) == shouting, text
        normalised = normalise(text)
        words = re.findall(r"\w+", normalised)
        repeated = bool(re.search(r"(\w)\1{7,}", normalised)) or (
            len(words) >= 12 and len(set(words)) < 0.3 * len(words)
        )
        assert scoring._repetition(read_text(text)) == repeated, text


def test_emoji_survive_nfkc_so_an_ascii_bare_text_has_none():
    ranges = [(0x1F300, 0x1FAFF), (0x2600, 0x27BF)]
    emoji = [chr(c) for low, high in ranges for c in range(low, high + 1)]
    assert all(scoring._EMOJI.fullmatch(e * 4) for e in emoji)
    assert [e for e in emoji if unicodedata.normalize("NFKC", e) != e] == []


def test_zero_width_inside_a_word_agrees_with_its_definition():
    inside = re.compile(f"(?<=\\w)[{scoring.ZERO_WIDTH}]+(?=\\w)")
    rng = random.Random(11)
    alphabet = ["a", "Z", "1", "_", " ", ".", "é", *scoring.ZERO_WIDTH]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert scoring._zero_width(read_text(text)) == bool(inside.search(text)), repr(text)


def test_crypto_address_check_agrees_with_its_pattern():
    rng = random.Random(13)
    alnum = "13bcABCxyz9"
    rare = [" ", ".", "\u0301", "\u200b", "\u24d0", "\u0430", "_"]
    fired = 0
    for _ in range(3000):
        chars = [rng.choice(rare) if rng.random() < 0.03 else rng.choice(alnum) for _ in range(40)]
        text = "".join(chars)
        expected = scoring._BITCOIN.search(text) is not None
        fired += expected
        assert scoring._crypto_address(read_text(text)) == expected, repr(text)
    assert fired > 100


def test_cpu_us_per_text_is_positive():
    assert cpu_us_per_text(default_rules(), ["Great piece.", "Call me on 0803 123 4567"]) > 0
