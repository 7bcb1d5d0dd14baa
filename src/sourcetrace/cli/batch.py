"""`sourcetrace batch`: inputs to Parquet shards on a Dask cluster (a local one by default)."""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from sourcetrace.batch.partitions import DEFAULT_PARTITION_SIZE
from sourcetrace.batch.runner import BatchReport, cluster_client, run_batch
from sourcetrace.batch.shards import BatchSettingsError, ManifestEntry
from sourcetrace.cli.errors import fail
from sourcetrace.cli.errors import report as report_problem
from sourcetrace.cli.options import DEFAULT_MAX_CHARS, DEFAULT_METHOD, AttributionMethod, MaxChars
from sourcetrace.cli.progress import progress_bar
from sourcetrace.workers import DEFAULT_BUDGET_S

COUNTS = ("articles", "attributions", "sources", "rejects", "duplicates")


def batch_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files (.warc, .warc.gz, .jsonl, .jsonl.gz, .html, .txt), directories of them, "
            "or glob patterns (quoted).",
            metavar="INPUT",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", help="Output directory: Parquet shards and manifest.")
    ],
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (tcp://host:8786); default: a local cluster."),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Local cluster worker processes (default: one per core)."),
    ] = None,
    partition_size: Annotated[
        int, typer.Option(min=1, help="Input records per partition.")
    ] = DEFAULT_PARTITION_SIZE,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    method: AttributionMethod = DEFAULT_METHOD,
    time_budget: Annotated[
        float,
        typer.Option(min=0.1, help="Seconds an article's analysis may take; then it is rejected."),
    ] = DEFAULT_BUDGET_S,
) -> None:
    """Analyze a corpus into Parquet shards, partition by partition; a rerun resumes."""
    if scheduler is not None and workers is not None:
        raise typer.BadParameter(
            "sizes a local cluster; not with --scheduler", param_hint="--workers"
        )
    started = time.perf_counter()

    def progress(entry: ManifestEntry) -> None:
        print(
            f"{entry.input}[{entry.start}:{entry.stop}]: {entry.articles} articles, "
            f"{entry.rejects} rejects",
            file=sys.stderr,  # looked up now: above the bar on a terminal
        )
        bar.advance(entry.stop - entry.start)

    try:
        # The partitions are known only once the inputs are read: a count and a rate, no total.
        with (
            progress_bar("batch", unit="records") as bar,
            cluster_client(scheduler, workers) as client,
        ):
            report = run_batch(
                inputs,
                out,
                client,
                partition_size=partition_size,
                max_chars=max_chars,
                method=method,
                budget_s=time_budget,
                on_entry=progress,
            )
    except BatchSettingsError as e:
        fail(e, code=2)
    for partition, reason in report.failed:
        report_problem(f"{partition.input}[{partition.start}:{partition.stop}]", reason)
    print(summary(report, time.perf_counter() - started))
    # The whole run failed: not one article, and something went wrong (rejects or failures).
    totals = _totals(report)
    if not totals["articles"] and (report.failed or totals["rejects"]):
        raise typer.Exit(1)


def _totals(report: BatchReport) -> Counter[str]:
    return Counter({name: sum(getattr(e, name) for e in report.entries) for name in COUNTS})


def summary(report: BatchReport, seconds: float) -> str:
    """A few lines: partitions written, reused and failed (each failure is reported on stderr);
    totals; skips by reason; the rate."""
    totals = _totals(report)
    skipped: Counter[str] = Counter()
    for entry in report.entries:
        skipped.update(entry.skipped)
    new_articles = sum(e.articles for e in report.written)
    lines = [
        f"partitions: {len(report.written)} written, {len(report.reused)} already done, "
        f"{len(report.failed)} failed",
        "totals: " + ", ".join(f"{totals[name]} {name}" for name in COUNTS),
        *(f"skipped {n}: {reason}" for reason, n in sorted(skipped.items())),
        f"{new_articles} articles analyzed in {seconds:.1f} s, cluster start included "
        f"({new_articles / seconds if seconds else 0:.2f} articles/s)",
    ]
    return "\n".join(lines)
