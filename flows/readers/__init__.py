"""Readers of raw bytes: loose page files with their sidecars, WARC archives and JSON
Lines dumps, each yielding `RawPage`s (flows.contracts). They never parse a page."""
