"""`sourcetrace ingest`: analyze inputs into a store, batch by batch, resumable and idempotent.

Exit status: 0 when at least one article was stored or found already stored, 1 when none was (or
the store cannot be opened), 2 for usage errors.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from sourcetrace.cli.errors import fail, none_analyzed, report
from sourcetrace.cli.options import (
    DEFAULT_DB,
    DEFAULT_MAX_CHARS,
    DEFAULT_METHOD,
    AttributionMethod,
    Db,
    Inputs,
    MaxChars,
    Published,
)
from sourcetrace.ingest import Rejected, read_inputs
from sourcetrace.methods import Method
from sourcetrace.model import Article
from sourcetrace.pipeline import analyze_stream
from sourcetrace.store import Store, StoreError
from sourcetrace.store.event_assignment import assign_events
from sourcetrace.store.loading import BatchResult, fresh_articles, store_batch

# Articles analyzed and committed together (not the pipeline's parse batch): a run killed at any
# moment loses at most this many analyses.
COMMIT_SIZE = 32


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        # Rich's own estimate needs two samples; a short run has one.
        speed = task.finished_speed or task.speed
        if not speed and task.elapsed:
            speed = task.completed / task.elapsed
        return Text(f"{speed:.1f} articles/s" if speed else "– articles/s", style="cyan")


def estimate_inputs(paths: list[str]) -> int | None:
    """About how many inputs ``paths`` hold (files, JSON Lines records), for the progress bar's
    ETA; None when it cannot be told without reading them (stdin)."""
    total = 0
    for name in paths:
        path = Path(name)
        if name == "-":
            return None
        files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
        for file in files:
            total += _records(file)
    return total


def _records(file: Path) -> int:
    name = file.name.lower()
    if not name.endswith((".jsonl", ".jsonl.gz")):
        return 1
    try:
        with gzip.open(file, "rb") if name.endswith(".gz") else file.open("rb") as lines:
            return sum(1 for line in lines if line.strip())
    except (OSError, EOFError):
        return 1  # unreadable: the reader will reject it, as one input


def ingest(
    store: Store,
    items: Iterable[Article | Rejected],
    *,
    batch_size: int = COMMIT_SIZE,
    method: Method = DEFAULT_METHOD,
) -> Iterator[BatchResult]:
    """Analyze and store ``items`` batch by batch, assigning each batch's new articles to
    events (``store.event_assignment``) and yielding its counts, then regroup the store's identities
    and outlets (the new articles' people may be stored ones).

    Articles already stored are skipped before analysis."""
    stream = iter(items)
    while batch := list(islice(stream, batch_size)):
        fresh = fresh_articles(store, batch)
        results = analyze_stream(fresh, batch_size=batch_size, method=method)
        stored = store_batch(store, batch, fresh, results)
        # With the batch, as many articles left in no event (a run stopped before grouping them,
        # a store older than events on ingest): each run catches up, batch by batch.
        assign_events(store, stored.stored_ids | set(store.unassigned(limit=batch_size)))
        yield stored
    store.regroup()


def ingest_command(
    paths: Inputs,
    db: Db = DEFAULT_DB,
    batch_size: Annotated[
        int, typer.Option(min=1, max=10_000, help="Articles analyzed and committed together.")
    ] = COMMIT_SIZE,
    published: Published = None,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    method: AttributionMethod = DEFAULT_METHOD,
) -> None:
    """Analyze articles into a store. Rerun it after a stop: stored articles are skipped."""
    try:
        store = Store.open(db)
    except StoreError as e:
        fail(e)
    err = Console(stderr=True)
    stored = skipped = 0
    rejected: list[Rejected] = []
    progress = Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        transient=False,
    )
    with store, progress:
        task = progress.add_task("ingest", total=estimate_inputs(paths))
        items = read_inputs(paths, published=published, max_chars=max_chars)
        for batch in ingest(store, items, batch_size=batch_size, method=method):
            stored += batch.stored
            skipped += batch.skipped
            rejected.extend(batch.rejected)
            progress.advance(task, batch.inputs)
        progress.update(task, total=progress.tasks[0].completed)
    where = db if "://" not in db else db.split("@")[-1]
    err.print(
        f"{stored} article(s) stored, {skipped} already stored, {len(rejected)} rejected ({where})",
        highlight=False,
        soft_wrap=True,
    )
    for reject in rejected:
        report(reject)
    if stored + skipped == 0:
        none_analyzed("ingest")
