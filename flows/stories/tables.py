"""Stories placed inside DuckDB: the step a warehouse model runs, over relations it names.

The stories so far are a table with one row per article (`INDEX_COLUMNS`: its key, the
fetch its band keys come from, its story, its story's first key, its similarity to the first
key and its 64 band keys). `place_new_articles` places new *fetches*, in fetch order, so a
build from scratch that places every fetch gives what the runs gave, refetches included. It
finds the stored rows that share a band key with them in SQL (a join over the unnested band
keys, so only those rows come into Python), reads the bodies of just those candidates, from
the fetches their rows were made from, and returns the rows of the new fetches' articles for
the caller to upsert by `article_key`. History is never re-clustered. Which copy an article
matched is left out: it is a detail of when the article was placed.

>>> import duckdb
>>> con = duckdb.connect()
>>> _ = con.execute("create table fetches as select 'a' as article_key, 'p1' as page_id, "
...                 "'one two three four five six seven' as body, 1 as seq")
>>> place_new_articles(con, "fetches", "fetches", None, order_by="seq").num_rows
1
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import duckdb
import numpy as np
import pyarrow as pa

from flows.collector import collector_paused
from flows.stories.lsh import BANDS, Sketch, sketches
from flows.stories.placement import INDEX_SCHEMA, Params, StoryArticle, StoryIndex, assign

INDEX_COLUMNS = pa.schema(
    [
        pa.field("article_key", pa.string(), nullable=False),
        pa.field("page_id", pa.string(), nullable=False),
        pa.field("story_id", pa.string(), nullable=False),
        pa.field("first_key", pa.string(), nullable=False),
        pa.field("similarity", pa.float64(), nullable=False),
        pa.field("bands", pa.list_(pa.uint64()), nullable=False),
    ],
    metadata=INDEX_SCHEMA.metadata,
)
"""The stored stories: what `place_new_articles` returns and what it reads back as `index`.
`page_id` is the fetch whose body the row's `bands` were made from (the last one placed);
`bands` is a plain list (UBIGINT[] in DuckDB) of BANDS values."""


def place_new_articles(
    con: duckdb.DuckDBPyConnection,
    new_fetches: str,
    fetches: str,
    index: str | None,
    *,
    order_by: str,
    params: Params = Params(),  # noqa: B008 (frozen)
) -> pa.Table:
    """The rows of the stories table for the articles of the new fetches (INDEX_COLUMNS).

    Parameters
    ----------
    con: the DuckDB connection the relations live in.
    new_fetches: a relation (a table or view name, or a parenthesised query) with
        `article_key`, `page_id`, `body` and the `order_by` columns: the fetches to place.
        A refetch of an article already placed keeps its story.
    fetches: a relation with `page_id` and `body` of every fetch so far, read only for the
        few candidates' bodies (the fetch each index row was made from).
    index: the table of stories so far (INDEX_COLUMNS), or None when there is none yet.
    order_by: the placing order, an SQL `order by` list over `new_fetches`' columns. Fetch
        time, then page id, makes a build from scratch replay the runs: every fetch placed
        in the order the runs placed them.
    """
    with collector_paused():
        return _place(con, new_fetches, fetches, index, order_by, params)


def _place(
    con: duckdb.DuckDBPyConnection,
    new_fetches: str,
    fetches: str,
    index: str | None,
    order_by: str,
    params: Params,
) -> pa.Table:
    new = con.sql(
        f"select article_key, page_id, body from {new_fetches} order by {order_by}"
    ).to_arrow_table()
    keys = new.column("article_key").to_pylist()
    pages = new.column("page_id").to_pylist()
    batch = [
        StoryArticle(k, b or "") for k, b in zip(keys, new.column("body").to_pylist(), strict=True)
    ]
    if not batch:
        return INDEX_COLUMNS.empty_table()
    sketched = sketches([a.body for a in batch])
    story_index, page_of = StoryIndex(), dict[str, str]()
    if index is not None:
        story_index, page_of = _candidate_rows(con, index, batch, sketched)

    def text_of(wanted: Sequence[str]) -> Mapping[str, str]:
        unknown = [k for k in wanted if k not in page_of]
        if unknown and index is not None:
            page_of.update(_pages(con, index, unknown))
        return _bodies(con, fetches, {k: page_of[k] for k in wanted if k in page_of})

    found, updated = assign(story_index, batch, text_of, params, sketched)
    last_page = dict(zip(keys, pages, strict=True))
    row_of = {key: i for i, key in enumerate(updated.keys)}
    bands = [updated.bands[row_of[a.key]] for a in found]
    flat = pa.array(np.concatenate(bands), type=pa.uint64())
    offsets = pa.array(np.arange(0, (len(found) + 1) * BANDS, BANDS, dtype=np.int32))
    return pa.Table.from_arrays(
        [
            pa.array([a.key for a in found], pa.string()),
            pa.array([last_page[a.key] for a in found], pa.string()),
            pa.array([a.story_id for a in found], pa.string()),
            pa.array([a.first_key for a in found], pa.string()),
            pa.array([a.similarity for a in found], pa.float64()),
            pa.ListArray.from_arrays(offsets, flat),
        ],
        schema=INDEX_COLUMNS,
    )


def _candidate_rows(
    con: duckdb.DuckDBPyConnection, index: str, batch: list[StoryArticle], sketched: list[Sketch]
) -> tuple[StoryIndex, dict[str, str]]:
    """The stored rows that can matter to the batch: those sharing a band key with it, and
    those of the batch's own keys (refetches keep their story); and their page ids."""
    keys = np.stack([s.bands for s in sketched]).reshape(-1)
    wanted = pa.table({"band": pa.array(keys, pa.uint64())})  # noqa: F841 (SQL)
    own = pa.table({"article_key": list({a.key for a in batch})})  # noqa: F841 (SQL)
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
        select stored.article_key, stored.page_id, stored.story_id, stored.first_key,
            stored.bands
        from stored
        where stored.article_key in (select article_key from hits)
        order by stored.article_key
        """
    ).to_arrow_table()
    bands = rows.column("bands").combine_chunks().flatten().to_numpy(zero_copy_only=False)
    found = StoryIndex(
        keys=rows.column("article_key").to_pylist(),
        story_ids=rows.column("story_id").to_pylist(),
        first_keys=rows.column("first_key").to_pylist(),
        bands=bands.astype(np.uint64).reshape(rows.num_rows, BANDS),
    )
    return found, dict(zip(found.keys, rows.column("page_id").to_pylist(), strict=True))


def _pages(con: duckdb.DuckDBPyConnection, index: str, keys: list[str]) -> dict[str, str]:
    wanted = pa.table({"article_key": keys})  # noqa: F841 (SQL)
    rows = con.sql(
        f"select article_key, page_id from {index} "
        "where article_key in (select article_key from wanted)"
    ).fetchall()
    return dict(rows)


def _bodies(
    con: duckdb.DuckDBPyConnection, fetches: str, page_of: dict[str, str]
) -> dict[str, str]:
    """Bodies by article key, read from the fetches the index rows were made from."""
    if not page_of:
        return {}
    wanted = pa.table({"article_key": list(page_of), "page_id": list(page_of.values())})  # noqa: F841
    rows = con.sql(
        f"select wanted.article_key, fetches.body from wanted "
        f"inner join {fetches} as fetches on fetches.page_id = wanted.page_id"
    ).fetchall()
    return {key: body or "" for key, body in rows}
