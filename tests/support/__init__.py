"""Helpers the tests share: small invented pages, WARC writers, a hostile corpus, crash trials,
spam and ham comments."""
