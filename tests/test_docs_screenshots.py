"""docs/screenshots.py shoots one page of each route of the web UI (the shooting itself is not
run here: it needs a minute of analysis and Chromium)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from fastapi.routing import APIRoute

from sourcetrace.web import pages

SCRIPT = Path(__file__).resolve().parents[1] / "docs" / "screenshots.py"


def test_the_screenshots_cover_every_page_of_the_web_ui() -> None:
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    screenshots = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(screenshots)
    routes = {r.path for r in pages.router.routes if isinstance(r, APIRoute)}
    assert set(screenshots.PAGES) == routes
    names = [name for name, _ in screenshots.PAGES.values()]
    assert len(set(names)) == len(names)  # one file per page type
