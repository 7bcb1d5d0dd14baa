"""The two Soleimani seeds, analyzed end to end: the facts both articles state come out linked.

``tests/corpus_seed_facts.json`` lists the ten facts a reader finds in both (where each article
states them: offsets and short anchors). A fact is linked when a link joins a Yahoo sentence and
a Sofrep sentence that state it. The date link rests on the timeline stage reading "the early
hours of Jan. 3" (Yahoo) and "the early morning hours of Friday" (Sofrep, published Friday
2020-01-03) as the same day.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.corpus import event_of
from sourcetrace.corpus.records import ClaimLink, Event, Evidence, LinkLabel
from sourcetrace.model import Article
from sourcetrace.pipeline import analyze_many

FACTS = Path(__file__).with_name("corpus_seed_facts.json")
MIN_LINKED = 8  # of the 10 shared facts
MAX_LINKS = 40


@pytest.fixture(scope="module")
def event(yahoo_seed: Path, sofrep_seed: Path) -> Event:
    yahoo = Article(
        yahoo_seed.read_text(encoding="utf-8"), outlet="Yahoo News", published=date(2020, 1, 8)
    )
    sofrep = Article(
        sofrep_seed.read_text(encoding="utf-8"), outlet="SOFREP", published=date(2020, 1, 3)
    )
    return event_of(list(analyze_many([yahoo, sofrep])))


def _states(side: Evidence, places: list[dict[str, Any]]) -> bool:
    """Whether the sentence holds (part of) one of the places stating the fact."""
    return any(side.start < p["start"] + len(p["anchor"]) and p["start"] < side.end for p in places)


def linking(event: Event, fact: dict[str, Any]) -> list[ClaimLink]:
    return [
        k
        for k in event.links
        if _states(k.left, fact["yahoo"]) and _states(k.right, fact["sofrep"])
    ]


def test_shared_facts_are_linked(event: Event, yahoo_seed: Path, sofrep_seed: Path) -> None:
    facts = json.loads(FACTS.read_text(encoding="utf-8"))["facts"]
    texts = {"yahoo": yahoo_seed.read_text(encoding="utf-8"), "sofrep": sofrep_seed.read_text()}
    for fact in facts:  # the list still points into the seeds
        for side, text in texts.items():
            assert all(text.startswith(p["anchor"], p["start"]) for p in fact[side]), fact["id"]
    linked = [f["id"] for f in facts if linking(event, f)]
    assert len(linked) >= MIN_LINKED, linked
    assert len(event.links) <= MAX_LINKS


def _fact(event: Event, fact_id: str) -> dict[str, Any]:
    facts = json.loads(FACTS.read_text(encoding="utf-8"))["facts"]
    return next(f for f in facts if f["id"] == fact_id)


@pytest.mark.parametrize("fact_id", ["strike", "role", "rank"])
def test_facts_both_state_corroborate(event: Event, fact_id: str) -> None:
    links = [k for k in linking(event, _fact(event, fact_id)) if k.label is LinkLabel.CORROBORATES]
    assert links
    assert all(k.fact is not None and k.fact.reason for k in links)


def test_no_false_conflicts(event: Event) -> None:
    # Both articles tell one story without contradicting each other ("Jan. 2" in one caption is
    # the same night as "early Friday").
    assert event.conflicts == 0


def test_date_of_the_strike(event: Event) -> None:
    links = [
        k
        for k in event.links
        if "Jan. 3" in k.left.text and "early morning hours of Friday" in k.right.text
    ]
    assert links
    assert all(k.independent for k in links)
    assert links[0].left.sources[0].name == "Yahoo News"
