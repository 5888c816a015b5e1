"""The bridge between the lake and the dbt project in `sql/`: `build` runs `dbt build`
into a copy of the warehouse and swaps it in; `generate_docs` runs `dbt docs generate`.

What dbt does not do, the bridge does:

- Sources. The `lake_*` views list the lake files they read, so a reader of an old
  warehouse never sees a newer run's rows, and the spam rules become tables; their
  descriptions in `sql/models/sources.yml` become COMMENT ON (dbt comments models only).
- A whole warehouse for readers. dbt writes into `<warehouse>.building/`; a failed model
  or data test leaves the previous warehouse in place and raises (`DataTestFailed`
  shows the offending rows), otherwise the new file replaces the old one (`os.replace`).
- What changed. The incremental models (sql/macros/incremental.sql) rebuild what the
  lake partitions whose files changed since the last build touch; the bridge lists them
  in `_changes.lake_partitions` on a copy of the previous warehouse. It builds into an
  empty file instead (every model whole) when there is no previous build, when the
  project, the spam rules or their code changed, and when a lake partition went away or
  lost pages (only appended partitions keep the previous rows valid). When no partition
  changed and nothing else did, the warehouse is already current and dbt is not run.

`spam_verdict` reaches the models through the dbt-duckdb plugin in flows.warehouse.plugin.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import yaml

from flows.lake import lakefs
from flows.lake.lakefs import Lake
from flows.lake.schema import TABLES
from flows.lake.store import partitions as lake_partitions
from flows.settings import Settings
from flows.spam import regex_gate, scoring
from flows.spam.scoring import load_rules
from flows.stories import lsh, placement, tables
from flows.warehouse import plugin

_PACKAGE = Path(__file__).resolve().parents[1]
PROJECT_DIR = _PACKAGE / "sql" if (_PACKAGE / "sql").is_dir() else _PACKAGE.parent / "sql"
"""The dbt project (dbt_project.yml, profiles.yml, models/, macros/): package data of an
installed wheel (flows/sql), else the top-level sql/ of a source checkout or an editable
install. The one place that says where it is."""
SOURCES_FILE = PROJECT_DIR / "models" / "sources.yml"
STORAGE_VERSION = "v1.5.0"
"""Written so the DuckDB 1.5 CLI (`pip install duckdb-cli`) can open the warehouse too
(sql/profiles.yml says the same to dbt)."""
LAKE = "_lake"
"""Table in the warehouse: the lake it was built from, so readers of its `lake_*` views
on object storage can open that filesystem (flows.cli.main)."""
PARTITIONS = "_lake_partitions"
"""Table in the warehouse: each lake partition it read and a key of its files."""
FINGERPRINT = "_build_fingerprint"
"""Table in the warehouse: a hash of what its rows depend on besides the lake."""
CHANGES = "_changes"
"""Schema dbt's incremental models keep this build's changes in; dropped before the swap."""
Invoke = Callable[[list[str]], Any]
"""Runs dbt with command-line arguments and returns its dbtRunnerResult: dbt's own
`dbtRunner().invoke`, or prefect-dbt's `PrefectDbtRunner(...).invoke` in a flow."""


class DataTestFailed(RuntimeError):
    """A data test found offending rows; the message shows the first of them."""


@dataclass(slots=True)
class BuildReport:
    rows: dict[str, int]
    """Rows per source and model, sources first, models in the order dbt built them."""
    tests_passed: int
    seconds: dict[str, float] = field(default_factory=dict)
    """Wall time of the bridge's steps and dbt's time for each model and test."""
    incremental: dict[str, int] = field(default_factory=dict)
    """Models updated in place rather than rebuilt: how many keys of each were rebuilt."""
    changed_partitions: int = 0
    """Lake partitions (table and day) whose files changed since the last build."""
    dbt_ran: bool = True
    """False when nothing changed since the last build and the warehouse was kept."""


def load_sources(path: Path = SOURCES_FILE) -> dict[str, dict[str, Any]]:
    """Each source relation's description and column descriptions, from sources.yml."""
    spec = yaml.safe_load(path.read_text("utf-8"))
    found: dict[str, dict[str, Any]] = {}
    for source in spec["sources"]:
        for table in source["tables"]:
            columns = {c["name"]: c.get("description", "") for c in table.get("columns", [])}
            found[table.get("identifier", table["name"])] = {
                "description": table["description"],
                "columns": columns,
            }
    return found


SOURCES = set(load_sources())
"""The relations the bridge creates for dbt: `lake_<table>` views, spam_rules, spam_settings."""


def build(
    lake: Lake,
    warehouse: Path,
    *,
    rules_file: Path | None = None,
    verdicts: Path | None = None,
    invoke: Invoke | None = None,
    target: Path | None = None,
) -> BuildReport:
    """Build the models into a new warehouse file and swap it in for `warehouse`.

    `rules_file` holds the spam rules (default: the one that ships); `verdicts` a folder
    of verdicts already scored with them (flows.spam.verdicts). `invoke` runs dbt (see
    `Invoke`; default dbt's own runner); `target` is dbt's target folder (default
    `<warehouse folder>/cache/dbt`: compiled SQL, run results, logs, the parse cache).
    """
    clock = _Clock()
    started = time.perf_counter()
    rules = load_rules(rules_file)
    building_dir = warehouse.with_name(warehouse.name + ".building")
    # The file inside has the warehouse's own name: DuckDB names the database after it,
    # and dbt writes that name into the views it creates.
    building = building_dir / warehouse.name
    target = target or warehouse.parent / "cache" / "dbt"
    files = {
        (table, day): [lakefs.uri(lake, path) for path in paths]
        for table in TABLES
        for day, paths in lake_partitions(lake, table).items()
    }
    keys = {part: _files_key(paths) for part, paths in files.items()}
    fingerprint = _fingerprint(rules.source)
    previous = _previous_build(warehouse)
    changed = {
        part for part, key in keys.items() if previous is None or previous[1].get(part) != key
    }
    incremental = (
        previous is not None and previous[0] == fingerprint and previous[1].keys() <= keys.keys()
    )
    clock.time("list the lake", started)
    if incremental and not changed:
        return _current(warehouse, lake, clock)

    shutil.rmtree(building_dir, ignore_errors=True)
    building_dir.mkdir(parents=True)
    try:
        started = time.perf_counter()
        if incremental:
            shutil.copyfile(warehouse, building)
            clock.time("copy the previous warehouse", started)
        started = time.perf_counter()
        with _connect(building) as con:
            lakefs.register(con, lake)
            if incremental and _lost_pages(con, files, changed):
                incremental = False
        if not incremental:  # an empty file: dbt builds every model whole
            building.unlink()
            changed = set(keys)
        with _connect(building) as con:
            lakefs.register(con, lake)
            rows = _create_sources(con, files, rules)
            _create_changes(con, files, changed)
        clock.time("sources", started)

        started = time.perf_counter()
        with _dbt_environment(building, lake, rules_file, verdicts):
            result = (invoke or _dbt_runner())(_dbt_args("build", target))
        _close_dbt_connection()
        clock.time("dbt build", started)
        nodes = _node_results(result)
        _raise_on_failure(result, nodes, building)

        started = time.perf_counter()
        with _connect(building) as con:
            models = [n.node.name for n in nodes if n.node.resource_type == "model"]
            for name in models:
                rows[name] = _scalar(con, f'select count(*) from main."{name}"')
            rebuilt = {
                name: _scalar(con, f'select count(*) from {CHANGES}."{name}__keys"')
                for name in models
                if incremental and _exists(con, CHANGES, f"{name}__keys")
            }
            _record_build(con, lake, keys, fingerprint)
            con.execute(f"drop schema {CHANGES} cascade")
            con.execute("checkpoint")
        clock.time("record and checkpoint", started)
        os.replace(building, warehouse)
    finally:
        shutil.rmtree(building_dir, ignore_errors=True)
    for n in nodes:
        clock.seconds[n.node.name] = n.execution_time
    return BuildReport(
        rows=rows,
        tests_passed=sum(1 for n in nodes if n.node.resource_type == "test" and n.status == "pass"),
        seconds=clock.seconds,
        incremental=rebuilt,
        changed_partitions=len(changed),
    )


def generate_docs(out: Path, warehouse: Path | None = None) -> Path:
    """`dbt docs generate --static`: the models' docs site (lineage, columns, data tests)
    written to the folder `out`; returns its one-file page, which opens from disk. With
    `warehouse`, column types come from (a copy of) it; without, the page still shows
    everything the project says. `out` also gets dbt's index.html, manifest.json and
    catalog.json, for `dbt docs serve` or any static web server."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "warehouse.duckdb"
        if warehouse is not None and warehouse.exists():
            shutil.copyfile(warehouse, copy)
        target = Path(scratch) / "target"
        with _dbt_environment(copy, None, None, None):
            result = _dbt_runner()([*_dbt_args("docs", target), "--static"])
        _close_dbt_connection()
        if not result.success:
            raise RuntimeError(f"dbt docs generate failed: {result.exception}")
        out.mkdir(parents=True, exist_ok=True)
        for name in ("static_index.html", "index.html", "manifest.json", "catalog.json"):
            shutil.copyfile(target / name, out / name)
    return out / "static_index.html"


class _Clock:
    """Adds up the wall time of named build steps."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def time(self, step: str, started: float) -> None:
        self.seconds[step] = self.seconds.get(step, 0.0) + time.perf_counter() - started


def _dbt_runner() -> Invoke:
    from dbt.cli.main import dbtRunner

    return dbtRunner().invoke


def _close_dbt_connection() -> None:
    """dbt-duckdb keeps its DuckDB connection open after a run (until the process exits).
    Close it: the file is about to be moved, and a later connect to the same path in this
    process would get that connection's database, stale, instead of the file."""
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    environment = DuckDBConnectionManager._ENV
    if environment is not None:
        environment.close()
    DuckDBConnectionManager.close_all_connections()


def _dbt_args(command: str, target: Path) -> list[str]:
    args = [command] if command != "docs" else ["docs", "generate"]
    return [
        *args,
        "--project-dir", str(PROJECT_DIR),
        "--profiles-dir", str(PROJECT_DIR),
        "--target-path", str(target.resolve()),
        "--log-path", str((target / "logs").resolve()),
        "--quiet",
    ]  # fmt: skip


@contextmanager
def _dbt_environment(
    path: Path, lake: Lake | None, rules_file: Path | None, verdicts: Path | None
) -> Iterator[None]:
    """The variables sql/profiles.yml reads (NEWSFLOW_DBT_PATH …), set while dbt runs: the
    database file, the lake, the spam rules and verdicts, DuckDB's memory and threads."""
    settings = Settings()
    values = {
        "NEWSFLOW_DBT_PATH": str(path.resolve()),
        "NEWSFLOW_DBT_MEMORY": settings.duckdb_memory,
        "NEWSFLOW_DBT_THREADS": str(settings.duckdb_threads),
        "NEWSFLOW_DBT_LAKE": lakefs.uri(lake, "") if lake is not None else "",
        "NEWSFLOW_DBT_SPAM_RULES": str(rules_file.resolve()) if rules_file else "",
        "NEWSFLOW_DBT_SPAM_VERDICTS": str(verdicts.resolve()) if verdicts else "",
    }
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _node_results(result: Any) -> list[Any]:
    """dbt's result per node (model or test), in the order they finished."""
    results = getattr(result.result, "results", None)
    if results is None:
        raise RuntimeError(f"dbt build did not run: {result.exception}")
    return list(results)


def _raise_on_failure(result: Any, nodes: list[Any], building: Path) -> None:
    """A failed model raises RuntimeError; a failed data test DataTestFailed, with the
    first offending rows (its query run again on the building file)."""
    errors = [n for n in nodes if n.status in ("error", "runtime error")]
    if errors:
        raise RuntimeError(
            "dbt build failed: "
            + "; ".join(f"{n.node.resource_type} {n.node.name}: {n.message}" for n in errors)
        )
    failed = [n for n in nodes if n.status == "fail"]
    if failed:
        messages = []
        with duckdb.connect(str(building), read_only=True) as con:
            for n in failed:
                cursor = con.execute(f"select * from ({n.node.compiled_code}) limit 5")
                header = [d[0] for d in cursor.description]
                sample = "\n".join(
                    str(dict(zip(header, row, strict=True))) for row in cursor.fetchall()
                )
                messages.append(f"data test {n.node.name} failed; offending rows:\n{sample}")
        raise DataTestFailed("\n".join(messages))
    if not result.success:
        raise RuntimeError(f"dbt build failed: {result.exception}")


@contextmanager
def _connect(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_VERSION})
    try:
        yield con
    finally:
        con.close()


def _files_key(paths: list[str]) -> str:
    return hashlib.sha256("\n".join(paths).encode()).hexdigest()[:16]


def _fingerprint(rules_source: str) -> str:
    """A hash of what the models' rows depend on besides the lake: the dbt project (its
    Python models too), the spam rules and their code, the story clustering code
    (flows.stories), the plugin and this bridge, the lake's columns, and the dbt versions.
    Any change rebuilds every model."""
    digest = hashlib.sha256(rules_source.encode())
    for path in sorted(PROJECT_DIR.rglob("*")):
        if path.is_file() and path.suffix in (".sql", ".yml", ".py"):
            digest.update(path.relative_to(PROJECT_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    for module in (scoring, regex_gate, plugin, lsh, placement, tables):
        digest.update(Path(str(module.__file__)).read_bytes())
    digest.update(Path(__file__).read_bytes())
    digest.update(repr(sorted((name, str(schema)) for name, schema in TABLES.items())).encode())
    for package in ("dbt-core", "dbt-duckdb", "duckdb"):
        digest.update(metadata.version(package).encode())
    return digest.hexdigest()[:16]


def _previous_build(warehouse: Path) -> tuple[str, dict[tuple[str, str], str]] | None:
    """The last build's fingerprint and the files key of each lake partition it read."""
    if not warehouse.exists():
        return None
    try:
        with duckdb.connect(str(warehouse), read_only=True) as con:
            (fingerprint,) = con.execute(f"select fingerprint from {FINGERPRINT}").fetchall()[0]
            found = con.execute(f"select lake_table, dt, files_key from {PARTITIONS}").fetchall()
    except (duckdb.Error, IndexError):
        return None
    return fingerprint, {(table, day): key for table, day, key in found}


def _current(warehouse: Path, lake: Lake, clock: _Clock) -> BuildReport:
    """Nothing changed: the warehouse stays; its row counts, for the report."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        lakefs.register(con, lake)
        names = [
            name
            for (name,) in con.execute(
                "select table_name from duckdb_tables() where schema_name = 'main' "
                "union all select view_name from duckdb_views() "
                "where schema_name = 'main' and not internal"
            ).fetchall()
            if not name.startswith("_")
        ]
        rows = {name: _scalar(con, f'select count(*) from main."{name}"') for name in names}
    ordered = {name: rows[name] for name in sorted(rows, key=lambda n: n not in SOURCES)}
    return BuildReport(rows=ordered, tests_passed=0, seconds=clock.seconds, dbt_ran=False)


def _lost_pages(
    con: duckdb.DuckDBPyConnection,
    files: dict[tuple[str, str], list[str]],
    changed: set[tuple[str, str]],
) -> bool:
    """Whether a changed partition lost a page its staging model (`stg_<table>`) had
    from it: then the previous rows are no longer valid."""
    for table, day in sorted(changed):
        if not _exists(con, "main", f"stg_{table}"):
            return True
        paths = ", ".join(_literal(path) for path in files[(table, day)])
        lost = _scalar(
            con,
            f'select count(*) from main."stg_{table}" where dt = ? and page_id not in '
            f"(select page_id from read_parquet([{paths}]))",
            [day.removeprefix("dt=")],
        )
        if lost:
            return True
    return False


def _create_sources(
    con: duckdb.DuckDBPyConnection,
    files: dict[tuple[str, str], list[str]],
    rules: scoring.RuleSet,
) -> dict[str, int]:
    """A `lake_<table>` view over each lake table's files, the spam rules as tables, and
    their descriptions from sources.yml as comments."""
    rows: dict[str, int] = {}
    for table in TABLES:
        # The files as of this build, listed, not globbed: a reader of this warehouse
        # keeps seeing them (and only them) while a later run adds files to the lake.
        _create_lake_view(con, f"main.lake_{table}", table, files)
        rows[f"lake_{table}"] = _scalar(con, f"select count(*) from main.lake_{table}")
    rule_rows = [(rule.name, rule.weight, rule.description) for rule in rules.rules]
    campaign = rules.campaign
    rule_rows.append((campaign.name, campaign.weight, campaign.description))
    con.execute(
        "create or replace table spam_rules as select * from (values "
        + ", ".join("(?, ?, ?)" for _ in rule_rows)
        + ") as rules(name, weight, description)",
        [value for rule in rule_rows for value in rule],
    )
    rows["spam_rules"] = len(rule_rows)
    con.execute(
        "create or replace table spam_settings as select ? as threshold, ? as campaign_name, "
        "? as campaign_weight, ? as campaign_min_pages, ? as campaign_min_authors, "
        "? as campaign_min_chars",
        [
            rules.threshold,
            campaign.name,
            campaign.weight,
            campaign.min_pages,
            campaign.min_authors,
            campaign.min_chars,
        ],
    )
    rows["spam_settings"] = 1
    views = {name for (name,) in con.execute("select view_name from duckdb_views()").fetchall()}
    for name, spec in load_sources().items():
        kind = "view" if name in views else "table"
        con.execute(f'comment on {kind} "{name}" is {_literal(spec["description"])}')
        for column, text in spec["columns"].items():
            con.execute(f'comment on column "{name}"."{column}" is {_literal(text)}')
    return rows


def _create_changes(
    con: duckdb.DuckDBPyConnection,
    files: dict[tuple[str, str], list[str]],
    changed: set[tuple[str, str]],
) -> None:
    """The schema the incremental models keep this build's changes in, starting with the
    lake's: `lake_partitions` (lake_table, dt) and a `lake_<table>` view over just the
    changed partitions' files, which the staging models read instead of the whole table.
    (A filter `dt in (subquery)` on the whole table's view gave rows of other partitions
    with DuckDB 2.0.1.)"""
    con.execute(f"drop schema if exists {CHANGES} cascade")
    con.execute(f"create schema {CHANGES}")
    con.execute(f"create table {CHANGES}.lake_partitions (lake_table varchar, dt date)")
    if changed:
        con.executemany(
            f"insert into {CHANGES}.lake_partitions values (?, ?)",
            [(table, day.removeprefix("dt=")) for table, day in sorted(changed)],
        )
    for table in TABLES:
        in_changed = {part: paths for part, paths in files.items() if part in changed}
        _create_lake_view(con, f"{CHANGES}.lake_{table}", table, in_changed)


def _create_lake_view(
    con: duckdb.DuckDBPyConnection, name: str, table: str, files: dict[tuple[str, str], list[str]]
) -> None:
    """A view over the listed files of a lake table, or an empty table of its columns."""
    listed = [path for (t, _), paths in sorted(files.items()) if t == table for path in paths]
    con.execute(f"drop view if exists {name}")
    con.execute(f"drop table if exists {name}")
    if listed:
        con.execute(
            f"create view {name} as select * from read_parquet([{', '.join(map(_literal, listed))}], "
            "hive_partitioning = true, hive_types = {'dt': date}, union_by_name = true)"
        )
    else:
        schema = TABLES[table].append(pa.field("dt", pa.date32()))
        con.register("empty_lake_table", pa.Table.from_pylist([], schema=schema))
        con.execute(f"create table {name} as select * from empty_lake_table")
        con.unregister("empty_lake_table")


def _record_build(
    con: duckdb.DuckDBPyConnection, lake: Lake, keys: dict[tuple[str, str], str], fingerprint: str
) -> None:
    """What the next build compares with: the partitions read, the fingerprint, the lake."""
    con.execute(
        f"create or replace table {PARTITIONS} (lake_table varchar, dt varchar, files_key varchar)"
    )
    if keys:
        con.executemany(
            f"insert into {PARTITIONS} values (?, ?, ?)",
            [(table, day, key) for (table, day), key in sorted(keys.items())],
        )
    con.execute(f"create or replace table {FINGERPRINT} as select ? as fingerprint", [fingerprint])
    con.execute(f"create or replace table {LAKE} as select ? as url", [lakefs.uri(lake, "")])


def _exists(con: duckdb.DuckDBPyConnection, schema: str, name: str) -> bool:
    return bool(
        _scalar(
            con,
            "select count(*) from information_schema.tables "
            "where table_schema = ? and table_name = ?",
            [schema, name],
        )
    )


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    """The single value a query returns. fetchall, not fetchone: DuckDB 2.0 refuses new work
    on a connection whose last result was not read to the end."""
    return con.execute(sql, params).fetchall()[0][0]


def _literal(value: Any) -> str:
    return "'" + str(value).replace("'", "''") + "'"
