"""newsflow installed from a wheel (not editable) runs the whole pipeline from any folder:
the SQL project and the spam rules travel as package data."""

import os
import shutil
import subprocess
import sys

import duckdb

from tests.support.pages import RAW, REPO


def test_a_wheel_install_runs_the_pipeline_from_another_folder(tmp_path, prefect_api):
    site = tmp_path / "site-packages"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site),
         str(REPO)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    raw = tmp_path / "pages"
    shutil.copytree(RAW / "abujaobserver", raw / "abujaobserver")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(site), "HOME": str(tmp_path)}
    env |= {k: v for k, v in os.environ.items() if k.startswith("PREFECT_")}
    where = subprocess.run(
        [sys.executable, "-c", "import flows; print(flows.__file__)"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert where.stdout.startswith(str(site)), "the test must run the installed copy"
    result = subprocess.run(
        [sys.executable, "-m", "flows.cli.main", "run", "--quiet",
         "--raw", str(raw), "--data", str(tmp_path / "data")],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    with duckdb.connect(str(tmp_path / "data" / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from daily_news").fetchall()[0][0] > 0
        assert con.execute("select count(*) from spam_rules").fetchall()[0][0] > 0
    assert not (elsewhere / "data").exists()
