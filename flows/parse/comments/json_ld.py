"""Comments a page gives as schema.org `Comment` objects in JSON-LD (a `comment` list, or a
`@graph`), replies included, when its HTML names none."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from flows.contracts import Comment
from flows.parse.nodes import Scan, squash
from flows.times import parse_datetime


def json_ld_comments(scanned: Scan, fetched_at: datetime) -> list[Comment]:
    """schema.org `Comment` objects in JSON-LD (a page's `comment` list), replies included."""
    comments: list[Comment] = []
    for raw in scanned.ld_json():
        if '"Comment"' not in raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for found, posting in _ld_objects(data, ""):
            if posting and squash(str(found.get("text") or "")) == posting:
                _add_ld_replies(found, None, comments, fetched_at)  # the posting read again
            else:
                _add_ld_comment(found, None, comments, fetched_at)
    return comments


def _ld_objects(data: Any, posting: str) -> Iterator[tuple[dict[str, Any], str]]:
    """Top-level `Comment` objects, wherever they sit (`comment`, `@graph`), each with the
    text of the object that lists it (a forum posting's `text`, an article's `articleBody`),
    which a forum's first "comment" may repeat: the topic's opening post. Their replies are
    read with them."""
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, posting)
    elif isinstance(data, dict):
        if data.get("@type") == "Comment":
            yield data, posting
            return
        own = squash(str(data.get("text") or data.get("articleBody") or ""))
        for value in data.values():
            if isinstance(value, list | dict):
                yield from _ld_objects(value, own)


def _add_ld_comment(
    data: dict[str, Any], parent: int | None, out: list[Comment], fetched_at: datetime
) -> None:
    text = squash(str(data.get("text") or ""))
    if text:
        author = data.get("author")
        if isinstance(author, list):
            author = author[0] if author else None
        name = author.get("name") if isinstance(author, dict) else author
        shown = data.get("dateCreated") or data.get("datePublished")
        out.append(
            Comment(
                text=text,
                author=str(name) if name else None,
                posted_text=str(shown) if shown else None,
                posted_at=parse_datetime(str(shown), now=fetched_at) if shown else None,
                parent=parent,
            )
        )
        parent = len(out) - 1
    _add_ld_replies(data, parent, out, fetched_at)


def _add_ld_replies(
    data: dict[str, Any], parent: int | None, out: list[Comment], fetched_at: datetime
) -> None:
    replies = data.get("comment") or []
    for reply in replies if isinstance(replies, list) else [replies]:
        if isinstance(reply, dict):
            _add_ld_comment(reply, parent, out, fetched_at)
