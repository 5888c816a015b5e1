"""Comment spam scoring that explains itself: weighted rules → score → verdict + reasons.

The rules are data (`spam_rules.toml`); this module only knows how to apply them.
Text is normalised first so that lookalike letters and invisible characters
cannot hide a word from the patterns.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

RULES_FILE = resources.files("flows").joinpath("spam_rules.toml")

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
# Cyrillic and Greek letters that look like Latin ones (Unicode confusables, the common subset).
LOOKALIKES = str.maketrans(
    "аеорсухіјѕԁɡһӏАВЕКМНОРСТХІЈЅαβεικνορτυχΑΒΕΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdghlABEKMHOPCTXIJSabeiknoptuxABEHIKMNOPTYX",
)
_ZERO_WIDTH_RE = re.compile(f"[{ZERO_WIDTH}]")
_URL = re.compile(
    r"\bhttps?://\S+|\bwww\.\S+|\b[a-z0-9-]{2,}\.(?:com|net|org|info|biz|xyz|top|site|online|ly|me|io|co|ng|ke|uk)\b(?:/\S*)?",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_PHONE_RUN = re.compile(r"\+?\(?\d[\d\s\-_().]{7,24}\d")
_AMOUNT = re.compile(
    r"[₦$£€#]\s?\d[\d,.]*|\b\d{1,3}(?:[,.]\d{3})+\b|\b\d+(?:\.\d+)?\s?(?:k|m|mill|million|naira|usd)\b",
    re.IGNORECASE,
)
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]{4,}")
_REPEAT_CHAR = re.compile(r"(.)\1{7,}")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    weight: float
    description: str
    check: Callable[[str, str], bool]
    """check(original_text, normalised_text) → fired?"""


@dataclass(frozen=True, slots=True)
class Verdict:
    spam: bool
    score: float
    reasons: list[str]


def normalise(text: str) -> str:
    """NFKC, zero-width characters out, lookalike letters to Latin, lowercase."""
    text = unicodedata.normalize("NFKC", text)
    return _ZERO_WIDTH_RE.sub("", text).translate(LOOKALIKES).lower()


def _phone_number(text: str, _: str) -> bool:
    for run in _PHONE_RUN.findall(text):
        digits = sum(char.isdigit() for char in run)
        if 10 <= digits <= 15 and "," not in run:
            return True
    return False


def _lookalike_letters(text: str, _: str) -> bool:
    for word in _WORD.findall(unicodedata.normalize("NFKC", text)):
        latin = any("a" <= c.lower() <= "z" for c in word)
        if latin and word.translate(LOOKALIKES) != word:
            return True
    return False


def _shouting(text: str, _: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 30 and sum(c.isupper() for c in letters) > 0.7 * len(letters)


def _repetition(_: str, normalised: str) -> bool:
    words = _WORD.findall(normalised)
    if _REPEAT_CHAR.search(normalised):
        return True
    return len(words) >= 12 and len(set(words)) < 0.3 * len(words)


DETECTORS: dict[str, Callable[[str, str], bool]] = {
    "phone_number": _phone_number,
    "email_address": lambda text, _: bool(_EMAIL.search(text)),
    "link": lambda text, _: bool(_URL.search(text)),
    "many_links": lambda text, _: len(_URL.findall(text)) >= 3,
    "price_list": lambda text, _: len(_AMOUNT.findall(text)) >= 5,
    "lookalike_letters": _lookalike_letters,
    "zero_width": lambda text, _: bool(_ZERO_WIDTH_RE.search(text)),
    "shouting": _shouting,
    "emoji_run": lambda text, _: bool(_EMOJI.search(text)),
    "repetition": _repetition,
}


@dataclass(frozen=True, slots=True)
class RuleSet:
    threshold: float
    rules: tuple[Rule, ...]

    def score(self, text: str) -> Verdict:
        """Score one comment.

        >>> default_rules().score("Call me on WhatsApp +234 803 123 4567").reasons
        ['contact_solicitation', 'phone_number']
        """
        normalised = normalise(text)
        fired = [rule for rule in self.rules if rule.check(text, normalised)]
        fired.sort(key=lambda rule: (-rule.weight, rule.name))
        score = round(sum(rule.weight for rule in fired), 3)
        return Verdict(spam=score >= self.threshold, score=score, reasons=[r.name for r in fired])


def load_rules(path: Path | None = None) -> RuleSet:
    """Read a rules file (default: the packaged `spam_rules.toml`); bad rules fail loudly."""
    data = tomllib.loads(path.read_text("utf-8") if path else RULES_FILE.read_text("utf-8"))
    rules = []
    for entry in data["rules"]:
        name = entry["name"]
        if "pattern" in entry:
            regex = re.compile(entry["pattern"], re.IGNORECASE)
            check = _pattern_check(regex)
        elif entry.get("detector") in DETECTORS:
            check = DETECTORS[entry["detector"]]
        else:
            raise ValueError(f"spam rule {name!r} needs a pattern or a known detector")
        rules.append(Rule(name, float(entry["weight"]), entry.get("description", ""), check))
    return RuleSet(threshold=float(data["threshold"]), rules=tuple(rules))


def _pattern_check(regex: re.Pattern[str]) -> Callable[[str, str], bool]:
    return lambda _, normalised: bool(regex.search(normalised))


@cache
def default_rules() -> RuleSet:
    return load_rules()
