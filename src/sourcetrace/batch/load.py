"""A batch's Parquet shards into the store, idempotently (`sourcetrace load`).

Only finished partitions (those with a manifest entry) are read; articles already stored (by id)
are skipped before their JSON is decoded, so a rerun or a second load of the same shards adds
nothing. Each chunk of articles is one store transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from sourcetrace.batch.shards import finished, shard_path
from sourcetrace.batch.tables import analysis_from_row
from sourcetrace.ingest import Rejected
from sourcetrace.store import Store

CHUNK = 200  # articles per transaction


@dataclass(frozen=True, slots=True)
class LoadResult:
    stored: int
    already: int  # articles the store had before
    rejects: int


def load_shards(
    shards: Path,
    store: Store,
    *,
    chunk: int = CHUNK,
    progress: Callable[[int, int], None] | None = None,
) -> LoadResult:
    """``progress(articles read, articles in the shards)`` after each chunk."""
    partitions = sorted(finished(shards))
    paths = [shard_path(shards, "articles", partition) for partition in partitions]
    total = sum(pq.ParquetFile(path).metadata.num_rows for path in paths)  # footers only
    stored = already = rejects = 0
    for partition, path in zip(partitions, paths, strict=True):
        for batch in _rows(path, chunk):
            known = store.known_ids(row["id"] for row in batch)
            fresh = [row for row in batch if row["id"] not in known]
            analyses = [analysis_from_row(row) for row in fresh]
            origins = {row["id"]: row["origin"] for row in fresh}
            written = store.write(analyses, origins=origins)
            stored += len(written)
            already += len(batch) - len(written)
            if progress is not None:
                progress(stored + already, total)
        for batch in _rows(shard_path(shards, "rejects", partition), chunk):
            store.write([], rejects=[Rejected(r["origin"], r["reason"]) for r in batch])
            rejects += len(batch)
    return LoadResult(stored, already, rejects)


def _rows(path: Path, chunk: int) -> Iterator[list[dict[str, str]]]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=chunk):
        yield batch.to_pylist()
