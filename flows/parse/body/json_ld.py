"""The JSON-LD `articleBody` fallback: pages rendered in the browser ship the whole text there
and only a teaser in the markup."""

from __future__ import annotations

import html

from flows.parse.body.boilerplate import clean

LD_LONGER, LD_MIN_WORDS = 1.5, 50  # JSON-LD articleBody wins when this much longer


def prefer_json_ld(paragraphs: list[str], json_ld_body: str | None) -> list[str]:
    """JSON-LD `articleBody` instead of the HTML's paragraphs when it is far longer: pages
    rendered in the browser ship the whole text there and only a teaser in the markup."""
    if not json_ld_body:
        return paragraphs
    html_words = sum(len(paragraph.split()) for paragraph in paragraphs)
    ld_words = len(json_ld_body.split())
    if ld_words < LD_LONGER * html_words + LD_MIN_WORDS:
        return paragraphs
    return _from_json_ld(json_ld_body)


def _from_json_ld(body: str) -> list[str]:
    """JSON-LD `articleBody` as paragraphs: entities and tags some sites leave in it removed."""
    text = html.unescape(body) if "&" in body else body
    lines = (clean(line) for line in text.replace("\r", "\n").split("\n"))
    return [line for line in lines if line]
