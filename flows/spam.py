"""Comment spam scoring that explains itself: weighted rules → score → verdict + reasons.

The rules are data (`spam_rules.toml`); this module only knows how to apply them.
Text is normalised first so that lookalike letters and invisible characters
cannot hide a word from the patterns. The campaign rule (the same text on many
pages or by many authors) needs every comment at once, so the SQL models apply it;
this module only reads its settings.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import phonenumbers

RULES_FILE = resources.files("flows").joinpath("spam_rules.toml")

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064"
# Cyrillic and Greek letters that look like Latin ones (Unicode confusables, the common subset).
LOOKALIKES = str.maketrans(
    "аеорсухіјѕԁɡһӏАВЕКМНОРСТХІЈЅαβεικνορτυχΑΒΕΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdghlABEKMHOPCTXIJSabeiknoptuxABEHIKMNOPTYX",
)
PHONE_REGIONS = ("NG", "GB", "US", "IN", "GH", "KE", "ZA")
"""Where a number written without a country code is tried, Nigeria first."""

_ZERO_WIDTH_RE = re.compile(f"[{ZERO_WIDTH}]")
_ZERO_WIDTH_IN_WORD = re.compile(f"(?<=\\w)[{ZERO_WIDTH}]+(?=\\w)")
_GROUPED_NUMBER = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
# Links that promote someone rather than cite something: profiles, fundraisers, shops,
# app stores, link shorteners, referral codes.
_PROMO_LINK = re.compile(
    r"(?:facebook\.com|fb\.com|fb\.me|twitter\.com|instagram\.com|tiktok\.com|twitch\.tv|"
    r"soundcloud\.com|gofundme\.com|indiegogo\.com|kickstarter\.com|patreon\.com|"
    r"paypal\.me|ebay\.[a-z.]+/itm|amazon\.[a-z.]+/(?:dp|gp)|play\.google\.com/store|"
    r"apps\.apple\.com|bit\.ly|goo\.gl|tinyurl\.com|adf\.ly|linkbucks\.com|ow\.ly|t\.co/|"
    r"wa\.me|t\.me/|teespring\.com|etsy\.com|redbubble\.com|spreadshirt\.|aliexpress\.|amzn\.to|"
    r"change\.org/p|avaaz\.org)"
    r"|/(?:account|profile|user|u|register|signup|sign-up|join)(?:/|\?|$)"
    r"|[?&/](?:ref|aff|affiliate|referral|refer|rb|invite)(?:[=/_-]|id=)",
    re.IGNORECASE,
)
_TLDS = (
    "com|net|org|info|biz|xyz|top|site|online|club|shop|store|live|link|click|ly|me|io|co|"
    "ng|ke|uk|tv|be|de|pl|ru|gl|gd|us|ws|to|cc"
)
_URL = re.compile(
    rf"\bhttps?://\S+|\bwww\.\S+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:{_TLDS})\b(?:/\S*)?"
    # A domain spaced out to dodge link filters: "mysite . com/page".
    r"|\b[a-z0-9-]{3,}(?:\s+\.\s*|\.\s+)(?:com|net|org)\b(?:/\S*)?"
    # A video link without its host: "watch?v=…".
    r"|\bwatch\?v=[\w-]+",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
# Digits that may be split by spaces, dashes, dots, underscores or brackets: "(+234_915_608_9111)".
_PHONE_RUN = re.compile(r"(?<![\w.,])\+?[(\[]?\d[\d\s\-_().\[\]/]{6,26}\d")
_AMOUNT = re.compile(
    r"[₦$£€#]\s?\d[\d,.]*|\b\d{1,3}(?:[,.]\d{3})+\b|"
    r"\b\d+(?:\.\d+)?\s?(?:k|m|mill|million|naira|usd|dollars?|pounds?)\b",
    re.IGNORECASE,
)
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]{4,}")
_REPEAT_CHAR = re.compile(r"(\w)\1{7,}")
_WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"[\W_]+")
_BITCOIN = re.compile(r"\b(?:[13][a-km-zA-HJ-NP-Z1-9]{25,34}|bc1[a-z0-9]{25,60})\b")


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


@dataclass(frozen=True, slots=True)
class Campaign:
    """The SQL-side rule: the same normalised text on `min_pages` stories or by `min_authors`."""

    name: str = "campaign"
    weight: float = 0.0
    description: str = ""
    min_pages: int = 3
    min_authors: int = 3
    min_chars: int = 30


def normalise(text: str) -> str:
    """NFKC, zero-width characters out, lookalike letters to Latin, lowercase.

    >>> normalise("Wh\u0430ts\u200bApp")
    'whatsapp'
    """
    text = unicodedata.normalize("NFKC", text)
    return _ZERO_WIDTH_RE.sub("", text).translate(LOOKALIKES).lower()


def campaign_text(text: str) -> str:
    """The text a campaign repeats: normalised, with punctuation and spacing evened out, so
    "Call Dr. Ade NOW!!" and "call dr ade now" count as the same post.

    >>> campaign_text("Call  Dr. Аde NOW!!")
    'call dr ade now'
    """
    return _NON_WORD.sub(" ", normalise(text)).strip()


def phone_numbers(text: str) -> list[str]:
    """Phone numbers in `text` as E.164, however their digits are split up.

    >>> phone_numbers("((09156089111) (+234_915_608_9111)")
    ['+2349156089111', '+2349156089111']
    """
    found = []
    for run in _PHONE_RUN.findall(_ZERO_WIDTH_RE.sub("", unicodedata.normalize("NFKC", text))):
        number = _phone_in_run(run)
        if number is not None:
            found.append(number)
        elif len(run.split()) > 1:
            found.extend(_phones_in_pieces(run.split()))
    return found


def _phones_in_pieces(pieces: list[str]) -> list[str]:
    """Several numbers in one run ("0845 281 0075 0906 174 3810"): from left to right, the
    longest stretch of pieces that is a valid number, then on after it."""
    found = []
    start = 0
    while start < len(pieces):
        for end in range(min(start + 5, len(pieces)), start, -1):
            number = _phone_in_run(" ".join(pieces[start:end]))
            if number is not None:
                found.append(number)
                start = end
                break
        else:
            start += 1
    return found


def _phone_in_run(run: str) -> str | None:
    digits = "".join(char for char in run if char.isdigit())
    if not 10 <= len(digits) <= 15 or _GROUPED_NUMBER.match(run.strip("()[] ")):
        return None
    international = run.lstrip("([").startswith("+") or digits.startswith("00")
    number = _phone("+" + digits.removeprefix("00") if international else digits, international)
    if number is None:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _phone(digits: str, international: bool) -> phonenumbers.PhoneNumber | None:
    for region in (None,) if international else PHONE_REGIONS:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
    return None


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


def _mostly_link(_: str, normalised: str) -> bool:
    """The comment is little more than a link: under four words besides its URLs."""
    return bool(_urls(normalised)) and len(_WORD.findall(_URL.sub(" ", normalised))) < 4


def _promo_link(_: str, normalised: str) -> bool:
    return any(_PROMO_LINK.search(url) for url in _urls(normalised))


@lru_cache(maxsize=256)
def _urls(normalised: str) -> tuple[str, ...]:
    """The links in a text; four rules ask, so each text is searched once."""
    return tuple(_URL.findall(normalised))


DETECTORS: dict[str, Callable[[str, str], bool]] = {
    "phone_number": lambda text, _: bool(phone_numbers(text)),
    "email_address": lambda _, normalised: bool(_EMAIL.search(normalised)),
    "link": lambda _, normalised: bool(_urls(normalised)),
    "many_links": lambda _, normalised: len(_urls(normalised)) >= 3,
    "mostly_link": _mostly_link,
    "price_list": lambda _, normalised: len(_AMOUNT.findall(normalised)) >= 5,
    "crypto_address": lambda text, _: bool(_BITCOIN.search(text)),
    "lookalike_letters": _lookalike_letters,
    "promo_link": _promo_link,
    "zero_width": lambda text, _: bool(_ZERO_WIDTH_IN_WORD.search(text)),
    "shouting": _shouting,
    "emoji_run": lambda text, _: bool(_EMOJI.search(text)),
    "repetition": _repetition,
}


@dataclass(frozen=True, slots=True)
class RuleSet:
    threshold: float
    rules: tuple[Rule, ...]
    campaign: Campaign = Campaign()
    source: str = field(default="", compare=False)
    """The rules file's text, empty for rules built in code: what a build hashes to tell
    whether the rules changed (the checks themselves are functions)."""

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
    source = path.read_text("utf-8") if path else RULES_FILE.read_text("utf-8")
    data = tomllib.loads(source)
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
    campaign = data.get("campaign")
    return RuleSet(
        threshold=float(data["threshold"]),
        rules=tuple(rules),
        campaign=Campaign(**campaign) if campaign else Campaign(),
        source=source,
    )


def _pattern_check(regex: re.Pattern[str]) -> Callable[[str, str], bool]:
    return lambda _, normalised: bool(regex.search(normalised))


@cache
def default_rules() -> RuleSet:
    return load_rules()
