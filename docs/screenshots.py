"""Screenshots of each page type of the web UI, for the README: a small store of fictional
articles, served in process, photographed by headless Chromium (Playwright).

    .venv/bin/python docs/screenshots.py [--out docs/screenshots] [--chromium /usr/bin/chromium]

The store holds the bundled example (examples/demo_article.txt, fictional) and four short
fictional articles written here: three outlets' follow-ups to its story over four days, so that
the event page has a matrix, corroborations and a conflict, and one story a month later, for the
trends. `sourcetrace compare --db` analyzes and stores them (about a minute). Each page is shot
at 1200 x 800 as a PNG; one over MAX_BYTES is written as a JPEG instead.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import uvicorn

from sourcetrace.store import Store
from sourcetrace.web import create_app

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "demo_article.txt"
VIEWPORT = {"width": 1200, "height": 800}
MAX_BYTES = 150_000  # what the repository takes for one image

FOLLOW_UPS = (
    {
        "outlet": "Coastline Times",
        "published": "2021-06-05",
        "title": "Navy was told to let Port Calder missile ship sail, former commander says",
        "text": "Tobias Renwick, the retired rear admiral who led the navy's Northern Coastal "
        "Command, said on Saturday that he had been ordered not to board the Silver Marten. "
        '"I asked twice and I was told no twice," Renwick said. A senior defense official, '
        "who spoke on condition of anonymity, said the navy's report on the freighter never "
        "reached the minister. The attack on the ferry in the Strait of Oren killed 31 people, "
        "according to court records. Chief Prosecutor Amara Lind said her office would hear the "
        "first witnesses this month.",
    },
    {
        "outlet": "Oren Daily",
        "published": "2021-06-06",
        "title": "Port Calder inquiry: ministry says officers followed the rules",
        "text": "The Ministry of Coastal Defense said on Sunday that no officer had broken the "
        "rules in force in 2019 when the Silver Marten left Port Calder. The ferry attack in the "
        "Strait of Oren killed 29 people, the ministry said. Tobias Renwick, a former navy "
        'commander, said: "We did what we were told." Two officials familiar with the inquiry '
        "said prosecutors had asked the ministry for its internal reports. Chief Prosecutor "
        "Amara Lind declined to comment on the ministry's statement.",
    },
    {
        "outlet": "Harbor Wire",
        "published": "2021-06-07",
        "title": "Customs inspector's recipe book holds Port Calder container numbers",
        "text": "Ilse Varga, a former customs inspector at Port Calder, said she had written the "
        "container numbers of the Silver Marten's cargo in the back of a recipe book. "
        '"Everyone on that quay knew what was in those boxes," Varga said. A logistics '
        "contractor who asked not to be named said crane operators were paid in cash. Chief "
        "Prosecutor Amara Lind said on Monday that the book would be examined. Petra Hallor, an "
        "analyst at the Oren Institute, wrote that a manifest is a promise, not a proof.",
    },
    {
        "outlet": "Coastline Times",
        "published": "2021-07-12",
        "title": "Veldania harbor budget doubles customs staff after missile scandal",
        "text": "Veldania's parliament voted on Monday to double the number of customs "
        "inspectors at its ports. Finance Minister Oskar Brandt said the money would come from "
        'harbor fees. "No inspector will work alone on a night shift again," Brandt said. An '
        "official at the finance ministry, who was not authorized to speak publicly, said the "
        "first inspectors would start in September. The Harbor Workers Union said in a "
        "statement that it welcomed the vote.",
    },
)


def _largest_event(store: Store) -> str:
    events = store.events(limit=100).items
    return f"/ui/events/{max(events, key=lambda e: (e.articles, e.outlets)).id}"


# Each route of the web UI (web/pages.py) and the page of it to shoot, by file name.
PAGES: dict[str, tuple[str, Callable[[Store], str]]] = {
    "/ui/": ("home", lambda store: "/ui/"),
    "/ui/articles/{article_id}": (
        "article",
        lambda store: f"/ui/articles/{store.articles(limit=50).items[-1].id}",
    ),
    "/ui/sources": ("sources", lambda store: "/ui/sources"),
    "/ui/sources/{key}": (
        "source",
        lambda store: f"/ui/sources/{store.sources(limit=1).items[0].key}",
    ),
    "/ui/outlets": ("outlets", lambda store: "/ui/outlets"),
    "/ui/outlets/{outlet:path}": (
        "outlet",
        lambda store: f"/ui/outlets/{quote(store.outlets()[0].outlet)}",
    ),
    "/ui/trends": ("trends", lambda store: "/ui/trends"),
    "/ui/events": ("events", lambda store: "/ui/events"),
    "/ui/events/{event_id}": ("event", _largest_event),
    "/ui/search": ("search", lambda store: "/ui/search?q=navy"),
}


def build(db: Path, work: Path) -> None:
    """The store: the example and the follow-ups, analyzed and compared."""
    text = DEMO.read_text(encoding="utf-8")
    demo = {
        "outlet": "Harbor Wire",
        "published": "2021-06-04",
        "title": text.splitlines()[0],
        "text": text,
    }
    articles = work / "articles.jsonl"
    articles.write_text(
        "".join(json.dumps(a) + "\n" for a in (demo, *FOLLOW_UPS)), encoding="utf-8"
    )
    main = "from sourcetrace.cli import main; main()"
    command = [sys.executable, "-c", main, "compare", str(articles), "--db", str(db)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


@contextmanager
def serving(store: Store) -> Iterator[str]:
    """The web UI over ``store``, served by uvicorn in a thread until the block ends."""
    server = uvicorn.Server(uvicorn.Config(create_app(store), port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def shoot(browser: Any, url: str, out: Path) -> Path:
    """``url`` at the viewport's size, as ``out`` (.png), or as a JPEG when the PNG is too big."""
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(url)
    image = out.with_suffix(".png")
    page.screenshot(path=str(image), type="png")
    if image.stat().st_size > MAX_BYTES:
        image.unlink()
        image = out.with_suffix(".jpg")
        page.screenshot(path=str(image), type="jpeg", quality=70)
    page.close()
    return image


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright  # only this script needs it

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "screenshots.db"
        print("building the store (about a minute) ...", file=sys.stderr)
        build(db, Path(tmp))
        with Store.open(str(db)) as store, serving(store) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
            for name, path in PAGES.values():
                image = shoot(browser, base + path(store), args.out / name)
                print(f"{image} {image.stat().st_size // 1000} KB")
            browser.close()


if __name__ == "__main__":
    main()
