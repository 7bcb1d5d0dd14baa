"""Usage errors every command reports the same way, before any article is read."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app

DEMO = str(Path(__file__).resolve().parents[1] / "examples" / "demo_article.txt")


@pytest.mark.parametrize(
    "command",
    [
        ["analyze", DEMO, "--format", "json"],
        ["compare", DEMO, "--corpus"],
    ],
)
def test_output_into_a_missing_directory_is_a_usage_error(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a short path, which the usage box prints unwrapped
    result = CliRunner().invoke(app, [*command, "-o", "nowhere/out.json"])
    assert result.exit_code == 2
    assert "nowhere: no such directory" in result.output
    assert not (tmp_path / "nowhere").exists()


def test_serve_refuses_a_missing_database_without_create(tmp_path: Path) -> None:
    db = tmp_path / "nosuch.db"
    result = CliRunner().invoke(app, ["serve", "--db", str(db)])
    assert result.exit_code == 1
    assert "no such database (give --create to serve an empty one)" in result.stderr
    assert not db.exists()
