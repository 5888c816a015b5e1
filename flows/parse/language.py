"""The language a page is written in, for pages that do not declare one.

A page's own `lang`, JSON-LD or meta tags win; only when they are silent is the text's
language identified, by py3langid (a naive Bayes model over byte n-grams, 139 languages).
"""

from __future__ import annotations

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
