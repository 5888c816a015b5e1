"""`newsflow COMMAND --help` shows every option's default and no type placeholder on flags."""

import pytest
import typer
from typer.testing import CliRunner

from flows.cli.main import app

COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_no_bool_placeholder(command):
    shown = CliRunner().invoke(app, [command, "--help"], terminal_width=200)
    assert shown.exit_code == 0, shown.output
    assert "<bool>" not in shown.output


def test_run_help_shows_the_defaults_of_its_options():
    shown = CliRunner().invoke(app, ["run", "--help"], terminal_width=200).output
    for default in ("$NEWSFLOW_DATA or data", "$NEWSFLOW_RAW or data/raw", "processes"):
        assert f"[default: {default}" in shown or f"[default: ({default}" in shown, default
