"""Comment spam scoring that explains itself: weighted rules → score → verdict + reasons.

The rules are data (`spam_rules.toml`); this module only knows how to apply them.
Text is normalised first so that lookalike letters and invisible characters
cannot hide a word from the patterns. The campaign rule (the same text on many
pages or by many authors) needs every comment at once, so the SQL models apply it;
this module only reads its settings.
"""

from __future__ import annotations

import html
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import phonenumbers

RULES_FILE = resources.files("flows.spam").joinpath("spam_rules.toml")
WEIGHTS_NAME = "spam_weights.toml"
"""The fitted weights beside a rules file (`python -m bench.fit_spam` writes them): when the
file is there, its weights and threshold replace those the rules file gives."""

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064"
# Cyrillic and Greek letters that look like Latin ones (Unicode confusables, the common subset).
LOOKALIKES = str.maketrans(
    "аеорсухіјѕԁɡһӏАВЕКМНОРСТХІЈЅαβεικνορτυχΑΒΕΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdghlABEKMHOPCTXIJSabeiknoptuxABEHIKMNOPTYX",
)
FOLD_HAZARDS = "\u0130\u0131\u017f\u212a"
"""The letters a case-insensitive pattern matches to an ASCII letter: İ and ı to "i", ſ to
"s", the Kelvin sign to "k". A text holding one can match a pattern without holding its
needs (`Rule.needs_words`, `Rule.needs_strings`), so on such a text every rule is checked."""
PHONE_REGIONS = ("NG", "GB", "US", "IN", "GH", "KE", "ZA")
"""Where a number written without a country code is tried, Nigeria first."""

# Markup that comments arrive with: a link's address is kept, every other tag dropped.
_LINK_TAG = re.compile(
    r"""<a\s[^>]{0,400}?href\s*=\s*(?:["']\s*)?([^"'\s>]+)[^>]{0,400}>""", re.IGNORECASE
)
"""A link's tag and its address. The spaces after `=` are one run, with more only after a
quote: two runs side by side were split every way over a long one (`<a href=` and 8,000
spaces took 1.6 s, 100,000 minutes)."""
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,400}>|<!--.{0,2000}?-->", re.DOTALL)
# A sentence run into the next after a missing space ("great song.Me and my friends"), not a
# domain: a lowercase word, a dot, a capitalised word that is not a common top-level domain.
_RUN_ON = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z]+\b(?![./])(?<!\.Com)(?<!\.Net)(?<!\.Org))")
_ZERO_WIDTH_RE = re.compile(f"[{ZERO_WIDTH}]")
_ZERO_WIDTH_RUN = re.compile(f"[{ZERO_WIDTH}]+")
_GROUPED_NUMBER = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
# A date in a run of digits ("On 05/06/2010 05:20"): no phone number is written so.
_DATE = re.compile(
    r"(?<!\d)\d{1,2}/\d{1,2}/(?:19|20)?\d\d(?!\d)|(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)"
)
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
# What `_URL` cannot match without, read from its alternatives (see `_may_link`).
_LINK_WORDS = frozenset({"http", "https", "www", "watch", "com", "net", "org"})
_TLD_WORDS = frozenset(_TLDS.split("|"))
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
_DIGIT = re.compile(r"\d")
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_NON_ASCII_BYTES = bytes(range(0x80, 0x100))


@dataclass(frozen=True, slots=True)
class Text:
    """One comment in every form the rules read, each worked out once per comment."""

    original: str
    nfkc: str
    bare: str
    """NFKC without zero-width characters: what the phone numbers are read from."""
    normalised: str
    words: list[str]
    """The \\w+ runs of `normalised`."""
    word_set: frozenset[str]
    digits: int
    """How many \\d characters `normalised` has."""
    urls: tuple[str, ...]
    gated: bool
    """Whether a rule's needs may rule it out on this text: it holds none of FOLD_HAZARDS."""


def clean_markup(text: str) -> str:
    """The text a reader sees: HTML entities unescaped, tags dropped (a link tag leaves its
    address), and a sentence run into the next after a missing space split at its dot.

    >>> clean_markup("I&#39;m here<br />see <a href='http://x.io/a'>this</a>.Then more")
    "I'm here see  http://x.io/a this. Then more"
    """
    if "&" in text:
        text = html.unescape(text)
    if "<" in text and ">" in text:
        text = _TAG.sub(" ", _LINK_TAG.sub(r" \1 ", text))
    if "." in text:
        text = _RUN_ON.sub(". ", text)
    return text


def read_text(text: str) -> Text:
    """The forms of `text` the rules read.

    >>> read_text("Wh\u0430ts\u200bApp 0803").normalised
    'whatsapp 0803'
    """
    text = clean_markup(text)
    nfkc = unicodedata.normalize("NFKC", text)
    bare = nfkc if nfkc.isascii() else _ZERO_WIDTH_RE.sub("", nfkc)
    # Zero-width characters and lookalike letters are all non-ASCII.
    normalised = bare.lower() if bare.isascii() else bare.translate(LOOKALIKES).lower()
    words = _WORD.findall(normalised)
    word_set = frozenset(words)
    gated = normalised.isascii() or not any(map(normalised.__contains__, FOLD_HAZARDS))
    may_link = not gated or _may_link(normalised, word_set)
    return Text(
        original=text,
        nfkc=nfkc,
        bare=bare,
        normalised=normalised,
        words=words,
        word_set=word_set,
        digits=_digits(normalised),
        urls=tuple(_URL.findall(normalised)) if may_link else (),
        gated=gated,
    )


def _may_link(normalised: str, words: frozenset[str]) -> bool:
    """Whether `_URL` may find a link: each of its alternatives needs one of _LINK_WORDS as a
    whole word, or a top-level domain as a whole word just after a dot."""
    if not _LINK_WORDS.isdisjoint(words):
        return True
    return any(f".{tld}" in normalised for tld in _TLD_WORDS.intersection(words))


def _digits(text: str) -> int:
    """How many \\d characters `text` has (ASCII text: counted without a regex)."""
    if text.isascii():
        return sum(map(text.count, "0123456789"))
    return len(_DIGIT.findall(text))


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    weight: float
    description: str
    check: Callable[[Text], bool]
    """check(text) → fired?"""
    needs_words: frozenset[str] = frozenset()
    needs_strings: tuple[str, ...] = ()
    """What a pattern rule's pattern cannot match without (the rules file names them): one of
    `needs_words` as a whole word of the normalised text or one of `needs_strings` anywhere
    in it. A text with neither is not searched, unless it holds one of FOLD_HAZARDS. Both
    empty: every text is."""
    with_any: frozenset[str] = frozenset()
    """Rules of which at least one must fire too for this one to count (empty: none needed).
    `bare_call_to_action` is few words *with* a call to action: few words alone say nothing."""


@dataclass(frozen=True, slots=True)
class Verdict:
    spam: bool
    score: float
    reasons: list[str]
    contributions: tuple[float, ...] = ()
    """What each reason added to the score, in the order of `reasons`: the rule's weight."""

    def explain(self) -> list[tuple[str, float]]:
        """Each reason with its contribution, heaviest first."""
        return list(zip(self.reasons, self.contributions, strict=True))


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
    return list(_phones(_ZERO_WIDTH_RE.sub("", unicodedata.normalize("NFKC", text))))


def _phones(bare: str) -> Iterator[str]:
    """The numbers of `phone_numbers`, one at a time, from NFKC text without zero-width
    characters; lazy, so that a rule asking whether there is one stops at the first."""
    for run in _PHONE_RUN.findall(bare):
        number = _phone_in_run(run)
        if number is not None:
            yield number
        elif len(run.split()) > 1:
            yield from _phones_in_pieces(run.split())


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
    if ("/" in run or "-" in run) and _DATE.search(run):
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


def _phone_number(text: Text) -> bool:
    """A number has 10 to 15 digits: a text with fewer needs no phone-number parsing."""
    return text.digits >= 10 and next(_phones(text.bare), None) is not None


def _lookalike_letters(text: Text) -> bool:
    if text.bare.isascii() or text.bare.translate(LOOKALIKES) == text.bare:
        return False
    for word in _WORD.findall(text.nfkc):
        latin = any("a" <= c.lower() <= "z" for c in word)
        if latin and word.translate(LOOKALIKES) != word:
            return True
    return False


def _shouting(text: Text) -> bool:
    original = text.original
    if len(original) < 30:
        return False
    raw = original.encode("utf-8", "surrogatepass")
    upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
    if original.isascii():
        letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        return letters >= 30 and upper > 0.7 * letters
    # Capitals are at most the ASCII ones plus every non-ASCII character (UTF-8 writes
    # those with bytes >= 0x80 only); shouting needs more than 0.7 * 30 of them.
    if upper + len(original) - len(raw.translate(None, _NON_ASCII_BYTES)) <= 0.7 * 30:
        return False
    chars = list(filter(str.isalpha, original))
    return len(chars) >= 30 and sum(map(str.isupper, chars)) > 0.7 * len(chars)


def _repetition(text: Text) -> bool:
    words = text.words
    # A run of eight equal word characters lies inside one \w+ run of eight or more.
    if any(_REPEAT_CHAR.search(word) for word in words if len(word) >= 8):
        return True
    return len(words) >= 12 and len(text.word_set) < 0.3 * len(words)


def _mostly_link(text: Text) -> bool:
    """The comment is little more than a link: under four words besides its URLs."""
    return bool(text.urls) and len(_WORD.findall(_URL.sub(" ", text.normalised))) < 4


def _promo_link(text: Text) -> bool:
    return any(_PROMO_LINK.search(url) for url in text.urls)


def _email_address(text: Text) -> bool:
    return "@" in text.normalised and _EMAIL.search(text.normalised) is not None


def _price_list(text: Text) -> bool:
    """Every amount has a digit, so five amounts need five digits."""
    return text.digits >= 5 and len(_AMOUNT.findall(text.normalised)) >= 5


def _crypto_address(text: Text) -> bool:
    """An address is a whole \\w+ run of 26 or more ASCII letters and digits, which
    normalising leaves in one run at least as long."""
    longest = max(map(len, text.words), default=0)
    return longest >= 26 and _BITCOIN.search(text.original) is not None


def _zero_width(text: Text) -> bool:
    """Zero-width characters inside a word: a run of them with a word character on both
    sides (no zero-width character is one, so only each run's two ends need a look)."""
    original = text.original
    if original.isascii():
        return False
    for run in _ZERO_WIDTH_RUN.finditer(original):
        start, end = run.span()
        if start and _WORD.match(original, start - 1) and _WORD.match(original, end):
            return True
    return False


def _emoji_run(text: Text) -> bool:
    """Emoji are non-ASCII and NFKC leaves them be: they are still there in `bare`."""
    return not text.bare.isascii() and _EMOJI.search(text.original) is not None


def _few_words(text: Text) -> bool:
    """Fewer than ten words and no link: what a bare call to action looks like (a short text
    with a link is `mostly_link`'s)."""
    return not text.urls and 0 < len(text.words) < 10


def _link(text: Text) -> bool:
    return bool(text.urls)


def _many_links(text: Text) -> bool:
    return len(text.urls) >= 3


DETECTORS: dict[str, Callable[[Text], bool]] = {
    "phone_number": _phone_number,
    "email_address": _email_address,
    "link": _link,
    "many_links": _many_links,
    "mostly_link": _mostly_link,
    "price_list": _price_list,
    "crypto_address": _crypto_address,
    "lookalike_letters": _lookalike_letters,
    "promo_link": _promo_link,
    "zero_width": _zero_width,
    "shouting": _shouting,
    "emoji_run": _emoji_run,
    "repetition": _repetition,
    "few_words": _few_words,
}


@dataclass(frozen=True, slots=True)
class PatternCheck:
    """A pattern rule: its regex searched in the normalised text."""

    regex: re.Pattern[str]

    def __call__(self, text: Text) -> bool:
        return self.regex.search(text.normalised) is not None


@dataclass(frozen=True, slots=True)
class RuleSet:
    threshold: float
    rules: tuple[Rule, ...]
    campaign: Campaign = Campaign()
    source: str = field(default="", compare=False)
    """The rules file's text, empty for rules built in code: what a build hashes to tell
    whether the rules changed (the checks themselves are functions)."""
    by_weight: tuple[Rule, ...] = field(init=False, repr=False, compare=False)
    """The rules heaviest first, then by name: the order reasons are listed and added in."""

    conditional: bool = field(init=False, repr=False, compare=False)
    """Whether a rule counts only with others (`Rule.with_any`)."""

    def __post_init__(self) -> None:
        order = tuple(sorted(self.rules, key=lambda rule: (-rule.weight, rule.name)))
        object.__setattr__(self, "by_weight", order)
        object.__setattr__(self, "conditional", any(rule.with_any for rule in self.rules))
        names = {rule.name for rule in self.rules}
        for rule in self.rules:
            if not rule.with_any <= names:
                raise ValueError(f"spam rule {rule.name!r}: with_any names unknown rules")

    def score(self, text: str) -> Verdict:
        """Score one comment.

        >>> default_rules().score("Call me on WhatsApp +234 803 123 4567").reasons
        ['contact_solicitation', 'phone_number']
        """
        forms = read_text(text)
        words, normalised = forms.word_set, forms.normalised
        fired = []
        for rule in self.by_weight:
            # A rule that names needs is skipped on a text with none of them (see Rule).
            if (
                forms.gated
                and (rule.needs_words or rule.needs_strings)
                and rule.needs_words.isdisjoint(words)
                and not any(map(normalised.__contains__, rule.needs_strings))
            ):
                continue
            if rule.check(forms):
                fired.append(rule)
        if self.conditional:
            names = {rule.name for rule in fired}
            fired = [
                rule for rule in fired if not rule.with_any or not names.isdisjoint(rule.with_any)
            ]
        # A negative rule (cites_source) never takes a score below zero.
        score = max(0.0, round(sum(rule.weight for rule in fired), 3))
        return Verdict(
            spam=score >= self.threshold,
            score=score,
            reasons=[r.name for r in fired],
            contributions=tuple(r.weight for r in fired),
        )

    def fired(self, text: str) -> list[str]:
        """The names of the rules that fire on `text` (what `bench.fit_spam` fits weights to)."""
        return self.score(text).reasons


def weights_file(rules_file: Path | None = None) -> Path | None:
    """The fitted weights beside `rules_file` (default: the packaged rules), if there are any."""
    beside = Path(str(rules_file or RULES_FILE)).with_name(WEIGHTS_NAME)
    return beside if beside.is_file() else None


def load_rules(path: Path | None = None, *, fitted: bool = True) -> RuleSet:
    """Read a rules file (default: the packaged `spam_rules.toml`); bad rules fail loudly.

    With `fitted` (the default), the weights and threshold of the `spam_weights.toml` beside
    it replace the rules file's own; a rule the weights file does not name keeps its own
    weight, and a weights file naming a rule that does not exist is an error."""
    source = path.read_text("utf-8") if path else RULES_FILE.read_text("utf-8")
    data = tomllib.loads(source)
    fitted_file = weights_file(path) if fitted else None
    fitted_weights: dict[str, float] = {}
    if fitted_file is not None:
        weights_source = fitted_file.read_text("utf-8")
        weights_data = tomllib.loads(weights_source)
        fitted_weights = {name: float(w) for name, w in weights_data["weights"].items()}
        unknown = fitted_weights.keys() - {entry["name"] for entry in data["rules"]}
        if unknown:
            raise ValueError(f"{fitted_file} weighs rules the rules file lacks: {sorted(unknown)}")
        data["threshold"] = weights_data["threshold"]
        source += "\n# fitted weights\n" + weights_source
    rules = []
    for entry in data["rules"]:
        name = entry["name"]
        words = frozenset(entry.get("needs_words", ()))
        strings = tuple(entry.get("needs_strings", ()))
        if any(_WORD.fullmatch(normalise(word)) is None for word in words):
            raise ValueError(f"spam rule {name!r}: needs_words must be words")
        if any(not need or need != normalise(need) for need in words.union(strings)):
            raise ValueError(f"spam rule {name!r}: needs must be normalised (lowercase)")
        if "pattern" in entry:
            regex = re.compile(entry["pattern"], re.IGNORECASE)
            check: Callable[[Text], bool] = PatternCheck(regex)
        elif entry.get("detector") in DETECTORS and not (words or strings):
            check = DETECTORS[entry["detector"]]
        else:
            raise ValueError(f"spam rule {name!r} needs a pattern or a known detector (no needs)")
        weight = fitted_weights.get(name, float(entry["weight"]))
        with_any = frozenset(entry.get("with_any", ()))
        rule = Rule(name, weight, entry.get("description", ""), check, words, strings, with_any)
        rules.append(rule)
    campaign = data.get("campaign")
    return RuleSet(
        threshold=float(data["threshold"]),
        rules=tuple(rules),
        campaign=Campaign(**campaign) if campaign else Campaign(),
        source=source,
    )


@cache
def default_rules() -> RuleSet:
    return load_rules()
