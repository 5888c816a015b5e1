"""The README is a doorway and docs/ holds the rest: short, linked, inside the repository,
and in step with the code (every command, option, make target, setting and dependency)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import click
import pytest
import typer.main


def _repo() -> Path:
    here = Path(__file__).resolve()
    return next(p for p in here.parents if (p / "pyproject.toml").is_file())


REPO = _repo()
DOCS = REPO / "docs"
PAGES = sorted(DOCS.glob("*.md"))
README = REPO / "README.md"
_FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")


def _prose(path: Path) -> str:
    """The page without its fenced code blocks (console output is not a link)."""
    return _FENCE.sub("", path.read_text("utf-8"))


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lowercase, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    headings = re.findall(r"^#{1,6} (.+)$", _prose(path), re.MULTILINE)
    return {_slug(h) for h in headings}


def _section(text: str, heading: str) -> str:
    """The text under `heading` up to the next heading of the same or a higher level."""
    level = len(heading) - len(heading.lstrip("#"))
    start = text.index(heading + "\n")
    rest = text[start + len(heading) + 1 :]
    end = re.search(rf"^#{{1,{level}}} ", rest, re.MULTILINE)
    return rest[: end.start()] if end else rest


def test_readme_is_a_doorway_of_at_most_150_lines():
    assert len(README.read_text("utf-8").splitlines()) <= 150


def test_readme_links_every_docs_page():
    targets = set(_LINK.findall(_prose(README)))
    for page in PAGES:
        assert any(t.split("#")[0] == f"docs/{page.name}" for t in targets), page.name


@pytest.mark.parametrize("page", [README, *PAGES], ids=lambda p: p.name)
def test_links_stay_inside_the_repository_and_resolve(page):
    for target in _LINK.findall(_prose(page)):
        assert "://" not in target and not target.startswith("mailto:"), (page.name, target)
        path_part, _, anchor = target.partition("#")
        linked = (page.parent / path_part).resolve() if path_part else page
        assert linked.is_relative_to(REPO) and linked.exists(), (page.name, target)
        if anchor and linked.suffix == ".md":
            assert anchor in _anchors(linked), (page.name, target)


@pytest.mark.parametrize("page", [README, *PAGES], ids=lambda p: p.name)
def test_docs_carry_no_paths_outside_the_repository_and_no_history(page):
    text = page.read_text("utf-8").lower()
    for phrase in ("../shared", "this round", "this session", "last session"):
        assert phrase not in text, (page.name, phrase)


@pytest.mark.parametrize("page", [README, *PAGES], ids=lambda p: p.name)
def test_figures_appear_only_in_benchmarks(page):
    if page.name == "benchmarks.md":
        return
    figure = re.search(r"\d\s?(?:pages/s|µs)|\bF1 \d", _prose(page))
    assert figure is None, (page.name, figure and figure.group(0))


def _cli() -> click.Group:
    from flows.cli.main import app

    return typer.main.get_command(app)  # type: ignore[return-value]


def test_every_newsflow_command_and_option_is_in_operations():
    text = (DOCS / "operations.md").read_text("utf-8")
    for name, command in _cli().commands.items():
        section = _section(text, f"### `newsflow {name}`")
        for param in command.params:
            if isinstance(param, click.Option):
                for opt in param.opts:
                    assert f"`{opt}" in section, (name, opt)


def test_every_make_target_is_documented():
    makefile = (REPO / "Makefile").read_text("utf-8")
    targets = re.findall(r"^([a-z-]+):.*## ", makefile, re.MULTILINE)
    text = (DOCS / "operations.md").read_text("utf-8") + (DOCS / "developing.md").read_text("utf-8")
    assert targets
    for target in targets:
        assert f"`make {target}" in text, target


def test_every_newsflow_environment_variable_is_in_operations():
    text = (DOCS / "operations.md").read_text("utf-8")
    code = "".join(p.read_text("utf-8") for p in (REPO / "flows").rglob("*.py"))
    from flows.settings import Settings

    names = set(re.findall(r"NEWSFLOW_[A-Z][A-Z_]*[A-Z]", code))
    names |= {f"NEWSFLOW_{field.upper()}" for field in Settings.model_fields}
    for name in names:
        assert f"`{name}`" in text, name


def _requirement_name(spec: str) -> str:
    return re.split(r"[\s\[<>=!~;]", spec, maxsplit=1)[0].lower()


def test_every_dependency_has_a_row_in_developing():
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    specs = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        specs += extra
    table = _section((DOCS / "developing.md").read_text("utf-8"), "## Dependencies")
    rows = set()
    for line in table.splitlines():
        if line.startswith("| ") and not line.startswith("| package"):
            for name in line.split("|")[1].split(","):
                rows.add(_requirement_name(name.replace("\\", "").strip()))
    for spec in specs:
        assert _requirement_name(spec) in rows, spec
