"""The `newsflow` command: run the pipeline, parse pages, score comments, query the warehouse.

`parse` and `spam` never import Prefect, so they start in well under a second.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from flows.settings import DataLayout

app = typer.Typer(
    help="newsflow: raw news pages → Parquet lake → DuckDB models → daily summaries.",
    no_args_is_help=True,
    add_completion=False,
)

EXIT_FAILED = 1
EXIT_DATA_TEST_FAILED = 3
EXIT_RUN_IN_PROGRESS = 4


def _layout(data: Path | None, lake: str | None = None) -> DataLayout:
    """The data folder's layout: the options given, else $NEWSFLOW_DATA / $NEWSFLOW_LAKE,
    else the defaults (flows.settings)."""
    from flows.settings import Settings

    return Settings().layout(data, lake)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=_json_default)


@app.command()
def run(
    raw: Annotated[
        Path | None,
        typer.Option(
            help="Folder of raw pages, searched recursively [default: $NEWSFLOW_RAW or data/raw]."
        ),
    ] = None,
    data: Annotated[
        Path | None,
        typer.Option(
            help="Where warehouse.duckdb, reports/ and lake/ (unless --lake) live "
            "[default: $NEWSFLOW_DATA or data]."
        ),
    ] = None,
    lake: Annotated[
        str | None,
        typer.Option(
            help="Where the lake lives: a folder, file://…, or an fsspec URL such as "
            "s3://bucket/lake [default: $NEWSFLOW_LAKE or <data>/lake]."
        ),
    ] = None,
    since: Annotated[
        datetime | None,
        typer.Option(
            formats=["%Y-%m-%d"], help="Only ingest pages fetched on or after this UTC date."
        ),
    ] = None,
    until: Annotated[
        datetime | None,
        typer.Option(
            formats=["%Y-%m-%d"], help="Only ingest pages fetched on or before this UTC date."
        ),
    ] = None,
    days: Annotated[
        int | None,
        typer.Option(min=1, help="Only the DAYS days ending on --until (default today)."),
    ] = None,
    batch_size: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Page files per ingest job (crawl archives: ~16 MiB a job) "
            "[default: $NEWSFLOW_BATCH_SIZE or 500].",
        ),
    ] = None,
    runner: Annotated[
        str,
        typer.Option(
            help="How ingest jobs run: processes (a process pool, all cores), serial, "
            "prefect-processes (Prefect's ProcessPoolTaskRunner) or dask (prefect-dask)."
        ),
    ] = "processes",
    workers: Annotated[
        int | None,
        typer.Option(
            min=1, help="Worker processes [default: all cores]; ignored with --dask-address."
        ),
    ] = None,
    dask_address: Annotated[
        str | None,
        typer.Option(help="An existing Dask scheduler, tcp://HOST:PORT (with --runner dask)."),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only warnings and the summary, no progress bar.")
    ] = False,
) -> None:
    """Run the whole pipeline as a Prefect flow: ingest raw pages, build the models, print a summary.

    Exit codes: 0 done; 1 the run failed; 2 bad usage; 3 a data test failed (the previous
    warehouse is kept); 4 another run is using the data folder (nothing was changed).
    """
    from flows.lake import lakefs
    from flows.settings import Settings

    settings = Settings()
    layout = settings.layout(data, lake)
    if layout.lake_url:
        try:
            lakefs.locate(layout.lake_url)
        except (ImportError, ValueError) as problem:  # an unknown protocol, its package missing
            raise typer.BadParameter(str(problem), param_hint="--lake") from problem
    _prepare_prefect(quiet=quiet)
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.cli.console import print_summary, run_progress
    from flows.pipeline.flow import RUNNERS, pipeline_flow
    from flows.pipeline.runlock import RunInProgress
    from flows.warehouse.dbt import DataTestFailed

    if runner not in RUNNERS:
        raise typer.BadParameter(f"expected one of {', '.join(RUNNERS)}", param_hint="--runner")
    if dask_address and runner != "dask":
        raise typer.BadParameter("needs --runner dask", param_hint="--dask-address")
    try:
        # The heartbeat thread adds a ~1 s floor to every run and tells a batch job nothing.
        with (
            temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
            run_progress(quiet=quiet),
        ):
            summary = pipeline_flow(runner, workers=workers, dask_address=dask_address)(
                raw=str(raw or settings.raw),
                data=str(layout.data),
                lake=layout.lake_url,
                since=since.date() if since else None,
                until=until.date() if until else None,
                days=days,
                batch_size=batch_size or settings.batch_size,
                runner=runner,
                workers=workers,
            )
    except DataTestFailed as failure:
        typer.echo(f"newsflow: {failure}", err=True)
        raise typer.Exit(EXIT_DATA_TEST_FAILED) from failure
    except RunInProgress as busy:
        typer.echo(f"newsflow: {busy}", err=True)
        raise typer.Exit(EXIT_RUN_IN_PROGRESS) from busy
    except Exception as failure:
        typer.echo(f"newsflow: run failed: {type(failure).__name__}: {failure}", err=True)
        raise typer.Exit(EXIT_FAILED) from failure
    print_summary(summary)


@app.command()
def parse(
    files: Annotated[list[Path], typer.Argument(help="HTML, .html.gz or plain-text page files.")],
    url: Annotated[str | None, typer.Option(help="URL the page was fetched from.")] = None,
    fetched_at: Annotated[
        str | None, typer.Option(help="When it was fetched (ISO 8601) [default: sidecar or mtime].")
    ] = None,
) -> None:
    """Parse pages without writing anything: one JSON object per page on stdout."""
    from flows.lake.rows import page_rows
    from flows.readers.files import read_page, source_ref
    from flows.times import parse_datetime

    moment = parse_datetime(fetched_at) if fetched_at else None
    if fetched_at and moment is None:
        raise typer.BadParameter(
            f"cannot read {fetched_at!r} as a date and time", param_hint="--fetched-at"
        )
    for path in files:
        if not path.is_file():
            print(_dumps({"file": str(path), "error": "no such file"}), flush=True)
            continue
        ref = source_ref(path, path.name)
        raw = read_page(ref)
        raw.url = url or raw.url
        raw.fetched_at = moment or raw.fetched_at
        rows = page_rows(raw, run_id="parse").tables
        page = rows["pages"][0]
        if page["status"] == "rejected":
            out = {"file": str(path), "page": page, "error": page["error"]}
        else:
            out = {
                "file": str(path),
                "page": page,
                "article": rows["articles"][0],
                "comments": rows["comments"],
                "links": rows["links"],
            }
        print(_dumps(out), flush=True)


@app.command()
def spam(
    rules: Annotated[
        Path | None, typer.Option(help="A spam rules file [default: the packaged spam_rules.toml].")
    ] = None,
) -> None:
    """Score comments: JSON Lines {"id", "text"} on stdin → {"id", "spam", "score", "reasons"} on stdout."""
    from flows.spam.scoring import default_rules, load_rules

    ruleset = load_rules(rules) if rules else default_rules()
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text = item["text"]
            if not isinstance(text, str):
                raise TypeError("text must be a string")
        except (ValueError, KeyError, TypeError) as problem:
            print(_dumps({"line": number, "error": f"bad input line: {problem}"}), flush=True)
            continue
        verdict = ruleset.score(text)
        print(
            _dumps(
                {
                    "id": item.get("id"),
                    "spam": verdict.spam,
                    "score": verdict.score,
                    "reasons": verdict.reasons,
                }
            )
        )


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL to run against the warehouse (read-only).")],
    data: Annotated[
        Path | None, typer.Option(help="Data folder [default: $NEWSFLOW_DATA or data].")
    ] = None,
    output: Annotated[str, typer.Option("--format", help="table, csv or jsonl.")] = "table",
) -> None:
    """Run a query on data/warehouse.duckdb, opened read-only."""
    import duckdb

    from flows.cli.console import print_table

    path = _layout(data).warehouse
    if not path.exists():
        typer.echo(f"newsflow: no warehouse at {path}; run `newsflow run` first", err=True)
        raise typer.Exit(EXIT_FAILED)
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            _open_lake(con)
            cursor = con.execute(sql)
            columns = [d[0] for d in cursor.description] if cursor.description else []
            rows = cursor.fetchall() if columns else []
    except duckdb.Error as error:
        typer.echo(f"newsflow: query failed: {error}", err=True)
        raise typer.Exit(EXIT_FAILED) from error
    if output == "jsonl":
        for row in rows:
            print(_dumps(dict(zip(columns, row, strict=True))))
    elif output == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        print_table(columns, rows)


def _open_lake(con: Any) -> None:
    """Let the warehouse's `lake_*` views read a lake on object storage: register the
    filesystem of the lake the warehouse was built from (its `_lake` table, see
    flows.warehouse.LAKE). The models are tables and need nothing."""
    import duckdb

    try:
        (url,) = con.execute("select url from _lake").fetchall()[0]
    except duckdb.CatalogException:  # built before the warehouse recorded its lake
        return
    if "://" in url:  # fsspec and pyarrow are imported only for a lake elsewhere
        from flows.lake import lakefs

        try:
            lakefs.register(con, url)
        except ImportError as missing:  # the models still answer; lake_* views will not
            typer.echo(f"newsflow: cannot open the lake at {url}: {missing}", err=True)


@app.command()
def report(
    data: Annotated[
        Path | None, typer.Option(help="Data folder [default: $NEWSFLOW_DATA or data].")
    ] = None,
    day: Annotated[
        datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="The day to report on [default: the last day]."),
    ] = None,
) -> None:
    """Write <data>/reports/YYYY-MM-DD.html from the warehouse, without running the pipeline."""
    from flows.warehouse.report import build_report, days_to_report

    layout = _layout(data)
    warehouse_path = layout.warehouse
    if not warehouse_path.exists():
        typer.echo(
            f"newsflow: no warehouse at {warehouse_path}; run `newsflow run` first", err=True
        )
        raise typer.Exit(EXIT_FAILED)
    days = [day.date()] if day else days_to_report(warehouse_path, None, None)
    if not days:
        typer.echo(f"newsflow: {warehouse_path} has no day to report on", err=True)
        raise typer.Exit(EXIT_FAILED)
    path, _ = build_report(warehouse_path, layout.reports, days[0])
    typer.echo(str(path))


@app.command()
def docs(
    out: Annotated[
        Path | None,
        typer.Option(help="Folder to write the docs site to [default: <data>/docs]."),
    ] = None,
    data: Annotated[
        Path | None, typer.Option(help="Data folder [default: $NEWSFLOW_DATA or data].")
    ] = None,
) -> None:
    """Write the models' docs site (`dbt docs generate`): models, columns, lineage and data
    tests, one page that opens from disk; column types come from the warehouse, if built."""
    from flows.warehouse.dbt import generate_docs

    layout = _layout(data)
    path = generate_docs(out or layout.docs, layout.warehouse)
    typer.echo(str(path))


def _prepare_prefect(*, quiet: bool) -> None:
    """Settings Prefect reads at import: a patient embedded API, no telemetry on a closed network."""
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    if quiet:
        os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"


if __name__ == "__main__":
    app()
