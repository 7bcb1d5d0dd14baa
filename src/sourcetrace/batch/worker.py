"""What runs on a worker: a partition's records to articles, then to analyses and shards.

The per-article function is ``sourcetrace.pipeline.analyze_stream``, the one ``analyze`` uses;
its spaCy pipeline loads once per worker process (``PipelineLoader`` loads it at worker start,
and ``load_pipeline`` is cached for the life of the process).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from distributed import WorkerPlugin

from sourcetrace.batch.partitions import Partition
from sourcetrace.batch.records import Prepared, Skipped, WarcPage
from sourcetrace.batch.shards import ManifestEntry, write_partition
from sourcetrace.batch.tables import build_tables
from sourcetrace.batch.warc import article_from_page
from sourcetrace.ingest import Rejected
from sourcetrace.methods import Method
from sourcetrace.model import Analysis, Article
from sourcetrace.nlp import load_pipeline
from sourcetrace.pipeline import analyze_stream


class PipelineLoader(WorkerPlugin):
    """Loads the spaCy pipeline when a worker starts, before its first partition."""

    def setup(self, worker: object) -> None:
        load_pipeline()


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
    prepared: PreparedPartition, duplicates: Collection[int], out: str, method: Method
) -> ManifestEntry:
    """Analyze the partition's articles but those at the ``duplicates`` positions, write its
    shards and manifest entry, and return the entry."""
    kept = [
        item
        for i, item in enumerate(prepared.items)
        if i not in duplicates and not isinstance(item, Skipped)
    ]
    analyses: list[tuple[Analysis, str]] = []
    rejects: list[Rejected] = []
    for item, result in zip(kept, analyze_stream(kept, method=method), strict=True):
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
