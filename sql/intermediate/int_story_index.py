"""
description: >
  One row per story (article_key, the latest fetch of a canonical url): the story across
  sites it belongs to and the LSH band keys of its body, placed by
  flows.stories.tables.place_new_articles (docs/stories.md). Copies of one text on many
  sites and fetches share a story; a new article joins the story of its best earlier copy,
  and history is never re-clustered.
materialized: incremental
unique_key: article_key
reads: [stg_articles, int_latest_fetches]
columns:
  article_key: The story's key, as in int_latest_fetches.
  page_id: The fetch whose body the row's band keys come from (the last one placed).
  story_id: The story across sites, a hash of its first article's key.
  first_key: article_key of the story's first article (the first fetched).
  similarity: >
    Share of the shorter body's five-word shingles found in the other, between this
    article and its story's first article (1.0 for the first article).
  bands: The body's 64 LSH band keys (one-permutation MinHash of its five-word shingles).
tests:
  unique: [article_key]
  not_null: [article_key, page_id, story_id, first_key, similarity]
  accepted_range: {similarity: [0, 1]}
  expression_is_true: article_key in (select article_key from int_latest_fetches)
"""

from collections.abc import Mapping

import duckdb
import pyarrow as pa

from flows.stories.tables import INDEX_COLUMNS, place_new_articles

CHUNK = 2000
"""Fetches placed at once, each chunk against the rows placed before it, as that many runs
would: a build from scratch of 10,000 articles then took about half the memory of one
batch, at the same speed."""


def model(
    con: duckdb.DuckDBPyConnection, changed: Mapping[str, str] | None, this: str | None
) -> pa.Table:
    """Place the new fetches (in an update, those of the changed staging partitions; in a
    build from scratch, every fetch) in fetch order, so a build from scratch replays the
    runs and a refetch keeps its story."""
    new_fetches = changed["stg_articles"] if changed else "stg_articles"
    con.execute(
        "create or replace temp table story_fetches as select article_key, page_id, body, "
        f"row_number() over (order by fetched_at, page_id) as seq from {new_fetches}"
    )
    empty = INDEX_COLUMNS.empty_table()  # noqa: F841 (read by the SQL)
    con.execute("create or replace temp table story_placed as select * from empty")
    # The stories so far: the stored rows, with the chunks placed in this build over them.
    index = (
        f"(select * from {this} where article_key not in "
        "(select article_key from temp.story_placed) "
        "union all by name select * from temp.story_placed)"
        if this
        else "temp.story_placed"
    )
    (count,) = con.execute("select count(*) from temp.story_fetches").fetchall()[0]
    try:
        for start in range(0, count, CHUNK):
            chunk = (
                f"(select * from temp.story_fetches where seq > {start} and seq <= {start + CHUNK})"
            )
            placed = place_new_articles(  # noqa: F841 (read by the SQL)
                con, chunk, "stg_articles", index if this or start else None, order_by="seq"
            )
            con.execute(
                "delete from temp.story_placed where article_key in "
                "(select article_key from placed)"
            )
            con.execute("insert into temp.story_placed select * from placed")
        return con.sql("select * from temp.story_placed").to_arrow_table()
    finally:
        con.execute("drop table temp.story_fetches")
        con.execute("drop table temp.story_placed")
