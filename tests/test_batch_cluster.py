"""`sourcetrace batch` on a real two-worker LocalCluster: the Parquet output equals the
in-process analysis record for record, repeats are counted once, and a rerun redoes only the
partition left without its manifest entry."""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from distributed import Client, WorkerPlugin, get_task_stream
from typer.testing import CliRunner

from batch_support import WARC_SKIPS, write_jsonl, write_warc
from sourcetrace.batch import BatchReport, cluster_client, run_batch
from sourcetrace.batch.inputs import read_records
from sourcetrace.batch.records import Skipped, WarcPage
from sourcetrace.batch.shards import manifest_path, shard_path
from sourcetrace.batch.tables import SCHEMAS, build_tables
from sourcetrace.batch.warc import article_from_page
from sourcetrace.cli import app
from sourcetrace.ingest import Rejected
from sourcetrace.model import Analysis, Article
from sourcetrace.pipeline import analyze_stream

pytestmark = [pytest.mark.slow, pytest.mark.cluster]

PARTITION_SIZE = 5
JSONL_ARTICLES = 12  # 11 stories and a repeat of the first, then a line that is no JSON


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with cluster_client(None, 2) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("corpus")
    write_jsonl(root / "news.jsonl", JSONL_ARTICLES)
    write_warc(root / "crawl.warc.gz")
    return [root / "news.jsonl", root / "crawl.warc.gz"]


@pytest.fixture(scope="module")
def first_run(
    client: Client, corpus: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, BatchReport]:
    out = tmp_path_factory.mktemp("shards")
    report = run_batch([str(p) for p in corpus], out, client, partition_size=PARTITION_SIZE)
    return out, report


def in_process(corpus: list[Path]) -> dict[str, list[dict[str, Any]]]:
    """The same inputs through ``analyze_stream`` in this process, first copy of each text kept."""
    items: list[Article | Rejected] = []
    seen: set[str] = set()
    for path in corpus:
        for record in read_records(path):
            item = article_from_page(record) if isinstance(record, WarcPage) else record
            if isinstance(item, Skipped) or (isinstance(item, Article) and item.id in seen):
                continue
            if isinstance(item, Article):
                seen.add(item.id)
            items.append(item)
    analyses: list[tuple[Analysis, str]] = []
    rejects: list[Rejected] = []
    for item, result in zip(items, analyze_stream(items), strict=True):
        if isinstance(result, Rejected):
            rejects.append(result)
        else:
            analyses.append((result, item.origin))
    return {name: t.to_pylist() for name, t in build_tables(analyses, rejects).items()}


def read_shards(out: Path) -> dict[str, list[dict[str, Any]]]:
    return {name: pq.read_table(out / name).to_pylist() for name in SCHEMAS}


def _sorted(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: [str(v) for v in r.values()])


def test_cluster_output_equals_in_process_analysis(
    first_run: tuple[Path, BatchReport], corpus: list[Path]
) -> None:
    out, report = first_run
    assert not report.failed and not report.reused
    assert len(report.written) == 5  # news.jsonl: 13 records, crawl.warc.gz: 8
    expected = in_process(corpus)
    shards = read_shards(out)
    for name in SCHEMAS:
        assert _sorted(shards[name]) == _sorted(expected[name]), name
    assert len(shards["articles"]) == JSONL_ARTICLES - 1 + 2
    assert [r["reason"] for r in shards["rejects"]] == [
        r["reason"] for r in expected["rejects"]
    ] and len(shards["rejects"]) == 1
    entries = report.written
    assert sum(e.duplicates for e in entries) == 1
    skipped: Counter[str] = Counter()
    for e in entries:
        skipped.update(e.skipped)
    assert skipped == WARC_SKIPS
    assert sum(e.articles for e in entries) == len(shards["articles"])
    assert sum(e.sources for e in entries) == len(shards["sources"])


def test_partitions_are_shared_between_the_workers(
    client: Client, corpus: list[Path], tmp_path: Path
) -> None:
    with get_task_stream(client) as stream:
        report = run_batch([str(p) for p in corpus], tmp_path, client, partition_size=2)
    assert not report.failed and len(report.written) == 11
    analyzed_on = {t["worker"] for t in stream.data if "analyze_partition" in str(t["key"])}
    assert len(analyzed_on) == 2


def test_pandas_reads_a_table_directory(first_run: tuple[Path, BatchReport]) -> None:
    pd = pytest.importorskip("pandas")
    out, report = first_run
    frame = pd.read_parquet(out / "attributions")
    assert len(frame) == sum(e.attributions for e in report.written) > 0
    assert {"article_id", "source_name", "cue_start", "content_text"} <= set(frame.columns)


def test_rerun_redoes_only_the_unfinished_partition(
    client: Client, first_run: tuple[Path, BatchReport], corpus: list[Path], tmp_path: Path
) -> None:
    before, first = first_run
    out = tmp_path / "shards"
    shutil.copytree(before, out)
    # The first partition holds the first copy of the repeated story: rerunning it must keep
    # that copy (the later one was dropped in its own partition) and count nothing twice.
    removed = next(e for e in first.written if e.start == 0 and e.input.endswith(".jsonl"))
    # As a worker killed after writing the articles shard would leave it: no manifest entry,
    # the other shards gone. The rerun must overwrite the leftover, not add to it.
    manifest_path(out, removed.partition).unlink()
    for name in SCHEMAS:
        if name != "articles":
            shard_path(out, name, removed.partition).unlink()

    report = run_batch([str(p) for p in corpus], out, client, partition_size=PARTITION_SIZE)

    assert [e.partition for e in report.written] == [removed.partition]
    assert len(report.reused) == len(first.written) - 1 and not report.failed
    assert sorted(report.entries, key=lambda e: e.partition) == sorted(
        first.written, key=lambda e: e.partition
    )
    before_rows, after_rows = read_shards(before), read_shards(out)
    for name in SCHEMAS:
        assert _sorted(after_rows[name]) == _sorted(before_rows[name]), name


def test_command_on_a_scheduler_then_rerun(
    client: Client, corpus: list[Path], tmp_path: Path
) -> None:
    address = client.scheduler.address
    args = ["batch", *map(str, corpus), "--out", str(tmp_path), "--scheduler", address]
    args += ["--partition-size", "20"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "partitions: 2 written, 0 already done, 0 failed" in first.stdout
    assert "totals: 13 articles, " in first.stdout and "1 rejects, 1 duplicates" in first.stdout
    assert "skipped 1: HTTP status 404" in first.stdout
    again = CliRunner().invoke(app, args)
    assert "partitions: 0 written, 2 already done, 0 failed" in again.stdout
    other = CliRunner().invoke(app, [*args[:-1], "30"])
    assert other.exit_code == 2 and "use another --out directory" in other.stderr


def test_command_fails_when_no_input_is_readable(client: Client, tmp_path: Path) -> None:
    address = client.scheduler.address
    missing = str(tmp_path / "missing.warc.gz")
    result = CliRunner().invoke(
        app, ["batch", missing, "--out", str(tmp_path / "out"), "--scheduler", address]
    )
    assert result.exit_code == 1
    assert "totals: 0 articles, 0 attributions, 0 sources, 1 rejects" in result.stdout
    rejects = pq.read_table(tmp_path / "out" / "rejects").to_pylist()
    assert rejects == [{"origin": missing, "reason": "no such file or directory"}]


class DieOnce(WorkerPlugin):
    """Kills the worker process when it starts analyzing a partition, the first time only."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def transition(self, key: object, start: str, finish: str, **kwargs: object) -> None:
        if finish == "executing" and "analyze_partition" in str(key):
            marker = Path(self.marker)
            if not marker.exists():
                marker.touch()
                os._exit(1)


def test_worker_killed_mid_partition_costs_only_that_partition(
    client: Client, first_run: tuple[Path, BatchReport], corpus: list[Path], tmp_path: Path
) -> None:
    before, _ = first_run
    client.register_plugin(DieOnce(str(tmp_path / "died")), name="die-once")
    try:
        report = run_batch(
            [str(p) for p in corpus], tmp_path / "out", client, partition_size=PARTITION_SIZE
        )
    finally:
        client.unregister_worker_plugin("die-once")
    assert (tmp_path / "died").exists()
    assert not report.failed and len(report.written) == 5
    after_rows, before_rows = read_shards(tmp_path / "out"), read_shards(before)
    for name in SCHEMAS:
        assert _sorted(after_rows[name]) == _sorted(before_rows[name]), name
