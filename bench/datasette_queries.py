"""The canned queries of `sourcetrace datasette`, through Datasette's own client (in process, no
network): p50 and p95 per query over a generated store.

    .venv/bin/python bench/datasette_queries.py [--articles 10000]     # needs the datasette extra

The store is generated as `bench/web_pages.py` generates its search store (sentences of the BASIL
texts, each a claim of one of a few hundred named and anonymous sources, five outlets), plus one
event per 50 articles whose first two articles conflict, so every query has rows to find.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

from datasette.app import Datasette

from sourcetrace.store import ClaimSide, Store, StoredEvent, StoredLink
from sourcetrace.store.datasette import datasette_metadata
from web_pages import BASIL, generated, report

RUNS = 10
PARAMS = {
    "top_sources": {"kind": "anonymous_person"},
    "anonymous_sources_of_outlet": {"outlet": "outlet1"},
    "event_quotes_by_outlet": {"event": "e7"},
    "outlet_disagreements": {"outlet": "outlet1"},
    "articles_using_phrase": {"phrase": "condition of anonymity"},
    "anonymous_share_by_outlet_month": {},
}


def build(db: Path, n: int) -> None:
    texts = [json.loads(line)["text"] for line in BASIL.read_text(encoding="utf-8").splitlines()]
    articles = generated(texts, n)
    with Store.open(str(db)) as store:
        for i in range(0, n, 500):
            store.write(articles[i : i + 500])
        for e, i in enumerate(range(0, n - 1, 50)):
            first, second = articles[i], articles[i + 1]
            sides = [
                ClaimSide(a.id, c.start, c.end, c.text, ())
                for a in (first, second)
                for c in a.attributions[0].content
            ]
            link = StoredLink("conflicts", sides[0], sides[1], 0.5, note="generated")
            store.write_event(StoredEvent(f"e{e}", (first.id, second.id), (link,)))


async def time_queries(db: Path) -> None:
    ds = Datasette([str(db)], metadata=datasette_metadata(db.stem))
    await ds.invoke_startup()
    for name, params in PARAMS.items():
        path = f"/{db.stem}/{name}.json?{urlencode({**params, '_shape': 'array'})}"
        ms = []
        for _ in range(RUNS + 2):
            start = time.perf_counter()
            response = await ds.client.get(path)
            ms.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200 and response.json(), (path, response.text[:200])
        report(name, ms[2:])  # the first two warm the caches


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "generated.db"
        start = time.perf_counter()
        build(db, args.articles)
        took = time.perf_counter() - start
        print(f"({args.articles:,} generated articles stored in {took:.0f} s)", file=sys.stderr)
        print("| query | n | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|")
        asyncio.run(time_queries(db))


if __name__ == "__main__":
    main()
