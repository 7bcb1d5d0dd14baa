"""The API's documentation pages, offline: Swagger UI's files come from the swagger-ui-bundle
package and are served here, under the same Content-Security-Policy as every page (no CDN, no
inline script). No installed package carries ReDoc, so /redoc leads to /docs."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

ASSETS = "/docs/assets"

_PAGE = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>sourcetrace API</title>
<link rel="stylesheet" href="{ASSETS}/swagger-ui.css">
<link rel="icon" href="data:,">
</head>
<body>
<div id="swagger-ui" data-url="/openapi.json"></div>
<script src="{ASSETS}/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body>
</html>
"""


def add_docs(app: FastAPI) -> None:
    """/docs, its assets, and /redoc, on an app created with ``docs_url=None``."""
    app.mount(ASSETS, StaticFiles(directory=str(swagger_ui_path)), name="swagger-ui")
    app.add_api_route("/docs", lambda: HTMLResponse(_PAGE), include_in_schema=False)
    app.add_api_route("/redoc", lambda: RedirectResponse("/docs"), include_in_schema=False)
