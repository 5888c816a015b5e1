"""What `newsflow` prints in the terminal: the run summary and query results, via rich."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from flows.pipeline import RunSummary

console = Console()


def print_table(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None = None
) -> None:
    table = Table(*columns, title=title, title_justify="left")
    for row in rows:
        table.add_row(*(_cell(value) for value in row))
    console.print(table)


def print_summary(summary: RunSummary) -> None:
    """The end-of-run report: what came in, what was written, the daily summaries, where to look."""
    console.print(
        f"[bold]Pages[/bold]: {summary.pages_found} found under {summary.raw}, "
        f"{summary.seen_before} already in the lake, "
        f"[green]{summary.parsed} parsed[/green], [red]{len(summary.rejected)} rejected[/red]"
        + (f" ({summary.not_pages} other files ignored)" if summary.not_pages else "")
    )
    if summary.archives:
        skipped = ", ".join(f"{n} {why}" for why, n in sorted(summary.records_skipped.items()))
        console.print(
            f"[bold]Crawl archives[/bold]: {summary.archives} read; "
            f"records that are not pages: {skipped or 'none'}"
        )
    for source, error in summary.rejected[:10]:
        console.print(f"  [red]rejected[/red] {source}: {error}")
    if len(summary.rejected) > 10:
        console.print(f"  … and {len(summary.rejected) - 10} more (see the pages table)")
    print_table(
        ["table / model", "rows written this run", "rows in warehouse"],
        [
            (name, summary.rows_written.get(name.removeprefix("lake_"), "") if name.startswith("lake_") else "",
             rows)
            for name, rows in summary.model_rows.items()
        ],
        title=f"Lake and warehouse ({summary.tests_passed} data tests passed)",
    )  # fmt: skip
    for name, rows in (
        ("daily_news", summary.daily_news),
        ("daily_spam_rate", summary.daily_spam_rate),
    ):
        columns = list(rows[0]) if rows else []
        print_table(columns, [list(row.values()) for row in rows], title=name)
    console.print(
        f"[bold]Next[/bold]: lake at {summary.lake}/, warehouse at {summary.warehouse} "
        f'(`newsflow query "select * from daily_news"` or `duckdb -readonly {summary.warehouse}`); '
        "runs, logs and artifacts in the Prefect UI: `make server`, then http://127.0.0.1:4200"
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"
