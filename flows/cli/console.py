"""What `newsflow` prints in the terminal: the run summary and query results, via rich."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from flows.pipeline import progress

if TYPE_CHECKING:
    from flows.pipeline.flow import RunSummary

console = Console()

TOP_STORIES_SHOWN = 5
"""Stories across sites the summary lists for the last day (the report lists more)."""


def print_table(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None = None
) -> None:
    """A table fitted to the terminal; piped or redirected, whole (no width limit, no
    value shortened), so `newsflow query … | less` shows every column."""
    terminal = console.is_terminal
    table = Table(*columns, title=title, title_justify="left")
    for row in rows:
        table.add_row(*(_cell(value, cut=terminal) for value in row))
    if terminal:
        console.print(table)
        return
    width = console.width
    console.width = 1_000_000  # the table takes the width it needs, no more
    try:
        console.print(table)
    finally:
        console.width = width


@contextmanager
def run_progress(*, quiet: bool = False) -> Iterator[None]:
    """A progress bar on stderr that follows the run's steps (pages ingested, models, report)."""
    if quiet:
        yield
        return
    bar = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("start Prefect", total=None)

    def show(step: str, done: int, total: int) -> None:
        bar.update(task, description=step, completed=done, total=total)

    # Prefect's console log handlers print through their own rich Console; lend them the
    # bar's so log lines scroll above the bar instead of being drawn through it.
    handlers = [h for h in _all_handlers() if isinstance(getattr(h, "console", None), Console)]
    own = [h.console for h in handlers]  # type: ignore[attr-defined]
    for handler in handlers:
        handler.console = bar.console  # type: ignore[attr-defined]
    try:
        with bar, progress.watching(show):
            yield
    finally:
        for handler, console_ in zip(handlers, own, strict=True):
            handler.console = console_  # type: ignore[attr-defined]


def _all_handlers() -> list[logging.Handler]:
    loggers = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
    return [h for lg in loggers if isinstance(lg, logging.Logger) for h in lg.handlers]


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
        console.print(f"  [red]rejected[/red] {escape(str(source))}: {escape(str(error))}")
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
    print_table(
        ["day", "site", "articles", "words", "agencies", "top story"],
        [
            (r.get("day"), r.get("site"), r.get("articles"), r.get("words"),
             r.get("source_agencies"), (r.get("top_stories") or [""])[0])
            for r in summary.daily_news
        ],
        title="daily_news",
    )  # fmt: skip
    last_day = max((r.get("day") or "" for r in summary.daily_top_stories), default="")
    if last_day:
        print_table(
            ["#", "headline", "sites", "carried by"],
            [
                (r.get("rank"), r.get("headline"), r.get("sites"), r.get("site_list"))
                for r in summary.daily_top_stories
                if r.get("day") == last_day
            ][:TOP_STORIES_SHOWN],
            title=f"top stories across sites, {last_day}",
        )
    print_table(
        ["day", "site", "comments", "spam", "spam rate", "top reasons"],
        [
            (r.get("day"), r.get("site"), r.get("comments"), r.get("spam_comments"),
             percent(r.get("spam_rate")), r.get("top_reasons"))
            for r in summary.daily_spam_rate
        ],
        title="daily_spam_rate",
    )  # fmt: skip
    if summary.report:
        console.print(f"[bold]Report[/bold]: {summary.report}")
    console.print(
        f"[bold]Next[/bold]: lake at {summary.lake}/, warehouse at {summary.warehouse} "
        f'(`newsflow query "select * from daily_news"` or `.venv/bin/duckdb -readonly {summary.warehouse}`); '
        "runs, logs and artifacts in the Prefect UI: `make server`, then http://127.0.0.1:4200"
    )


def percent(value: Any) -> str:
    """A rate as a percentage (`33%`); nothing for a null."""
    return "" if value is None else f"{float(value):.0%}"


def _cell(value: Any, cut: bool = True) -> str:
    """A value as table text, shown as it is (a title with `[b]` in it is not markup),
    shortened to 60 characters when `cut`."""
    if value is None:
        return ""
    if isinstance(value, list):
        return escape(", ".join("" if item is None else str(item) for item in value))
    text = str(value)
    return escape(text if len(text) <= 60 or not cut else text[:57] + "…")
