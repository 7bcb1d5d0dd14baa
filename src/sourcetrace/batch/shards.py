"""The output directory: a folder per table of Parquet shards, and a manifest entry per partition.

    OUT/articles/part-ID.parquet   OUT/attributions/...   OUT/sources/...   OUT/rejects/...
    OUT/manifest/ID.json           counts for partition ID, written after its four shards
    OUT/batch.json                 the run's settings, checked on a rerun

Every file appears whole or not at all (a hidden temporary file renamed over it; Parquet readers
ignore names starting with "."), and a manifest entry exists only once its shards do: a
partition with an entry is finished, one without is redone and its shards overwritten.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from sourcetrace.atomic import atomic_writer
from sourcetrace.batch.tables import SCHEMAS

MANIFEST = "manifest"
SETTINGS = "batch.json"


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """What one finished partition read and wrote."""

    partition: str
    input: str
    start: int
    stop: int
    articles: int
    attributions: int
    sources: int
    rejects: int
    duplicates: int  # articles whose id an earlier record of the run already had
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> records

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ManifestEntry:
        return cls(**d)


class BatchSettingsError(ValueError):
    """An output directory written with other settings than this run's."""


def prepare_output(out: Path, settings: dict[str, Any]) -> None:
    """Create the layout, or check that an existing output was made with the same settings (a
    different partition size would name partitions differently and count articles twice)."""
    for name in (*SCHEMAS, MANIFEST):
        (out / name).mkdir(parents=True, exist_ok=True)
    path = out / SETTINGS
    if path.exists():
        before = json.loads(path.read_text(encoding="utf-8"))
        if before != settings:
            raise BatchSettingsError(
                f"{out}: written with {before}, not {settings}: use another --out directory"
            )
        return
    with atomic_writer(path) as f:
        json.dump(settings, f)


def shard_path(out: Path, table: str, partition: str) -> Path:
    return out / table / f"part-{partition}.parquet"


def manifest_path(out: Path, partition: str) -> Path:
    return out / MANIFEST / f"{partition}.json"


def write_partition(out: Path, tables: dict[str, pa.Table], entry: ManifestEntry) -> None:
    """The partition's shards, then its manifest entry, each atomically."""
    for name, table in tables.items():
        target = shard_path(out, name, entry.partition)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        os.close(fd)
        try:
            pq.write_table(table, tmp)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    with atomic_writer(manifest_path(out, entry.partition)) as f:
        json.dump(entry.to_dict(), f)


def finished(out: Path) -> dict[str, ManifestEntry]:
    """The manifest entries present: the partitions a rerun skips."""
    entries = (
        ManifestEntry.from_dict(json.loads(p.read_text(encoding="utf-8")))
        for p in sorted((out / MANIFEST).glob("*.json"))
    )
    return {e.partition: e for e in entries}


def article_ids(out: Path, partition: str) -> Iterator[str]:
    """The ids of the articles a finished partition wrote."""
    table = pq.read_table(shard_path(out, "articles", partition), columns=["id"])
    yield from table.column("id").to_pylist()
