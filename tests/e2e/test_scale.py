"""Scale-out: ingest jobs on a process pool and on a real Dask cluster, and lake compaction."""

import json
import os
from datetime import date, datetime

import duckdb
import pyarrow.parquet as pq
import pytest

from flows.contracts import RawPage
from flows.lake import store
from flows.lake.compact import compact_days, compact_partition, partition_files
from flows.lake.rows import page_rows
from tests.support.pages import http_response, wordpress_page, write_warc

DAYS = ("2024-11-01", "2024-11-02", "2024-11-03")
SPAM = "Cheap loans, instant approval! Contact us on WhatsApp +234 803 123 4567"


def story(site: str, n: int, day: str) -> tuple[str, bytes]:
    url = f"https://{site}/story-{n}"
    comments = [("Ada", f"{day}T09:00:00Z", f"Comment on story {n}."),
                ("Loans", f"{day}T09:30:00Z", SPAM)]  # fmt: skip
    return url, wordpress_page(f"Story {n} on {site}", url, f"{day}T08:00:00Z", comments)


@pytest.fixture
def crawl_dir(tmp_path):
    """Three days from two sites as WARC.gz archives, one JSON Lines dump and loose files."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for site in ("a.example", "b.example"):
        for day in DAYS:
            records = []
            for n in range(4):
                url, html = story(site, n + 10 * DAYS.index(day), day)
                records.append(("request", url, f"{day}T10:0{n}:00Z", b"GET / HTTP/1.1\r\n\r\n"))
                records.append(("response", url, f"{day}T10:0{n}:00Z", http_response(html)))
            write_warc(raw / f"{site}-{day}.warc.gz", records)
    with open(raw / "c.example.jsonl", "w", encoding="utf-8") as dump:
        for n, day in enumerate(DAYS):
            url, html = story("c.example", n, day)
            dump.write(json.dumps({"url": url, "fetched_at": f"{day}T12:00:00Z",
                                   "html": html.decode()}) + "\n")  # fmt: skip
    for n in range(3):
        url, html = story("d.example", n, DAYS[0])
        (raw / f"d-{n}.html").write_bytes(html)
        (raw / f"d-{n}.html.meta.json").write_text(
            json.dumps({"url": url, "fetched_at": f"{DAYS[0]}T13:00:00Z"}), encoding="utf-8"
        )
    return raw


PAGES = 2 * 3 * 4 + 3 + 3


def lake_counts(data) -> dict[str, int]:
    with duckdb.connect(str(data / "warehouse.duckdb"), read_only=True) as con:
        return {
            name: con.execute(f"select count(*) from {name}").fetchall()[0][0]
            for name in ("stg_pages", "stg_comments", "int_comments_scored", "daily_spam_rate")
        }


def test_pipeline_on_a_process_pool_ingests_archives_in_few_files(prefect_api, crawl_dir, tmp_path):
    from flows.pipeline.flow import news_pipeline

    data = tmp_path / "data"
    first = news_pipeline(raw=str(crawl_dir), data=str(data), batch_size=1, workers=2)

    assert first.archives == 7
    assert first.pages_found == PAGES
    assert first.parsed == PAGES
    assert first.rejected == []
    assert first.records_skipped == {"WARC request record": 24}
    assert first.rows_written["comments"] == 2 * PAGES
    files_per_day = {DAYS[0]: 1 + 3, DAYS[1]: 1, DAYS[2]: 1}  # the archives are one job
    for table in ("pages", "comments"):
        for day, files in files_per_day.items():
            assert len(partition_files(data / "lake", table, date.fromisoformat(day))) == files
    assert first.files_compacted == 0, "under COMPACT_AT_FILES files a partition is left alone"
    assert lake_counts(data) == {
        "stg_pages": PAGES, "stg_comments": 2 * PAGES, "int_comments_scored": 2 * PAGES,
        "daily_spam_rate": 3 * 3 + 1,
    }  # fmt: skip

    second = news_pipeline(raw=str(crawl_dir), data=str(data), batch_size=1, workers=2)
    assert second.inputs_unchanged == 7 + 3, "unchanged inputs are not read again"
    assert second.seen_before == PAGES
    assert second.parsed == 0
    assert second.files_compacted == 0

    touched = crawl_dir / "a.example-2024-11-02.warc.gz"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    third = news_pipeline(raw=str(crawl_dir), data=str(data), batch_size=1, workers=2)
    assert third.inputs_unchanged == 7 + 3 - 1
    assert third.seen_before == PAGES, "a changed input is read and its pages hashed"
    assert third.parsed == 0


def test_pipeline_on_a_dask_cluster_with_two_worker_processes(prefect_api, crawl_dir, tmp_path):
    from distributed import Client, LocalCluster, get_task_stream

    from flows.pipeline.flow import news_pipeline, pipeline_flow

    pool = tmp_path / "pool"
    news_pipeline(raw=str(crawl_dir), data=str(pool), workers=2)
    on_dask = tmp_path / "dask"
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        with get_task_stream(client) as stream:
            summary = pipeline_flow("dask", dask_address=cluster.scheduler_address)(
                raw=str(crawl_dir), data=str(on_dask), runner="dask", batch_size=1
            )
        workers = {task["worker"] for task in stream.data}
        pids = set(client.run(os.getpid).values())

    assert summary.parsed == PAGES
    assert summary.records_skipped == {"WARC request record": 24}
    assert len(workers) == 2, "both Dask worker processes ran ingest jobs"
    assert len(stream.data) >= 1 + 3, "one job for the small archives, one per page file"
    assert len(pids) == 2
    assert lake_counts(on_dask) == lake_counts(pool)


def raw_page(n: int, day: str) -> RawPage:
    url, html = story("a.example", n, day)
    return RawPage(html, f"p{n}.html", datetime.fromisoformat(f"{day}T10:00:00+00:00"), url)


def test_compact_partition_merges_files_and_drops_repeated_pages(tmp_path):
    day = date(2024, 11, 1)
    store.write_batch(tmp_path, [page_rows(raw_page(n, DAYS[0]), "r1") for n in (0, 1)])
    store.write_batch(tmp_path, [page_rows(raw_page(n, DAYS[0]), "r2") for n in (1, 2, 3)])
    store.write_batch(tmp_path, [page_rows(raw_page(n, DAYS[0]), "r3") for n in (4,)])
    assert len(partition_files(tmp_path, "comments", day)) == 3

    replaced = compact_partition(tmp_path, "comments", day)

    files = partition_files(tmp_path, "comments", day)
    assert replaced == 3
    assert len(files) == 1
    comments = pq.read_table(tmp_path / files[0])  # a path inside the lake
    assert comments.num_rows == 2 * 5
    assert sorted(set(comments["comment_id"].to_pylist())) == sorted(
        comments["comment_id"].to_pylist()
    )
    assert compact_partition(tmp_path, "comments", day) == 0


def test_compact_days_merges_only_days_with_many_small_files(tmp_path):
    for n in range(4):
        store.write_batch(tmp_path, [page_rows(raw_page(n, DAYS[0]), "r")])
        pair = [page_rows(raw_page(10 + 2 * n + k, DAYS[1]), "r") for k in (0, 1)]
        store.write_batch(tmp_path, pair)
    store.write_batch(tmp_path, [page_rows(raw_page(20, DAYS[1]), "r")])
    first, second = date.fromisoformat(DAYS[0]), date.fromisoformat(DAYS[1])

    replaced = compact_days(tmp_path, {first, second}, at_files=4, small_pages=2)

    assert replaced == 4 * 4, "day one's 4 one-page files in each of the 4 tables"
    assert len(partition_files(tmp_path, "pages", first)) == 1
    assert len(partition_files(tmp_path, "pages", second)) == 5, "one small file of five"


def test_lake_views_prune_partitions_by_day(prefect_api, crawl_dir, tmp_path):
    from flows.pipeline.flow import news_pipeline

    data = tmp_path / "data"
    news_pipeline(raw=str(crawl_dir), data=str(data), workers=1)
    with duckdb.connect(str(data / "warehouse.duckdb"), read_only=True) as con:
        plan = "\n".join(
            row[1]
            for row in con.execute(
                "explain analyze select count(*) from lake_pages where dt = date '2024-11-02'"
            ).fetchall()
        )
        count = con.execute(
            "select count(*) from lake_pages where dt = date '2024-11-02'"
        ).fetchall()[0][0]
    assert count == 2 * 4 + 1
    files = len(list((data / "lake" / "pages").glob("dt=*/*.parquet")))
    assert files > 1
    assert f"Scanning Files: 1/{files}" in plan, plan
