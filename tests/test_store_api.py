"""The HTTP API: contract responses, pagination bounds, tokens, and clear 4xx for bad input."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sourcetrace.cli import app
from sourcetrace.model import Analysis
from sourcetrace.store import Store
from sourcetrace.web import create_app
from sourcetrace.workers import WorkerPool
from store_fixtures import RICH_TEXT, event_of, rich_analysis

TOKEN = "s3cret-token"
DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo_article.txt"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    """One analysis process for the module's apps (each would start its own)."""
    with WorkerPool(1) as p:
        yield p


@pytest.fixture
def stored(store: Store) -> tuple[Analysis, Analysis]:
    first = rich_analysis()
    second = rich_analysis(RICH_TEXT + " More.", outlet="Other Times")
    store.write([first, second])
    store.write_event(event_of(first, second))
    return first, second


@pytest.fixture
def client(store: Store, pool: WorkerPool) -> Iterator[TestClient]:
    with TestClient(create_app(store, token=TOKEN, max_body_bytes=64 * 1024, pool=pool)) as c:
        yield c


@pytest.fixture
def read_only(store: Store, pool: WorkerPool) -> Iterator[TestClient]:
    with TestClient(create_app(store, pool=pool)) as c:
        yield c


def test_a_stored_article_is_served_as_the_contract(
    client: TestClient, stored: tuple[Analysis, Analysis]
) -> None:
    first, _ = stored
    r = client.get(f"/articles/{first.id}")
    assert r.status_code == 200
    assert Analysis.from_dict(r.json()) == Analysis.from_dict(first.to_dict())
    assert r.json() == first.to_dict()


def test_lists_page_with_bounds(client: TestClient, stored: tuple[Analysis, Analysis]) -> None:
    page = client.get("/articles", params={"limit": 1, "offset": 1}).json()
    assert (page["total"], page["limit"], page["offset"], len(page["items"])) == (2, 1, 1, 1)
    assert client.get("/articles", params={"outlet": "Other Times"}).json()["total"] == 1
    sources = client.get("/sources").json()
    assert sources["items"][0]["name"] == "John Maguire"
    key = sources["items"][0]["key"]
    detail = client.get(f"/sources/{key}", params={"limit": 2}).json()
    assert detail["attributions"]["total"] == 4
    assert len(detail["attributions"]["items"]) == 2
    assert {o["outlet"] for o in client.get("/outlets").json()} == {"Example Daily", "Other Times"}
    assert client.get("/outlets/Other Times").json()["profile"]["articles"] == 1
    assert client.get("/events").json()["items"][0]["id"] == "ev1"
    assert client.get("/events/ev1").json()["links"][0]["relation"] == "conflicts"
    hits = client.get("/search", params={"q": "drones ready"}).json()
    assert hits["attributions"]["total"] == 2


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/articles", {"limit": 10**12}),
        ("/articles", {"limit": 0}),
        ("/articles", {"offset": -1}),
        ("/articles", {"offset": 10**40}),
        ("/articles", {"limit": "many"}),
        ("/sources", {"kind": "alien"}),
        ("/search", {}),
        ("/search", {"q": ""}),
        ("/search", {"q": "x" * 501}),
    ],
)
def test_bad_query_parameters_are_422_with_a_message(
    client: TestClient, path: str, params: dict[str, object]
) -> None:
    r = client.get(path, params=params)
    assert r.status_code == 422
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]


@pytest.mark.parametrize(
    "path",
    [
        "/articles/0123456789abcdef",
        "/articles/%27%3B--",
        "/sources/nope",
        "/events/nope",
        "/outlets/Nobody",
        "/articles/" + "x" * 60,
    ],
)
def test_unknown_ids_are_404(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert "no " in r.json()["detail"]


def test_nul_characters_in_urls_are_400(client: TestClient) -> None:
    for path in ["/search?q=a%00b", "/articles/ab%00cd", "/ui/search?q=%00"]:
        r = client.get(path)
        assert r.status_code == 400, path
        assert "NUL" in r.json()["detail"]


@pytest.mark.parametrize(
    "body",
    [
        b"not json at all",
        b"{",
        b"[]",
        b"null",
        b'{"text": 12}',
        b'{"text": ["a"]}',
        b"{}",
        b'{"text": "a", "html": "<p>b</p>"}',
        b'{"text": "   "}',
        b'{"text": "a\\u0000b"}',
        b'{"text": "lone \\ud800 surrogate"}',
        b'{"text": "ok", "published": "2020-13-45"}',
        b'{"text": "ok", "published": "yesterday"}',
        b'{"text": "ok", "extra": 1}',
        b"\xff\xfe\x00garbage",
    ],
)
def test_malformed_analyze_bodies_are_4xx_with_a_message(client: TestClient, body: bytes) -> None:
    headers = {"content-type": "application/json", **AUTH}
    r = client.post("/analyze", content=body, headers=headers)
    assert 400 <= r.status_code < 500, r.text
    assert r.json()["detail"]


def test_an_oversized_body_is_413_with_a_clear_message(client: TestClient) -> None:
    r = client.post("/analyze", json={"text": "x" * 70_000}, headers=AUTH)
    assert r.status_code == 413
    assert "larger than the limit of 65,536 bytes" in r.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while streaming
        for _ in range(100):
            yield b"x" * 1024

    assert client.post("/analyze", content=chunks(), headers=AUTH).status_code == 413


def test_analyze_returns_the_contract_without_storing(client: TestClient, store: Store) -> None:
    r = client.post(
        "/analyze",
        json={
            "text": "The plan is ready, officials said on Monday.",
            "outlet": "Wire",
            "published": "2020-01-03",
        },
        headers=AUTH,
    )
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["outlet"] == "Wire" and out["published"] == "2020-01-03"
    assert set(out) >= {
        "id",
        "text",
        "boilerplate",
        "sources",
        "attributions",
        "entities",
        "timeline",
        "profile",
    }
    assert client.get(f"/articles/{out['id']}").status_code == 404


def test_storing_needs_the_token(client: TestClient, read_only: TestClient) -> None:
    body = {"text": "The minister said the plan was ready."}
    assert read_only.post("/analyze?store=true", json=body).status_code == 403
    assert client.post("/analyze?store=true", json=body).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert client.post("/analyze?store=true", json=body, headers=wrong).status_code == 401
    r = client.post("/analyze?store=true", json=body, headers=AUTH)
    assert r.status_code == 200
    assert client.get(f"/articles/{r.json()['id']}").json()["text"] == body["text"]


def test_openapi_documents_typed_responses(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {
        "/analyze",
        "/articles",
        "/articles/{article_id}",
        "/sources",
        "/sources/{key}",
        "/search",
        "/events",
        "/events/{event_id}",
        "/outlets",
    } <= set(spec["paths"])
    schemas = spec["components"]["schemas"]
    assert {"AnalysisOut", "SourceDetail", "SearchResults", "EventDetail"} <= set(schemas)
    assert client.get("/docs").status_code == 200


def test_analyze_reads_html(client: TestClient) -> None:
    html = (
        "<html><head><title>Plan ready</title></head><body><article><h1>Plan ready</h1>"
        + "<p>The minister said on Monday that the plan was ready for the vote.</p>" * 5
        + "</article></body></html>"
    )
    r = client.post("/analyze", json={"html": html, "outlet": "Wire"}, headers=AUTH)
    assert r.status_code == 200, r.text
    assert "the plan was ready" in r.json()["text"]
    assert r.json()["outlet"] == "Wire"
    empty = client.post("/analyze", json={"html": "<html><body></body></html>"}, headers=AUTH)
    assert empty.status_code == 422
    assert empty.json()["detail"].startswith("html: ")


@pytest.mark.parametrize("seed", ["demo", "yahoo"])
def test_a_stored_article_is_served_as_analyze_prints_it(
    request: pytest.FixtureRequest, tmp_path: Path, seed: str
) -> None:
    """`ingest` then `GET /articles/{id}` gives what `analyze --format json` prints, every field
    (conflicts, entity titles, the timeline's caption and anchored flags, claims) included."""
    path = DEMO if seed == "demo" else request.getfixturevalue("yahoo_seed")
    printed = CliRunner().invoke(app, ["analyze", str(path), "--format", "json"])
    assert printed.exit_code == 0, printed.output
    expected = json.loads(printed.stdout)
    db = str(tmp_path / "store.db")
    ingested = CliRunner().invoke(app, ["ingest", str(path), "--db", db])
    assert ingested.exit_code == 0, ingested.output
    with Store.open(db) as store, TestClient(create_app(store)) as client:
        served = client.get(f"/articles/{expected['id']}")
    assert served.status_code == 200
    assert served.json() == expected
