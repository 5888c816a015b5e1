"""The lake's commit protocol on real Parquet files: whole batches or nothing, after any crash."""

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime

import pyarrow.parquet as pq
import pytest

from flows.contracts import RawPage
from flows.lake import store
from flows.lake.rows import page_rows
from flows.pipeline.runlock import RunInProgress, run_lock
from tests.support.pages import wordpress_page

FETCHED = datetime(2024, 11, 1, 12, tzinfo=UTC)


def _pages(n: int, prefix: str = "p") -> list:
    return [
        page_rows(
            RawPage(
                data=wordpress_page(
                    f"Story {i}",
                    f"https://a.example/{prefix}{i}",
                    "2024-11-01T08:00:00Z",
                    [("Ada", "2024-11-01T09:00:00Z", f"Comment on {i}.")],
                ),
                source=f"{prefix}{i}.html",
                fetched_at=FETCHED,
            ),
            run_id="test",
        )
        for i in range(n)
    ]


def _visible(lake_dir) -> dict[str, list[str]]:
    """What a reader globbing the table folders sees: page ids per table."""
    seen = {}
    for table in ("pages", "articles", "comments"):
        files = store.table_files(lake_dir, table)
        seen[table] = (
            sorted(pq.ParquetDataset(files).read(columns=["page_id"]).column(0).to_pylist())
            if files
            else []
        )
    return seen


def test_write_batch_publishes_every_table_and_keeps_a_commit_record(tmp_path):
    written = store.write_batch(tmp_path, _pages(3))
    assert written == {"pages": 3, "articles": 3, "comments": 3, "links": 6}  # Home, About
    assert not (tmp_path / store.STAGING).exists() or not any((tmp_path / store.STAGING).iterdir())
    [record] = store.committed_batches(tmp_path)
    assert {f["table"]: f["rows"] for f in record["files"]} == written
    assert all((tmp_path / f["path"]).is_file() for f in record["files"])
    assert len(set(_visible(tmp_path)["pages"])) == 3


def test_an_uncommitted_staged_batch_is_invisible_and_recovery_discards_it(tmp_path):
    store.write_batch(tmp_path, _pages(2, "old"))
    before = _visible(tmp_path)
    # The state a crash between staging and the commit record leaves: files staged, no record.
    other = tmp_path.parent / "other"
    store.write_batch(other, _pages(2, "new"))
    [record] = store.committed_batches(other)
    staged = tmp_path / store.STAGING / record["batch"]
    for entry in record["files"]:
        (staged / entry["path"]).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(other / entry["path"], staged / entry["path"])
    assert _visible(tmp_path) == before

    assert store.recover(tmp_path) == store.Recovery(published=0, discarded=1)
    assert not staged.exists()
    assert _visible(tmp_path) == before


def test_a_committed_batch_cut_short_while_publishing_is_finished_by_recovery(tmp_path):
    store.write_batch(tmp_path, _pages(3))
    expected = _visible(tmp_path)
    # The state a crash in the middle of publishing leaves: articles published, the rest staged.
    [record] = store.committed_batches(tmp_path)
    staged = tmp_path / store.STAGING / record["batch"]
    for entry in record["files"]:
        if entry["table"] != "articles":
            (staged / entry["path"]).parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp_path / entry["path"], staged / entry["path"])
    assert _visible(tmp_path)["pages"] == []

    assert store.recover(tmp_path) == store.Recovery(published=1, discarded=0)
    assert store.recover(tmp_path) == store.Recovery(published=0, discarded=0)
    assert _visible(tmp_path) == expected


def test_writing_the_same_batch_again_replaces_instead_of_adding(tmp_path):
    store.write_batch(tmp_path, _pages(2))
    store.write_batch(tmp_path, _pages(2))
    assert _visible(tmp_path)["articles"] == sorted(
        p.tables["pages"][0]["page_id"] for p in _pages(2)
    )


def test_a_page_parquet_refuses_becomes_a_rejected_page_not_a_failed_batch(tmp_path):
    good, bad = _pages(2)
    bad.tables["articles"][0]["word_count"] = "many"  # what a parser bug could hand over
    written = store.write_batch(tmp_path, [good, bad])
    assert written["pages"] == 2 and written["articles"] == 1
    pages = pq.ParquetDataset(store.table_files(tmp_path, "pages")).read().to_pylist()
    refused = [p for p in pages if p["status"] == "rejected"]
    assert [p["page_id"] for p in refused] == [bad.tables["pages"][0]["page_id"]]
    assert refused[0]["error"].startswith("row error: a value cannot be stored")


def test_a_second_run_on_the_same_data_folder_stops_with_a_clear_message(tmp_path):
    holds_the_lock = (
        "import sys, time; from pathlib import Path; from flows.pipeline.runlock import run_lock\n"
        "with run_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", holds_the_lock, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with (
            pytest.raises(RunInProgress, match=rf"pid {holder.pid}, started .*Wait for it"),
            run_lock(tmp_path),
        ):
            pass
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # kill -9 leaves no stale lock: the kernel drops it with the process.
    deadline = time.monotonic() + 5
    with run_lock(tmp_path) as path:
        assert time.monotonic() < deadline
        assert path.read_text().startswith(f"pid {os.getpid()},")
