"""`sourcetrace load`: a batch's Parquet shards into the store; articles already stored are
skipped."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sourcetrace.batch.load import load_shards
from sourcetrace.batch.shards import finished
from sourcetrace.cli.errors import fail
from sourcetrace.cli.options import DEFAULT_DB, Db
from sourcetrace.cli.progress import progress_bar
from sourcetrace.store import Store, StoreError


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
        fail(shards, "no finished partition (no manifest entries)")
    try:
        with Store.open(db) as store, progress_bar("load") as bar:
            result = load_shards(shards, store, progress=bar.update)
            store.regroup()  # the loaded articles' people may be stored ones
    except StoreError as e:
        fail(e)
    print(
        f"{result.stored} articles stored, {result.already} already in the store, "
        f"{result.rejects} rejects recorded"
    )
