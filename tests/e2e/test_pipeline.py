"""The whole pipeline as a real Prefect flow run: real Parquet files, a real DuckDB warehouse."""

import json
from pathlib import Path

import duckdb
import pytest

from flows.lake import store
from tests.support.pages import wordpress_page

SPAM = "Cheap loans, instant approval! Contact us on WhatsApp +234 803 123 4567"
WIRE = "".join(
    f"<p>{text}</p>"
    for text in (
        (
            "Port officials in Lagos said on Monday that a container ship carrying more than "
            "four thousand boxes had run aground near the harbour entrance after its engine failed."
        ),
        (
            "Tugboats were sent to pull the vessel free at high tide, and no crew member was hurt, "
            "according to a statement from the ports authority issued late in the evening."
        ),
        (
            "Shipping agents warned that the blocked channel could delay other arrivals for "
            "several days, pushing up costs for importers already struggling with a weak currency."
        ),
    )
)
"""One wire story: a/two and b/three run it under their own headlines."""


@pytest.fixture
def raw_dir(tmp_path):
    raw = tmp_path / "raw"
    (raw / "a").mkdir(parents=True)
    (raw / "b" / "deeper").mkdir(parents=True)
    pages = {
        "a/one.html": (wordpress_page("One", "https://a.example/one", "2024-11-01T08:00:00Z",
                                      [("Ada", "2024-11-01T09:00:00Z", "Good story."),
                                       ("Loans", "2024-11-01T09:30:00Z", SPAM)]),
                       "2024-11-01T12:00:00Z"),
        "a/two.html": (wordpress_page("Two", "https://a.example/two", "2024-11-02T08:00:00Z",
                                      [("Bola", "2024-11-02T09:00:00Z", "I disagree.")],
                                      body=WIRE),
                       "2024-11-02T12:00:00Z"),
        "b/deeper/three.htm": (wordpress_page("Three", "https://b.example/three",
                                              "2024-11-02T10:00:00Z", body=WIRE),
                               "2024-11-02T12:00:00Z"),
        "b/empty.html": (b"", "2024-11-02T12:00:00Z"),
        "b/picture.html": (b"\x89PNG\r\n\x1a\n" + bytes(64), "2024-11-02T12:00:00Z"),
    }  # fmt: skip
    for name, (data, fetched) in pages.items():
        (raw / name).write_bytes(data)
        (raw / f"{name}.meta.json").write_text(
            json.dumps({"fetched_at": fetched}), encoding="utf-8"
        )
    (raw / "b" / "notes.md").write_text("not a page", encoding="utf-8")
    return raw


def test_pipeline_ingests_builds_models_and_is_idempotent(prefect_api, raw_dir, tmp_path):
    from flows.pipeline.flow import news_pipeline

    data = tmp_path / "data"
    first = news_pipeline(raw=str(raw_dir), data=str(data), batch_size=2)

    assert first.pages_found == 5
    assert first.not_pages == 1
    assert first.parsed == 3
    assert sorted(first.rejected) == [
        ("b/empty.html", "empty page: no bytes"),
        ("b/picture.html", "not a text page: the bytes are a PNG image"),
    ]
    assert first.rows_written["pages"] == 5
    assert first.rows_written["articles"] == 3
    assert first.rows_written["comments"] == 3
    assert first.model_rows["daily_news"] == 3  # (a, 11-01), (a, 11-02), (b, 11-02)
    assert [(r["day"], r["site"], r["spam_comments"]) for r in first.daily_spam_rate] == [
        ("2024-11-01", "a.example", 1),
        ("2024-11-02", "a.example", 0),
    ]
    assert sorted(p.name for p in (data / "lake" / "pages").iterdir()) == [
        "dt=2024-11-01",
        "dt=2024-11-02",
    ]

    second = news_pipeline(raw=str(raw_dir), data=str(data))
    assert second.seen_before == 5
    assert second.parsed == 0
    assert second.rows_written == {"pages": 0, "articles": 0, "comments": 0, "links": 0}
    assert second.model_rows == first.model_rows
    assert len(store.seen_page_ids(data / "lake")) == 5

    with duckdb.connect(str(data / "warehouse.duckdb"), read_only=True) as con:
        rejected = con.execute(
            "select source, error from stg_pages where status = 'rejected' order by source"
        ).fetchall()
    assert rejected == sorted(first.rejected)


def test_pipeline_publishes_keyed_summary_artifacts(prefect_api, raw_dir, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey, FlowRunFilter

    from flows.pipeline.flow import news_pipeline

    summary = news_pipeline(raw=str(raw_dir), data=str(tmp_path / "data"))
    keys = ["daily-news", "daily-spam-rate", "daily-top-stories"]
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=keys)),
            flow_run_filter=FlowRunFilter(id={"any_": [summary.run_id]}),
        )
    assert {a.key for a in artifacts} == set(keys)
    assert all(a.type == "table" for a in artifacts)
    top = next(a.data for a in artifacts if a.key == "daily-top-stories")
    rows = json.loads(top) if isinstance(top, str) else top
    # Newest day first: the wire story both sites ran, under its first copy's headline.
    assert [(r["day"], r["rank"], r["headline"], r["sites"], r["site_list"]) for r in rows] == [
        ("2024-11-02", 1, "Two", 2, "a.example, b.example"),
        ("2024-11-01", 1, "One", 1, "a.example"),
    ]
    assert summary.daily_top_stories[0]["site_list"] == ["a.example", "b.example"]
    page = Path(summary.report).read_text("utf-8")
    assert "<tr><td>1</td><td>Two</td><td>2</td><td>a.example, b.example</td>" in page
