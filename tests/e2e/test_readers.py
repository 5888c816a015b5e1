"""Ad-hoc readers during a run, in other processes: they don't block it, it doesn't block them,
and they see the old warehouse or the new one, never a half-built one."""

import json
import subprocess
import sys
import time

from tests.support import crash, lake_reader

READER = """
import json, pathlib, sys, time
import duckdb
path, models = sys.argv[1], json.loads(sys.argv[2])
held = duckdb.connect(path, read_only=True)  # open for the whole run
print("open", flush=True)
seen, errors = set(), []
stop = pathlib.Path(sys.argv[3])  # the test creates it when its run is over
while not stop.exists():
    try:
        with duckdb.connect(path, read_only=True) as con:
            seen.add(json.dumps([con.execute(f'select count(*) from "{m}"').fetchall()[0][0]
                                 for m in models]))
    except Exception as error:
        errors.append(repr(error))
    time.sleep(0.01)
held_counts = [held.execute(f'select count(*) from "{m}"').fetchall()[0][0] for m in models]
print(json.dumps({"seen": sorted(seen), "errors": errors[:5], "held": held_counts}), flush=True)
"""
MODELS = ["stg_pages", "stg_comments", "int_comments_scored", "daily_news", "daily_spam_rate"]


def _counts(data) -> list[int]:
    import duckdb

    with duckdb.connect(str(data / "warehouse.duckdb"), read_only=True) as con:
        return [con.execute(f'select count(*) from "{m}"').fetchall()[0][0] for m in MODELS]


def test_a_reader_open_during_a_run_never_blocks_it_nor_sees_half_a_model(prefect_api, tmp_path):
    from flows.pipeline.flow import news_pipeline

    raw, data = tmp_path / "raw", tmp_path / "data"
    crash.small_corpus(raw / "first", pages=6)
    news_pipeline(raw=str(raw), data=str(data))
    before = _counts(data)
    crash.small_corpus(raw / "second", pages=10)

    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(data / "warehouse.duckdb"), json.dumps(MODELS),
         str(tmp_path / "stop")],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert reader.stdout.readline().strip() == "open"
    started = time.monotonic()
    summary = news_pipeline(raw=str(raw), data=str(data))
    assert time.monotonic() - started < 60, "the run waited for the reader"
    after = _counts(data)
    query = subprocess.run(
        [sys.executable, "-m", "flows.cli.main", "query", "select count(*) as n from daily_news",
         "--data", str(data), "--format", "csv"],
        check=False, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    (tmp_path / "stop").touch()
    report = json.loads(reader.stdout.readline())
    reader.wait(timeout=60)

    assert summary.parsed == 10
    assert after != before
    assert report["errors"] == []
    assert {tuple(json.loads(s)) for s in report["seen"]} <= {tuple(before), tuple(after)}
    assert report["held"] == before, "a connection open across the swap keeps its snapshot"
    assert (query.returncode, query.stdout.split()) == (0, ["n", str(after[3])])


def test_newsflow_query_cannot_write(prefect_api, tmp_path):
    from flows.pipeline.flow import news_pipeline

    crash.small_corpus(tmp_path / "raw", pages=2)
    news_pipeline(raw=str(tmp_path / "raw"), data=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-m", "flows.cli.main", "query", "drop table daily_news",
         "--data", str(tmp_path / "data")],
        check=False, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert "read-only" in result.stderr
    assert _counts(tmp_path / "data")[3] > 0


def test_a_read_write_session_on_the_warehouse_does_not_block_a_run(prefect_api, tmp_path):
    from flows.pipeline.flow import news_pipeline

    raw, data = tmp_path / "raw", tmp_path / "data"
    crash.small_corpus(raw / "first", pages=2)
    news_pipeline(raw=str(raw), data=str(data))
    holds_it = (
        "import sys, time, duckdb\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "con.execute('select 1').fetchall()\n"
        "print('open', flush=True)\n"
        "time.sleep(60)"
    )
    writer = subprocess.Popen(
        [sys.executable, "-c", holds_it, str(data / "warehouse.duckdb")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "open"
        crash.small_corpus(raw / "second", pages=2)
        summary = news_pipeline(raw=str(raw), data=str(data))
    finally:
        writer.kill()
        writer.wait()
    assert summary.parsed == 2
    assert summary.daily_news


def test_readers_polling_the_lake_through_a_compaction_never_see_an_error(prefect_api, tmp_path):
    """A run that compacts the lake retires the files it merged instead of deleting them, so
    the warehouse in use (its `lake_*` views list the files) stays readable, also through a
    connection opened before the next warehouse is swapped in; the next run deletes them."""
    import duckdb

    from flows.lake import store
    from flows.pipeline.flow import news_pipeline

    raw, data = tmp_path / "raw", tmp_path / "data"
    crash.small_corpus(raw / "first", pages=27)  # 9 pages a day over 3 days: 9 files each
    first = news_pipeline(raw=str(raw), data=str(data), batch_size=1)
    assert first.files_compacted > 0
    crash.small_corpus(raw / "second", pages=27)

    held = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    with lake_reader.polling(data / "warehouse.duckdb", tmp_path / "stop") as report:
        second = news_pipeline(raw=str(raw), data=str(data), batch_size=1)

    assert second.files_compacted > 0, "the second run compacted the files the first one read"
    assert report["errors"] == [], report
    assert report["polls"] > 10
    assert {tuple(c) for c in report["counts"]} <= {(29, 29), (58, 58)}, report
    assert held.execute("select count(*) from lake_pages").fetchall() == [(29,)]
    held.close()
    retired = store.retired_files(data / "lake")
    assert retired, "the files the second run replaced stay for readers of the first warehouse"
    assert len(store.table_files(data / "lake", "pages")) == 3  # a file a day

    news_pipeline(raw=str(raw), data=str(data))  # nothing new: the next swap
    assert store.retired_files(data / "lake") == set(), "deleted after the next swap"
    assert not list((data / "lake").glob(f"{store.RETIRED}/*.json"))
    assert not any((data / "lake" / path).exists() for path in retired)
