"""/docs works offline: Swagger UI from the installed package, under the strict CSP."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from browser_support import open_page
from server_support import serving
from sourcetrace.store import Store
from sourcetrace.web import create_app


@pytest.fixture
def client(tmp_path: Any) -> Iterator[TestClient]:
    with Store.open(str(tmp_path / "store.db")) as store, TestClient(create_app(store)) as c:
        yield c


def test_docs_load_only_this_servers_files(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert not re.search(r"(src|href)=\"https?:", page.text)  # no CDN
    assert "<script>" not in page.text  # no inline script
    csp = page.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp
    for src in re.findall(r'(?:src|href)="(/[^"]+)"', page.text):
        asset = client.get(src)
        assert asset.status_code == 200, src
    redoc = client.get("/redoc", follow_redirects=False)
    assert (redoc.status_code, redoc.headers["location"]) == (307, "/docs")


def test_docs_render_the_api_in_a_browser(browser: Any, tmp_path: Any) -> None:
    with Store.open(str(tmp_path / "store.db")) as store, serving(create_app(store)) as base:
        page, problems = open_page(browser, "about:blank")
        elsewhere: list[str] = []
        page.on("request", lambda r: None if r.url.startswith(base) else elsewhere.append(r.url))
        page.goto(f"{base}/docs")
        page.locator(".opblock-summary-path", has_text="/attributions").wait_for()
        assert page.locator(".opblock").count() >= 10
        assert elsewhere == [] and problems == []
