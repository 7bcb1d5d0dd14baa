"""`sourcetrace serve`: the HTTP API and web pages over a store."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn
from rich.console import Console

from sourcetrace.cli_options import DEFAULT_DB, Db
from sourcetrace.store import Store, StoreError
from sourcetrace.web import create_app
from sourcetrace.web.guards import DEFAULT_MAX_BODY_BYTES


def serve_command(
    db: Db = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="SOURCETRACE_TOKEN",
            help="Allow writes (POST /analyze?store=true) to clients sending "
            "'Authorization: Bearer TOKEN'. Without it the server is read-only.",
            show_default=False,
        ),
    ] = None,
    max_body_bytes: Annotated[
        int, typer.Option(min=1024, help="Largest request body accepted.")
    ] = DEFAULT_MAX_BODY_BYTES,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the web pages (/ui/) over a store."""
    try:
        store = Store.open(db)
    except StoreError as e:
        Console(stderr=True).print(f"[red]error:[/] {e}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    with store:
        app = create_app(store, token=token, max_body_bytes=max_body_bytes)
        uvicorn.run(app, host=host, port=port, log_level="info")
