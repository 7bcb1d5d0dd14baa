"""Page latency of the web UI and the search API, in process through the app and its middleware
(no network): p50 and p95 per page type over a real store, and search over a generated store.

    .venv/bin/python bench/web_pages.py --db basil.db [--search-articles 10000]

A --db that does not exist is built first (not timed) from BASIL: `sourcetrace compare
../shared/corpus/basil/basil-2010-2016.jsonl --db PATH` analyzes the 210 articles and stores
them with their events and claim links (a minute or two). The generated store for search holds
articles of sentences drawn from the real store's texts, each sentence a claim of one of a few
hundred named and anonymous sources.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

from fastapi.testclient import TestClient

from sourcetrace.cli.progress import progress_bar, tracked
from sourcetrace.model import (
    Analysis,
    Attribution,
    AttributionType,
    Source,
    SourceKind,
    TextSpan,
    article_id,
)
from sourcetrace.store import Store
from sourcetrace.web import create_app

BASIL = (
    Path(__file__).resolve().parents[2] / "shared" / "corpus" / "basil" / "basil-2010-2016.jsonl"
)
SAMPLES = 20  # pages of each type
SEARCHES = ("condition of anonymity", "according to officials", "White House", "said Tuesday")


def build(db: Path) -> None:
    print(f"building {db} from {BASIL} (not timed) ...", file=sys.stderr)
    main = "from sourcetrace.cli import main; main()"
    command = [sys.executable, "-c", main, "compare", str(BASIL), "--db", str(db)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def timings(client: TestClient, paths: Sequence[str]) -> list[float]:
    out = []
    for path in paths:
        start = time.perf_counter()
        r = client.get(path)
        out.append((time.perf_counter() - start) * 1000)
        assert r.status_code == 200, (path, r.status_code, r.text[:200])
    return out


def report(name: str, ms: list[float]) -> None:
    p95 = statistics.quantiles(ms, n=20)[-1] if len(ms) > 1 else ms[0]
    p50 = statistics.median(ms)
    print(f"| {name:<36} | {len(ms):>3} | {p50:7.1f} | {p95:7.1f} | {max(ms):7.1f} |")


def page_paths(store: Store) -> dict[str, list[str]]:
    rng = random.Random(0)
    articles = store.articles(limit=500).items
    sources = store.sources(limit=SAMPLES).items
    outlets = [o.outlet for o in store.outlets()]
    events = store.events(limit=500).items

    def pick(paths: Sequence[str]) -> list[str]:
        return [rng.choice(paths) for _ in range(SAMPLES)]

    kinds = ("anonymous_person", "named_person")
    return {
        "home /ui/": ["/ui/"] * SAMPLES,
        "article /ui/articles/{id}": pick([f"/ui/articles/{a.id}" for a in articles]),
        "leaderboard /ui/sources": ["/ui/sources"] * SAMPLES,
        "leaderboard ?kind&outlet": pick(
            [f"/ui/sources?kind={k}&outlet={quote(o)}" for k in kinds for o in outlets]
        ),
        "leaderboard ?format=csv": pick(
            [f"/ui/sources?kind={k}&outlet={quote(o)}&format=csv" for k in kinds for o in outlets]
        ),
        "source /ui/sources/{key}": [f"/ui/sources/{s.key}" for s in sources],
        "outlets /ui/outlets": ["/ui/outlets"] * SAMPLES,
        "outlet /ui/outlets/{outlet}": pick([f"/ui/outlets/{quote(o)}" for o in outlets]),
        "trends /ui/trends": ["/ui/trends"] * SAMPLES,
        "events /ui/events": ["/ui/events"] * SAMPLES,
        "event /ui/events/{id}": pick([f"/ui/events/{e.id}" for e in events]),
        "search /ui/search?q=": pick([f"/ui/search?q={quote(q)}" for q in SEARCHES]),
    }


def generated(texts: Sequence[str], n: int) -> list[Analysis]:
    """``n`` articles of 20 sentences drawn from ``texts``; each sentence a claim of a source."""
    rng = random.Random(1)
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if 40 < len(s) < 300]
    names = [(f"Official {i}", SourceKind.NAMED_PERSON) for i in range(200)]
    names += [(f"a senior official {i}", SourceKind.ANONYMOUS_PERSON) for i in range(100)]
    out = []
    for i in range(n):
        parts, spans = [], []
        at = 0
        for _ in range(20):
            s = rng.choice(sentences)
            spans.append((at, at + len(s)))
            parts.append(s)
            at += len(s) + 1
        text = " ".join(parts) + f" ({i})"
        said = [(spans[j], rng.choice(names)) for j in rng.sample(range(20), 5)]
        sources = {
            who: Source(f"s{k}", who, kind, None, ()) for k, (_, (who, kind)) in enumerate(said)
        }
        out.append(
            Analysis(
                id=article_id(text),
                title=f"Generated article {i}",
                outlet=f"outlet{i % 5}",
                url=None,
                published=date(2015, 1, 1) + timedelta(days=i % 700),
                text=text,
                boilerplate=(),
                sources=tuple(sources.values()),
                attributions=tuple(
                    Attribution(
                        f"a{j}",
                        sources[who].id,
                        AttributionType.INDIRECT,
                        None,
                        None,
                        (TextSpan.of(text, lo, hi),),
                        0.8,
                    )
                    for j, ((lo, hi), (who, _)) in enumerate(said)
                ),
                entities=(),
                timeline=(),
            )
        )
    return out


def time_search(texts: Sequence[str], n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "s.db")) as store:
        start = time.perf_counter()
        articles = generated(texts, n)
        with progress_bar("storing", n) as bar:
            for i in range(0, len(articles), 500):
                bar.advance(len(store.write(articles[i : i + 500])))
        took = time.perf_counter() - start
        print(f"({n:,} generated articles stored in {took:.0f} s)", file=sys.stderr)
        with TestClient(create_app(store)) as client:
            api = [f"/search?q={quote(q)}&limit=50" for q in SEARCHES] * 5
            timings(client, api[:4])
            report(f"API /search, {n:,} articles", timings(client, api))
            ui = [f"/ui/search?q={quote(q)}" for q in SEARCHES] * 5
            report(f"/ui/search, {n:,} articles", timings(client, ui))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--search-articles", type=int, default=10_000)
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db)
    print("| page | n | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|")
    with Store.open(str(args.db)) as store, TestClient(create_app(store)) as client:
        pages = page_paths(store)
        for name, paths in tracked(pages.items(), "pages", len(pages)):
            timings(client, paths[:3])  # warm up
            report(name, timings(client, paths))
        ids = [a.id for a in store.articles(limit=500).items]
        texts = [a.text for a in map(store.analysis, ids) if a is not None]
    if args.search_articles:
        time_search(texts, args.search_articles)


if __name__ == "__main__":
    main()
