"""Which news agency a story credits, from its byline, dateline or credit line."""

from __future__ import annotations

import re

# Canonical name → the ways pages spell it. Word-bounded, so "APPLE" is not AP.
AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Bloomberg": ("Bloomberg",),
    "dpa": ("dpa", "Deutsche Presse-Agentur"),
    "EFE": ("EFE",),
    "ANSA": ("ANSA",),
    "Xinhua": ("Xinhua",),
    "PA Media": ("PA Media", "Press Association"),
    "NAN": ("NAN", "News Agency of Nigeria"),
    "TASS": ("TASS",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap",),
    "AAP": ("AAP", "Australian Associated Press"),
    "ANI": ("ANI",),
    "PTI": ("PTI", "Press Trust of India"),
    "KNA": ("KNA", "Kenya News Agency"),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
}
_SPELLING = {
    spelling.lower(): name for name, spellings in AGENCIES.items() for spelling in spellings
}
_NAMES = "|".join(
    re.escape(s) for s in sorted((s for v in AGENCIES.values() for s in v), key=len, reverse=True)
)
# "Reuters", "(AFP)", "— Reuters", "Source: AFP", "Additional reporting by Reuters", "Reuters/AP".
_CREDIT_LINE = re.compile(
    r"^[\s(\[—–-]*(?:(?:source|credit|via|additional reporting by|reporting by|with|by|©)\s*:?\s*)?"
    rf"(?P<name>{_NAMES})(?:\s*(?:/|and|,)\s*(?:{_NAMES}))*[\s)\].]*$",
    re.IGNORECASE,
)
_CREDITED_WITHIN = 200
"""How far after "reporting by" the agency is looked for, in its sentence: the names and
places of a few reporters. Each phrase looked to its sentence's end, so a long sentence of
them ("reporting by reporting by …") was quadratic: 8,000 characters took 1.4 s and 100,000
some 4 minutes in one C call."""
# "LAGOS (Reuters) -", "WASHINGTON (AP) —", "Paris (AFP) –"
_DATELINE = re.compile(rf"^[^\n(]{{0,60}}\((?P<name>{_NAMES})\)\s*[-—–:]", re.IGNORECASE)
_ADDITIONAL = re.compile(
    rf"\b(?:additional reporting by|reporting by|compiled by|contributed by)\s+"
    rf"[^.\n]{{0,{_CREDITED_WITHIN}}}?\b(?P<name>{_NAMES})\b",
    re.IGNORECASE,
)
# Photo agencies and libraries a picture's credit names ("Ada Obi/Getty Images", "Photo:
# Shutterstock"): a credit, never an author or a line of the story. Spaces match any run of
# whitespace or a hyphen, and "Getty Images" also matches "GettyImages".
PICTURE_AGENCIES = (
    *("Getty Images", "Corbis", "Shutterstock", "iStockphoto", "iStock", "Alamy"),
    *("Unsplash", "Pexels", "Dreamstime", "Imago Images", "Imago", "picture alliance"),
)
# Credits that are a picture agency only when they stand alone in a credit ("Reuters/EPA",
# "AFP/Getty"): inside a sentence they are a museum or a government agency.
PICTURE_CREDITS_ALONE = ("Getty", "EPA", "EPA-EFE")
PICTURE_AGENCY = re.compile(
    r"\b(?:"
    + "|".join(re.escape(name).replace(r"\ ", r"[\s-]*") for name in PICTURE_AGENCIES)
    + r")\b",
    re.IGNORECASE,
)


def credited_agency(paragraphs: list[str]) -> str | None:
    """The agency a story credits, from a dateline in its first paragraphs or its last lines.

    >>> credited_agency(["MOSCOW (Reuters) - Putin said...", "More text."])
    'Reuters'
    >>> credited_agency(["Text.", "Reuters"])
    'Reuters'
    """
    if not paragraphs:
        return None
    for first in paragraphs[:3]:
        match = _DATELINE.match(first)
        if match:
            return _canonical(match.group("name"))
    for line in reversed(paragraphs[-4:]):
        line = line.strip()
        if len(line) <= 80:
            match = _CREDIT_LINE.match(line)
            if match:
                return _canonical(match.group("name"))
        if " by" not in line.lower():  # each of `_ADDITIONAL`'s phrases ends so: no search
            continue
        match = _ADDITIONAL.search(line)
        if match:
            return _canonical(match.group("name"))
    return None


def agency_named(text: str | None) -> str | None:
    """The agency when a byline or author field is exactly an agency ("By AFP", "Reuters")."""
    if not text or len(text) > 80:
        return None
    match = _CREDIT_LINE.match(text.strip())
    return _canonical(match.group("name")) if match else None


def _canonical(spelling: str) -> str:
    return _SPELLING[spelling.lower()]
