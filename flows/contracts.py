"""What a raw page and a parsed page are: plain typed data, the contract between the
readers, the parsers and the lake. Imports nothing from newsflow."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

MAX_PAGE_BYTES = 20 * 1024 * 1024
"""Pages larger than this (after gunzip) are rejected: no real article page is that big."""

Region = Literal["body", "nav", "related", "comment", "footer", "other"]


@dataclass(slots=True)
class Article:
    """The story on a page. A field the page does not state is None (or empty), never guessed;
    `language` alone is identified from the text when the page declares none or its text
    plainly contradicts what it declares."""

    title: str | None = None
    body: str = ""
    authors: list[str] = field(default_factory=list)
    published_at: datetime | None = None
    modified_at: datetime | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    description: str | None = None
    canonical_url: str | None = None
    source_agency: str | None = None

    @property
    def word_count(self) -> int:
        return len(self.body.split())


@dataclass(slots=True)
class Comment:
    """A reader's comment; `parent` is the list index of the comment it replies to."""

    text: str
    author: str | None = None
    posted_text: str | None = None
    posted_at: datetime | None = None
    parent: int | None = None


@dataclass(slots=True)
class Link:
    """A link on the page, or a listed related post (which may have no URL in a text dump)."""

    url: str | None
    anchor_text: str
    region: Region = "other"
    rel: str | None = None
    label_time_text: str | None = None
    label_time: datetime | None = None


@dataclass(slots=True)
class ParsedPage:
    article: Article
    comments: list[Comment] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    kind: Literal["html", "text"] = "html"
    og_url: str | None = None


@dataclass(slots=True)
class RawPage:
    """A raw page as found: its bytes and what is known about the fetch.

    `source` says where it came from (a path relative to the raw folder). `error`
    is set when the page could not even be read; it becomes the rejection reason.
    """

    data: bytes
    source: str
    fetched_at: datetime
    url: str | None = None
    error: str | None = None

    @property
    def content_sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def page_id(self) -> str:
        """Same bytes, same place, same fetch time: same page."""
        return self.page_id_from(self.content_sha256)

    def page_id_from(self, content_sha256: str) -> str:
        """`page_id` from the page's `content_sha256` already at hand: hashing the bytes
        (~30 µs for a 100 KB page) once for both."""
        key = f"{self.source}\n{self.fetched_at.isoformat()}\n{content_sha256}"
        return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]
