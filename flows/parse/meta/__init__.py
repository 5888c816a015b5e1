"""Article metadata of a page. `extract_metadata` is the way in; its modules, read bottom-up,
are listed in docs/extraction.md."""

from flows.parse.meta.bylines import byline_names
from flows.parse.meta.dates import dateline_date
from flows.parse.meta.extract import PRECEDENCE, READERS, extract_metadata
from flows.parse.meta.names import split_authors
from flows.parse.meta.titles import best_title, heading_or_title

__all__ = [
    "PRECEDENCE",
    "READERS",
    "best_title",
    "byline_names",
    "dateline_date",
    "extract_metadata",
    "heading_or_title",
    "split_authors",
]
