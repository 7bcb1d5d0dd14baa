"""The long commands' progress bar: drawn on a terminal, silent anywhere else."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from sourcetrace.cli import app
from sourcetrace.cli.progress import estimate_inputs, progress_bar, tracked


def console(*, terminal: bool) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=terminal, width=100), out


def test_tracked_draws_its_bar_on_a_terminal() -> None:
    terminal, out = console(terminal=True)
    assert list(tracked(["a", "b", "c"], "analyze", 3, console=terminal)) == ["a", "b", "c"]
    drawn = out.getvalue()
    assert "analyze" in drawn
    assert "3/3" in drawn
    assert "articles/s" in drawn


def test_a_bar_learns_its_total_and_names_its_unit() -> None:
    terminal, out = console(terminal=True)
    with progress_bar("batch", unit="records", console=terminal) as bar:
        bar.update(2, 5)
    assert "2/5" in out.getvalue()
    assert "records/s" in out.getvalue()


def test_output_into_a_pipe_stays_there_while_the_bar_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    terminal, drawn = console(terminal=True)
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stdout", pipe)
    with progress_bar("analyze", 1, console=terminal) as bar:
        print('{"id": "a"}')
        bar.advance()
    assert pipe.getvalue() == '{"id": "a"}\n'
    assert '"id"' not in drawn.getvalue()


def test_nothing_is_written_where_stderr_is_no_terminal() -> None:
    pipe, out = console(terminal=False)
    assert list(tracked(range(4), "ingest", 4, console=pipe)) == [0, 1, 2, 3]
    with progress_bar("load", console=pipe) as bar:
        bar.update(1, 2)
    assert out.getvalue() == ""


def test_a_counted_total_is_counted_only_for_a_bar_that_shows() -> None:
    counted: list[str] = []

    def count() -> int:
        counted.append("counted")
        return 2

    pipe, _ = console(terminal=False)
    assert list(tracked("ab", "ingest", count, console=pipe)) == ["a", "b"]
    assert counted == []
    terminal, out = console(terminal=True)
    assert list(tracked("ab", "ingest", count, console=terminal)) == ["a", "b"]
    assert counted == ["counted"]
    assert "2/2" in out.getvalue()


def test_a_command_run_through_a_pipe_shows_no_bar(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge would reopen in May.")
    result = CliRunner().invoke(app, ["analyze", str(article), "--format", "jsonl"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout.count("\n") == 1


def test_the_estimate_counts_files_and_json_lines(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("x")
    (tmp_path / "d" / "b.html").write_text("x")
    (tmp_path / "c.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n')
    assert estimate_inputs([str(tmp_path / "d"), str(tmp_path / "c.jsonl")]) == 4
    assert estimate_inputs(["-"]) is None
