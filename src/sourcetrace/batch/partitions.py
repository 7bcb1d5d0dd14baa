"""Partitions: runs of consecutive records of one input file, named by a stable id.

The id hashes the file's absolute path and the record range, so the same inputs with the same
partition size give the same ids run after run: that is what lets a rerun skip finished work.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sourcetrace.batch.inputs import input_files, read_records
from sourcetrace.batch.records import Record
from sourcetrace.ingest import DEFAULT_MAX_CHARS, Rejected

DEFAULT_PARTITION_SIZE = 100  # 100 WARC pages of HTML: some MB, a comfortable task size


@dataclass(frozen=True, slots=True)
class Partition:
    id: str
    input: str
    start: int  # index of the first record in the input file, from 0
    stop: int  # one past the last
    records: tuple[Record, ...]


def partition_id(input_name: str, start: int, stop: int) -> str:
    return hashlib.sha256(f"{input_name}\0{start}\0{stop}".encode()).hexdigest()[:16]


def partitions(
    arguments: Sequence[str], size: int, *, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Partition]:
    """The inputs' records, ``size`` at a time, file by file; streamed, never all in memory.

    Arguments naming no file come first, together, as one partition of rejects. A file named
    twice (by a directory and a glob, say) is read once: its partitions would have the same ids.
    """
    files: dict[str, Path] = {}
    bad: list[Rejected] = []
    for item in input_files(arguments):
        if isinstance(item, Rejected):
            bad.append(item)
        else:
            files.setdefault(str(item.resolve()), item)
    if bad:
        yield _partition(f"<arguments: {', '.join(r.origin for r in bad)}>", 0, tuple(bad))
    for name, path in files.items():
        records = read_records(path, max_chars=max_chars)
        start = 0
        while chunk := tuple(islice(records, size)):
            yield _partition(name, start, chunk)
            start += len(chunk)


def _partition(name: str, start: int, records: tuple[Record, ...]) -> Partition:
    stop = start + len(records)
    return Partition(partition_id(name, start, stop), name, start, stop, records)
