"""A BASIL store after `sourcetrace ingest`: its events against BASIL's gold events, and the
people among its most quoted that are split into more than one source.

    .venv/bin/sourcetrace ingest ../shared/corpus/basil/basil-2010-2016.jsonl --db /tmp/basil.db
    .venv/bin/python bench/basil_store.py /tmp/basil.db [BASIL.jsonl] [--top 50]

A split is a source among the ``--top`` most quoted people whose surname another person source
carries with a first name that is its own, a short form or diminutive of it, or none: "Obama" and
"Bob Goodlatte" beside "Barack Obama" and "Robert W. Goodlatte" are splits, "Malia Obama" is not.
Each split is listed, so it can be checked.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from sourcetrace.eval.clusters import labels_of, score_clusters
from sourcetrace.model import SourceKind, article_id
from sourcetrace.names import is_short_form, same_person_name, surname
from sourcetrace.store import Store
from sourcetrace.store.filters import Filters

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/corpus/basil/basil-2010-2016.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("basil", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--top", type=int, default=50)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.basil.read_text(encoding="utf-8").splitlines()]
    index = {article_id(r["text"]): i for i, r in enumerate(rows)}
    with Store.open(args.db, upgrade=False) as store:
        events = store.events(limit=500, offset=0)
        groups = []
        for summary in events.items:
            detail = store.event(summary.id)
            assert detail is not None
            groups.append([index[a.id] for a in detail.articles if a.id in index])
        people = store.sources(limit=500, filters=Filters(kind=SourceKind.NAMED_PERSON)).items
    scores = score_clusters([r["event"] for r in rows], labels_of(groups, len(rows)))
    print(f"events: {events.total} stored, {len({r['event'] for r in rows})} gold")
    print(f"B-cubed F1 {scores.bcubed.f1:.3f}, pairwise F1 {scores.pairwise.f1:.3f}")
    by_surname = defaultdict(list)
    for person in people:
        by_surname[surname(person.name).casefold()].append(person)
    splits = [
        (person.name, other.name, other.articles)
        for person in people[: args.top]
        for other in by_surname[surname(person.name).casefold()]
        if other is not person
        and (is_short_form(other.name, person.name) or same_person_name(other.name, person.name))
    ]
    print(f"split people among the {args.top} most quoted: {len(splits)}")
    for name, other, articles in splits:
        print(f"  {name} / {other} ({articles} articles)")


if __name__ == "__main__":
    main()
