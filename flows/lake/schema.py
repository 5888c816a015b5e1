"""The lake's tables, declared once. Every Parquet file newsflow writes uses one of these.

All timestamps are UTC. Each table is hive-partitioned by `dt`, the UTC date the
page was fetched, so all rows of one page land in the same partition.
"""

from __future__ import annotations

import pyarrow as pa

UTC_TS = pa.timestamp("us", tz="UTC")

PAGES = pa.schema(
    [
        pa.field("page_id", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("site", pa.string()),
        pa.field("fetched_at", UTC_TS, nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("content_sha256", pa.string(), nullable=False),
        pa.field("bytes", pa.int64(), nullable=False),
        pa.field("kind", pa.string()),
        pa.field("status", pa.string(), nullable=False),
        pa.field("error", pa.string()),
        pa.field("parser_version", pa.string(), nullable=False),
        pa.field("run_id", pa.string(), nullable=False),
    ]
)

ARTICLES = pa.schema(
    [
        pa.field("page_id", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("canonical_url", pa.string()),
        pa.field("site", pa.string()),
        pa.field("title", pa.string()),
        pa.field("authors", pa.list_(pa.string())),
        pa.field("published_at", UTC_TS),
        pa.field("modified_at", UTC_TS),
        pa.field("section", pa.string()),
        pa.field("tags", pa.list_(pa.string())),
        pa.field("language", pa.string()),
        pa.field("description", pa.string()),
        pa.field("body", pa.string()),
        pa.field("word_count", pa.int32()),
        pa.field("source_agency", pa.string()),
        pa.field("fetched_at", UTC_TS, nullable=False),
    ]
)

COMMENTS = pa.schema(
    [
        pa.field("comment_id", pa.string(), nullable=False),
        pa.field("page_id", pa.string(), nullable=False),
        pa.field("article_url", pa.string()),
        pa.field("site", pa.string()),
        pa.field("position", pa.int32(), nullable=False),
        pa.field("parent_id", pa.string()),
        pa.field("author", pa.string()),
        pa.field("posted_at", UTC_TS),
        pa.field("posted_text", pa.string()),
        pa.field("text", pa.string(), nullable=False),
        pa.field("fetched_at", UTC_TS, nullable=False),
    ]
)

LINKS = pa.schema(
    [
        pa.field("page_id", pa.string(), nullable=False),
        pa.field("site", pa.string()),
        pa.field("position", pa.int32(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("anchor_text", pa.string()),
        pa.field("rel", pa.string()),
        pa.field("region", pa.string(), nullable=False),
        pa.field("is_internal", pa.bool_()),
        pa.field("target_site", pa.string()),
        pa.field("label_time_text", pa.string()),
        pa.field("label_time", UTC_TS),
    ]
)

TABLES: dict[str, pa.Schema] = {
    "pages": PAGES,
    "articles": ARTICLES,
    "comments": COMMENTS,
    "links": LINKS,
}
