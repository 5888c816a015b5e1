"""One row per story (article_key): the story across sites it belongs to, placed by
flows.stories (docs/stories.md), the fetch its body was last placed from, and its band keys,
against which later articles are matched.

A build places only the fetches in the lake partitions that changed, against the rows
already here; it never re-clusters history. Fetches are placed in fetch order (a refetch
keeps its story), so a build from scratch, which places every fetch, replays the runs.
"""

from flows.stories.tables import place_new_articles


def model(dbt, session):
    dbt.config(
        materialized="incremental",
        unique_key="article_key",
        # What `changes(ref('stg_articles'))` names (macros/incremental.sql): the fetches in
        # the changed partitions. A Python model's code may hold no Jinja.
        changed_keys='select article_key from _changes."stg_articles"',
    )
    # What this model reads, for dbt's graph; the SQL below names the relations itself.
    dbt.ref("stg_articles")
    dbt.ref("int_latest_fetches")

    fetches = f'"{dbt.this.database}"."{dbt.this.schema}"."stg_articles"'
    if dbt.is_incremental:
        new_fetches, index = '_changes."stg_articles"', repr(dbt.this)
    else:
        new_fetches, index = fetches, None
    rows = place_new_articles(session, new_fetches, fetches, index, order_by="fetched_at, page_id")
    # A relation on the model's own connection: dbt-duckdb writes an Arrow table through
    # another cursor, where the incremental build's temporary table is not visible.
    return session.from_arrow(rows)
