"""Cost of the entity and timeline stages as a ratio of the parse they follow.

Parses a sample of PolNeAR articles once, then times ``extract_entities`` and ``extract_timeline``
on the same Docs; the ratios (stage time / parse time) are comparable across machines.

    PYTHONPATH=src python bench/entities_timeline.py [ARTICLES]
"""

from __future__ import annotations

import re
import sys
import time
from datetime import date
from pathlib import Path

from sourcetrace.entities import extract_entities
from sourcetrace.model import Article
from sourcetrace.nlp import load_pipeline
from sourcetrace.timeline import extract_timeline

TEXTS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "dev" / "text"
_PUBLISHED = re.compile(r"_(\d{4}-\d\d-\d\d)_")


def main(count: int) -> None:
    paths = sorted(TEXTS.glob("*.txt"))[:count]
    if not paths:
        sys.exit(f"{TEXTS}: no articles (the shared corpora live beside the clone)")
    articles = []
    for p in paths:
        m = _PUBLISHED.search(p.name)
        articles.append(
            Article(
                p.read_text(encoding="utf-8"), published=date.fromisoformat(m[1]) if m else None
            )
        )
    nlp = load_pipeline()
    extract_timeline(nlp("Warm-up on Jan. 3."), articles[0], (), ())  # loads dateparser's data
    start = time.perf_counter()
    docs = list(nlp.pipe(a.text for a in articles))
    parse = time.perf_counter() - start
    start = time.perf_counter()
    for doc, article in zip(docs, articles, strict=True):
        extract_entities(doc, article.text)
    entities = time.perf_counter() - start
    start = time.perf_counter()
    for doc, article in zip(docs, articles, strict=True):
        extract_timeline(doc, article, (), ())
    timeline = time.perf_counter() - start
    words = sum(len(d) for d in docs)
    print(f"{len(docs)} articles, {words} tokens, parse {parse:.2f}s")
    print(f"entities / parse = {entities / parse:.3f}")
    print(f"timeline / parse = {timeline / parse:.3f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
