"""Stories placed inside DuckDB: the step a warehouse model runs, over relations it names.

The stories so far are a table with one row per article (`INDEX_COLUMNS`: its key, story,
story's first key, its similarity to the first key and its 64 band keys). Which copy an
article matched is left out: a refetched article keeps its story, and the copy its new body
would match depends on when it is placed, so a full rebuild could name another. `place_new_articles` reads the new articles from a relation, finds the stored rows
that share a band key with them in SQL (a join over the unnested band keys, so only those
rows come into Python), reads the bodies of just those candidates, and returns the rows of
the new articles for the caller to upsert by `article_key`. History is never re-clustered.

>>> import duckdb
>>> con = duckdb.connect()
>>> _ = con.execute("create table latest as select 'a' as article_key, "
...                 "'one two three four five six seven' as body, 1 as seq")
>>> place_new_articles(con, "latest", "latest", None, order_by="seq").num_rows
1
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import duckdb
import numpy as np
import pyarrow as pa

from flows.stories.lsh import BANDS
from flows.stories.placement import INDEX_SCHEMA, Params, StoryArticle, StoryIndex, assign

INDEX_COLUMNS = pa.schema(
    [
        pa.field("article_key", pa.string(), nullable=False),
        pa.field("story_id", pa.string(), nullable=False),
        pa.field("first_key", pa.string(), nullable=False),
        pa.field("similarity", pa.float64(), nullable=False),
        pa.field("bands", pa.list_(pa.uint64()), nullable=False),
    ],
    metadata=INDEX_SCHEMA.metadata,
)
"""The stored stories: what `place_new_articles` returns and what it reads back as `index`.
`bands` is a plain list (UBIGINT[] in DuckDB) of BANDS values."""


def place_new_articles(
    con: duckdb.DuckDBPyConnection,
    new_articles: str,
    articles: str,
    index: str | None,
    *,
    order_by: str,
    params: Params = Params(),  # noqa: B008 (frozen)
) -> pa.Table:
    """The rows of the stories table for the new articles (INDEX_COLUMNS).

    Parameters
    ----------
    con: the DuckDB connection the relations live in.
    new_articles: a relation (a table or view name, or a parenthesised query) with
        `article_key`, `body` and the `order_by` columns: the articles to place.
    articles: a relation with `article_key` and `body` of every article so far, read only
        for the few candidates' bodies.
    index: the table of stories so far (INDEX_COLUMNS), or None when there is none yet.
    order_by: the placing order, an SQL `order by` list over `new_articles`' columns
        (publication time, then the key, so every build places articles alike).
    """
    new = con.sql(
        f"select article_key, body from {new_articles} order by {order_by}"
    ).to_arrow_table()
    batch = [
        StoryArticle(key, body or "")
        for key, body in zip(
            new.column("article_key").to_pylist(), new.column("body").to_pylist(), strict=True
        )
    ]
    if not batch:
        return INDEX_COLUMNS.empty_table()
    story_index = StoryIndex()
    if index is not None:
        story_index = _candidate_rows(con, index, batch)

    def text_of(keys: Sequence[str]) -> Mapping[str, str]:
        return _bodies(con, articles, keys)

    found, updated = assign(story_index, batch, text_of, params)
    row_of = {key: i for i, key in enumerate(updated.keys)}
    bands = [updated.bands[row_of[a.key]] for a in found]
    flat = pa.array(np.concatenate(bands), type=pa.uint64())
    offsets = pa.array(np.arange(0, (len(found) + 1) * BANDS, BANDS, dtype=np.int32))
    return pa.Table.from_arrays(
        [
            pa.array([a.key for a in found], pa.string()),
            pa.array([a.story_id for a in found], pa.string()),
            pa.array([a.first_key for a in found], pa.string()),
            pa.array([a.similarity for a in found], pa.float64()),
            pa.ListArray.from_arrays(offsets, flat),
        ],
        schema=INDEX_COLUMNS,
    )


def _candidate_rows(
    con: duckdb.DuckDBPyConnection, index: str, batch: list[StoryArticle]
) -> StoryIndex:
    """The stored rows that can matter to the batch: those sharing a band key with it, and
    those of the batch's own keys (refetches keep their story)."""
    from flows.stories.lsh import sketches

    keys = np.stack([s.bands for s in sketches([a.body for a in batch])]).reshape(-1)
    wanted = pa.table({"band": pa.array(np.unique(keys), pa.uint64())})  # noqa: F841 (SQL)
    own = pa.table({"article_key": [a.key for a in batch]})  # noqa: F841 (SQL)
    rows = con.sql(
        f"""
        with stored as (select * from {index}),
        hits as (
            select distinct article_key
            from (select article_key, unnest(bands) as band from stored)
            where band in (select band from wanted)
            union
            select article_key from own
        )
        select stored.article_key, stored.story_id, stored.first_key, stored.bands
        from stored
        where stored.article_key in (select article_key from hits)
        order by stored.article_key
        """
    ).to_arrow_table()
    bands = rows.column("bands").combine_chunks().flatten().to_numpy(zero_copy_only=False)
    return StoryIndex(
        keys=rows.column("article_key").to_pylist(),
        story_ids=rows.column("story_id").to_pylist(),
        first_keys=rows.column("first_key").to_pylist(),
        bands=bands.astype(np.uint64).reshape(rows.num_rows, BANDS),
    )


def _bodies(con: duckdb.DuckDBPyConnection, articles: str, keys: Sequence[str]) -> dict[str, str]:
    if not keys:
        return {}
    wanted = pa.table({"article_key": list(keys)})  # noqa: F841 (SQL)
    rows = con.sql(
        f"select article_key, body from {articles} "
        "where article_key in (select article_key from wanted)"
    ).fetchall()
    return {key: body or "" for key, body in rows}
