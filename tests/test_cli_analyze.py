"""`sourcetrace analyze` end to end: formats, outputs, bad inputs in a batch, exit statuses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from sourcetrace.cli import app
from sourcetrace.model import article_id

CREDIT = "Jane Doe contributed reporting to this story."
ARTICLE = f"""Talks fail in Geneva

The minister said on Friday that the talks had failed and that nobody knew what would come next.

"We tried everything," she said.

{CREDIT}
"""


def run(*args: str | Path, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, ["analyze", *map(str, args)], input=stdin)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xffnot utf-8")
    return path


def test_json_one_article_is_one_object(article: Path) -> None:
    result = run(article, "--format", "json")
    assert result.exit_code == 0, result.output
    out: dict[str, Any] = json.loads(result.stdout)
    assert out["text"] == ARTICLE
    assert out["title"] == "Talks fail in Geneva"
    assert len(out["id"]) == 16
    for key in ("boilerplate", "sources", "attributions", "entities", "timeline", "profile"):
        assert key in out
    (credit,) = [b for b in out["boilerplate"] if b["label"] == "credit"]
    assert out["text"][credit["start"] : credit["end"]] == CREDIT
    assert result.stdout.startswith("{\n  ")  # pretty-printed
    assert result.stderr == ""


def test_json_several_articles_is_an_array(article: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Another title\n\nAnother body.", encoding="utf-8")
    result = run(article, other, "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert isinstance(out, list)
    assert [a["title"] for a in out] == ["Talks fail in Geneva", "Another title"]


def test_jsonl_is_one_compact_object_per_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    rows = [
        {"text": "First body.", "outlet": "A"},
        {"text": "Second body.", "url": "https://b.x/1"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = run(path, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    first, second = map(json.loads, lines)
    assert (first["text"], first["outlet"]) == ("First body.", "A")
    assert (second["text"], second["url"]) == ("Second body.", "https://b.x/1")


def test_published_fills_in_a_missing_date(article: Path) -> None:
    result = run(article, "--format", "json", "--published", "2020-01-03")
    assert json.loads(result.stdout)["published"] == "2020-01-03"


def test_stdin(tmp_path: Path) -> None:
    result = run("-", "--format", "jsonl", stdin='{"text": "From stdin.", "title": "T"}\n')
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == "T"


def test_output_file_is_written_whole(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "result.json"
    target.parent.mkdir()
    result = run(article, "--format", "json", "-o", target)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["text"] == ARTICLE
    assert [p.name for p in target.parent.iterdir()] == ["result.json"]  # no temp file left


def test_a_batch_goes_on_past_a_bad_file(article: Path, bad: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run(bad, article, missing, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"sourcetrace: {bad}: invalid UTF-8 at byte 0 (0xff): invalid start byte",
        f"sourcetrace: {missing}: no such file or directory",
    ]
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["text"] == ARTICLE


def test_nothing_analyzable_exits_1_and_writes_nothing(bad: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    target = tmp_path / "out.json"
    result = run(bad, empty, "--format", "json", "-o", target)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"sourcetrace: {bad}: invalid UTF-8 at byte 0 (0xff): invalid start byte",
        f"sourcetrace: {empty}: empty article (only whitespace)",
        "sourcetrace: analyze: no article could be analyzed",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "empty.txt"]


def test_max_chars(article: Path) -> None:
    assert len(ARTICLE) == 200
    result = run(article, "--format", "json", "--max-chars", "150")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"sourcetrace: {article}: text is 200 characters, over the limit of 150\n"
    )


@pytest.mark.parametrize(
    "args",
    [
        ("--published", "2020-13-45"),
        ("--published", "yesterday"),
        ("--format", "xml"),
        ("--max-chars", "0"),
    ],
)
def test_usage_errors_exit_2(article: Path, args: tuple[str, str]) -> None:
    result = run(article, *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_html_for_several_inputs_needs_an_output_directory(article: Path, bad: Path) -> None:
    result = run(article, bad, "--format", "html")
    assert result.exit_code == 2
    assert "-o DIR" in result.stderr
    assert "bad.txt" not in result.stderr  # refused before reading anything


@pytest.fixture
def stub_html(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in report, so these tests are about where reports go, not what they say."""
    monkeypatch.setattr("sourcetrace.cli.analyze.to_html", lambda a: f"<p>{a.title}</p>")


@pytest.mark.usefixtures("stub_html")
def test_html_one_article_to_stdout(article: Path) -> None:
    result = run(article, "--format", "html")
    assert result.exit_code == 0, result.output
    assert result.stdout == "<p>Talks fail in Geneva</p>"


@pytest.mark.usefixtures("stub_html")
def test_html_several_articles_one_file_each(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "A body.", "title": "A"}\n{"text": "B body.", "title": "B"}\n')
    reports = tmp_path / "reports"
    result = run(path, "--format", "html", "-o", reports)
    assert result.exit_code == 0, result.output
    assert {p.name: p.read_text(encoding="utf-8") for p in reports.iterdir()} == {
        f"{article_id('A body.')}.html": "<p>A</p>",
        f"{article_id('B body.')}.html": "<p>B</p>",
    }


@pytest.mark.usefixtures("stub_html")
def test_html_several_articles_from_stdin_need_an_output_directory() -> None:
    result = run("-", "--format", "html", stdin='{"text": "A."}\n{"text": "B."}\n')
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "-o DIR" in result.stderr


# --- the other renderers, end to end


def test_summary_is_the_default(article: Path) -> None:
    result = run(article)
    assert result.exit_code == 0, result.output
    assert "Talks fail in Geneva" in result.stdout
    assert "{" not in result.stdout  # a summary, not JSON


def test_markdown(article: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Another title\n\nAnother body.", encoding="utf-8")
    result = run(article, other, "--format", "markdown")
    assert result.exit_code == 0, result.output
    first, second = result.stdout.split("\n\n---\n\n")
    assert first.startswith("# Talks fail in Geneva")
    assert second.startswith("# Another title")


def test_html_reports(article: Path, tmp_path: Path) -> None:
    result = run(article, "--format", "html")
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip().lower().startswith("<!doctype html>")
    assert "Talks fail in Geneva" in result.stdout
    reports = tmp_path / "reports"
    assert run(article, tmp_path / "talks.txt", "-f", "html", "-o", reports).exit_code == 0
    (report,) = reports.iterdir()  # the same article twice: one report
    assert report.name == f"{article_id(ARTICLE)}.html"
    assert report.read_text(encoding="utf-8") == result.stdout
