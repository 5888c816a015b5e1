"""What a run did shows in the UI (#17 item 7): a keyed `run-summary` table artifact per run,
and the flow run's state message, which says so when a run found nothing new."""

from __future__ import annotations

from tests.support import crash


def test_each_run_publishes_what_it_did_and_a_run_with_nothing_new_says_so(prefect_api, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.pipeline.flow import news_pipeline

    crash.small_corpus(tmp_path / "raw", pages=4)
    args = {"raw": str(tmp_path / "raw"), "data": str(tmp_path / "data")}
    first = news_pipeline(**args, return_state=True)
    assert first.is_completed()
    assert first.message.startswith("Ingested 6 new pages of 6 found: 4 parsed, 2 rejected (33%)")
    summary = first.result()
    assert summary.parsed == 4

    again = news_pipeline(**args, return_state=True)
    assert again.message.startswith("Found nothing new: all 6 pages")

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["run-summary"]))
        )
    by_run = {a.flow_run_id: a for a in artifacts}
    table = by_run[first.state_details.flow_run_id].data
    rows = {row["what"]: row["value"] for row in _rows(table)}
    assert rows["pages found"] == "6" and rows["parsed"] == "4"
    assert rows["rejected"] == "2 (33%)"
    assert rows["rows written: pages"] == "6"
    assert rows["spam rate (all days)"].endswith("%")
    assert any(what.startswith("rejected: ") for what in rows)
    assert by_run[again.state_details.flow_run_id].description.startswith("Found nothing new")


def _rows(data):
    import json

    return json.loads(data) if isinstance(data, str) else data
