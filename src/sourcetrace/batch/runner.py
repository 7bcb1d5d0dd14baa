"""Running a batch on a Dask cluster: partitions stream from the inputs to the workers, a bounded
number in flight, so the client's memory does not grow with the corpus.

Each partition takes two tasks. ``prepare`` (extract WARC pages) returns only article ids to the
client, which drops ids the run has already seen, in input order; ``analyze_partition`` then
analyzes the rest where the prepared partition already is and writes its shards. A partition
whose worker dies is recomputed by Dask; one that keeps failing is reported and left unfinished,
so a rerun tries it again.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from distributed import Client, Future, LocalCluster, wait

from sourcetrace.batch.partitions import DEFAULT_PARTITION_SIZE, Partition, partitions
from sourcetrace.batch.shards import ManifestEntry, article_ids, finished, prepare_output
from sourcetrace.batch.worker import (
    PipelineLoader,
    PreparedPartition,
    analyze_partition,
    prepare,
)
from sourcetrace.batch.worker import article_ids as prepared_ids
from sourcetrace.ingest import DEFAULT_MAX_CHARS
from sourcetrace.methods import DEFAULT_METHOD, Method
from sourcetrace.workers import DEFAULT_BUDGET_S

IN_FLIGHT_PER_WORKER = 2  # one partition running, one queued, per worker


@dataclass(slots=True)
class BatchReport:
    """What a run did: entries it wrote, partitions it found finished, partitions that failed."""

    written: list[ManifestEntry] = field(default_factory=list)
    reused: list[ManifestEntry] = field(default_factory=list)
    failed: list[tuple[Partition, str]] = field(default_factory=list)

    @property
    def entries(self) -> list[ManifestEntry]:
        return self.reused + self.written


@dataclass(slots=True)
class _InFlight:
    partition: Partition
    prepared: Future[PreparedPartition]
    ids: Future[list[str | None]]
    home: list[str] | None  # the worker it is meant for


def run_batch(
    inputs: Sequence[str],
    out: Path,
    client: Client,
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    max_chars: int = DEFAULT_MAX_CHARS,
    method: Method = DEFAULT_METHOD,
    budget_s: float = DEFAULT_BUDGET_S,
    on_entry: Callable[[ManifestEntry], None] | None = None,
) -> BatchReport:
    """Analyze ``inputs`` into Parquet shards under ``out`` on ``client``'s cluster, attributions
    by ``method`` (a setting of the output, like the partition size: a rerun cannot mix two); an
    article whose analysis runs past ``budget_s`` seconds is stopped and rejected."""
    out = out.resolve()
    settings = {"partition_size": partition_size, "max_chars": max_chars, "method": method.value}
    prepare_output(out, settings)
    done = finished(out)
    # Ids as 64-bit integers (16 hex digits): the one structure that grows with the corpus.
    seen: set[int] = {int(i, 16) for pid in done for i in article_ids(out, pid)}
    report = BatchReport()
    addresses = sorted(client.scheduler_info(n_workers=-1)["workers"])
    limit = IN_FLIGHT_PER_WORKER * max(1, len(addresses))
    # Each partition goes to the worker with the fewest partitions in flight (the first such in
    # turn), so a worker that drew long articles gets fewer. Left to itself, the scheduler can
    # put every cheap prepare task on one worker and then run every analysis there, beside its
    # data.
    load = dict.fromkeys(addresses, 0)
    preparing: deque[_InFlight] = deque()
    writing: list[tuple[_InFlight, Future[ManifestEntry]]] = []

    def next_home() -> list[str] | None:
        if not load:
            return None
        address = min(load, key=load.__getitem__)
        load[address] = load.pop(address) + 1  # re-inserted last: ties go to the others first
        return [address]

    def release(job: _InFlight) -> None:
        if job.home is not None and job.home[0] in load:
            load[job.home[0]] -= 1

    def start_writing(job: _InFlight) -> None:
        try:
            ids = job.ids.result()
        except Exception as e:  # the partition's own failure, after Dask's retries
            report.failed.append((job.partition, f"{type(e).__name__}: {e}"))
            release(job)
            return
        duplicates = set()
        for i, article_id in enumerate(ids):
            if article_id is None:
                continue
            key = int(article_id, 16)
            if key in seen:
                duplicates.add(i)
            seen.add(key)
        written = client.submit(
            analyze_partition,
            job.prepared,
            duplicates,
            str(out),
            method,
            budget_s,
            pure=False,
            workers=job.home,
            allow_other_workers=True,  # a dead worker's partition still runs elsewhere
        )
        writing.append((job, written))

    def collect(block: bool) -> None:
        if block and writing:
            wait([future for _, future in writing], return_when="FIRST_COMPLETED")
        for item in [item for item in writing if item[1].done()]:
            writing.remove(item)
            job, future = item
            release(job)
            try:
                entry = future.result()
            except Exception as e:
                report.failed.append((job.partition, f"{type(e).__name__}: {e}"))
                continue
            report.written.append(entry)
            if on_entry is not None:
                on_entry(entry)

    def advance(limit: int) -> None:
        # Ids are deduplicated in input order: only the oldest prepared partition moves on.
        while preparing and preparing[0].ids.done():
            start_writing(preparing.popleft())
        collect(block=False)
        while len(preparing) + len(writing) > limit:
            if preparing:
                start_writing(preparing.popleft())
            collect(block=True)

    for partition in partitions(inputs, partition_size, max_chars=max_chars):
        if partition.id in done:
            report.reused.append(done[partition.id])
            continue
        # The records go in the task itself, not scattered: the scheduler keeps them, so it can
        # rerun the partition elsewhere when its worker dies (scattered data dies with it).
        home = next_home()
        prepared = client.submit(
            prepare, partition, pure=False, workers=home, allow_other_workers=True
        )
        ids = client.submit(prepared_ids, prepared, pure=False)
        preparing.append(_InFlight(partition, prepared, ids, home))
        advance(limit)
    advance(0)
    return report


@contextmanager
def cluster_client(scheduler: str | None, workers: int | None) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a ``LocalCluster`` of ``workers``
    processes (one per core by default), one thread each, its files in a temporary directory.

    Either way every worker starts its analysis processes, each loading the spaCy pipeline once,
    when it starts."""
    if scheduler is not None:
        with Client(scheduler) as client:
            client.register_plugin(PipelineLoader())
            yield client
        return
    with (
        tempfile.TemporaryDirectory(prefix="sourcetrace-dask-") as scratch,
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            local_directory=scratch,
            dashboard_address=":0",  # any free port: several runs may share a machine
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.register_plugin(PipelineLoader())
        yield client
