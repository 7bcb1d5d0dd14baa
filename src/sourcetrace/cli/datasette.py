"""`sourcetrace datasette STORE.db`: Datasette over a SQLite store, with its tables described and
canned queries for a newsroom's questions (the `datasette` extra); `--metadata FILE` writes that
metadata for `datasette STORE.db -m FILE` instead."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated

import typer
import uvicorn

from sourcetrace.cli.errors import fail
from sourcetrace.cli.options import Host, Port, in_existing_directory
from sourcetrace.cli.output import write_whole
from sourcetrace.store import Store, StoreError
from sourcetrace.store.datasette import datasette_metadata


def datasette_command(
    db: Annotated[
        Path,
        typer.Argument(
            help="A SQLite store (from ingest, load or compare --db).", metavar="STORE.db"
        ),
    ],
    metadata: Annotated[
        Path | None,
        typer.Option(
            "--metadata",
            help="Write the metadata JSON here (for `datasette STORE.db -m FILE`) and stop.",
            callback=in_existing_directory,
        ),
    ] = None,
    host: Host = "127.0.0.1",
    port: Port = 8001,
) -> None:
    """Explore a store in Datasette: tables and columns described, canned queries for top
    sources, anonymous sources, who is quoted on an event, disagreements, phrases, trends."""
    if not db.is_file():
        fail(db, "no such database")
    try:
        Store.open(str(db)).close()  # brings an older store's tables up to date; refuses others
    except StoreError as e:
        fail(e)
    # Datasette names a database after its file, without the extension.
    body = datasette_metadata(db.stem)
    if metadata is not None:
        write_whole(metadata, json.dumps(body, ensure_ascii=False, indent=2) + "\n")
        return
    try:
        from datasette.app import Datasette
    except ImportError:
        fail("datasette", "not installed: pip install 'sourcetrace[datasette]'")
    app = Datasette([str(db)], metadata=body)
    asyncio.run(app.invoke_startup())
    uvicorn.run(app.app(), host=host, port=port, log_level="info", lifespan="on")
