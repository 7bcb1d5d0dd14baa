"""Every problem a command meets, usage errors included, is one line on stderr:
``sourcetrace: INPUT: PROBLEM``."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app
from sourcetrace.cli.errors import report

DEMO = str(Path(__file__).resolve().parents[1] / "examples" / "demo_article.txt")


def run(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stderr.splitlines()


@pytest.mark.parametrize(
    "command",
    [
        ["analyze", DEMO, "--format", "json"],
        ["compare", DEMO, "--corpus"],
        ["eval", "polnear", "split"],
    ],
)
def test_output_into_a_missing_directory_is_a_usage_error(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(*command, "-o", "nowhere/out.json") == (
        2,
        ["sourcetrace: --output: nowhere: no such directory"],
    )
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["analyze", DEMO, "--published", "2020-13-01"],
            "sourcetrace: --published: '2020-13-01' is not a date: expected YYYY-MM-DD",
        ),
        (
            ["analyze", DEMO, "--nosuch"],
            "sourcetrace: analyze: No such option: --nosuch (see sourcetrace analyze --help)",
        ),
        (
            ["eval", "gold"],
            "sourcetrace: eval gold: Missing argument 'files'. (see sourcetrace eval gold --help)",
        ),
        (
            ["batch", DEMO, "--out", "shards", "--workers", "2", "--scheduler", "tcp://h:1"],
            "sourcetrace: --workers: sizes a local cluster; not with --scheduler",
        ),
        (
            ["analyze", DEMO, "--method", "oracle"],
            "sourcetrace: --method: unknown attribution method 'oracle': "
            "choose one of rules, model, combined, minilm, accurate",
        ),
    ],
)
def test_a_usage_error_is_one_line_and_status_2(args: list[str], line: str) -> None:
    assert run(*args) == (2, [line])


def test_a_problem_after_the_usage_check_is_one_line_naming_the_input(tmp_path: Path) -> None:
    db = tmp_path / "nosuch.db"
    assert run("serve", "--db", str(db)) == (
        1,
        [f"sourcetrace: {db}: no such database (give --create to serve an empty one)"],
    )
    assert not db.exists()
    assert run("load", str(db)) == (2, [f"sourcetrace: SHARDS_DIR: path '{db}' does not exist."])
    assert run("load", str(tmp_path)) == (
        1,
        [f"sourcetrace: {tmp_path}: no finished partition (no manifest entries)"],
    )
    assert run("eval", "polnear", str(tmp_path)) == (
        2,
        [f"sourcetrace: {tmp_path}: no text/ directory; not a PolNeAR split"],
    )


def test_an_output_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    code, lines = run("analyze", DEMO, "--format", "json", "-o", str(tmp_path))
    assert (code, lines) == (1, [f"sourcetrace: {tmp_path}: cannot write: Is a directory"])


def test_a_run_with_no_article_names_each_input_once_then_the_command(tmp_path: Path) -> None:
    names = [str(tmp_path / f"{n}.txt") for n in "abc"]
    code, lines = run("analyze", *names)
    assert code == 1
    assert lines == [
        *(f"sourcetrace: {name}: no such file or directory" for name in names),
        "sourcetrace: analyze: no article could be analyzed",
    ]


def test_a_reported_line_shows_control_characters_and_stays_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report("a\x1b[2Jb.txt", "bad\nline")
    assert capsys.readouterr().err == "sourcetrace: a␛[2Jb.txt: bad line\n"


def test_a_bare_command_group_shows_its_help_not_a_problem_line() -> None:
    result = CliRunner().invoke(app, ["eval"])
    assert result.exit_code == 2
    assert "polnear" in result.output and "gold" in result.output
    assert result.stderr == ""
