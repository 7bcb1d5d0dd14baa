"""`sourcetrace serve`: the HTTP API and web pages over a store."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn

from sourcetrace.cli.errors import fail
from sourcetrace.cli.options import DEFAULT_DB, Db, Host, Port
from sourcetrace.store import Store, StoreError
from sourcetrace.store.engine import missing_file
from sourcetrace.web import create_app
from sourcetrace.web.analysis import ServiceLimits
from sourcetrace.web.guards import DEFAULT_MAX_BODY_BYTES

_DEFAULTS = ServiceLimits()


def serve_command(
    db: Db = DEFAULT_DB,
    host: Host = "127.0.0.1",
    port: Port = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="SOURCETRACE_TOKEN",
            help="Allow writes (POST /analyze?store=true) to clients sending "
            "'Authorization: Bearer TOKEN', and require it for POST /analyze too. Without it "
            "the server is read-only.",
            show_default=False,
        ),
    ] = None,
    open_analyze: Annotated[
        bool,
        typer.Option(help="Let anyone POST /analyze (without storing) although --token is set."),
    ] = False,
    workers: Annotated[
        int, typer.Option(min=1, max=16, help="Analysis worker processes (one spaCy each).")
    ] = _DEFAULTS.workers,
    time_budget: Annotated[
        float,
        typer.Option(min=0.1, help="Seconds an article's analysis may take; then it is refused."),
    ] = _DEFAULTS.budget_s,
    max_queue: Annotated[
        int,
        typer.Option(
            min=0, max=16, help="Analyses allowed to wait for a worker; beyond that, 503."
        ),
    ] = _DEFAULTS.max_queue,
    request_timeout: Annotated[
        float, typer.Option(min=1, help="Seconds any request may take; then 504.")
    ] = _DEFAULTS.request_timeout_s,
    max_body_bytes: Annotated[
        int, typer.Option(min=1024, help="Largest request body accepted.")
    ] = DEFAULT_MAX_BODY_BYTES,
    create: Annotated[
        bool, typer.Option("--create", help="Make an empty store when --db names no file.")
    ] = False,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the web pages (/ui/) over a store."""
    if not create and missing_file(db):
        fail(db, "no such database (give --create to serve an empty one)")
    try:
        store = Store.open(db)
    except StoreError as e:
        fail(e)
    limits = ServiceLimits(
        workers=workers,
        budget_s=time_budget,
        max_queue=max_queue,
        request_timeout_s=request_timeout,
    )
    with store, limits.pool() as pool:
        pool.start()  # the workers load spaCy while the server starts
        app = create_app(
            store,
            token=token,
            open_analyze=open_analyze,
            max_body_bytes=max_body_bytes,
            limits=limits,
            pool=pool,
        )
        uvicorn.run(app, host=host, port=port, log_level="info")
