"""Event grouping against BASIL's gold events: B-cubed and pairwise precision, recall, F1.

    PYTHONPATH=src python bench/event_grouping.py [BASIL.jsonl] [--no-dates] [--no-titles]
        [--ner] [--similarity tfidf|embeddings] [--threshold 0.15]

Grouping reads only titles, bodies and dates (no attribution analysis), so this runs in seconds.
``--ner`` adds named entities from spaCy's NER (a stand-in for the entities stage; a minute or two).
The gold ``event`` field and BASIL's annotations (``main_event``, ``main_entities``) are never
shown to the grouping.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

from sourcetrace.corpus.events import THRESHOLD, group_events
from sourcetrace.corpus.similarity import Similarity, TfIdf
from sourcetrace.eval.clusters import labels_of, score_clusters
from sourcetrace.model import Analysis, Entity, TextSpan, article_id
from sourcetrace.nlp import load_pipeline

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/corpus/basil/basil-2010-2016.jsonl"


def ner_entities(text: str) -> tuple[Entity, ...]:
    """One Entity per distinct (name, label) that spaCy's NER finds, with all its mentions."""
    doc = load_pipeline()(text)
    mentions: dict[tuple[str, str], list[TextSpan]] = defaultdict(list)
    for e in doc.ents:
        mentions[(e.text, e.label_)].append(TextSpan.of(text, e.start_char, e.end_char))
    return tuple(
        Entity(f"e{i}", name, label, tuple(spans))
        for i, ((name, label), spans) in enumerate(mentions.items(), 1)
    )


def bare_analysis(row: dict[str, str], *, dates: bool, titles: bool, ner: bool = False) -> Analysis:
    """An Analysis with only what grouping reads: text, title, outlet, date (and entities)."""
    published = row.get("published") if dates else None
    return Analysis(
        id=article_id(row["text"]),
        title=row.get("title") if titles else None,
        outlet=row.get("outlet"),
        url=row.get("url"),
        published=date.fromisoformat(published) if published else None,
        text=row["text"],
        boilerplate=(),
        sources=(),
        attributions=(),
        entities=ner_entities(row["text"]) if ner else (),
        timeline=(),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--no-dates", action="store_true", help="hide publication dates")
    parser.add_argument("--no-titles", action="store_true", help="hide titles")
    parser.add_argument("--ner", action="store_true", help="add spaCy NER entities")
    parser.add_argument("--similarity", choices=("tfidf", "embeddings"), default="tfidf")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    args = parser.parse_args()
    if not args.path.exists():
        sys.exit(f"{args.path}: no such file (BASIL lives in ../shared/corpus/basil/)")
    rows = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line]
    analyses = [
        bare_analysis(r, dates=not args.no_dates, titles=not args.no_titles, ner=args.ner)
        for r in rows
    ]
    similarity: Similarity = TfIdf()
    if args.similarity == "embeddings":  # needs the throwaway venv described in the README
        from embeddings import Embeddings

        similarity = Embeddings()
    started = time.perf_counter()
    groups = group_events(analyses, similarity=similarity, threshold=args.threshold)
    seconds = time.perf_counter() - started
    scores = score_clusters([r["event"] for r in rows], labels_of(groups, len(rows)))
    result = {
        "similarity": similarity.name,
        "threshold": args.threshold,
        "dates": not args.no_dates,
        "titles": not args.no_titles,
        "entities": args.ner,
        "seconds": round(seconds, 2),
        **scores.to_dict(),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
