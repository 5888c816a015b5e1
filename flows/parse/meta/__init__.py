"""Article metadata of a page. `extract_metadata` is the way in; its modules, read bottom-up,
are listed in docs/extraction.md."""

from flows.parse.meta.extract import (
    PRECEDENCE,
    READERS,
    best_title,
    byline_names,
    extract_metadata,
    heading_or_title,
    split_authors,
)

__all__ = [
    "PRECEDENCE",
    "READERS",
    "best_title",
    "byline_names",
    "extract_metadata",
    "heading_or_title",
    "split_authors",
]
