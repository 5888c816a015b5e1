"""Parsing only parses: no module on the path from raw bytes to lake rows can reach the network
or start a process (docs/robustness.md, "Security")."""

import ast
from pathlib import Path

import pytest

FLOWS = Path(__file__).resolve().parent.parent / "flows"
OFF_LIMITS = {"socket", "http", "urllib.request", "requests", "httpx", "aiohttp", "ftplib",
              "subprocess", "webbrowser", "smtplib"}  # fmt: skip
INGEST_MODULES = sorted(
    p for p in FLOWS.glob("*.py")
    if p.stem not in {"__init__", "pipeline", "cli", "console", "warehouse"}
)  # fmt: skip


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return names


@pytest.mark.parametrize("path", INGEST_MODULES, ids=lambda p: p.name)
def test_ingest_modules_import_nothing_that_reaches_the_network(path):
    reached = {
        name for name in _imports(path)
        if name in OFF_LIMITS or name.split(".")[0] in OFF_LIMITS - {"urllib"}
    }  # fmt: skip
    assert reached == set()


def test_the_ingest_modules_are_the_ones_expected():
    assert {"parse.py", "decode.py", "rows.py", "lake.py", "sources.py"} <= {
        p.name for p in INGEST_MODULES
    }
