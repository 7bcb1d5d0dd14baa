"""Reports in frames rule 19's fresh texts showed the rules missing, as classes (issue 10's recall
on fresh text): a preference stated by choosing something out ("named X as her favorite",
"singled out X as the cause"), a verdict given ("deemed him qualified"), an infinitive of speech
under a participle ("..., refusing to concede that X") and a reduced passive "As reported by X,
..."; on short sentences written for these tests, with the same words where they report nothing."""

from __future__ import annotations

import pytest

from sourcetrace.methods import Method, extract_attributions
from sourcetrace.nlp import load_pipeline


def reported(text: str) -> list[tuple[str | None, str | None, list[str], bool]]:
    found = extract_attributions(load_pipeline()(text), Method.RULES)
    return [
        (
            c.speaker.text if c.speaker else None,
            c.cue.text if c.cue else None,
            [s.text for s in c.content],
            c.asserted,
        )
        for c in found
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The governor named the old diner as her favorite place to eat.",
            "The governor",
            "named",
            "the old diner as her favorite place to eat",
        ),
        (
            "The coach listed defense as his top priority.",
            "The coach",
            "listed",
            "defense as his top priority",
        ),
        (
            "The senator named Casablanca as his guilty pleasure.",
            "The senator",
            "named",
            "Casablanca as his guilty pleasure",
        ),
        (
            "The audit singled out the water agency as the main culprit.",
            "The audit",
            "singled out",
            "the water agency as the main culprit",
        ),
        (
            "The panel deemed him well qualified for the bench.",
            "The panel",
            "deemed",
            "him well qualified for the bench",
        ),
    ],
)
def test_a_choice_or_verdict_reports_what_it_says_of_its_object(
    text: str, speaker: str, cue: str, content: str
) -> None:
    assert reported(text) == [(speaker, cue, [content], True)]


@pytest.mark.parametrize(
    ("text", "speaker", "content", "asserted"),
    [
        (
            "The mayor toured the plant, refusing to concede that the deal had collapsed.",
            "The mayor",
            "that the deal had collapsed",
            False,
        ),
        (
            "The senator spoke for an hour, going on to say that the polls were wrong.",
            "The senator",
            "that the polls were wrong",
            True,
        ),
    ],
)
def test_an_infinitive_under_a_participle_is_its_subjects_report(
    text: str, speaker: str, content: str, asserted: bool
) -> None:
    assert [(s, c, a) for s, _, c, a in reported(text)] == [(speaker, [content], asserted)]


def test_a_reduced_passive_as_clause_gives_the_clause_to_its_agent() -> None:
    assert reported("As reported by the local paper, the plant will close in June.") == [
        ("the local paper", "reported", ["the plant will close in June"], True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The governor named Smith as her running mate.",
        "The board named her chairwoman of the panel.",
        "The firm listed the building as an asset.",
        "They took whatever steps they deemed necessary.",
        "As expected by analysts, the plant closed in June.",
    ],
)
def test_the_same_words_narrating_report_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The merger was first reported by the local paper.", "the local paper", ["The merger"]),
        (
            "The leak was found by auditors, and was first reported by the Daily Ledger.",
            "the Daily Ledger",
            ["The leak"],
        ),
        ("The sale was reported Friday by CityWire.com.", "CityWire.com", ["The sale"]),
        (
            "The plan was described as reckless by critics.",
            "critics",
            ["The plan", "as reckless"],
        ),
        (
            "He has been called a charlatan by fellow physicians.",
            "fellow physicians",
            ["He", "a charlatan"],
        ),
        (
            "The mayor was declared the winner in the runoff by election officials on Tuesday.",
            "election officials",
            ["The mayor", "the winner in the runoff"],
        ),
    ],
)
def test_a_passive_report_with_its_agent_is_the_agents(
    text: str, speaker: str, content: list[str]
) -> None:
    assert [(s, c) for s, _, c, _ in reported(text)] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The war on drugs was first declared by the president.",
        "The disease is called farmer's lung.",
        "The mayor was declared the winner by a wide margin.",
    ],
)
def test_a_passive_act_or_name_reports_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "While declining to discuss what happened, the mayor said the city was safe.",
        "The senators discussed how the bill would be paid for.",
    ],
)
def test_a_topic_talked_over_is_no_claim(text: str) -> None:
    assert [c for _, c, _, _ in reported(text) if c and "discuss" in c] == []
