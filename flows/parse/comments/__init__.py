"""Readers' comments on a page. `extract_comments` is the way in; its modules, read bottom-up,
are listed in docs/extraction.md."""

from flows.parse.comments.extract import extract_comments

__all__ = ["extract_comments"]
