"""`cchc --help` explains itself, and every subcommand has its own help."""
from __future__ import annotations

import pytest

from scrapers.cli import COMMANDS, build_parser, main

pytestmark = pytest.mark.unit


def test_top_level_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert name in out, f"{name} missing from cchc --help"
    assert "CCHC_DATABASE_URL" in out and "CCHC_MODE" in out


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_has_a_help_with_a_description(name, capsys):
    with pytest.raises(SystemExit) as exc:
        main([name, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: cchc " + name)
    assert len(out.splitlines()) > 3


def test_every_registered_command_module_exists():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)
