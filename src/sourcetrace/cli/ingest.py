"""`sourcetrace ingest`: analyze inputs into a store, batch by batch, resumable and idempotent.

Exit status: 0 when at least one article was stored or found already stored, 1 when none was (or
the store cannot be opened), 2 for usage errors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from itertools import islice
from typing import Annotated

import typer
from rich.console import Console

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
from sourcetrace.cli.progress import estimate_inputs, progress_bar
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
    with store, progress_bar("ingest", partial(estimate_inputs, paths), console=err) as bar:
        items = read_inputs(paths, published=published, max_chars=max_chars)
        for batch in ingest(store, items, batch_size=batch_size, method=method):
            stored += batch.stored
            skipped += batch.skipped
            rejected.extend(batch.rejected)
            bar.advance(batch.inputs)
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
