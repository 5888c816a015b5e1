"""The warehouse: the SQL models in `sql/` built into DuckDB (`build`), their docs page
(`docs`) and the daily report read from the marts (`report`)."""
