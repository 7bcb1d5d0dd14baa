"""Report frames rule 20's fresh texts showed missing, as classes (issue 10's recall on fresh
text): blows and stains that news reporting makes words of ("pummeled X as Y", "hammered X for
V-ing") and a verdict summed up or a case framed ("summed up X as Y", "framed X as Y"); on short
sentences written for these tests, with the same words where they narrate and report nothing."""

from __future__ import annotations

import pytest

import attribution_support


def reported(text: str) -> list[tuple[object, ...]]:
    """Each attribution's speaker, cue and content pieces."""
    return attribution_support.reported(text, "speaker", "cue", "content")


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The congresswoman pummeled the governor as reckless.",
            "The congresswoman",
            "pummeled",
            "the governor as reckless",
        ),
        (
            "Local papers hammered the mayor for skipping the budget vote.",
            "Local papers",
            "hammered",
            "the mayor for skipping the budget vote",
        ),
        (
            "Reviewers panned the new tax plan as a giveaway.",
            "Reviewers",
            "panned",
            "the new tax plan as a giveaway",
        ),
        (
            "His rivals tarred the councilman as a crook.",
            "His rivals",
            "tarred",
            "the councilman as a crook",
        ),
        (
            "The ad smears the senator as soft on crime.",
            "The ad",
            "smears",
            "the senator as soft on crime",
        ),
        (
            "The union bashed the contract as a betrayal.",
            "The union",
            "bashed",
            "the contract as a betrayal",
        ),
        (
            "The senator summed up the treaty as a disaster.",
            "The senator",
            "summed up",
            "the treaty as a disaster",
        ),
        (
            "The mayor framed the vote as a choice about the future.",
            "The mayor",
            "framed",
            "the vote as a choice about the future",
        ),
        (
            "Analysts pegged the merger as a loss for workers.",
            "Analysts",
            "pegged",
            "the merger as a loss for workers",
        ),
    ],
)
def test_a_blow_or_verdict_in_words_reports_what_it_says_of_its_object(
    text: str, speaker: str, cue: str, content: str
) -> None:
    assert reported(text) == [(speaker, cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "The carpenter hammered the nails into the fence.",
        "Miners panned for gold in the creek.",
        "The crew tarred the roof in June.",
        "The child smeared paint on the wall.",
        "The clerk summed up the figures on Friday.",
        "She framed the photo and hung it in the hall.",
        "The bank pegged the currency to the dollar.",
        "The storm pummeled the coast for two days.",
    ],
)
def test_a_blow_or_a_stain_with_no_as_or_reproach_reports_nothing(text: str) -> None:
    assert reported(text) == []
