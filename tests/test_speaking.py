"""Which common nouns can speak (`attribution/speaking.py`): people by role, kin or standing and
bodies of people speak; devices, substances and abstractions with a person's suffix do not; a
document is a thing that still speaks. Short sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from sourcetrace.attribution.speaking import mute, thing
from sourcetrace.nlp import load_pipeline


def subject(text: str) -> Token:
    return next(t for t in load_pipeline()(text) if t.dep_ == "nsubj")


@pytest.mark.parametrize(
    "text",
    [
        "The clerks asked a voter for an ID.",
        "The nurse warned the family.",
        "The pilot asked passengers to sit.",
        "The captain told the crew to wait.",
        "The actress revealed her plans.",
        "The jury found him guilty.",
        "The city asked residents to leave.",
        "The county recommends a boil notice.",
        "The state wants more money.",
        "The crew reported a leak.",
        "The bloggers wrote about the phone.",
        "The patient described the pain.",
    ],
)
def test_people_and_bodies_are_no_things(text: str) -> None:
    assert not thing(subject(text))


@pytest.mark.parametrize(
    "text",
    [
        "The controller promises faster loading.",
        "The router offers better range.",
        "The computer suggests a fix.",
        "The water shows traces of lead.",
        "The sensor indicates the heat.",
        "The error reveals a flaw.",
        "The delay surprised them.",
    ],
)
def test_devices_substances_and_abstractions_are_things(text: str) -> None:
    assert mute(subject(text))


def test_a_document_is_a_thing_that_speaks() -> None:
    report = subject("The report demands an answer.")
    assert thing(report) and not mute(report)
