"""How the server analyzes: in a bounded pool of worker processes, never in the event loop's
thread, each article within the time budget.

At most ``workers`` analyses run at once and at most ``max_queue`` more wait, each no longer than
the budget (so no request waits behind a pathological one for longer); a request beyond that gets
503 with Retry-After. An article that cannot be analyzed, or runs past the budget, gets 422.
"""

from __future__ import annotations

import dataclasses
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import HTTPException
from starlette.concurrency import run_in_threadpool

from sourcetrace.ingest import IngestError, Rejected, article_from_html
from sourcetrace.model import Analysis, Article
from sourcetrace.web.contract import AnalyzeRequest
from sourcetrace.web.guards import DEFAULT_TIMEOUT_S
from sourcetrace.workers import DEFAULT_BUDGET_S, PoolBusy, WorkerPool, analyze_article

ORIGIN = "request"


@dataclass(frozen=True, slots=True)
class ServiceLimits:
    """The server's bounds on analysis: worker processes, the time budget per article, requests
    allowed to wait for a worker, and the longest any request may take (then 504)."""

    workers: int = 2
    budget_s: float = DEFAULT_BUDGET_S
    max_queue: int = 8
    request_timeout_s: float = DEFAULT_TIMEOUT_S

    def pool(self) -> WorkerPool:
        return WorkerPool(self.workers, budget_s=self.budget_s)


def request_article(body: AnalyzeRequest) -> Article:
    """The request's article: its text, or the main text of its html (``IngestError`` when the
    page has none), with the request's metadata."""
    if body.html is not None:
        page = article_from_html(body.html, origin=ORIGIN, url=body.url)
        return dataclasses.replace(
            page,
            title=body.title or page.title,
            outlet=body.outlet or page.outlet,
            published=body.published or page.published,
        )
    assert body.text is not None  # AnalyzeRequest holds exactly one of text and html
    return Article(
        text=body.text,
        title=body.title,
        outlet=body.outlet,
        url=body.url,
        published=body.published,
        origin=ORIGIN,
    )


def analyze_request(body: AnalyzeRequest) -> Analysis | Rejected:
    """The worker's task for one request, HTML extraction included (it is bounded too)."""
    try:
        article = request_article(body)
    except IngestError as e:
        return Rejected(ORIGIN, f"html: {e}")
    return analyze_article(article)


class Analyzer:
    """Admission to the pool: a request beyond the running and waiting ones is turned away."""

    def __init__(
        self,
        pool: WorkerPool,
        *,
        max_queue: int,
        task: Callable[[AnalyzeRequest], Analysis | Rejected] = analyze_request,
    ) -> None:
        self.pool = pool
        self.max_queue = max_queue
        self.task = task
        self._lock = threading.Lock()  # TestClient may call from several event loops
        self._admitted = 0

    async def analyze(self, body: AnalyzeRequest) -> Analysis:
        with self._lock:
            if self._admitted >= self.pool.size + self.max_queue:
                raise self._busy(
                    f"the server is busy: {self.pool.size} analyses running and "
                    f"{self.max_queue} waiting; try again later"
                )
            self._admitted += 1
        try:
            result = await run_in_threadpool(
                self.pool.run, self.task, body, origin=ORIGIN, wait_s=self.pool.budget_s
            )
        except PoolBusy as e:
            raise self._busy(f"the server is busy: {e}; try again later") from None
        finally:
            with self._lock:
                self._admitted -= 1
        if isinstance(result, Rejected):
            raise HTTPException(422, result.reason)
        return result

    def _busy(self, detail: str) -> HTTPException:
        # By then every analysis running now has ended, one way or the other.
        retry = str(math.ceil(self.pool.budget_s))
        return HTTPException(503, detail, headers={"Retry-After": retry})
