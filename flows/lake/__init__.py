"""The Parquet lake: its one column declaration (`schema`), parsed pages → rows (`rows`),
atomic batch writes and recovery (`store`), where it lives (`lakefs`), compaction, the
record of ingested inputs (`manifest`) and the ingest jobs that tie readers, parser and
writes together (`ingest`)."""
