"""The models docs page, generated from the SQL itself: what each model is, its columns,
what it reads and what reads it, and its data tests (with the query each one runs).

Like dbt's docs site, but one static HTML page: the model headers and DuckDB's parse of
each query are the only sources, so the page cannot drift from the models.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import duckdb

from flows.lake.schema import TABLES
from flows.warehouse.build import SQL_DIR, Model, data_tests, load_models, load_sources, model_reads

LAYERS = ("staging", "intermediate", "marts")


@dataclass(frozen=True, slots=True)
class ModelDoc:
    model: Model
    reads: list[str]
    read_by: list[str]
    tests: list[tuple[str, str]]
    """(test name, query returning the offending rows)."""


def model_docs(models: list[Model], reads: dict[str, set[str]]) -> list[ModelDoc]:
    """Each model with what it reads and what reads it, in layer order then by name."""
    order = {layer: n for n, layer in enumerate(LAYERS)}
    return [
        ModelDoc(
            model=model,
            reads=sorted(reads[model.name]),
            read_by=sorted(name for name, read in reads.items() if model.name in read),
            tests=list(data_tests(model)),
        )
        for model in sorted(models, key=lambda m: (order.get(m.layer, len(order)), m.name))
    ]


def render_docs(docs: list[ModelDoc], sources: dict[str, tuple[str, list[tuple[str, str]]]]) -> str:
    """The docs page: a contents list, the sources with their columns, then every model.

    `sources` maps a source's name to its description and its (column, description) pairs.
    """
    contents = "".join(
        f'<li><a href="#{_h(d.model.name)}">{_h(d.model.name)}</a> '
        f"<small>{_h(d.model.layer)}</small></li>"
        for d in docs
    )
    source_sections = "".join(
        f'<section id="{_h(name)}"><h3>{_h(name)}</h3><p>{_h(description)}</p>'
        f"{_columns(columns, 'description')}</section>"
        for name, (description, columns) in sources.items()
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsflow models</title>
<style>{_CSS}</style></head>
<body>
<h1>newsflow models</h1>
<p>Generated from <code>sql/</code>: each model's header and DuckDB's parse of its query.
Query them with <code>newsflow query</code> or <code>duckdb -readonly data/warehouse.duckdb</code>.</p>
<ul class="contents">{contents}</ul>
<h2>Sources</h2>{source_sections}
<h2>Models</h2>{"".join(_model_section(d) for d in docs)}
</body></html>
"""


def _model_section(doc: ModelDoc) -> str:
    model = doc.model
    tests = "".join(
        f"<li><code>{_h(name)}</code><pre>{_h(query)}</pre></li>" for name, query in doc.tests
    )
    return (
        f'<section id="{_h(model.name)}"><h3>{_h(model.name)}</h3>'
        f'<p class="meta">{_h(model.layer)} · {_h(model.materialized)}</p>'
        f"<p>{_h(model.description)}</p>"
        f"<p><b>Reads</b>: {_links(doc.reads)}</p>"
        f"<p><b>Read by</b>: {_links(doc.read_by)}</p>"
        f"{_columns(list(model.columns.items()), 'description')}"
        f"<p><b>Data tests</b> (each query must return no rows):</p>"
        f"<ul>{tests or '<li>none</li>'}</ul></section>"
    )


def _columns(rows: list[tuple[str, str]], second: str) -> str:
    body = "".join(f"<tr><td><code>{_h(c)}</code></td><td>{_h(t)}</td></tr>" for c, t in rows)
    return f"<table><tr><th>column</th><th>{second}</th></tr>{body}</table>" if rows else ""


def _links(names: list[str]) -> str:
    return ", ".join(f'<a href="#{_h(n)}">{_h(n)}</a>' for n in names) or "nothing"


def _h(text: object) -> str:
    return html.escape(str(text))


def write_docs(out: Path, sql_dir: Path = SQL_DIR) -> Path:
    """Parse the models and write the docs page to `out`."""
    models = load_models(sql_dir)
    with duckdb.connect() as con:
        reads = {model.name: model_reads(con, model) for model in models}
    types = {f"lake_{t}": {f.name: str(f.type) for f in schema} for t, schema in TABLES.items()}
    sources = {
        name: (
            spec["description"],
            [
                (
                    column,
                    f"{types[name][column]}: {text}" if column in types.get(name, {}) else text,
                )
                for column, text in (spec.get("columns") or {}).items()
            ],
        )
        for name, spec in load_sources().items()
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_docs(model_docs(models, reads), sources), encoding="utf-8")
    return out


_CSS = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 960px; color: #222; }
section { border-top: 1px solid #ddd; padding-top: .5rem; margin-top: 1rem; }
.meta { color: #666; margin-top: -.5rem; }
.contents { columns: 3; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .2rem .5rem; border-bottom: 1px solid #eee; vertical-align: top; }
pre { background: #f6f6f6; padding: .4rem; overflow-x: auto; font-size: .85rem; }
"""
