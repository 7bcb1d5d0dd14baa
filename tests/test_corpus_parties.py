"""Party affiliations written after a politician's name, read as facts and compared across
outlets: the same party and state corroborate, a different one conflicts."""

from __future__ import annotations

from datetime import date

import pytest

from corpus_articles import article
from sourcetrace.corpus.align import align_event
from sourcetrace.corpus.parties import party_facts
from sourcetrace.corpus.records import LinkLabel
from sourcetrace.model import Entity
from sourcetrace.states import state_of

DAY = date(2021, 3, 6)


def _key(_: str, entity: Entity) -> str:
    return entity.name


def parties(text: str, name: str = "Jim Hale") -> list[tuple[str, str, str | None]]:
    found = party_facts(article(text, entities={name: "PERSON"}), _key)
    return [(f.holder.key, f.party, f.state) for f in found]


@pytest.mark.parametrize(
    ("text", "party", "state"),
    [
        ("Sen. Jim Hale, R-Va., said the vote would wait.", "Republican", "Virginia"),
        ("Rep. Jim Hale (D-N.Y.) voted no.", "Democrat", "New York"),
        ("Rep. Jim Hale (D-Penn) voted no.", "Democrat", "Pennsylvania"),
        ("Jim Hale, R-West Virginia, voted no.", "Republican", "West Virginia"),
        ("Jim Hale, Democrat of North Carolina, voted no.", "Democrat", "North Carolina"),
        ("Jim Hale, a Republican from Maine, voted no.", "Republican", "Maine"),
        ("Jim Hale, a two-term Republican senator from Ohio, voted no.", "Republican", "Ohio"),
        ("Jim Hale, an independent from Vermont, voted no.", "independent", "Vermont"),
        # A place that is no state: the party alone.
        ("Jim Hale, a conservative Democrat from South Boston, voted no.", "Democrat", None),
        ("Jim Hale, a Republican, voted no.", "Republican", None),
        # Before the name, with an office title.
        ("Iowa Democratic Rep. Jim Hale voted no.", "Democrat", "Iowa"),
        ("Today South Carolina Republican Sen. Jim Hale voted no.", "Republican", "South Carolina"),
        ("But GOP Sen. Jim Hale voted no.", "Republican", None),
    ],
)
def test_a_party_written_after_a_name(text: str, party: str, state: str | None) -> None:
    assert parties(text) == [("Jim Hale", party, state)]


@pytest.mark.parametrize(
    "text",
    [
        "Jim Hale, a former Republican congressman from Ohio, voted no.",  # may have changed
        "Jim Hale, Democratic leaders said, would lose.",  # the party of others
        "Jim Hale, an independent of the party, voted no.",  # an adjective
        "Jim Hale, R-Springfield, voted no.",  # no state
        "The former Democratic Rep. Jim Hale voted no.",
        "Democratic candidate Jim Hale voted no.",  # a primary's, not the party's member
    ],
)
def test_no_party_where_none_is_given(text: str) -> None:
    assert parties(text) == []


def test_a_state_by_its_name_abbreviation_or_postal_code() -> None:
    assert state_of("Va.") == state_of("VA") == state_of("Virginia") == "Virginia"
    assert state_of("N.C.") == "North Carolina"
    assert state_of("Springfield") is None


def _party_link(left: str, right: str) -> tuple[LinkLabel, list[tuple[str, str, str]]]:
    marks = {"entities": {"Jim Hale": "PERSON"}}
    a = article(left, outlet="Ledger", published=DAY, **marks)  # type: ignore[arg-type]
    b = article(right, outlet="Courier", published=DAY, **marks)  # type: ignore[arg-type]
    links, _ = align_event([a, b])
    (link,) = [k for k in links if k.fact is not None and k.fact.slot == "Jim Hale: party"]
    return link.label, [(c.kind, c.left, c.right) for c in link.conflicts]


def test_one_affiliation_written_two_ways_corroborates() -> None:
    label, conflicts = _party_link(
        "Sen. Jim Hale, R-Va., opposed the harbor bill on Monday.",
        "The harbor bill lost the vote of Jim Hale, Republican of Virginia.",
    )
    assert label is LinkLabel.CORROBORATES and conflicts == []


def test_a_different_state_or_party_for_one_person_conflicts() -> None:
    assert _party_link(
        "Sen. Jim Hale, R-Va., opposed the harbor bill on Monday.",
        "The harbor bill lost the vote of Jim Hale, a Republican from Ohio.",
    ) == (LinkLabel.CONFLICTS, [("state", "Virginia", "Ohio")])
    assert _party_link(
        "Sen. Jim Hale, R-Va., opposed the harbor bill on Monday.",
        "The harbor bill lost the vote of Jim Hale, D-Va.",
    ) == (LinkLabel.CONFLICTS, [("party", "Republican", "Democrat")])
