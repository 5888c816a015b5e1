"""Per-day spam verdicts: a model build re-scores only the days whose comments changed."""

from datetime import datetime

import duckdb

from flows.lake.compact import compact_days
from flows.spam import verdicts
from flows.spam.scoring import RULES_FILE
from flows.warehouse import dbt as warehouse
from tests.support.lake import SPAM, write_day


def scored(data) -> list[tuple]:
    with duckdb.connect(str(data / "warehouse.duckdb"), read_only=True) as con:
        return con.execute(
            "select comment_id, spam_score, is_spam, spam_reasons from int_comments_scored "
            "order by comment_id"
        ).fetchall()


def test_refresh_scores_new_and_changed_days_only(tmp_path):
    lake_dir, cache, rules = tmp_path / "lake", tmp_path / "cache", tmp_path / "rules.toml"
    rules.write_bytes(RULES_FILE.read_bytes())
    write_day(lake_dir, "2024-11-01", range(3))
    write_day(lake_dir, "2024-11-02", range(3))

    first = verdicts.refresh(lake_dir, cache, rules)
    again = verdicts.refresh(lake_dir, cache, rules)
    write_day(lake_dir, "2024-11-02", range(3, 5))
    changed = verdicts.refresh(lake_dir, cache, rules)
    rules.write_text(rules.read_text() + "\n# a comment changes the digest\n")
    new_rules = verdicts.refresh(lake_dir, cache, rules)

    assert (first.days_scored, first.days_kept, first.comments_scored) == (2, 0, 12)
    assert (again.days_scored, again.days_kept) == (0, 2)
    assert (changed.days_scored, changed.days_kept, changed.comments_scored) == (1, 1, 10)
    assert (new_rules.days_scored, new_rules.days_kept) == (2, 0)
    assert len(list(cache.glob("dt=*/verdicts-*.parquet"))) == 2
    known = verdicts.load(cache)
    assert known[verdicts.text_md5(SPAM)][1] is True
    assert known[verdicts.text_md5("Fine story 4.")][1] is False


def test_build_with_cached_verdicts_matches_scoring_everything(tmp_path):
    lake_dir = tmp_path / "lake"
    write_day(lake_dir, "2024-11-01", range(4))
    write_day(lake_dir, "2024-11-02", range(2))
    compact_days(lake_dir, {datetime(2024, 11, 2).date()})
    cache = tmp_path / "cache"
    verdicts.refresh(lake_dir, cache, RULES_FILE)
    write_day(lake_dir, "2024-11-03", range(1))  # not scored yet: the rules score it in the build

    warehouse.build(lake_dir, tmp_path / "plain" / "warehouse.duckdb")
    warehouse.build(lake_dir, tmp_path / "cached" / "warehouse.duckdb", verdicts=cache)

    plain = scored(tmp_path / "plain")
    assert len(plain) == 14
    assert sum(row[2] for row in plain) == 7
    assert scored(tmp_path / "cached") == plain
