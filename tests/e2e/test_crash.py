"""kill -9 at random moments of ingest and model build, then a normal run: the same tables as a
clean run. Real `newsflow run` processes against the session's Prefect API."""

import random

import pytest

from flows.lake import store
from tests.support import crash, leftovers

TRIALS = 3


@pytest.fixture(scope="module")
def runs(prefect_api, tmp_path_factory):
    from prefect.settings import PREFECT_API_URL

    root = tmp_path_factory.mktemp("crash")
    crash.small_corpus(root / "raw")
    env = crash.child_env(PREFECT_API_URL.value())
    assert crash.run_newsflow(root / "raw", root / "clean", env) == 0
    return root, env, crash.checksums(root / "clean")


def test_checksums_do_not_depend_on_how_pages_were_batched(runs):
    root, env, clean = runs
    assert crash.run_newsflow(root / "raw", root / "one-batch", env, batch_size=100) == 0
    assert crash.compare(clean, crash.checksums(root / "one-batch")) == []
    assert clean["lake/pages"][0] == 18 and clean["lake/comments"][0] == 48


def test_a_run_killed_at_random_then_rerun_leaves_the_tables_of_a_clean_run(runs):
    root, env, clean = runs
    rng = random.Random(6)
    phases = []
    for trial in range(TRIALS):
        data = root / f"trial-{trial}"
        kill = crash.kill_run(root / "raw", data, env, rng)
        phases.append(kill.phase)
        assert kill.unreadable == [], kill
        assert leftovers.orphans() == {}, f"the killed run's processes outlived it: {kill}"
        assert crash.run_newsflow(root / "raw", data, env) == 0
        assert crash.compare(clean, crash.checksums(data)) == [], kill
        assert crash.uncommitted_files(data / "lake") == []
        assert not list((data / "lake").glob(f"{store.STAGING}/*"))
    assert {"ingest", "build"} & set(phases), phases
