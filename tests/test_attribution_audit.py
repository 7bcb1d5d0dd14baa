"""False attributions and wrong speakers found by reading our output on unannotated real pages
(issue 10's audit), each pinned on short sentences written for these tests."""

from __future__ import annotations

import pytest

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.methods import Method, extract_attributions
from sourcetrace.nlp import load_pipeline


def extract(text: str) -> list[Candidate]:
    return extract_attributions(load_pipeline()(text), Method.RULES)


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    """Each attribution's cue and speaker."""
    return [
        (c.cue.text if c.cue else None, c.speaker.text if c.speaker else None)
        for c in extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The video prompted some viewers to argue that the ads glamorized the drug.",
            "to argue",
            "some viewers",
        ),
        (
            "The cutback led the plane maker to announce it would end production.",
            "to announce",
            "the plane maker",
        ),
        ("The delay forced the mayor to admit that the plan had failed.", "to admit", "the mayor"),
    ],
)
def test_an_object_made_to_speak_is_the_speaker(text: str, cue: str, speaker: str) -> None:
    assert speakers(text) == [(cue, speaker)]


def test_an_infinitive_of_the_subjects_own_keeps_the_subject() -> None:
    assert speakers("The senator used the hearing to say that the deal was dead.") == [
        ("to say", "The senator")
    ]
