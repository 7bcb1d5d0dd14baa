"""Precision of `compare`'s links per label, against links of BASIL labelled by hand, and recall
of the facts a reader finds shared by an event's articles.

    PYTHONPATH=src python bench/link_precision.py [--compare OUT.json] [--labels FILE]
        [--facts FILE] [BASIL]

Runs `compare` over BASIL (analysis included: about a minute) unless ``--compare`` gives the JSON
of a run (`sourcetrace compare BASIL --format json -o OUT.json`). A labelled link is found in the
run by its two sentences (article and offsets); for each label the run gives, precision is the
share of its labelled links a reader gave that label too. `related` is also scored leniently:
right unless the reader found nothing in common ("wrong"). Conflict recall: of the links a
reader labelled `conflicts` (this run's or not), how many the run labels so. A shared fact
(``--facts``: where each article states it, by offset and a short anchor) is linked when a link
joins two sentences stating it; linked as a fact when that link `corroborates` or `conflicts`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared/corpus/basil/basil-2010-2016.jsonl"
LABELS = Path(__file__).with_name("basil_link_labels.json")
FACTS = Path(__file__).with_name("basil_shared_facts.json")

Key = tuple[str, int, int, str, int, int]
SIDES = ("left", "right")


def _key(left: dict[str, Any], right: dict[str, Any]) -> Key:
    return (
        left["article"],
        left["start"],
        left["end"],
        right["article"],
        right["start"],
        right["end"],
    )


def _states(side: dict[str, Any], places: list[dict[str, Any]]) -> bool:
    """Whether the link's sentence holds (part of) one of the places stating the fact."""
    return any(
        p["article"] == side["article"]
        and side["start"] < p["start"] + len(p["anchor"])
        and p["start"] < side["end"]
        for p in places
    )


def _recall(links: list[dict[str, Any]], events: list[dict[str, Any]]) -> dict[str, Any]:
    facts = [f for e in events for f in e["facts"]]
    labels = {
        f["id"]: {k["label"] for k in links if all(_states(k[s], f["places"]) for s in SIDES)}
        for f in facts
    }
    as_fact = [i for i, found in labels.items() if found - {"related"}]
    return {
        "events": len(events),
        "facts": len(facts),
        "linked": sum(bool(found) for found in labels.values()),
        "linked_as_fact": len(as_fact),
        "missed": sorted(i for i, found in labels.items() if not found),
    }


def _run(basil: Path) -> dict[str, Any]:
    from sourcetrace.corpus import compare
    from sourcetrace.ingest import Rejected, read_inputs
    from sourcetrace.pipeline import analyze_many

    articles = [a for a in read_inputs([str(basil)]) if not isinstance(a, Rejected)]
    return compare(list(analyze_many(articles))).to_dict()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("basil", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--compare", type=Path, help="JSON of a `compare` run over BASIL")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--facts", type=Path, default=FACTS)
    args = parser.parse_args()
    if args.compare is None and not args.basil.exists():
        sys.exit(f"{args.basil}: no such file (BASIL lives in ../shared/corpus/basil/)")
    result = json.loads(args.compare.read_text()) if args.compare else _run(args.basil)
    run = {_key(k["left"], k["right"]): k["label"] for e in result["events"] for k in e["links"]}
    hand = [
        (_key(k["left"], k["right"]), k["label"])
        for k in json.loads(args.labels.read_text())["links"]
    ]
    pairs = Counter((run[key], label) for key, label in hand if key in run)
    given = Counter(k["label"] for e in result["events"] for k in e["links"])
    report: dict[str, Any] = {"labelled": len(hand), "found_in_run": sum(pairs.values())}
    for label in ("corroborates", "conflicts", "related"):
        checked = sum(n for (got, _), n in pairs.items() if got == label)
        right = pairs[label, label]
        entry: dict[str, Any] = {"in_run": given[label], "checked": checked}
        entry["precision"] = round(right / checked, 3) if checked else None
        if label == "related" and checked:
            entry["not_wrong"] = round(1 - pairs[label, "wrong"] / checked, 3)
        entry["hand_labels"] = {h: n for (got, h), n in sorted(pairs.items()) if got == label}
        report[label] = entry
    true_conflicts = [key for key, label in hand if label == "conflicts"]
    found = sum(run.get(key) == "conflicts" for key in true_conflicts)
    report["conflict_recall"] = {"labelled": len(true_conflicts), "found": found}
    events = json.loads(args.facts.read_text())["events"]
    report["shared_facts"] = _recall([k for e in result["events"] for k in e["links"]], events)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
