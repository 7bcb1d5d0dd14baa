"""The server under load and abuse: analyses in worker processes within the time budget, a queue
limit (503 with Retry-After), a time limit per request (504), the token on /analyze, and the
security headers and a one-line detail on every error response."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from server_support import serving
from sourcetrace.ingest import Rejected
from sourcetrace.model import Analysis
from sourcetrace.store import Store
from sourcetrace.web import create_app
from sourcetrace.web.analysis import Analyzer, ServiceLimits, analyze_request
from sourcetrace.web.contract import AnalyzeRequest
from sourcetrace.workers import WorkerPool

BUDGET = 2.0
TOKEN = "t0ken"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
NORMAL = {"text": "Police said the road was closed on Monday."}
STALL = {"text": "The mayor said so.", "title": "stall"}
HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy")


def stalling_request(body: AnalyzeRequest) -> Analysis | Rejected:
    """``analyze_request``, but an article titled "stall" hangs as a pathological one would,
    one titled "nap" takes a second, and one titled "fail" fails."""
    if body.title == "stall":
        time.sleep(600)
    if body.title == "nap":
        time.sleep(1)
    if body.title == "fail":
        raise ValueError("a stage broke")
    return analyze_request(body)


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    with WorkerPool(2, budget_s=BUDGET) as p:
        p.start()
        yield p


@pytest.fixture
def ready(pool: WorkerPool) -> WorkerPool:
    """The pool with every process warmed up, this module's task loaded too (a killed process's
    replacement loads them anew)."""
    for _ in range(pool.size):
        pool.run(stalling_request, AnalyzeRequest(**NORMAL), origin="warm-up", budget_s=120)
    return pool


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(str(tmp_path / "store.db")) as s:
        yield s


def stalling_app(store: Store, pool: WorkerPool, *, max_queue: int = 8, **options: Any) -> FastAPI:
    app = create_app(store, pool=pool, **options)
    app.state.analyzer = Analyzer(pool, max_queue=max_queue, task=stalling_request)
    return app


def assert_guarded(r: httpx.Response) -> None:
    """Every security header, and a one-line JSON detail."""
    assert all(r.headers.get(h) for h in HEADERS), r.headers
    assert r.headers["x-content-type-options"] == "nosniff"
    detail = r.json()["detail"]
    assert isinstance(detail, str) and detail and "\n" not in detail


def test_a_request_past_the_time_limit_gets_504(store: Store, ready: WorkerPool) -> None:
    limits = ServiceLimits(request_timeout_s=0.5)
    with TestClient(stalling_app(store, ready, limits=limits)) as client:
        started = time.monotonic()
        r = client.post("/analyze", json={**NORMAL, "title": "nap"})
        assert r.status_code == 504
        assert r.json()["detail"] == "the request took longer than 0.5 s"
        assert time.monotonic() - started < 1
        assert_guarded(r)


def test_an_article_whose_analysis_fails_is_a_clear_422(store: Store, ready: WorkerPool) -> None:
    with TestClient(stalling_app(store, ready)) as client:
        r = client.post("/analyze", json={**NORMAL, "title": "fail"})
        assert r.status_code == 422
        assert r.json()["detail"] == "analysis failed: ValueError: a stage broke"
        assert_guarded(r)


def test_analyze_needs_the_token_unless_open(store: Store, ready: WorkerPool) -> None:
    with TestClient(create_app(store, token=TOKEN, pool=ready)) as guarded:
        r = guarded.post("/analyze", json=NORMAL)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        assert_guarded(r)
        wrong = guarded.post("/analyze", json=NORMAL, headers={"Authorization": "Bearer no"})
        assert wrong.status_code == 401
        assert guarded.post("/analyze", json=NORMAL, headers=AUTH).status_code == 200
    with TestClient(create_app(store, token=TOKEN, open_analyze=True, pool=ready)) as open_:
        assert open_.post("/analyze", json=NORMAL).status_code == 200
        assert open_.post("/analyze?store=true", json=NORMAL).status_code == 401  # writes: no
        assert open_.post("/analyze?store=true", json=NORMAL, headers=AUTH).status_code == 200
    with TestClient(create_app(store, pool=ready)) as read_only:
        assert read_only.post("/analyze", json=NORMAL).status_code == 200
        assert read_only.post("/analyze?store=true", json=NORMAL).status_code == 403


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("GET", "/articles/ab%00cd", None, 400),
        ("POST", "/analyze", NORMAL, 401),
        ("GET", "/articles/0123456789abcdef", None, 404),
        ("DELETE", "/articles", None, 405),
        ("POST", "/analyze", {"text": "x" * 5000}, 413),
        ("POST", "/analyze", {"text": 12}, 422),
        ("GET", "/articles", None, 500),
    ],
)
def test_every_error_response_carries_the_headers_and_says_what_failed(
    store: Store, method: str, path: str, body: dict[str, Any] | None, status: int
) -> None:
    def broken(**_: object) -> None:
        raise RuntimeError("disk on fire\nand more lines")

    store.articles = broken  # type: ignore[method-assign]
    app = create_app(store, token=TOKEN, max_body_bytes=4096)
    with TestClient(app) as client:
        r = client.request(method, path, json=body, headers={} if status == 401 else AUTH)
    assert r.status_code == status
    assert_guarded(r)
    if status == 500:
        assert r.json()["detail"] == "GET /articles failed: RuntimeError: disk on fire"


# These two stop worker processes: they come last, so that few tests wait for replacements.


def test_a_pathological_request_does_not_hold_up_a_normal_one(
    store: Store, ready: WorkerPool
) -> None:
    with (
        serving(stalling_app(store, ready)) as base,
        httpx.Client(base_url=base, timeout=60) as http,
        ThreadPoolExecutor(1) as background,
    ):
        started = time.monotonic()
        stalled = background.submit(http.post, "/analyze", json=STALL)
        time.sleep(0.3)
        normal = http.post("/analyze", json=NORMAL)
        assert normal.status_code == 200, normal.text
        assert time.monotonic() - started < BUDGET  # it did not wait for the stalled one
        r = stalled.result()
        assert r.status_code == 422
        assert r.json()["detail"] == "analysis took longer than 2 s"
        assert BUDGET <= time.monotonic() - started < BUDGET + 5
        assert_guarded(r)


def test_beyond_the_queue_limit_requests_get_503_with_retry_after(
    store: Store, ready: WorkerPool
) -> None:
    with (
        serving(stalling_app(store, ready, max_queue=0)) as base,
        httpx.Client(base_url=base, timeout=60) as http,
        ThreadPoolExecutor(ready.size) as background,
    ):
        stalled = [background.submit(http.post, "/analyze", json=STALL) for _ in range(ready.size)]
        time.sleep(0.5)
        started = time.monotonic()
        r = http.post("/analyze", json=NORMAL)
        assert time.monotonic() - started < 1  # turned away at once, not queued
        assert r.status_code == 503
        assert r.headers["retry-after"] == "2"
        assert "busy" in r.json()["detail"]
        assert_guarded(r)
        assert [s.result().status_code for s in stalled] == [422] * ready.size
