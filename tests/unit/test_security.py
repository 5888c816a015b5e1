"""Parsing only parses: no module on the path from raw bytes to lake rows can reach the network
or start a process (docs/robustness.md, "Security")."""

import ast
from pathlib import Path

import pytest

FLOWS = Path(__file__).resolve().parents[2] / "flows"
OFF_LIMITS = {"socket", "http", "urllib.request", "requests", "httpx", "aiohttp", "ftplib",
              "subprocess", "webbrowser", "smtplib"}  # fmt: skip
INGEST_LAYERS = ("parse", "readers", "lake", "spam")
INGEST_MODULES = sorted(
    [*FLOWS.glob("*.py"), *(p for layer in INGEST_LAYERS for p in (FLOWS / layer).rglob("*.py"))]
)


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return names


@pytest.mark.parametrize("path", INGEST_MODULES, ids=lambda p: p.relative_to(FLOWS).as_posix())
def test_ingest_modules_import_nothing_that_reaches_the_network(path):
    reached = {
        name for name in _imports(path)
        if name in OFF_LIMITS or name.split(".")[0] in OFF_LIMITS - {"urllib"}
    }  # fmt: skip
    assert reached == set()


def test_the_ingest_modules_are_the_ones_expected():
    assert {"parse/page.py", "parse/decode.py", "parse/comments/extract.py", "lake/rows.py", "lake/store.py",
            "readers/files.py", "readers/archives.py"} <= {
        p.relative_to(FLOWS).as_posix() for p in INGEST_MODULES
    }  # fmt: skip
