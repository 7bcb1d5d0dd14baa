"""The two Soleimani seeds, analyzed end to end: the links any reader sees must come out.

The date link rests on the timeline stage reading "the early hours of Jan. 3" (Yahoo) and "the
early morning hours of Friday" (Sofrep, published Friday 2020-01-03) as the same day.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sourcetrace.corpus import event_of
from sourcetrace.corpus.records import ClaimLink, Event, LinkLabel
from sourcetrace.model import Article
from sourcetrace.pipeline import analyze_many


@pytest.fixture(scope="module")
def event(yahoo_seed: Path, sofrep_seed: Path) -> Event:
    yahoo = Article(
        yahoo_seed.read_text(encoding="utf-8"), outlet="Yahoo News", published=date(2020, 1, 8)
    )
    sofrep = Article(
        sofrep_seed.read_text(encoding="utf-8"), outlet="SOFREP", published=date(2020, 1, 3)
    )
    return event_of(list(analyze_many([yahoo, sofrep])))


def corroborating(event: Event, yahoo_has: str, sofrep_has: str) -> list[ClaimLink]:
    return [
        k
        for k in event.links
        if k.label is LinkLabel.CORROBORATES
        and yahoo_has in k.left.text
        and sofrep_has in k.right.text
    ]


def test_strike_at_baghdad_airport(event: Event) -> None:
    assert corroborating(event, "Baghdad International Airport", "Baghdad International Airport")


def test_iraqi_authorities_shielded_quds_force(event: Event) -> None:
    assert corroborating(event, "Maliki placed tight restrictions", "restricted targeting list")
    assert corroborating(event, "Maliki always forced the Americans to release", "released")


def test_date_of_the_strike(event: Event) -> None:
    links = corroborating(event, "Jan. 3", "early morning hours of Friday")
    assert links
    assert all(k.independent for k in links)
    assert links[0].left.sources[0].name == "Yahoo News"
