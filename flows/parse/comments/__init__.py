"""Readers' comments on a page. `extract_comments` is the way in (`find_comments` also gives
the elements they were read from); its modules, read bottom-up, are listed in
docs/comments.md."""

from flows.parse.comments.extract import FoundComments, extract_comments, find_comments

__all__ = ["FoundComments", "extract_comments", "find_comments"]
