"""Report frames rule 20's fresh texts showed missing, as classes (issue 10's recall on fresh
text): blows and stains that news reporting makes words of ("pummeled X as Y", "hammered X for
V-ing"), a verdict summed up or a case framed ("summed up X as Y", "framed X as Y"), ridicule
("poked fun at X", "made fun of X", "joked about V-ing") and a refusal to elaborate on a
question; on short sentences written for these tests, with the same words where they narrate and
report nothing."""

from __future__ import annotations

import pytest

import attribution_support
from sourcetrace.methods import Method, extract_attributions
from sourcetrace.nlp import load_pipeline


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


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The comedian poked fun at the mayor's long speeches.",
            "The comedian",
            "poked fun at",
            "the mayor's long speeches",
        ),
        (
            "Late-night hosts made fun of the senator's accent.",
            "Late-night hosts",
            "made fun of",
            "the senator's accent",
        ),
        (
            "The singer joked about moving to Canada if her team lost.",
            "The singer",
            "joked about",
            "moving to Canada if her team lost",
        ),
    ],
)
def test_ridicule_reports_its_target_or_what_the_joke_said(
    text: str, speaker: str, cue: str, content: str
) -> None:
    assert reported(text) == [(speaker, cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "The children had fun with the puppies.",
        "The coach joked about his age.",
        "The campers made a lot of fun out of nothing.",
    ],
)
def test_play_and_the_butt_of_a_joke_report_nothing(text: str) -> None:
    assert reported(text) == []


def test_a_refusal_to_elaborate_on_a_question_is_a_question_not_asserted() -> None:
    found = extract_attributions(
        load_pipeline()("The developer declined to elaborate whether he would sell the land."),
        Method.RULES,
    )
    assert [(c.cue.text if c.cue else None, c.asserted) for c in found] == [("to elaborate", False)]
    assert [s.text for s in found[0].content] == ["whether he would sell the land"]


def test_elaborating_reports_its_clause_and_nothing_alone() -> None:
    text = "The mayor declined to elaborate. Later she elaborated that the tax would be temporary."
    assert [(c, w) for _, c, w in reported(text)] == [
        ("elaborated", ["that the tax would be temporary"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The host likes to poke fun at the council.",
        "The mayor can't take issue with the audit.",
        "He can't credibly make fun of the ratings.",
        "Her rival will take a swipe at the budget.",
    ],
)
def test_an_idiom_of_attack_not_made_reports_nothing(text: str) -> None:
    assert reported(text) == []


def test_an_idiom_of_attack_as_a_purpose_is_made() -> None:
    text = "She broke from her rule of silence to take a swipe at the council."
    assert reported(text) == [("She", "to take a swipe at", ["the council"])]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The teachers union called Tuesday for the district to reopen three schools.",
            "The teachers union",
            "called Tuesday for",
            "the district to reopen three schools",
        ),
        (
            "The mayor called Monday for an audit of the water board.",
            "The mayor",
            "called",
            "an audit of the water board",
        ),
        (
            "The senator called last week for the director to step down.",
            "The senator",
            "called last week for",
            "the director to step down",
        ),
    ],
)
def test_a_call_for_something_with_its_day_after_the_verb_is_a_demand(
    text: str, speaker: str, cue: str, content: str
) -> None:
    # the parse reads "The union (who was) called Tuesday" and leaves the sentence no verb
    assert reported(text) == [(speaker, cue, [content])]


def test_an_appeal_to_someone_the_parse_left_verbless_is_a_demand() -> None:
    # the parse reads "The mayor (who was) called on Congress"; a passive would strand its "on"
    text = "The mayor called on Congress to act quickly."
    assert reported(text) == [("The mayor", "called on", ["Congress to act quickly"])]


def test_a_name_given_with_a_day_after_it_is_no_call_for_anything() -> None:
    assert reported("A group called Citizens First met on Tuesday for an hour.") == []
