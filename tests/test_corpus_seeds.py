"""The two Soleimani seeds: the links any reader sees must come out.

The timeline stage dates "the early hours of Jan. 3" and "the early morning hours of Friday"
(Sofrep, published 2020-01-03); here those two values are placed by hand so the test pins the
alignment, not the date normalizer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from corpus_articles import article
from sourcetrace.corpus import event_of
from sourcetrace.corpus.records import ClaimLink, Event, LinkLabel


@pytest.fixture(scope="module")
def event(yahoo_seed: Path, sofrep_seed: Path) -> Event:
    yahoo = article(
        yahoo_seed.read_text(encoding="utf-8"),
        outlet="Yahoo News",
        published=date(2020, 1, 8),
        dates={"the early hours of Jan. 3": "2020-01-03", "airstrike Jan. 3": "2020-01-03"},
    )
    sofrep = article(
        sofrep_seed.read_text(encoding="utf-8"),
        outlet="SOFREP",
        published=date(2020, 1, 3),
        dates={"In the early morning hours of Friday": "2020-01-03"},
    )
    return event_of([yahoo, sofrep])


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
