"""The lake on object storage: a real S3 API (moto's server on 127.0.0.1) through s3fs.

Nothing of ours is mocked: flows, workers, DuckDB and `newsflow query` talk HTTP to an
S3 endpoint, found the way users configure one (AWS_ENDPOINT_URL and credentials).
"""

import json
import logging
from collections.abc import Iterator
from datetime import date

import duckdb
import pytest

from flows.contracts import RawPage
from flows.lake import lakefs, store
from flows.lake.compact import COMPACT_AT_FILES, compact_partition, partition_files
from flows.lake.rows import page_rows
from tests.support.cli import newsflow
from tests.support.pages import FETCHED, wordpress_page

BUCKET = "newsflow-lake"
PER_DAY = COMPACT_AT_FILES
"""Pages a day in the flow test: one job each, so every day gathers enough files to compact."""
SPAM = "Cheap loans, instant approval! Contact us on WhatsApp +234 803 123 4567"


@pytest.fixture(scope="module")
def s3() -> Iterator[object]:
    """An S3 endpoint for this module; the environment points s3fs (here and in every
    worker process and subprocess) at it, with dummy credentials."""
    import s3fs  # the dev dependencies install it, and moto
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    with pytest.MonkeyPatch.context() as env:
        for own in ("AWS_PROFILE", "AWS_ENDPOINT_URL_S3", "AWS_SESSION_TOKEN"):
            env.delenv(own, raising=False)  # a developer's own AWS settings must not leak in
        env.setenv("AWS_ENDPOINT_URL", f"http://{host}:{port}")
        env.setenv("AWS_ACCESS_KEY_ID", "testing")
        env.setenv("AWS_SECRET_ACCESS_KEY", "testing")
        env.setenv("AWS_DEFAULT_REGION", "us-east-1")
        s3fs.S3FileSystem.clear_instance_cache()  # none may keep another endpoint
        fs = s3fs.S3FileSystem()
        fs.mkdir(BUCKET)
        yield fs
        s3fs.S3FileSystem.clear_instance_cache()
    server.stop()


def _page(n: int, day: str, prefix: str = "p") -> RawPage:
    comments = [
        ("Ada", f"{day}T09:00:00Z", f"Comment on {n}."),
        ("Loans", f"{day}T09:30:00Z", SPAM),
    ]
    return RawPage(
        data=wordpress_page(f"Story {n}", f"https://a.example/{prefix}{n}", f"{day}T08:00:00Z", comments),
        source=f"{prefix}{n}.html",
        fetched_at=FETCHED.replace(day=int(day[-2:])),
    )  # fmt: skip


def _visible(where: str) -> dict[str, list[str]]:
    """What a reader of the table folders sees: page ids per table."""
    seen = {}
    for table in ("pages", "articles", "comments"):
        files = lakefs.glob(where, f"{table}/dt=*/*.parquet")
        ids = lakefs.read_table(where, files, columns=["page_id"]) if files else None
        seen[table] = sorted(ids.column(0).to_pylist()) if ids is not None else []
    return seen


@pytest.fixture
def raw_dir(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for n, day in enumerate(["2024-11-01"] * PER_DAY + ["2024-11-02"] * PER_DAY):
        page = _page(n, day)
        (raw / page.source).write_bytes(page.data)
        (raw / f"{page.source}.meta.json").write_text(
            json.dumps({"fetched_at": f"{day}T12:00:00Z"}), encoding="utf-8"
        )
    return raw


def test_pipeline_with_the_lake_on_s3_gives_the_rows_and_models_of_a_local_lake(
    prefect_api, s3, raw_dir, tmp_path
):
    from flows.pipeline.flow import news_pipeline

    url = f"s3://{BUCKET}/run/lake"
    pages = 2 * PER_DAY
    local = news_pipeline(
        raw=str(raw_dir), data=str(tmp_path / "local"), batch_size=1, runner="serial"
    )
    remote = news_pipeline(  # on the process pool: workers open the lake from its URL
        raw=str(raw_dir), data=str(tmp_path / "s3"), lake=url, batch_size=1, workers=2
    )

    assert remote.lake == url
    assert remote.parsed == local.parsed == pages
    assert remote.rows_written == local.rows_written
    assert remote.model_rows == local.model_rows
    assert remote.daily_spam_rate == local.daily_spam_rate
    assert remote.daily_news == local.daily_news
    assert remote.files_compacted == local.files_compacted == 2 * 4 * PER_DAY  # a file a page
    assert not (tmp_path / "s3" / "lake").exists()
    for table in ("pages", "articles", "comments", "links"):
        for day in ("2024-11-01", "2024-11-02"):
            assert len(partition_files(url, table, date.fromisoformat(day))) == 1
    assert not s3.glob(f"{BUCKET}/run/lake/{store.STAGING}/**")
    assert len(store.seen_page_ids(url)) == pages

    again = news_pipeline(raw=str(raw_dir), data=str(tmp_path / "s3"), lake=url, runner="serial")
    assert (again.parsed, again.seen_before, again.inputs_unchanged) == (0, pages, pages)

    # `newsflow query` (a subprocess) reads the lake views on S3 and the models alike.
    sql = (
        "select (select count(*) from lake_comments) as comments, "
        "(select count(*) from lake_pages) as pages, "
        "(select list(spam_comments order by day) from daily_spam_rate) as spam"
    )
    result = newsflow("query", sql, "--data", str(tmp_path / "s3"), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    with duckdb.connect(str(tmp_path / "local" / "warehouse.duckdb"), read_only=True) as con:
        cursor = con.execute(sql)
        [row] = cursor.fetchall()
        expected = dict(zip([d[0] for d in cursor.description], row, strict=True))
    assert json.loads(result.stdout) == expected
    assert expected == {"comments": 2 * pages, "pages": pages, "spam": [PER_DAY, PER_DAY]}


def test_recover_on_s3_discards_an_uncommitted_batch_and_finishes_a_committed_one(s3):
    where, other = f"s3://{BUCKET}/recover/lake", f"s3://{BUCKET}/recover/other"
    store.write_batch(where, [page_rows(_page(n, "2024-11-01"), "test") for n in range(3)])
    expected = _visible(where)
    # A crash between staging and the commit record: files staged, no record.
    store.write_batch(other, [page_rows(_page(n, "2024-11-01", "new"), "test") for n in range(2)])
    [record] = store.committed_batches(other)
    uncommitted = f"{BUCKET}/recover/lake/{store.staging_dir(record['batch'])}"
    for entry in record["files"]:
        s3.copy(f"{BUCKET}/recover/other/{entry['path']}", f"{uncommitted}/{entry['path']}")
    # A crash in the middle of publishing: articles published, the rest still staged.
    [record] = store.committed_batches(where)
    staged = f"{BUCKET}/recover/lake/{store.staging_dir(record['batch'])}"
    for entry in record["files"]:
        if entry["table"] != "articles":
            s3.mv(f"{BUCKET}/recover/lake/{entry['path']}", f"{staged}/{entry['path']}")
    s3.invalidate_cache()
    assert _visible(where)["pages"] == []

    assert store.recover(where) == store.Recovery(published=1, discarded=1)
    assert store.recover(where) == store.Recovery(published=0, discarded=0)
    assert _visible(where) == expected
    s3.invalidate_cache()
    assert not s3.exists(uncommitted)
    assert not s3.exists(staged)


def test_compaction_on_s3_cut_short_before_deleting_the_old_files_is_finished_by_recover(s3):
    where, root, day = f"s3://{BUCKET}/compact/lake", f"{BUCKET}/compact/lake", date(2024, 11, 1)
    for batch in ((0, 1), (2, 3), (4,)):
        store.write_batch(where, [page_rows(_page(n, day.isoformat()), "test") for n in batch])
    old = {path: s3.cat_file(f"{root}/{path}") for path in partition_files(where, "comments", day)}
    expected = _visible(where)

    assert compact_partition(where, "comments", day) == 3
    [merged] = partition_files(where, "comments", day)
    assert _visible(where) == expected
    # The state a crash leaves after the merged file was copied in, before the old ones went.
    key = next(r["batch"] for r in store.committed_batches(where) if r.get("replaces"))
    s3.copy(f"{root}/{merged}", f"{root}/{store.staging_dir(key)}/{merged}")
    for path, data in old.items():
        s3.pipe_file(f"{root}/{path}", data)
    assert len(partition_files(where, "comments", day)) == 4

    assert store.recover(where) == store.Recovery(published=1, discarded=0)
    assert partition_files(where, "comments", day) == [merged]
    assert _visible(where) == expected


def test_a_failed_write_on_s3_leaves_no_object(s3):
    where = f"s3://{BUCKET}/failed/lake"
    with pytest.raises(RuntimeError), lakefs.output(where, "pages/part.parquet") as sink:
        assert not isinstance(sink, str)
        sink.write(b"PAR1" * 1000)
        raise RuntimeError("the writer failed half-way")
    assert not lakefs.exists(where, "pages/part.parquet")
    assert lakefs.glob(where, "**") == []


@pytest.mark.parametrize(
    "given,local",
    [("data/lake", True), ("file:///srv/lake", True), ("memory://lake", False)],
)
def test_locate_keeps_local_paths_and_file_urls_on_local_disk(given, local):
    assert (lakefs.locate(given).fs is None) is local


def test_any_fsspec_filesystem_holds_a_lake_the_warehouse_reads(tmp_path):
    """fsspec's in-memory filesystem, as a stand-in for stores other than S3."""
    from flows.warehouse import dbt as warehouse

    where = "memory://newsflow-test/lake"
    local = tmp_path / "lake"
    for target in (where, local):
        for day in ("2024-11-01", "2024-11-02"):
            store.write_batch(target, [page_rows(_page(n, day), "test") for n in range(2)])
    built = {
        name: warehouse.build(target, tmp_path / name / "warehouse.duckdb")
        for name, target in (("memory", where), ("local", local))
    }
    assert built["memory"].rows == built["local"].rows
    assert built["memory"].rows["lake_comments"] == 8
    assert lakefs.uri(where, "pages").startswith("memory://")
    lakefs.delete_tree(where, "")
