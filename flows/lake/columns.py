"""The lake's columns, declared once, as plain data. `flows.lake.schema` makes them the
Arrow schemas every Parquet file is written with; `flows.lake.rows` lays rows out by them
without importing Arrow, so `newsflow parse` starts without it (~90 ms of its ~0.3 s).

All timestamps are UTC. Each table is hive-partitioned by `dt`, the UTC date the
page was fetched, so all rows of one page land in the same partition.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

Kind = Literal["string", "int32", "int64", "bool", "timestamp", "list<string>"]
"""A column's type: a timestamp is microseconds in UTC."""


class Column(NamedTuple):
    name: str
    kind: Kind
    nullable: bool = True


PAGES = (
    Column("page_id", "string", nullable=False),
    Column("url", "string"),
    Column("site", "string"),
    Column("fetched_at", "timestamp", nullable=False),
    Column("source", "string", nullable=False),
    Column("content_sha256", "string", nullable=False),
    Column("bytes", "int64", nullable=False),
    Column("kind", "string"),
    Column("status", "string", nullable=False),
    Column("error", "string"),
    Column("parser_version", "string", nullable=False),
    Column("run_id", "string", nullable=False),
)

ARTICLES = (
    Column("page_id", "string", nullable=False),
    Column("url", "string"),
    Column("canonical_url", "string"),
    Column("site", "string"),
    Column("title", "string"),
    Column("authors", "list<string>"),
    Column("published_at", "timestamp"),
    Column("modified_at", "timestamp"),
    Column("section", "string"),
    Column("tags", "list<string>"),
    Column("language", "string"),
    Column("description", "string"),
    Column("body", "string"),
    Column("word_count", "int32"),
    Column("source_agency", "string"),
    Column("fetched_at", "timestamp", nullable=False),
)

COMMENTS = (
    Column("comment_id", "string", nullable=False),
    Column("page_id", "string", nullable=False),
    Column("article_url", "string"),
    Column("site", "string"),
    Column("position", "int32", nullable=False),
    Column("parent_id", "string"),
    Column("author", "string"),
    Column("posted_at", "timestamp"),
    Column("posted_text", "string"),
    Column("text", "string", nullable=False),
    Column("fetched_at", "timestamp", nullable=False),
)

LINKS = (
    Column("page_id", "string", nullable=False),
    Column("site", "string"),
    Column("position", "int32", nullable=False),
    Column("url", "string"),
    Column("anchor_text", "string"),
    Column("rel", "string"),
    Column("region", "string", nullable=False),
    Column("is_internal", "bool"),
    Column("target_site", "string"),
    Column("label_time_text", "string"),
    Column("label_time", "timestamp"),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "pages": PAGES,
    "articles": ARTICLES,
    "comments": COMMENTS,
    "links": LINKS,
}
