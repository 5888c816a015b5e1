"""The JSON fallbacks: pages rendered in the browser ship the whole text in JSON-LD
`articleBody`, or in the state their script starts from, and only a teaser in the markup."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from flows.parse.body.boilerplate import clean
from flows.parse.body.headlines import folded
from flows.parse.nodes import Scan

LD_LONGER, LD_MIN_WORDS = 1.5, 50  # JSON-LD articleBody wins when this much longer
STATE_TEASER = 30  # words of the markup's text under which the page's state is read
STATE_MIN = 1000  # characters of a script that may hold an article's text
STATE_PROSE = 8  # words of one text in the state that make it a paragraph, not a label
TITLE_MAX = 300  # characters of a text in the state that may be the headline
JSON_TYPE = "application/json"
Path = tuple[str, ...]
LIST = "[]"  # a list's items in a path: each item's texts count for one list
_WORD = re.compile(r"\w+")


def prefer_json_ld(paragraphs: list[str], json_ld_body: str | None) -> list[str]:
    """JSON-LD `articleBody` instead of the HTML's paragraphs when it is far longer: pages
    rendered in the browser ship the whole text there and only a teaser in the markup."""
    if not json_ld_body:
        return paragraphs
    json_ld_body = _said_once(json_ld_body)
    if not _far_longer(len(json_ld_body.split()), paragraphs):
        return paragraphs
    return _from_json_ld(json_ld_body)


REPEAT_PROBE = 100  # characters of the text's start that, said again, may open a second copy


def _said_once(body: str) -> str:
    """`articleBody` said twice over (a CMS that writes the text for two layouts into one
    field) as one copy: the second would make a teaser-sized markup look far shorter, and the
    body read twice."""
    text = body.strip()
    if len(text) < 2 * REPEAT_PROBE:
        return body
    probe = text[:REPEAT_PROBE]
    again = text.find(probe, REPEAT_PROBE)
    while again > 0:  # the copy starts where the rest says the start over, whole
        if text[again:].strip() == text[:again].strip():
            return text[:again].strip()
        again = text.find(probe, again + 1)
    return body


def _far_longer(words: int, paragraphs: list[str]) -> bool:
    html_words = sum(len(paragraph.split()) for paragraph in paragraphs)
    return words >= LD_LONGER * html_words + LD_MIN_WORDS


def _from_json_ld(body: str) -> list[str]:
    """JSON-LD `articleBody` as paragraphs: entities and tags some sites leave in it removed."""
    text = html.unescape(body) if "&" in body else body
    lines = (clean(line) for line in text.replace("\r", "\n").split("\n"))
    return [line for line in lines if line]


CARD_SHOWN = 0.5  # share of a recipe card's lines the body holds from which it shows the card


def with_recipe_card(paragraphs: list[str], card: list[str]) -> list[str]:
    """The paragraphs, then the lines of the recipe card the page's JSON-LD states that they
    do not hold, when they hold under `CARD_SHOWN` of them: a page built in the browser, or
    one that opens its card in a dialog, states the ingredients and steps there and shows
    the story around them only. A line is held when the body says its words in a row (case
    and punctuation aside); a body holding most of the card shows it, and gets nothing."""
    lines = [line for line in (clean(html.unescape(line)) for line in card) if line]
    if not lines:
        return paragraphs
    said = f" {_words(' '.join(paragraphs))} "
    missing = [line for line in lines if f" {_words(line)} " not in said]
    if len(missing) <= (1 - CARD_SHOWN) * len(lines):
        return paragraphs
    return [*paragraphs, *missing]


def _words(text: str) -> str:
    """The text's words in lower case, one space apart: lines compared whatever their
    punctuation and spacing."""
    return " ".join(_WORD.findall(text.lower()))


def prefer_page_state(paragraphs: list[str], scanned: Scan, title: str | None) -> list[str]:
    """The article's paragraphs from the state a page's script starts from (a `<script
    type="application/json">`), when the markup holds next to nothing (`STATE_TEASER` words:
    a recipe's or a list's page has short lines of its own) and the state far more (as
    JSON-LD must): a page its script renders in the browser. The paragraphs are the texts of
    one list of the object that holds the headline, or of an object inside it
    (`article.title` beside `article.sections[].content`); a list elsewhere in the state is
    other stories' teasers, a menu, the comments, and so is a list inside a list's items
    (`related[].steps[]`: another story's paragraphs)."""
    if not title or not _next_to_nothing(paragraphs):
        return paragraphs
    headline = folded(title)
    best: list[str] = []
    for script in scanned.of("script"):
        if (script.attributes.get("type") or "").lower() != JSON_TYPE:
            continue
        text = script.text()
        if len(text) < STATE_MIN:
            continue
        try:  # a hostile page may nest its JSON deeper than a parser or a walk goes
            found = _article_texts(list(_texts(json.loads(text), ())), headline)
        except (ValueError, RecursionError):
            continue
        if sum(map(len, found)) > sum(map(len, best)):
            best = found
    words = sum(len(paragraph.split()) for paragraph in best)
    return best if best and _far_longer(words, paragraphs) else paragraphs


def _next_to_nothing(paragraphs: list[str]) -> bool:
    """Fewer than `STATE_TEASER` words, counted only as far as that (a story has more in its
    first paragraph or two)."""
    words = 0
    for paragraph in paragraphs:
        words += len(paragraph.split())
        if words >= STATE_TEASER:
            return False
    return True


def _texts(value: Any, path: Path) -> Iterator[tuple[Path, str]]:
    """Every string in the state with the keys that lead to it (`LIST` for a list's item)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, (*path, str(key)))
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item, (*path, LIST))


def _article_texts(texts: list[tuple[Path, str]], headline: str) -> list[str]:
    """The paragraphs of the longest list of texts under an object that holds the headline."""
    owners = {
        path[:-1]
        for path, text in texts
        if len(path) >= 2
        and LIST not in path  # a headline in a list's item is a teaser's, a crumb's, a review's
        and len(text) < TITLE_MAX
        and folded(_plain(text)) == headline
    }
    if not owners:
        return []
    lists: dict[Path, list[str]] = {}
    for path, text in texts:
        if path.count(LIST) == 1 and any(path[: len(owner)] == owner for owner in owners):
            lists.setdefault(path, []).append(text)
    best: list[str] = []
    for items in lists.values():
        prose = [line for line in map(_plain, items) if len(line.split()) >= STATE_PROSE]
        if sum(map(len, prose)) > sum(map(len, best)):
            best = prose
    return best


def _plain(text: str) -> str:
    """A text of the state without its markup and entities (`<a href=…>`, `&#x27;`)."""
    return clean(html.unescape(text) if "&" in text else text)
