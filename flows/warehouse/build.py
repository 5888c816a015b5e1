"""Build the DuckDB warehouse from the lake by running the SQL models in `sql/`.

Each model is one `.sql` file whose leading `--` comment block is YAML: a
description, how to materialise it, column descriptions and data tests. A model that SQL
cannot express (placing articles into stories) is a `.py` file whose docstring is that
YAML, naming the models it `reads`, and whose `model` function returns its rows. The run
order comes from the SQL itself: DuckDB's `json_serialize_sql` names the tables
each query reads. The warehouse is built in a new file and swapped in whole, so
readers see the old warehouse or the new one, never half of one; its `lake_*` views
list the lake files they read, so an old warehouse never mixes in a newer run's rows.

A model `materialized: incremental` is updated in a copy of the previous warehouse
instead of rebuilt: its header says which `unique_key` values (days, stories) the lake's
changed partitions touch (`changed`) and which rows of its inputs those need (`inputs`);
only those keys' rows are replaced. See `build`.
"""

from __future__ import annotations

import ast
import graphlib
import hashlib
import importlib.util
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import yaml

from flows.lake import lakefs
from flows.lake.lakefs import Lake
from flows.lake.schema import TABLES
from flows.lake.store import current_files
from flows.lake.store import partitions as lake_partitions
from flows.settings import Settings
from flows.spam import scoring
from flows.spam.scoring import RuleSet, campaign_text
from flows.spam.verdicts import VERDICT_FILES

_PACKAGE = Path(__file__).resolve().parents[1]
SQL_DIR = _PACKAGE / "sql" if (_PACKAGE / "sql").is_dir() else _PACKAGE.parent / "sql"
"""The SQL project: package data of an installed wheel (flows/sql), else the top-level sql/
of a source checkout or an editable install."""
STORAGE_VERSION = "v1.5.0"
"""Written so the DuckDB 1.5 CLI (`pip install duckdb-cli`) can open the warehouse too."""
SOURCES = {f"lake_{table}" for table in TABLES} | {"spam_rules", "spam_settings"}
SOURCES_FILE = SQL_DIR / "sources.yml"
"""Descriptions of the sources and their columns, stored as COMMENT ON like the models'."""
TESTED = "_tested_partitions"
"""Table in the warehouse: the lake partitions whose staging tests passed (see build)."""
LAKE = "_lake"
"""Table in the warehouse: the lake it was built from, so readers of its `lake_*` views
on object storage can open that filesystem (see `connect`)."""
DEFINITIONS = "_model_definitions"
"""Table in the warehouse: each model's definition hash as built (see `definition_hashes`)."""


class DataTestFailed(RuntimeError):
    """A data test found offending rows; the message shows the first of them."""


@dataclass(frozen=True, slots=True)
class Model:
    name: str
    layer: str
    sql: str
    description: str
    materialized: str
    columns: dict[str, str] = field(default_factory=dict)
    tests: dict[str, Any] = field(default_factory=dict)
    unique_key: str | None = None
    """Incremental models: the column whose values (a day, a story) are rebuilt whole."""
    changed: str | None = None
    """Incremental models: SQL giving the unique_key values to rebuild, from `changed_<model>`
    (every row, old or new, of what the build rebuilt upstream) and the models themselves."""
    inputs: dict[str, str] = field(default_factory=dict)
    """Incremental models: upstream name → SQL for the rows of it that the keys in
    `changed_keys` need; the model's SQL reads these instead of the whole upstream."""
    python: Path | None = None
    """A Python model's file (see `PythonModel`); `sql` then holds its source."""
    reads: tuple[str, ...] = ()
    """A Python model's upstream models and sources (an SQL model's are read from its SQL)."""


PythonModel = Callable[[duckdb.DuckDBPyConnection, Mapping[str, str] | None, str | None], pa.Table]
"""A Python model's `model(con, changed, this)`: its rows, as an Arrow table. In a build
from scratch `changed` and `this` are None and it returns every row; in an incremental
update `changed` maps each model it reads to a relation of that model's changed rows,
`this` names its own table, and it returns the rows to insert or replace (by unique_key)."""


@dataclass(slots=True)
class BuildReport:
    rows: dict[str, int]
    """Rows per model and source, in build order."""
    tests_passed: int
    seconds: dict[str, float] = field(default_factory=dict)
    """Wall time of each step (sources, each model, each model's tests), in build order."""
    incremental: dict[str, int] = field(default_factory=dict)
    """Models updated in place rather than rebuilt: how many keys of each were rebuilt."""


def load_models(sql_dir: Path = SQL_DIR) -> list[Model]:
    """Every model under `sql_dir`; a model without a description or grain fails here."""
    models = []
    for path in sorted([*sql_dir.rglob("*.sql"), *sql_dir.rglob("*.py")]):
        text = path.read_text("utf-8")
        python = path.suffix == ".py"
        try:
            header = yaml.safe_load(_docstring(text) if python else _header(text)) or {}
        except yaml.YAMLError as error:
            raise ValueError(f"{path}: the header comment is not valid YAML: {error}") from error
        if not header.get("description"):
            raise ValueError(f"{path}: the header comment needs a description of what a row is")
        if header.get("materialized") == "incremental" and not (
            header.get("unique_key") and (header.get("changed") or python)
        ):
            raise ValueError(f"{path}: an incremental model needs a unique_key and changed")
        if python and not header.get("reads"):
            raise ValueError(f"{path}: a Python model names the models it reads (reads)")
        models.append(
            Model(
                name=path.stem,
                layer=path.parent.name,
                sql=text,
                description=" ".join(str(header["description"]).split()),
                materialized=header.get("materialized", "view"),
                columns=header.get("columns") or {},
                tests=header.get("tests") or {},
                unique_key=header.get("unique_key"),
                changed=header.get("changed"),
                inputs=header.get("inputs") or {},
                python=path if python else None,
                reads=tuple(header.get("reads") or ()),
            )
        )
    return models


def _docstring(source: str) -> str:
    return ast.get_docstring(ast.parse(source)) or ""


def model_reads(con: duckdb.DuckDBPyConnection, model: Model) -> set[str]:
    """The models and sources a model reads."""
    return set(model.reads) if model.python else tables_read(con, model.sql)


def _python_model(model: Model) -> PythonModel:
    assert model.python is not None
    spec = importlib.util.spec_from_file_location(f"newsflow_model_{model.name}", model.python)
    if spec is None or spec.loader is None:
        raise ValueError(f"{model.python}: cannot load the Python model")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    function: PythonModel = module.model
    return function


def _header(sql: str) -> str:
    lines = []
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        lines.append(line[3:] if line.startswith("-- ") else line[2:])
    return "\n".join(lines)


def tables_read(con: duckdb.DuckDBPyConnection, sql: str) -> set[str]:
    """Names of the tables a query reads, from DuckDB's own parse tree (its CTEs left out)."""
    tree = json.loads(_scalar(con, "select json_serialize_sql(?)", [sql]))
    if tree.get("error"):
        raise ValueError(f"cannot parse SQL: {tree.get('error_message')}")
    tables: set[str] = set()
    ctes: set[str] = set()
    for node in _walk(tree):
        if node.get("type") == "BASE_TABLE":
            tables.add(node["table_name"])
        for cte in (node.get("cte_map") or {}).get("map", []):
            ctes.add(cte["key"])
    return tables - ctes


SPAM_FUNCTIONS = frozenset({"spam_verdict", "spam_campaign_text"})
"""The functions `_register_spam_verdict` gives the models."""
SPAM_TABLES = frozenset({"spam_rules", "spam_settings"})
"""The sources that hold the rules."""


def uses_spam(con: duckdb.DuckDBPyConnection, model: Model, reads: set[str]) -> bool:
    """Whether a model, reading `reads` (`model_reads`), reads the rules' tables or its own
    SQL calls the spam functions."""
    if reads & SPAM_TABLES:
        return True
    if model.python:
        return False
    tree = json.loads(_scalar(con, "select json_serialize_sql(?)", [model.sql]))
    return any(
        node.get("type") == "FUNCTION" and node.get("function_name") in SPAM_FUNCTIONS
        for node in _walk(tree)
    )


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def in_dependency_order(con: duckdb.DuckDBPyConnection, models: list[Model]) -> list[Model]:
    """Models sorted so each runs after the models it reads."""
    by_name = {model.name: model for model in models}
    graph: dict[str, set[str]] = {}
    for model in models:
        reads = model_reads(con, model)
        graph[model.name] = reads & by_name.keys()
        unknown = reads - by_name.keys() - SOURCES
        if unknown:
            raise ValueError(
                f"model {model.name} reads unknown tables: {', '.join(sorted(unknown))}"
            )
    return [by_name[name] for name in graphlib.TopologicalSorter(graph).static_order()]


def data_tests(
    model: Model, rows: str | None = None, whole: str | None = None
) -> Iterator[tuple[str, str]]:
    """(test name, query returning offending rows) for each test declared in the model header.

    `rows` names a table of just the rows to check (a partition, the rebuilt rows); with
    `whole`, the table they belong to, `unique` looks for copies of their keys there."""
    table = rows or _ident(model.name)
    for kind, spec in model.tests.items():
        if kind == "unique":
            cols = ", ".join(map(_ident, spec))
            source = table
            if rows and whole:
                source = f"(select * from {whole} semi join {rows} using ({cols}))"
            yield (
                f"unique({', '.join(spec)})",
                f"select {cols}, count(*) as copies from {source} group by all having count(*) > 1",
            )
        elif kind == "not_null":
            for column in spec:
                yield f"not_null({column})", f"select * from {table} where {_ident(column)} is null"
        elif kind == "accepted_values":
            for column, values in spec.items():
                allowed = ", ".join(_literal(v) for v in values)
                yield (
                    f"accepted_values({column})",
                    f"select * from {table} where {_ident(column)} not in ({allowed})",
                )
        elif kind == "accepted_range":
            for column, (low, high) in spec.items():
                checks = []
                if low is not None:
                    checks.append(f"{_ident(column)} < {float(low)}")
                if high is not None:
                    checks.append(f"{_ident(column)} > {float(high)}")
                yield (
                    f"accepted_range({column})",
                    f"select * from {table} where {' or '.join(checks)}",
                )
        elif kind == "expression_is_true":
            yield f"expression_is_true({spec})", f"select * from {table} where not ({spec})"
        else:
            raise ValueError(f"model {model.name}: unknown data test {kind!r}")


def definition_hashes(
    con: duckdb.DuckDBPyConnection, models: list[Model], rules: RuleSet
) -> dict[str, str]:
    """A hash per model of what its rows depend on besides the lake: its SQL and header,
    those of every model upstream, the lake schemas and this runner's code, and for a model
    that calls the spam functions or reads the rules, the spam rules and their code.
    A model whose hash changed since the last build is rebuilt whole, so a rules change
    rescores comments but leaves the stories to be updated in place. Rules built in code
    (no rules file text) get a new hash every time."""
    base = hashlib.sha256()
    base.update(Path(__file__).read_bytes())
    base.update(repr(sorted((name, str(schema)) for name, schema in TABLES.items())).encode())
    spam = hashlib.sha256(Path(scoring.__file__).read_bytes())
    spam.update(rules.source.encode() if rules.source else os.urandom(16))
    by_name = {model.name: model for model in models}
    hashes: dict[str, str] = {}
    for model in in_dependency_order(con, models):
        reads = model_reads(con, model)
        digest = base.copy()
        if uses_spam(con, model, reads):
            digest.update(spam.digest())
        digest.update(model.sql.encode())
        if model.python:  # what it imports from newsflow is part of its definition
            for code in _imported_code(model.sql):
                digest.update(code.read_bytes())
        for upstream in sorted(reads & by_name.keys()):
            digest.update(hashes[upstream].encode())
        hashes[model.name] = digest.hexdigest()[:16]
    return hashes


def _imported_code(source: str) -> list[Path]:
    """The source files of the newsflow packages a Python model imports from."""
    files: set[Path] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("flows."):
            package = _PACKAGE.joinpath(*node.module.split(".")[1:])
            folder = package if package.is_dir() else package.parent
            files.update(folder.glob("*.py"))
    return sorted(files)


class _Clock:
    """Adds up the wall time of named build steps."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def time(self, step: str, started: float) -> None:
        self.seconds[step] = self.seconds.get(step, 0.0) + time.perf_counter() - started


def build(
    lake: Lake,
    warehouse: Path,
    rules: RuleSet,
    *,
    sql_dir: Path = SQL_DIR,
    verdicts: Path | None = None,
    staging: Path | None = None,
) -> BuildReport:
    """Build every model into a new database file, test it, then swap it in for `warehouse`.

    `verdicts` is a folder of spam verdicts already scored with `rules` (flows.spam.verdicts);
    `spam_verdict` then answers from them in SQL and runs the rules only on other texts.

    Staging views over one lake table are tested per `dt` partition, and only partitions
    whose files changed since the last build are tested again (recorded in the warehouse
    table `_tested_partitions`), so a run over one new day tests that day, not history.
    With `staging`, a folder, their rows are also saved there per partition and the views
    read those files: models after them don't re-run staging's de-duplication over history.

    With `staging` and a previous warehouse, the build starts from a copy of it, and each
    incremental model whose definition hash is unchanged, and whose inputs are all staging
    views, incremental models updated the same way or views over those (their changes are
    their inputs' `changed_<model>`), is updated in place: the changed
    partitions' rows of each staging view are `changed_<view>`, the model's `changed` SQL
    turns them into the unique_key values to rebuild, those keys' rows are deleted and
    inserted again from the model's SQL run over its `inputs`, and the old and new rows
    become `changed_<model>` for the models after it. A lake partition that lost rows or
    went away (only appended partitions keep the old rows valid) rebuilds everything.
    """
    building = warehouse.with_name(warehouse.name + ".building")
    for stale in (building, building.with_name(building.name + ".wal")):
        stale.unlink(missing_ok=True)
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    clock = _Clock()
    started = time.perf_counter()
    previous, built_before = _previous_build(warehouse)
    if staging is not None and built_before:
        shutil.copyfile(warehouse, building)
        clock.time("copy the previous warehouse", started)
    tested: list[tuple[str, str, str, int]] = []
    outdated: list[Path] = []
    incremental: dict[str, int] = {}
    settings = Settings()
    con = duckdb.connect(
        str(building),
        config={
            "storage_compatibility_version": STORAGE_VERSION,
            "memory_limit": settings.duckdb_memory,
            "threads": settings.duckdb_threads,
        },
    )
    try:
        lakefs.register(con, lake)
        started = time.perf_counter()
        rows = _create_sources(con, lake, rules)
        _comment_sources(con, load_sources())
        _register_spam_verdict(con, rules, verdicts)
        clock.time("sources", started)
        models = in_dependency_order(con, load_models(sql_dir))
        hashes = definition_hashes(con, models, rules)
        tracked: set[str] = set()  # models whose changed rows this build knows
        passed = 0
        for model in models:
            started = time.perf_counter()
            reads = model_reads(con, model)
            if (
                model.materialized == "incremental"
                and built_before.get(model.name) == hashes[model.name]
                and reads - SOURCES <= tracked
            ):
                rebuilt, checked = _update_incremental(con, model)
                incremental[model.name] = rebuilt
                tracked.add(model.name)
                passed += checked
                rows[model.name] = _scalar(con, f"select count(*) from main.{_ident(model.name)}")
                clock.time(model.name, started)
                continue
            _create_model(con, model)
            clock.time(model.name, started)
            started = time.perf_counter()
            source = _partition_local_source(con, model)
            if source is None:
                passed += _run_tests(con, model)
                rows[model.name] = _scalar(con, f"select count(*) from {_ident(model.name)}")
                if model.materialized == "view" and reads - SOURCES <= tracked:
                    tracked.add(model.name)  # no rows of its own: its changes are upstream's
                clock.time(f"{model.name}: tests", started)
                continue
            staged = _stage_partitions(con, model, source, lake, staging, previous)
            rows[model.name] = staged.rows
            passed += staged.passed
            tested += staged.tested
            if staging:
                outdated += _use_saved_partitions(con, model, staging / model.name, staged.kept)
                if built_before and staged.appended:
                    _create_changed(con, model, staged.changed)
                    tracked.add(model.name)
            clock.time(f"{model.name}: tests", started)
        started = time.perf_counter()
        _drop_leftovers(con, {model.name for model in models})
        con.execute(
            f"create table {TESTED} (model varchar, dt varchar, files_key varchar, n bigint)"
        )
        if tested:
            con.executemany(f"insert into {TESTED} values (?, ?, ?, ?)", tested)
        con.execute(f"create table {DEFINITIONS} (model varchar, definition varchar)")
        con.executemany(f"insert into {DEFINITIONS} values (?, ?)", list(hashes.items()))
        con.execute(f"create table {LAKE} as select ? as url", [lakefs.uri(lake, "")])
        con.execute("checkpoint")
        clock.time("checkpoint", started)
    finally:
        con.close()
    os.replace(building, warehouse)
    if staging:
        _retire(staging, outdated)
    return BuildReport(
        rows=rows, tests_passed=passed, seconds=clock.seconds, incremental=incremental
    )


def _create_model(con: duckdb.DuckDBPyConnection, model: Model) -> None:
    """Create a model from scratch (an incremental one as a table), with its comments."""
    kind = "view" if model.materialized == "view" and not model.python else "table"
    _drop(con, model.name)
    if model.python:
        rows = _python_model(model)(con, None, None)  # noqa: F841 (read by the SQL)
        con.execute(f"create table {_ident(model.name)} as select * from rows")
    else:
        con.execute(f"create {kind} {_ident(model.name)} as {model.sql}")
    con.execute(f"comment on {kind} {_ident(model.name)} is {_literal(model.description)}")
    for column, text in model.columns.items():
        con.execute(
            f"comment on column {_ident(model.name)}.{_ident(column)} is {_literal(str(text))}"
        )


@dataclass(slots=True)
class _Staged:
    rows: int = 0
    passed: int = 0
    tested: list[tuple[str, str, str, int]] = field(default_factory=list)
    """(model, dt, files key, rows) of every current partition."""
    kept: list[Path] = field(default_factory=list)
    """The saved partitions the staging view reads."""
    changed: list[Path] = field(default_factory=list)
    """The saved partitions tested in this build: new or changed since the last one."""
    appended: bool = True
    """No partition lost pages or went away since the last build."""


def _stage_partitions(
    con: duckdb.DuckDBPyConnection,
    model: Model,
    source: str,
    lake: Lake,
    staging: Path | None,
    previous: dict[tuple[str, str], tuple[str, int]],
) -> _Staged:
    """Test (and save, with `staging`) the partitions of a staging view that changed since
    the previous build; the others passed then and are counted as they were."""
    staged = _Staged()
    for day, files in _partitions(lake, source).items():
        files_key = hashlib.sha256("\n".join([model.sql, *files]).encode()).hexdigest()[:16]
        known = previous.get((model.name, day))
        saved = staging / model.name / day / f"part-{files_key}.parquet" if staging else None
        if known is None or known[0] != files_key or (saved and not saved.exists()):
            n = _test_partition(con, model, source, files, saved)
            staged.passed += len(list(data_tests(model)))
            if staging and known and not _kept_rows(con, staging, model, day, known[0], saved):
                staged.appended = False
            known = (files_key, n)
            if saved:
                staged.changed.append(saved)
        staged.rows += known[1]
        staged.tested.append((model.name, day, *known))
        if saved:
            staged.kept.append(saved)
    current = {day for _, day, _, _ in staged.tested}
    if any(name == model.name and day not in current for name, day in previous):
        staged.appended = False
    return staged


def _update_incremental(con: duckdb.DuckDBPyConnection, model: Model) -> tuple[int, int]:
    """Rebuild the rows of the keys the model's `changed` SQL names; tests run on them.
    Returns (keys rebuilt, tests passed)."""
    table, key = f"main.{_ident(model.name)}", _ident(str(model.unique_key))
    changed = _ident(f"changed_{model.name}")
    if model.python:
        upstream = {name: f"temp.{_ident('changed_' + name)}" for name in model.reads}
        rows = _python_model(model)(con, upstream, table)  # noqa: F841 (read by the SQL)
        con.execute("create temp table rebuilt as select * from rows")
        changed_sql = f"select {key} from temp.rebuilt"
    else:
        changed_sql = model.changed or ""
    con.execute(
        f"create or replace temp table changed_keys as select distinct {key} "
        f"from ({changed_sql}\n) as changed where {key} is not null"
    )
    keys = f"{key} in (select {key} from changed_keys)"
    con.execute(f"create temp table {changed} as select * from {table} where {keys}")
    if not model.python:
        for name, sql in model.inputs.items():
            con.execute(f"create temp table {_ident(name)} as {sql}")
        con.execute(f"create temp table rebuilt as select * from ({model.sql}\n) where {keys}")
        for name in model.inputs:
            con.execute(f"drop table temp.{_ident(name)}")
    con.execute(f"delete from {table} where {keys}")
    con.execute(f"insert into {table} by name select * from rebuilt")
    con.execute(f"insert into {changed} by name select * from rebuilt")
    try:
        passed = _run_tests(con, model, rows="rebuilt", whole=table)
    finally:
        con.execute("drop table temp.rebuilt")
    return _scalar(con, "select count(*) from changed_keys"), passed


def _create_changed(con: duckdb.DuckDBPyConnection, model: Model, changed: list[Path]) -> None:
    """`changed_<view>`: the rows of a staging view's changed partitions, as saved."""
    name = _ident(f"changed_{model.name}")
    if changed:
        paths = ", ".join(_literal(path.resolve().as_posix()) for path in changed)
        con.execute(
            f"create temp view {name} as "
            f"select * from read_parquet([{paths}], hive_partitioning = false)"
        )
    else:
        con.execute(f"create temp view {name} as select * from {_ident(model.name)} limit 0")


def _kept_rows(
    con: duckdb.DuckDBPyConnection,
    staging: Path,
    model: Model,
    day: str,
    old_key: str,
    new: Path | None,
) -> bool:
    """Whether every page of a changed partition's previous rows is still in it: then the
    previous build's rows stay valid and only the partition's rows need another look."""
    old = staging / model.name / day / f"part-{old_key}.parquet"
    if new is None or not old.exists() or not new.exists():
        return False
    lost = _scalar(
        con,
        f"select count(*) from read_parquet({_literal(old.as_posix())}) "
        f"where page_id not in (select page_id from read_parquet({_literal(new.as_posix())}))",
    )
    return lost == 0


def _drop(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Drop a table or view in the warehouse (a copy of the previous one may hold it)."""
    found = con.execute(
        "select table_type from information_schema.tables "
        "where table_schema = 'main' and table_name = ?",
        [name],
    ).fetchall()
    if found:
        kind = "view" if found[0][0] == "VIEW" else "table"
        con.execute(f"drop {kind} main.{_ident(name)}")


def _drop_leftovers(con: duckdb.DuckDBPyConnection, models: set[str]) -> None:
    """Drop what a previous build made and this one does not: models since removed, and
    the bookkeeping tables, which the build writes anew."""
    wanted = models | SOURCES
    for (name,) in con.execute(
        "select table_name from information_schema.tables where table_schema = 'main'"
    ).fetchall():
        if name not in wanted:
            _drop(con, name)


def _retire(staging: Path, outdated: list[Path]) -> None:
    """Delete the saved partitions the build before this one stopped using, and note the
    ones this build stopped using for the next build to delete. A reader that opened the
    warehouse just swapped out keeps its snapshot, whose views read them, until then."""
    notes = staging / "_retired.json"
    retired = set(json.loads(notes.read_text("utf-8"))) if notes.exists() else set()
    for name in retired:
        Path(name).unlink(missing_ok=True)
    notes.parent.mkdir(parents=True, exist_ok=True)
    temporary = notes.with_name(f".{notes.name}.tmp")
    temporary.write_text(json.dumps(sorted({str(p) for p in outdated} - retired)), "utf-8")
    os.replace(temporary, notes)


def _run_tests(
    con: duckdb.DuckDBPyConnection,
    model: Model,
    rows: str | None = None,
    whole: str | None = None,
) -> int:
    """Run a model's data tests (see data_tests); the first failure raises with its
    offending rows."""
    passed = 0
    for test_name, query in data_tests(model, rows, whole):
        offending = con.execute(f"{query} limit 5")
        found = offending.fetchall()
        if found:
            header = [d[0] for d in offending.description]
            sample = "\n".join(str(dict(zip(header, row, strict=True))) for row in found)
            raise DataTestFailed(
                f"data test {model.name}: {test_name} failed; offending rows:\n{sample}"
            )
        passed += 1
    return passed


def _partition_local_source(con: duckdb.DuckDBPyConnection, model: Model) -> str | None:
    """The lake table a staging view reads, when it reads just one: its rows and tests are
    then local to a `dt` partition (all rows of a page share one, and the tests' keys,
    page_id, comment_id, (page_id, position), are a page's), so unchanged partitions that
    passed before need no new test."""
    if model.layer != "staging" or model.materialized == "table":
        return None
    reads = tables_read(con, model.sql)
    if len(reads) != 1:
        return None
    (name,) = reads
    return name.removeprefix("lake_") if name.startswith("lake_") else None


def _partitions(lake: Lake, table: str) -> dict[str, list[str]]:
    """dt partition → its Parquet files (absolute paths or URLs), in order."""
    return {
        day: [lakefs.uri(lake, path) for path in files]
        for day, files in lake_partitions(lake, table).items()
    }


def _test_partition(
    con: duckdb.DuckDBPyConnection,
    model: Model,
    table: str,
    files: list[str],
    saved: Path | None = None,
) -> int:
    """Run a staging view's tests over one partition's files; returns its rows there.

    A temporary view named like the source shadows it (DuckDB looks in `temp` first), so
    the model's own SQL runs unchanged; its rows are kept in a temporary table, so the
    de-duplication runs once for all tests. With `saved`, the partition's rows are also
    written there as Parquet, once they passed."""
    paths = ", ".join(map(_literal, files))
    con.execute(
        f"create temp view {_ident('lake_' + table)} as select * from read_parquet([{paths}], "
        "hive_partitioning = true, hive_types = {'dt': date}, union_by_name = true)"
    )
    try:
        con.execute(f"create temp table partition_rows as {model.sql}")
    finally:
        con.execute(f"drop view temp.{_ident('lake_' + table)}")
    try:
        _run_tests(con, model, rows="temp.partition_rows")
        if saved is not None:
            saved.parent.mkdir(parents=True, exist_ok=True)
            temporary = saved.with_name(f".{saved.name}.tmp")
            con.execute(
                f"copy temp.partition_rows to {_literal(temporary)} "
                "(format parquet, compression zstd)"
            )
            os.replace(temporary, saved)
        return int(_scalar(con, "select count(*) from temp.partition_rows"))
    finally:
        con.execute("drop table temp.partition_rows")


def _use_saved_partitions(
    con: duckdb.DuckDBPyConnection, model: Model, folder: Path, kept: list[Path]
) -> list[Path]:
    """Point a staging view at its saved partitions, so the models after it read clean
    rows instead of re-running its SQL over history. Returns the files no longer current."""
    if kept:
        paths = ", ".join(_literal(path.resolve().as_posix()) for path in kept)
        con.execute(
            f"create or replace view {_ident(model.name)} as "
            f"select * from read_parquet([{paths}], hive_partitioning = false)"
        )
        con.execute(f"comment on view {_ident(model.name)} is {_literal(model.description)}")
    current = set(kept)
    return [path for path in folder.glob("dt=*/*.parquet") if path not in current]


def _previous_build(
    warehouse: Path,
) -> tuple[dict[tuple[str, str], tuple[str, int]], dict[str, str]]:
    """What the last build recorded: (model, dt) → (files key, rows) of the partitions whose
    tests passed, and model → definition hash (empty when it recorded none)."""
    if not warehouse.exists():
        return {}, {}
    try:
        with duckdb.connect(str(warehouse), read_only=True) as con:
            found = con.execute(f"select model, dt, files_key, n from {TESTED}").fetchall()
            try:
                built = con.execute(f"select model, definition from {DEFINITIONS}").fetchall()
            except duckdb.CatalogException:
                built = []
    except duckdb.Error:
        return {}, {}
    return {(model, day): (key, n) for model, day, key, n in found}, dict(built)


def _create_sources(con: duckdb.DuckDBPyConnection, lake: Lake, rules: RuleSet) -> dict[str, int]:
    """A `lake_<table>` view over each lake table's Parquet files, and the spam rules as a table."""
    rows: dict[str, int] = {}
    for table, schema in TABLES.items():
        name = f"lake_{table}"
        _drop(con, name)
        files = current_files(lake, table)  # retired files left out (flows.lake.store)
        if files:
            # The files as of this build, listed, not globbed: a reader of this warehouse
            # keeps seeing them (and only them) while a later run adds files to the lake.
            listed = ", ".join(_literal(lakefs.uri(lake, path)) for path in files)
            con.execute(
                f"create view {name} as select * from read_parquet([{listed}], "
                "hive_partitioning = true, hive_types = {'dt': date}, union_by_name = true)"
            )
        else:
            empty = pa.Table.from_pylist([], schema=schema.append(pa.field("dt", pa.date32())))
            con.register("empty_lake_table", empty)
            con.execute(f"create table {name} as select * from empty_lake_table")
            con.unregister("empty_lake_table")
        rows[name] = _scalar(con, f"select count(*) from {name}")
    rule_rows = [(rule.name, rule.weight, rule.description) for rule in rules.rules]
    campaign = rules.campaign
    rule_rows.append((campaign.name, campaign.weight, campaign.description))
    _drop(con, "spam_rules")
    _drop(con, "spam_settings")
    con.execute(
        "create table spam_rules as select * from (values "
        + ", ".join("(?, ?, ?)" for _ in rule_rows)
        + ") as rules(name, weight, description)",
        [value for rule in rule_rows for value in rule],
    )
    rows["spam_rules"] = len(rule_rows)
    con.execute(
        "create table spam_settings as select ? as threshold, ? as campaign_name, "
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
    return rows


def load_sources(path: Path = SOURCES_FILE) -> dict[str, dict[str, Any]]:
    """Each source's description and column descriptions, from sql/sources.yml."""
    sources: dict[str, dict[str, Any]] = yaml.safe_load(path.read_text("utf-8")) or {}
    unknown = sources.keys() - SOURCES
    if unknown:
        raise ValueError(f"{path}: not a source: {', '.join(sorted(unknown))}")
    return sources


def _comment_sources(con: duckdb.DuckDBPyConnection, sources: dict[str, dict[str, Any]]) -> None:
    views = {name for (name,) in con.execute("select view_name from duckdb_views()").fetchall()}
    for name, spec in sources.items():
        kind = "view" if name in views else "table"
        con.execute(f"comment on {kind} {_ident(name)} is {_literal(spec['description'])}")
        for column, text in (spec.get("columns") or {}).items():
            con.execute(f"comment on column {_ident(name)}.{_ident(column)} is {_literal(text)}")


def _register_spam_verdict(
    con: duckdb.DuckDBPyConnection, rules: RuleSet, verdicts: Path | None
) -> None:
    """`spam_verdict(text)` for the models: the rules in Python, or, given scored verdicts,
    a lookup by the text's md5 (a join DuckDB runs in bounded memory) with the rules only
    for texts not among them."""

    def score_text(text: str) -> dict[str, Any]:
        verdict = rules.score(text)
        return {"score": verdict.score, "is_spam": verdict.spam, "reasons": verdict.reasons}

    files = sorted(verdicts.glob(VERDICT_FILES)) if verdicts else []
    name = "spam_verdict" if not files else "score_spam_text"
    con.create_function(
        name,
        score_text,
        ["VARCHAR"],  # type: ignore[list-item]
        "STRUCT(score DOUBLE, is_spam BOOLEAN, reasons VARCHAR[])",  # type: ignore[arg-type]
    )
    con.create_function(
        "spam_campaign_text",
        campaign_text,
        ["VARCHAR"],  # type: ignore[list-item]
        "VARCHAR",  # type: ignore[arg-type]
    )
    if not files:
        return
    paths = ", ".join(_literal(path.resolve().as_posix()) for path in files)
    con.execute(
        "create temp view known_verdicts as "
        f"select distinct on (text_md5) * from read_parquet([{paths}])"
    )
    con.execute(
        "create temp macro spam_verdict(t) as coalesce("
        "(select {'score': v.score, 'is_spam': v.is_spam, 'reasons': v.reasons} "
        "from known_verdicts as v where v.text_md5 = md5(t)), score_spam_text(t))"
    )


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    """The single value a query returns. fetchall, not fetchone: DuckDB 2.0 refuses new work
    on a connection whose last result was not read to the end."""
    return con.execute(sql, params).fetchall()[0][0]


def _ident(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def _literal(value: Any) -> str:
    return "'" + str(value).replace("'", "''") + "'"
