"""A stated value read as the field it fills: text cleaned of the entities and tags CMSs leave
in, keywords as a list, a language tag that is one. Also the keys titles and names compare by."""

from __future__ import annotations

import codecs
import html
import re
from typing import Any

from flows.parse.nodes import spaced

SPACES = re.compile(r"\s+")
_WORDS = re.compile(r"\w+")


def squashed_key(text: str) -> str:
    """Letters and digits only, case folded: "Ada Obi", "ada-obi" and "adaobi" compare equal."""
    return "".join(_WORDS.findall(text.casefold())).replace("_", "")


def folded_words(text: str) -> str:
    """Words only, case folded: titles compare whatever their punctuation."""
    return " ".join(_WORDS.findall(text.casefold()))


def _first_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return value if isinstance(value, str) else None


def keyword_list(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return []
    tags: list[str] = []
    for item in value:
        if isinstance(item, str):
            tag = item.strip()
            if tag and tag not in tags:
                tags.append(tag)
    return tags


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.IGNORECASE)


def clean(value: Any) -> str | None:
    """Whitespace squashed, and entities left after the parser's own decoding resolved: many
    CMSs escape a title twice (`&#8216;` in a meta tag's content, `&amp;` in JSON-LD)."""
    if not isinstance(value, str):
        return None
    if _ENTITY.search(value):
        value = html.unescape(value)
    value = spaced(value)
    return value or None


def text_field(value: Any) -> str | None:
    return clean(_first_text(value))


_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*", re.IGNORECASE)


def language_tag(value: Any) -> str | None:
    """A declared language that reads as a language tag ("en", "pt-BR"), not a charset or
    a sentence some templates put there ("utf-8", "Language")."""
    text = text_field(value)
    return text if text and _LANGUAGE_TAG.fullmatch(text) and not _is_charset(text) else None


def _is_charset(name: str) -> bool:
    """A name Python knows as a text encoding ("utf-8", "iso-8859-1", "gb2312"); two letters
    are always a language ("hz" is Herero, and an old Chinese encoding)."""
    if len(name) <= 2:
        return False
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True
