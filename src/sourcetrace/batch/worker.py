"""What runs on a worker: a partition's records to articles, then to analyses and shards.

Each article is analyzed by ``sourcetrace.pipeline.analyze_stream``, the function ``analyze``
uses, in one of the Dask worker's analysis processes (``sourcetrace.workers``, one per worker
thread, each loading the spaCy pipeline once when ``PipelineLoader`` starts them): an article that
runs past the time budget is stopped there and becomes a reject, and the partition goes on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from distributed import WorkerPlugin, get_worker

from sourcetrace.batch.partitions import Partition
from sourcetrace.batch.records import Prepared, Skipped, WarcPage
from sourcetrace.batch.shards import ManifestEntry, write_partition
from sourcetrace.batch.tables import build_tables
from sourcetrace.batch.warc import article_from_page
from sourcetrace.ingest import Rejected
from sourcetrace.methods import DEFAULT_METHOD, Method
from sourcetrace.model import Analysis, Article
from sourcetrace.workers import DEFAULT_BUDGET_S, WorkerPool, analyze_article

_pool: WorkerPool | None = None


def analysis_pool() -> WorkerPool:
    """This Dask worker's analysis processes, one per thread, started on first use."""
    global _pool
    if _pool is None:
        try:
            threads: int = get_worker().state.nthreads
        except ValueError:  # not on a Dask worker
            threads = 1
        _pool = WorkerPool(threads)
    return _pool


class PipelineLoader(WorkerPlugin):
    """Starts the analysis processes (they load the spaCy pipeline) when a worker starts, before
    its first partition, and stops them with the worker."""

    def setup(self, worker: object) -> None:
        analysis_pool().start()

    def teardown(self, worker: object) -> None:
        global _pool
        if _pool is not None:
            _pool.close()
            _pool = None


@dataclass(frozen=True, slots=True)
class PreparedPartition:
    """A partition with its WARC pages turned into articles (or skips); kept on the worker
    between the two steps, so only the article ids travel to the client."""

    partition: Partition
    items: tuple[Prepared, ...]

    @property
    def ids(self) -> list[str | None]:
        return [item.id if isinstance(item, Article) else None for item in self.items]


def prepare(partition: Partition) -> PreparedPartition:
    items = tuple(article_from_page(r) if isinstance(r, WarcPage) else r for r in partition.records)
    return PreparedPartition(partition, items)


def article_ids(prepared: PreparedPartition) -> list[str | None]:
    return prepared.ids


def analyze_partition(
    prepared: PreparedPartition,
    duplicates: Collection[int],
    out: str,
    method: Method = DEFAULT_METHOD,
    budget_s: float = DEFAULT_BUDGET_S,
) -> ManifestEntry:
    """Analyze the partition's articles but those at the ``duplicates`` positions, each within
    ``budget_s`` seconds, write its shards and manifest entry, and return the entry."""
    kept = [
        item
        for i, item in enumerate(prepared.items)
        if i not in duplicates and not isinstance(item, Skipped)
    ]
    analyses: list[tuple[Analysis, str]] = []
    rejects: list[Rejected] = []
    pool = analysis_pool()
    task = partial(analyze_article, method=method)
    for item in kept:
        result = (
            item
            if isinstance(item, Rejected)
            else pool.run(task, item, origin=item.origin, budget_s=budget_s)
        )
        if isinstance(result, Rejected):
            rejects.append(result)
        else:
            analyses.append((result, item.origin))
    tables = build_tables(analyses, rejects)
    part = prepared.partition
    entry = ManifestEntry(
        partition=part.id,
        input=part.input,
        start=part.start,
        stop=part.stop,
        articles=len(analyses),
        attributions=tables["attributions"].num_rows,
        sources=tables["sources"].num_rows,
        rejects=len(rejects),
        duplicates=len(duplicates),
        skipped=_skip_counts(prepared.items),
    )
    write_partition(Path(out), tables, entry)
    return entry


def _skip_counts(items: Sequence[Prepared]) -> dict[str, int]:
    return dict(sorted(Counter(i.reason for i in items if isinstance(i, Skipped)).items()))
