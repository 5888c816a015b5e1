"""The record of ingested input files: what lets a run skip unchanged inputs unread."""

from flows.lake.ingest import plan_jobs
from flows.lake.manifest import INPUTS_DIR, ingested_inputs, record_inputs
from flows.readers.files import ArchiveRef, Discovery, discover


def test_record_inputs_keeps_one_file_and_the_newest_stamp(tmp_path):
    assert ingested_inputs(tmp_path) == {}
    assert record_inputs(tmp_path, []) == 0

    record_inputs(tmp_path, [("a.warc.gz", "10:1", 4), ("b.html", "5:1 -", 1)])
    record_inputs(tmp_path, [("a.warc.gz", "12:2", 5)])

    assert ingested_inputs(tmp_path) == {"a.warc.gz": ("12:2", 5), "b.html": ("5:1 -", 1)}
    assert len(list((tmp_path / INPUTS_DIR).iterdir())) == 1


def test_plan_leaves_out_inputs_whose_stamp_is_unchanged(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("a.html", "b.html", "c.html"):
        (raw / name).write_text("<title>x</title><p>x</p>", encoding="utf-8")
    found = discover(raw)
    ingested = {
        "a.html": (found.stamps["a.html"], 1),
        "b.html": ("0:0 -", 1),  # changed since it was ingested
    }

    plan = plan_jobs(found, batch_size=10, ingested=ingested)

    assert [ref.source for job in plan.jobs for ref in job.pages] == ["b.html", "c.html"]
    assert (plan.unchanged_files, plan.unchanged_pages) == (1, 1)


def test_plan_groups_small_archives_into_jobs_of_about_job_bytes():
    sizes = {"a.warc.gz": 40, "b.warc.gz": 70, "c.warc.gz": 300, "d.warc.gz": 10, "e.jsonl": 20}
    found = Discovery(
        archives=[ArchiveRef(f"/raw/{name}", name, size) for name, size in sizes.items()],
        stamps={name: f"{size}:1" for name, size in sizes.items()},
    )

    plan = plan_jobs(found, batch_size=10, job_bytes=100)

    assert [[a.source for a in job.archives] for job in plan.jobs] == [
        ["a.warc.gz", "b.warc.gz"],
        ["c.warc.gz"],
        ["d.warc.gz", "e.jsonl"],
    ]
    assert plan.jobs[2].stamps == {"d.warc.gz": "10:1", "e.jsonl": "20:1"}


def test_a_small_run_gets_two_archive_jobs_per_worker():
    mib = 2**20
    found = Discovery(
        archives=[ArchiveRef(f"/raw/{n}.warc.gz", f"{n}.warc.gz", 2 * mib) for n in range(8)]
    )

    assert len(plan_jobs(found, batch_size=10, workers=2).jobs) == 4
    assert len(plan_jobs(found, batch_size=10, workers=1).jobs) == 2
    big = Discovery(archives=[ArchiveRef(f"/raw/{n}.warc.gz", f"{n}", 8 * mib) for n in range(64)])
    assert len(plan_jobs(big, batch_size=10, workers=2).jobs) == 32, "16 MiB jobs at most"
