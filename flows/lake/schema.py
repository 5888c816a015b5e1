"""The lake's tables as Arrow schemas: every Parquet file newsflow writes uses one of these.
Their columns are declared in `flows.lake.columns`."""

from __future__ import annotations

import pyarrow as pa

from flows.lake import columns
from flows.lake.columns import Column, Kind

UTC_TS = pa.timestamp("us", tz="UTC")
_TYPES: dict[Kind, pa.DataType] = {
    "string": pa.string(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "bool": pa.bool_(),
    "timestamp": UTC_TS,
    "list<string>": pa.list_(pa.string()),
}


def _schema(table: tuple[Column, ...]) -> pa.Schema:
    return pa.schema(
        [pa.field(column.name, _TYPES[column.kind], nullable=column.nullable) for column in table]
    )


PAGES = _schema(columns.PAGES)
ARTICLES = _schema(columns.ARTICLES)
COMMENTS = _schema(columns.COMMENTS)
LINKS = _schema(columns.LINKS)

TABLES: dict[str, pa.Schema] = {
    "pages": PAGES,
    "articles": ARTICLES,
    "comments": COMMENTS,
    "links": LINKS,
}
