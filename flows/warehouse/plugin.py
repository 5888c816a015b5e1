"""The dbt-duckdb plugin that gives the models their Python functions (sql/profiles.yml).

- `spam_verdict(text)`: the rules' verdict, `{score, is_spam, reasons}`. Given a folder
  of verdicts already scored with the same rules (flows.spam.verdicts), it answers from
  them, a lookup by the text's md5 that DuckDB runs as a join in bounded memory, and runs
  the rules in Python only for texts not among them.
- `spam_campaign_text(text)`: the text normalised as campaigns are matched.
- A lake on object storage: its fsspec filesystem, so the `lake_*` views can read it.

Its config, which the bridge sets through the NEWSFLOW_DBT_SPAM_RULES, …_SPAM_VERDICTS and
…_LAKE variables: `rules`, the rules file (default: the one that ships); `verdicts`, the
verdict cache folder; `lake`, the lake.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
from dbt.adapters.duckdb.plugins import BasePlugin

from flows.lake import lakefs
from flows.spam.scoring import campaign_text, load_rules
from flows.spam.verdicts import VERDICT_FILES

VERDICT = "STRUCT(score DOUBLE, is_spam BOOLEAN, reasons VARCHAR[])"


class Plugin(BasePlugin):
    def initialize(self, plugin_config: dict[str, Any]) -> None:
        rules_file = plugin_config.get("rules") or None
        self.rules = load_rules(Path(rules_file) if rules_file else None)
        self.lake = plugin_config.get("lake") or None
        verdicts = plugin_config.get("verdicts") or None
        files = sorted(Path(verdicts).glob(VERDICT_FILES)) if verdicts else []
        self.verdict_files = [path.resolve().as_posix() for path in files]

    def configure_connection(self, conn: duckdb.DuckDBPyConnection) -> None:
        """Python functions are shared by every cursor of the connection."""
        rules = self.rules

        def score_text(text: str) -> dict[str, Any]:
            verdict = rules.score(text)
            return {"score": verdict.score, "is_spam": verdict.spam, "reasons": verdict.reasons}

        scorer = "score_spam_text" if self.verdict_files else "spam_verdict"
        conn.create_function(scorer, score_text, ["VARCHAR"], VERDICT)  # type: ignore[list-item, arg-type]
        conn.create_function(
            "spam_campaign_text",
            campaign_text,
            ["VARCHAR"],  # type: ignore[list-item]
            "VARCHAR",  # type: ignore[arg-type]
        )
        if self.lake:
            lakefs.register(conn, self.lake)

    def configure_cursor(self, cursor: duckdb.DuckDBPyConnection) -> None:
        """Temporary views and macros belong to one cursor: define the lookup in each."""
        if not self.verdict_files:
            return
        paths = ", ".join("'" + path.replace("'", "''") + "'" for path in self.verdict_files)
        cursor.execute(
            "create or replace temp view known_verdicts as "
            f"select distinct on (text_md5) * from read_parquet([{paths}])"
        )
        cursor.execute(
            "create or replace temp macro spam_verdict(t) as coalesce("
            "(select {'score': v.score, 'is_spam': v.is_spam, 'reasons': v.reasons} "
            "from known_verdicts as v where v.text_md5 = md5(t)), score_spam_text(t))"
        )
