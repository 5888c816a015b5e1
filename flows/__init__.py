"""newsflow: raw news pages → Parquet lake → DuckDB models → daily summaries."""
