"""The fuzz corpus through the real command line: no traceback, one line per bad input naming it,
and every good input of the same run analyzed (``analyze``) or stored (``ingest``, SQLite, and
PostgreSQL when SOURCETRACE_TEST_PG names a database)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fuzz.cases import MAX_CHARS, Case, write_corpus
from sourcetrace.model import article_id
from sourcetrace.store import Store

TIMEOUT = 300


def sourcetrace(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).parent / "sourcetrace"), *args],
        input=stdin.decode(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",  # read back whatever bytes come, even undecodable ones
        timeout=TIMEOUT,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")},
        check=False,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, tuple[Case, ...]]:
    directory = tmp_path_factory.mktemp("fuzz")
    return directory, write_corpus(directory)


def assert_one_line_per_bad_input(stderr: str, directory: Path, cases: tuple[Case, ...]) -> None:
    assert "Traceback" not in stderr
    for case in cases:
        lines = [line for line in stderr.splitlines() if f"{directory / case.name}:" in line]
        if case.reason is None:
            assert not lines, lines
        else:
            assert len(lines) == 1, (case.name, stderr)
            assert case.reason in lines[0], (case.name, lines[0])


def test_analyze_rejects_each_bad_input_and_outputs_the_good(
    corpus: tuple[Path, tuple[Case, ...]],
) -> None:
    directory, cases = corpus
    result = sourcetrace(
        "analyze", str(directory), "--format", "jsonl", "--max-chars", str(MAX_CHARS)
    )
    assert result.returncode == 0, result.stderr
    assert_one_line_per_bad_input(result.stderr, directory, cases)
    analyses = [json.loads(line) for line in result.stdout.splitlines()]
    jsonl_good = {"surrogate.jsonl", "nul.jsonl"}
    good = [c for c in cases if c.reason is None]
    assert len(analyses) == len(good)
    texts = {a["text"] for a in analyses}
    assert "The mayor said \ufffd it." in texts and "Police said\ufffd so." in texts
    for analysis in analyses:  # every span is an offset pair into the text
        for attribution in analysis["attributions"]:
            for piece in attribution["content"]:
                assert analysis["text"][piece["start"] : piece["end"]] == piece["text"]
    assert jsonl_good <= {c.name for c in good}


def test_summary_shows_escape_sequences_never_sends_them(
    corpus: tuple[Path, tuple[Case, ...]],
) -> None:
    directory, _ = corpus
    result = sourcetrace("analyze", str(directory / "escapes.txt"), str(directory / "markup.txt"))
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Title \u241b[2J\u241b]0;owned\u2407 here" in result.stdout
    assert "Brackets [/] and [bold]x[/bold]" in result.stdout


def test_stdin_over_the_limit_is_refused_early() -> None:
    result = sourcetrace("analyze", "-", "--max-chars", "1000", stdin=b"word " * 2_000_000)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "sourcetrace: <stdin>: input over the limit of 6,000 bytes (6 for each of --max-chars)"
    )


def stores() -> list[str]:
    found = ["sqlite"]
    if os.environ.get("SOURCETRACE_TEST_PG"):
        found.append("postgresql")
    return found


@pytest.mark.parametrize("backend", stores())
def test_ingest_stores_the_good_rejects_the_bad_and_reruns(
    corpus: tuple[Path, tuple[Case, ...]], tmp_path: Path, backend: str
) -> None:
    directory, cases = corpus
    db = str(tmp_path / "fuzz.db") if backend == "sqlite" else os.environ["SOURCETRACE_TEST_PG"]
    if backend == "postgresql":
        _empty_postgres(db)
    args = ("ingest", str(directory), "--db", db, "--max-chars", str(MAX_CHARS))
    first = sourcetrace(*args)
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    bad = [c for c in cases if c.reason]
    good = len(cases) - len(bad)
    assert f"{good} article(s) stored, 0 already stored, {len(bad)} rejected" in first.stderr
    again = sourcetrace(*args)  # the corpus is never blocked: a rerun skips, rejects again
    assert f"0 article(s) stored, {good} already stored, {len(bad)} rejected" in again.stderr
    with Store.open(db) as store:
        rejects = {r.origin: r.reason for r in store.rejects()}
        for case in bad:  # a file's origin is its path; a JSON Lines line's, path:LINE
            path = str(directory / case.name)
            assert case.reason in rejects.get(path, rejects.get(f"{path}:1", "")), case.name
        nul = store.analysis(article_id("Police said\ufffd so."))
        assert nul is not None and nul.outlet == "A\ufffdB"


def _empty_postgres(url: str) -> None:
    """Drop every table of the test database, so the run starts from an empty store."""
    from sqlalchemy import MetaData, create_engine

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    meta = MetaData()
    meta.reflect(engine)
    meta.drop_all(engine)
    engine.dispose()
