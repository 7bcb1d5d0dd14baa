"""`sourcetrace load`: a batch's Parquet shards into the store, idempotently.

Only finished partitions (those with a manifest entry) are read; articles already stored (by id)
are skipped before their JSON is decoded, so a rerun or a second load of the same shards adds
nothing. Each chunk of articles is one store transaction.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import pyarrow.parquet as pq
import typer

from sourcetrace.batch.shards import finished, shard_path
from sourcetrace.batch.tables import analysis_from_row
from sourcetrace.cli_options import DEFAULT_DB, Db
from sourcetrace.ingest import Rejected
from sourcetrace.store import Store, StoreError

CHUNK = 200  # articles per transaction


@dataclass(frozen=True, slots=True)
class LoadResult:
    stored: int
    already: int  # articles the store had before
    rejects: int


def load_shards(shards: Path, store: Store, *, chunk: int = CHUNK) -> LoadResult:
    stored = already = rejects = 0
    for partition in sorted(finished(shards)):
        for batch in _rows(shard_path(shards, "articles", partition), chunk):
            known = store.known_ids(row["id"] for row in batch)
            fresh = [row for row in batch if row["id"] not in known]
            analyses = [analysis_from_row(row) for row in fresh]
            origins = {row["id"]: row["origin"] for row in fresh}
            written = store.write(analyses, origins=origins)
            stored += len(written)
            already += len(batch) - len(written)
        for batch in _rows(shard_path(shards, "rejects", partition), chunk):
            store.write([], rejects=[Rejected(r["origin"], r["reason"]) for r in batch])
            rejects += len(batch)
    return LoadResult(stored, already, rejects)


def _rows(path: Path, chunk: int) -> Iterator[list[dict[str, str]]]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=chunk):
        yield batch.to_pylist()


def load_command(
    shards: Annotated[
        Path,
        typer.Argument(
            help="Output directory of `sourcetrace batch`.", metavar="SHARDS_DIR", exists=True
        ),
    ],
    db: Db = DEFAULT_DB,
) -> None:
    """Load a batch's Parquet shards into the store; articles already stored are skipped."""
    if not finished(shards):
        print(f"error: {shards}: no finished partition (no manifest entries)", file=sys.stderr)
        raise typer.Exit(1)
    try:
        with Store.open(db) as store:
            result = load_shards(shards, store)
            store.regroup()  # the loaded articles' people may be stored ones
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        raise typer.Exit(1) from None
    print(
        f"{result.stored} articles stored, {result.already} already in the store, "
        f"{result.rejects} rejects recorded"
    )
