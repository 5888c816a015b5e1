"""The Prefect layer: the `news_pipeline` flow (`flow`), its progress signal for
in-process watchers (`progress`) and the one-run-per-data-folder lock (`runlock`)."""
