"""The page's JSON-LD article: the object that states the publisher's own headline, authors
and dates, found among the @graph, lists and related stories many pages also hold."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from flows.parse.meta.urls import address_key
from flows.parse.nodes import Scan, spaced

ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
    "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report",
}  # fmt: skip
# A page whose main work is not an article states its author and dates on that work's object
# (a recipe site's Recipe): read when the page's JSON-LD types nothing as an article. Who,
# when and its `name` (workName, the dish as its publisher names it, also read beside an
# article that describes one recipe); not its headline, which may name the dish's video.
OTHER_WORK_TYPES = {"recipe"}
# The web page's own object, where WordPress's SEO plugins state the dates when the article
# object has none or there is none ("webPageDatePublished" in PRECEDENCE, after the meta tags).
PAGE_TYPES = {"webpage", "itempage"}
_PAGE_DATES = ("datePublished", "dateModified")
_OTHER_WORK_FIELDS = ("author", "creator", "datePublished", "dateCreated", "dateModified")
CARD_DEPTH = 3  # levels of sections (`HowToSection` in `HowToSection`) a recipe's steps are read to


def json_ld_article(scanned: Scan, addresses: tuple[str | None, ...] = ()) -> dict[str, Any]:
    """The first JSON-LD object typed as an article, else as another work a page is about (a
    recipe), searching @graph and nested lists; of several, the one whose address (`url`,
    `@id`, `mainEntityOfPage`) is the page's (`addresses`: its URL, `og:url`), as a page
    that also lists related stories as articles names its own. An
    author given as a reference ({"@id": …}, as Yoast writes it) is replaced by the object
    the page's JSON-LD names with that id."""
    objects: list[dict[str, Any]] = []
    for text in scanned.ld_json():
        try:
            data = json.loads(text.strip().removesuffix(";"), strict=False)
        except ValueError:
            continue
        objects.extend(_walk(data))
    for wanted in (ARTICLE_TYPES, OTHER_WORK_TYPES):
        obj = _own_work([o for o in objects if is_typed(o, wanted)], addresses)
        if obj is None:
            continue
        if wanted is OTHER_WORK_TYPES:
            fields = {key: obj[key] for key in _OTHER_WORK_FIELDS if key in obj}
            obj = fields | _work_name(obj) | _work_card(obj)
        if _has_reference(obj.get("author")):
            ids = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
            obj = {**obj, "author": _resolved(obj["author"], ids)}
        if wanted is ARTICLE_TYPES:
            obj = {**_work_author(objects), **_sole_work(objects), **obj}
        return obj if "datePublished" in obj else {**_page_dates(objects), **obj}
    return _page_dates(objects)


def _own_work(
    works: list[dict[str, Any]], addresses: tuple[str | None, ...]
) -> dict[str, Any] | None:
    """Of several works, the one whose address is the page's, else the first."""
    if len(works) < 2:
        return works[0] if works else None
    page = {address_key(address) for address in addresses if address} - {""}
    return next((work for work in works if page & _addresses_of(work)), works[0])


def _addresses_of(work: dict[str, Any]) -> set[str]:
    entity = work.get("mainEntityOfPage")
    if isinstance(entity, dict):
        entity = entity.get("@id") or entity.get("url")
    values = (work.get("url"), work.get("@id"), entity)
    return {address_key(value) for value in values if isinstance(value, str)} - {""}


def _page_dates(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The dates of the page's WebPage object, under keys of their own (webPageDatePublished)."""
    for page in objects:
        if "datePublished" in page and is_typed(page, PAGE_TYPES):
            return {
                f"webPage{key[0].upper()}{key[1:]}": page[key] for key in _PAGE_DATES if key in page
            }
    return {}


def _work_name(work: dict[str, Any]) -> dict[str, Any]:
    """The work's `name` under a key of its own (workName): a recipe's dish as its publisher
    names it, the page's headline where no article object states one."""
    name = work.get("name")
    return {"workName": name} if isinstance(name, str) and name.strip() else {}


def _sole_work(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The name and the card of the one work (a recipe) an article describes: a recipe post,
    whose card names the dish. Of several (a round-up of recipes), none."""
    works = [work for work in objects if is_typed(work, OTHER_WORK_TYPES)]
    return _work_name(works[0]) | _work_card(works[0]) if len(works) == 1 else {}


def _work_card(work: dict[str, Any]) -> dict[str, Any]:
    """A recipe's card as lines under a key of its own (workCard): its ingredients
    (`recipeIngredient`), then its steps (`recipeInstructions`: texts, `HowToStep`s, or
    `HowToSection`s of them, each section's name before its steps). A page built in the
    browser states the card there and shows none of it in its markup."""
    ingredients = work.get("recipeIngredient")
    lines = [i for i in ingredients if isinstance(i, str)] if isinstance(ingredients, list) else []
    lines.extend(_steps(work.get("recipeInstructions"), CARD_DEPTH))
    lines = [line for line in (spaced(line) for line in lines) if line]
    return {"workCard": lines} if lines else {}


def _steps(value: Any, depth: int) -> list[str]:
    """The texts of a recipe's instructions, in order: a text, a list, a step's `text`, a
    section's `name` and its `itemListElement` (`depth` levels of sections at most)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _steps(item, depth)]
    if not isinstance(value, dict) or depth <= 0:
        return []
    if "itemListElement" in value:
        name = value.get("name")
        heading = [name] if isinstance(name, str) else []
        return heading + _steps(value["itemListElement"], depth - 1)
    text = value.get("text")
    return [text] if isinstance(text, str) else []


def _work_author(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The author of the work (a recipe) an article also describes, under a key of its own
    (workAuthor): where the article names its writer by a first name alone ("Danae"), the
    recipe card spells it out ("Danae Halliday")."""
    for work in objects:
        if "author" in work and is_typed(work, OTHER_WORK_TYPES):
            return {"workAuthor": work["author"]}
    return {}


def is_typed(obj: dict[str, Any], wanted: set[str]) -> bool:
    types = obj.get("@type")
    names = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and t.lower() in wanted for t in names)


def _has_reference(value: Any) -> bool:
    items = value if isinstance(value, list) else [value]
    return any(isinstance(item, dict) and "name" not in item and "@id" in item for item in items)


def _resolved(value: Any, ids: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, list):
        return [_resolved(item, ids) for item in value]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return ids.get(value["@id"], value)
    return value


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _walk(data[key])
