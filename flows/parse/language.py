"""The language a page is written in.

A page's own `lang`, JSON-LD or meta tags win unless its text plainly contradicts them; when
they are silent the text's language is identified, by py3langid (a naive Bayes model over byte
n-grams, 139 languages).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

SAMPLE_CHARS = 300
"""The opening of the text that is read: the model's time grows with it (about 0.7 ms for 1,000
characters), and 1,000 characters named the labelled language on no more of the dev sets'
1,817 pages than 300 do."""
MIN_LETTERS = 20
"""Fewer letters than this ("OK", a price list) say nothing about a language."""
MIN_CONFIDENCE = 0.5
"""Below this probability the language is left unknown rather than guessed: at 0.5 to 0.9,
35 of the 40 labelled pages' texts were identified right, and the 5 others were mostly
boilerplate that stood in for the body."""
MACROLANGUAGE = {"wuu": "zh", "yue": "zh"}
"""Chinese varieties the model tells apart by a few characters (traditional script reads as
Cantonese) are named by their macrolanguage, as pages declare them."""
CONTRADICTING_LETTERS = 200
"""A text that overrules a declared language fills most of the sample: a title and a caption
in another language than a page's text are no reason to doubt what it declares."""
CONTRADICTING_CONFIDENCE = 0.99
"""How sure the model must be to overrule a declared language: on the dev sets a text it read
as another language at 0.99 or more was in it, but for one page in a language the model mixes
up with its neighbours."""
SAME_LANGUAGE = {"nb": "no", "nn": "no"} | MACROLANGUAGE
"""Tags that name one language as the model reads it: Norwegian Bokmål and Nynorsk, which it
calls `no`, and the Chinese varieties."""


@cache
def _identifier() -> LanguageIdentifier:
    """Loaded on first use (about 0.4 s): most pages declare their language."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is written in, or None when it is too
    short or the model is not confident."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    language, probability = _identifier().classify(sample)
    if probability < MIN_CONFIDENCE:
        return None
    return MACROLANGUAGE.get(language, str(language))


def checked_language(declared: str, text: str) -> str:
    """The declared language, unless the text is long enough to tell and the model is all but
    certain it is another: many site templates declare `en` on every page, whatever it holds.
    A text declared English whose sample holds English's commonest words is not questioned."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < CONTRADICTING_LETTERS:
        return declared
    if _primary(declared) == "en" and len(_ENGLISH_WORDS.findall(sample)) >= ENGLISH_WORDS:
        return declared  # reads as English: the model's ~0.3 ms spared on most pages
    language, probability = _identifier().classify(sample)
    if probability < CONTRADICTING_CONFIDENCE or _primary(language) == _primary(declared):
        return declared
    return MACROLANGUAGE.get(language, str(language))


ENGLISH_WORDS = 5
"""English's commonest words in a sample that make it English: ~50 words of English hold a
dozen, a text in another language that borrows a phrase one or two."""
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|is|that|for|with|was|are)\b", re.IGNORECASE)


def _primary(tag: str) -> str:
    """A tag's language without its region or script ("de-DE", "de_AT" → "de")."""
    primary = tag.replace("_", "-").split("-")[0].casefold()
    return SAME_LANGUAGE.get(primary, primary)
