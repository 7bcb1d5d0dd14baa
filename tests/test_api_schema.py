"""schemathesis over the server's OpenAPI schema: no 5xx, and every response matches its schema.

Two checks are left out. That every schema-valid request is accepted: the server refuses some on
purpose, with a 4xx the schema documents (a NUL character anywhere in a URL, an article of only
whitespace, both ``text`` and ``html``). And that every schema-violating request is refused: the
server ignores query parameters it does not know, as HTTP servers do, and each call here sends the
token, which undoes the negative cases that drop the Authorization header; so a case that only
adds an unknown parameter and drops the header is answered 200, rightly (a random failure before).
Bad bodies and values are still refused: `test_web_service.py` tests each guard."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from sourcetrace.store import Store
from sourcetrace.web import create_app
from sourcetrace.workers import WorkerPool
from store_fixtures import RICH_TEXT, event_of, rich_analysis

TOKEN = "schema-token"

# schemathesis builds its tests when the module loads, so the app exists by then (its lazy
# fixture loader does not work with this pytest); `_close` below releases it.
_scratch = tempfile.TemporaryDirectory(prefix="sourcetrace-schema-")
_store = Store.open(str(Path(_scratch.name) / "store.db"))
_pool = WorkerPool(1)
_first, _second = rich_analysis(), rich_analysis(RICH_TEXT + " More.", outlet="Other Times")
_store.write([_first, _second])
_store.write_event(event_of(_first, _second))
schema = schemathesis.openapi.from_asgi(
    "/openapi.json", create_app(_store, token=TOKEN, pool=_pool)
)


@pytest.fixture(scope="module", autouse=True)
def _close() -> Iterator[None]:
    yield
    _pool.close()
    _store.close()
    _scratch.cleanup()


@schema.parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_schema(case: schemathesis.Case) -> None:
    case.call_and_validate(
        headers={"Authorization": f"Bearer {TOKEN}"},
        excluded_checks=[
            schemathesis.checks.positive_data_acceptance,
            schemathesis.checks.negative_data_rejection,
        ],
    )
