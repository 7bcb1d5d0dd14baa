"""``--method`` on every command that runs the pipeline: it reaches the pipeline, it defaults to
``SOURCETRACE_ATTRIBUTION`` and then to the rules, and an unknown name is a usage error naming it
and the choices. The pipeline itself is replaced by a spy that runs the rules."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from sourcetrace import pipeline
from sourcetrace.batch.partitions import Partition
from sourcetrace.batch.runner import BatchReport
from sourcetrace.cli import analyze as cli_analyze
from sourcetrace.cli import app
from sourcetrace.cli import batch as batch_commands
from sourcetrace.cli import eval_gold as gold_commands
from sourcetrace.cli import ingest as cli_ingest
from sourcetrace.ingest import Rejected
from sourcetrace.methods import Method
from sourcetrace.model import Analysis, Article

GOLD = Path(__file__).parent / "gold" / "demo_article.json"


@pytest.fixture
def used(monkeypatch: pytest.MonkeyPatch) -> list[Method]:
    """The method of each pipeline run of the analyze, ingest and eval gold commands."""
    calls: list[Method] = []

    def stream(items: Iterable[Article | Rejected], **kw: Any) -> Iterator[Analysis | Rejected]:
        calls.append(kw.pop("method"))
        return pipeline.analyze_stream(items, **kw)

    def many(articles: Iterable[Article], **kw: Any) -> Iterator[Analysis]:
        calls.append(kw.pop("method"))
        return pipeline.analyze_many(articles, **kw)

    monkeypatch.setattr(cli_analyze, "analyze_stream", stream)
    monkeypatch.setattr(cli_ingest, "analyze_stream", stream)
    monkeypatch.setattr(gold_commands, "analyze_many", many)
    monkeypatch.delenv("SOURCETRACE_ATTRIBUTION", raising=False)
    return calls


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Rain\n“It rained,” said Ana Ruiz.\n", encoding="utf-8")
    return path


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(app, list(args), env=env)


def test_analyze_takes_the_method_and_the_variable_is_its_default(
    used: list[Method], article: Path
) -> None:
    assert invoke("analyze", str(article), "-f", "json", "--method", "combined").exit_code == 0
    assert invoke("analyze", str(article), env={"SOURCETRACE_ATTRIBUTION": "model"}).exit_code == 0
    assert invoke("analyze", str(article)).exit_code == 0
    assert used == [Method.COMBINED, Method.MODEL, Method.RULES]


@pytest.mark.parametrize(
    ("args", "env"),
    [(("--method", "crf"), None), ((), {"SOURCETRACE_ATTRIBUTION": "crf"})],
)
def test_an_unknown_method_is_a_usage_error_naming_it_and_the_choices(
    used: list[Method], article: Path, args: tuple[str, ...], env: dict[str, str] | None
) -> None:
    result = invoke("analyze", str(article), *args, env=env)
    assert result.exit_code == 2 and not used
    message = " ".join(result.output.replace("│", " ").split())
    assert (
        "unknown attribution method 'crf': choose one of rules, model, combined, minilm, accurate"
        in message
    )


def test_ingest_takes_the_method(used: list[Method], article: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    result = invoke("ingest", str(article), "--db", db, "--method", "model")
    assert result.exit_code == 0, result.output
    assert used == [Method.MODEL]


def test_eval_gold_takes_the_method(used: list[Method]) -> None:
    result = invoke("eval", "gold", str(GOLD), "--format", "json", "--method", "combined")
    assert result.exit_code == 0, result.output
    assert used == [Method.COMBINED]


def test_batch_takes_the_method(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    runs: list[Method] = []

    def run_batch(*args: object, method: Method, **kw: object) -> BatchReport:
        runs.append(method)
        return BatchReport()

    monkeypatch.setattr(batch_commands, "cluster_client", lambda *a: nullcontext(None))
    monkeypatch.setattr(batch_commands, "run_batch", run_batch)
    result = invoke("batch", "x.jsonl", "--out", str(tmp_path), "--method", "minilm")
    assert result.exit_code == 0, result.output
    assert runs == [Method.MINILM]


def test_a_failed_partition_is_a_problem_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    failed = Partition("p1", "x.jsonl", 0, 100, ())
    monkeypatch.setattr(batch_commands, "cluster_client", lambda *a: nullcontext(None))
    monkeypatch.setattr(
        batch_commands, "run_batch", lambda *a, **kw: BatchReport(failed=[(failed, "worker died")])
    )
    result = invoke("batch", "x.jsonl", "--out", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["sourcetrace: x.jsonl[0:100]: worker died"]
    assert "partitions: 0 written, 0 already done, 1 failed" in result.stdout
