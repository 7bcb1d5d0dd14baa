"""What the timeline reads differently now from a store built earlier: every dated expression of
the store's articles whose value changed, and every one found only now, to check by reading.

    .venv/bin/sourcetrace ingest ../shared/corpus/basil/basil-2010-2016.jsonl --db /tmp/basil.db
    # ... change the timeline ...
    .venv/bin/python bench/timeline_changes.py /tmp/basil.db

Articles are re-analyzed from the stored text with their stored title and publication date.
"""

from __future__ import annotations

import argparse

from sqlalchemy import select

from sourcetrace import analyze_many
from sourcetrace.model import Article
from sourcetrace.store import Store, schema


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    args = parser.parse_args()
    tl, art = schema.timeline, schema.articles
    with Store.open(args.db, upgrade=False) as store, store.engine.connect() as conn:
        stored = {
            (r.article_id, r.start_char, r.end_char): r.value
            for r in conn.execute(
                select(tl.c.article_id, tl.c.start_char, tl.c.end_char, tl.c.value)
            )
        }
        rows = conn.execute(select(art.c.id, art.c.text, art.c.title, art.c.published)).all()
    articles = [Article(r.text, title=r.title, published=r.published) for r in rows]
    changed = found = 0
    for row, analysis in zip(rows, analyze_many(articles), strict=True):
        for t in analysis.timeline:
            before = stored.get((row.id, t.start, t.end))
            if before == t.value:
                continue
            changed += before is not None
            found += before is None
            what = f"{before} -> {t.value}" if before is not None else f"new {t.value}"
            print(f"{row.published} {t.text!r}: {what}  | {t.event[:120]}")
    print(f"{len(stored)} stored expressions: {changed} changed, {found} found only now")


if __name__ == "__main__":
    main()
