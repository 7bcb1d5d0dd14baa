"""The batch's time budget: an article whose analysis runs past it is stopped and rejected, and
the rest of its partition is analyzed and written."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from sourcetrace.batch import worker
from sourcetrace.batch.partitions import Partition
from sourcetrace.batch.shards import prepare_output
from sourcetrace.batch.worker import PreparedPartition, analyze_partition
from sourcetrace.ingest import Rejected
from sourcetrace.methods import DEFAULT_METHOD, Method
from sourcetrace.model import Analysis, Article
from sourcetrace.workers import WorkerPool, analyze_article

BUDGET = 8.0


def stalling_article(article: Article, method: Method = DEFAULT_METHOD) -> Analysis | Rejected:
    """``analyze_article``, but an article titled "stall" hangs as a pathological one would."""
    if article.title == "stall":
        time.sleep(600)
    return analyze_article(article, method)


@pytest.fixture
def stalling_pool(monkeypatch: pytest.MonkeyPatch) -> Iterator[WorkerPool]:
    with WorkerPool(1) as pool:
        # This module loads in the process before the timing starts.
        pool.run(stalling_article, Article(text="Warm up."), origin="warm-up", budget_s=120)
        monkeypatch.setattr(worker, "_pool", pool)
        monkeypatch.setattr(worker, "analyze_article", stalling_article)
        yield pool


def test_an_article_past_the_budget_is_rejected_and_the_partition_goes_on(
    stalling_pool: WorkerPool, tmp_path: Path
) -> None:
    items = (
        Article(text="Police said the road was closed.", origin="in.jsonl:1"),
        Article(text="The mayor said so.", title="stall", origin="in.jsonl:2"),
        Rejected("in.jsonl:3", "not JSON"),
        Article(text="Officials said it rained on Monday.", origin="in.jsonl:4"),
    )
    partition = Partition("p1", "in.jsonl", 0, 4, ())
    prepare_output(tmp_path, {"partition_size": 4})
    started = time.monotonic()
    entry = analyze_partition(
        PreparedPartition(partition, items), set(), str(tmp_path), budget_s=BUDGET
    )
    assert time.monotonic() - started < 3 * BUDGET
    assert (entry.articles, entry.rejects) == (2, 2)
    assert sorted(pq.read_table(tmp_path / "rejects").to_pylist(), key=str) == [
        {"origin": "in.jsonl:2", "reason": "analysis took longer than 8 s"},
        {"origin": "in.jsonl:3", "reason": "not JSON"},
    ]
    origins = {r["origin"] for r in pq.read_table(tmp_path / "articles").to_pylist()}
    assert origins == {"in.jsonl:1", "in.jsonl:4"}
