"""The HTTP service: a JSON API (OpenAPI at /docs) and server-rendered pages under /ui/."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from sourcetrace.store import Store
from sourcetrace.web import api, identity_changes, pages
from sourcetrace.web.analysis import Analyzer, ServiceLimits
from sourcetrace.web.docs import add_docs
from sourcetrace.web.guards import DEFAULT_MAX_BODY_BYTES, Guards
from sourcetrace.workers import WorkerPool


def create_app(
    store: Store,
    *,
    token: str | None = None,
    open_analyze: bool = False,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    limits: ServiceLimits | None = None,
    pool: WorkerPool | None = None,
) -> FastAPI:
    """The app over ``store``; writes, and analyses unless ``open_analyze``, are allowed only to
    holders of ``token``. Analyses run in ``pool`` (the caller's to close), or in a pool of
    ``limits.workers`` processes that the app starts on first use and stops at shutdown."""
    limits = limits or ServiceLimits()
    owned = pool is None
    pool = pool or limits.pool()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            pool.close()

    app = FastAPI(
        title="sourcetrace",
        summary="Who said what in news articles.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # served from local files by add_docs
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = token or None
    app.state.open_analyze = open_analyze
    app.state.analyzer = Analyzer(pool, max_queue=limits.max_queue)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.include_router(api.router)
    app.include_router(identity_changes.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("sourcetrace", "static")]), name="static")
    add_docs(app)
    app.add_api_route("/", lambda: RedirectResponse("/ui/"), include_in_schema=False)
    app.add_middleware(Guards, max_body_bytes=max_body_bytes, timeout_s=limits.request_timeout_s)
    return app


async def _invalid(_request: Request, exc: Exception) -> JSONResponse:
    """A 422 whose ``detail`` says in one line what was wrong, with the itemized ``errors``."""
    assert isinstance(exc, RequestValidationError)
    errors = [_error_item(e) for e in exc.errors()]
    detail = "; ".join(
        f"{'.'.join(item['loc'][1:] or item['loc'])}: {item['msg']}" for item in errors
    )
    return JSONResponse({"detail": detail or "invalid request", "errors": errors}, status_code=422)


def _error_item(error: Any) -> dict[str, Any]:
    return {
        "loc": [str(p) for p in error.get("loc", ())] or ["request"],
        "msg": str(error.get("msg", "")),
        "type": str(error.get("type", "")),
    }
