"""Compare and event assignment as the corpus doubles: time per size and the ratio to the size
before (about 2 per doubling is linear, 4 quadratic).

    .venv/bin/python bench/corpus_scaling.py [--analyses FILE] [--sizes 1250 2500 5000 10000]
        [--assign-sizes 1250 2500] [--align] [--batch 100]

Articles: BASIL's 210, analyzed once (or read from ``--analyses``, the JSON Lines of `sourcetrace
analyze BASIL --format jsonl`), copied as often as a size needs. Copy k is published k x 10 days
later and gets new ids: it never falls within a week of its original, so its events are BASIL's
again, while a week holds as many stories as the corpus size implies (10,000 articles over seven
years: about 30 a week). Timed per size, one after the other in one process:

- compare: ``compare(analyses, align=False)``: event grouping, corpus entities, outlet profiles.
  Alignment is per event and linear by construction; ``--align`` times it too (slow: the second
  parse of every article of a multi-article event).
- event assignment, as ``ingest`` does it: the articles stored in date order in batches of
  ``--batch`` into a fresh SQLite store, each batch assigned with ``assign_events`` (claims
  aligned only with ``--align``); the store writes are not timed. Sizes: ``--assign-sizes``.

Wall-clock seconds and this process's CPU seconds are both given: on a machine shared with other
work the CPU seconds measure us, the wall clock the neighbours too.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

from sourcetrace.corpus import compare
from sourcetrace.model import Analysis
from sourcetrace.store import Store
from sourcetrace.store.event_assignment import assign_events

BASIL = Path(__file__).resolve().parents[1].parent / "shared/corpus/basil/basil-2010-2016.jsonl"
SHIFT = timedelta(days=10)  # more than a week: a copy never joins its original's events


def _analyses(path: Path | None) -> list[Analysis]:
    if path is not None:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [Analysis.from_dict(json.loads(line)) for line in lines if line]
    from sourcetrace.ingest import Rejected, read_inputs
    from sourcetrace.pipeline import analyze_many

    articles = [a for a in read_inputs([str(BASIL)]) if not isinstance(a, Rejected)]
    return list(analyze_many(articles))


def corpus(base: Sequence[Analysis], size: int) -> list[Analysis]:
    """``size`` articles: copies of ``base``, each later by ``SHIFT`` and with its own ids."""
    found = []
    for n in range(size):
        copy, a = divmod(n, len(base))
        original = base[a]
        published = original.published + copy * SHIFT if original.published else None
        found.append(replace(original, id=f"{original.id[:10]}{copy:06x}", published=published))
    return found


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = _clock()
    return wall - start[0], cpu - start[1]


def _assign(analyses: Sequence[Analysis], batch: int, align: bool) -> tuple[float, float, int]:
    """Wall and CPU seconds spent in ``assign_events`` over a store filled batch by batch, and
    the events stored."""
    ordered = sorted(analyses, key=lambda a: (a.published is None, a.published, a.id))
    wall = cpu = 0.0
    with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "s.db")) as store:
        for k in range(0, len(ordered), batch):
            ids = store.write(ordered[k : k + batch])
            start = _clock()
            assign_events(store, ids, align=align)
            w, c = _since(start)
            wall, cpu = wall + w, cpu + c
        events = store.events(limit=1, offset=0).total
    return wall, cpu, events


def _ratios(rows: list[dict[str, Any]], key: str) -> None:
    for before, after in pairwise(rows):
        if before.get(key) and after.get(key):
            after[f"{key}_ratio"] = round(after[key] / before[key], 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--analyses", type=Path, help="`sourcetrace analyze BASIL --format jsonl`")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1250, 2500, 5000, 10000])
    parser.add_argument("--assign-sizes", type=int, nargs="*", default=[1250, 2500])
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--align", action="store_true", help="align claims too (slow)")
    args = parser.parse_args()
    base = _analyses(args.analyses)
    rows: list[dict[str, Any]] = []
    for size in sorted(set(args.sizes) | set(args.assign_sizes)):
        analyses = corpus(base, size)
        row: dict[str, Any] = {"articles": size}
        if size in args.sizes:
            start = _clock()
            result = compare(analyses, align=args.align)
            wall, cpu = _since(start)
            row |= {"compare_s": round(wall, 2), "compare_cpu_s": round(cpu, 2)}
            row["events"] = len(result.events)
        if size in args.assign_sizes:
            wall, cpu, events = _assign(analyses, args.batch, args.align)
            row |= {"assign_s": round(wall, 2), "assign_cpu_s": round(cpu, 2)}
            row["stored_events"] = events
        rows.append(row)
        print(json.dumps(row), flush=True)
    for key in ("compare_s", "compare_cpu_s", "assign_s", "assign_cpu_s"):
        _ratios(rows, key)
    print(json.dumps({"align": args.align, "batch": args.batch, "sizes": rows}, indent=2))


if __name__ == "__main__":
    main()
