"""The package's folders are its layers and imports point one way: down this list, never up
(docs/developing.md). Readers of raw bytes never import the parser."""

import ast
import tomllib
from graphlib import TopologicalSorter
from pathlib import Path

import pytest

FLOWS = Path(__file__).resolve().parents[2] / "flows"
BASE = {"contracts", "times", "settings", "processes", "collector"}
MAY_IMPORT = {
    "contracts": set(),
    "times": set(),
    "settings": set(),
    "processes": set(),
    "collector": set(),
    "parse": {"contracts", "times", "collector"},
    "readers": {"contracts", "times"},
    "lake": BASE | {"parse", "readers"},
    "spam": BASE | {"lake"},
    "stories": BASE,
    "warehouse": BASE | {"lake", "spam", "stories"},
    "pipeline": BASE | {"parse", "readers", "lake", "spam", "stories", "warehouse"},
    "cli": BASE | {"parse", "readers", "lake", "spam", "stories", "warehouse", "pipeline"},
}
MODULES = sorted(p for p in FLOWS.rglob("*.py") if p.name != "__init__.py")


def _layer(path: Path) -> str:
    return path.relative_to(FLOWS).parts[0].removesuffix(".py")


def _flows_imports(path: Path) -> set[str]:
    """The layers a module imports from, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = (
                [node.module] if node.module != "flows" else [f"flows.{a.name}" for a in node.names]
            )
        found |= {name.split(".")[1] for name in names if name.startswith("flows.")}
    return found


def test_every_module_belongs_to_a_known_layer():
    assert {_layer(path) for path in MODULES} <= MAY_IMPORT.keys()


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(FLOWS).as_posix())
def test_modules_import_only_the_layers_below_their_own(path):
    layer = _layer(path)
    assert _flows_imports(path) - {layer} <= MAY_IMPORT[layer]


TESTS = Path(__file__).resolve().parents[1]


def _top_level_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize(
    "path", sorted(TESTS.rglob("*.py")), ids=lambda p: p.relative_to(TESTS).as_posix()
)
def test_the_suite_never_imports_the_benchmarks(path):
    """The product's tests pass without bench/ (its own tests live in bench/tests)."""
    assert "bench" not in _top_level_imports(path)


def _module(path: Path) -> str:
    return ".".join(("flows", *path.relative_to(FLOWS).with_suffix("").parts))


def test_modules_import_each_other_one_way():
    """Within a layer too (the comment parser's modules): a newcomer reads them bottom-up."""
    names = {_module(path) for path in MODULES}
    graph = {}
    for path in MODULES:
        found = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
                found |= {f"{node.module}.{alias.name}" for alias in node.names}
            elif isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
        graph[_module(path)] = found & names
    TopologicalSorter(graph).prepare()  # raises CycleError on a cycle


def test_every_package_folder_is_one_the_wheel_ships():
    """pyproject.toml lists packages by name: a folder missing there installs editable but
    not from a wheel."""
    listed = set(
        tomllib.loads((FLOWS.parent / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    folders = {
        ".".join(p.parent.relative_to(FLOWS.parent).parts) for p in FLOWS.rglob("__init__.py")
    }
    assert folders <= listed
