"""Clause contents the cue rules read (issue 10), on short sentences written for these tests: a
relative pronoun a cue describes, lexicon gaps of verbs and nouns taking a clause."""

from __future__ import annotations

import pytest

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.methods import Method, extract_attributions
from sourcetrace.model import CueClass
from sourcetrace.nlp import load_pipeline


def extract(text: str) -> list[Candidate]:
    return extract_attributions(load_pipeline()(text), Method.RULES)


def reported(text: str) -> list[tuple[str | None, str | None, list[str], CueClass]]:
    """Each attribution's cue, speaker, content pieces and class."""
    return [
        (
            c.cue.text if c.cue else None,
            c.speaker.text if c.speaker else None,
            [s.text for s in c.content],
            c.cue_class,
        )
        for c in extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They would scrap the board, which they describe as a waste of money.",
            ("describe", "they", ["which", "as a waste of money"], CueClass.SPEECH),
        ),
        (
            "The coach met the players in what he described as a chance to listen to them.",
            ("described", "he", ["what", "as a chance to listen to them"], CueClass.SPEECH),
        ),
        (
            "His anger has grown over what he sees as the council's refusal to act.",
            ("sees", "he", ["what", "as the council's refusal to act"], CueClass.BELIEF),
        ),
        (
            "They oppose the rule, which they regard as unfair.",
            ("regard", "they", ["which", "as unfair"], CueClass.BELIEF),
        ),
        (
            "They oppose the rule, which the governor called a disgrace.",
            ("called", "the governor", ["which", "a disgrace"], CueClass.SPEECH),
        ),
        (
            "They oppose the law, which they have long said lacks a legal basis.",
            ("have long said", "they", ["which", "lacks a legal basis"], CueClass.SPEECH),
        ),
    ],
)
def test_a_cue_describes_the_relative_pronoun_before_it(
    text: str, expected: tuple[str, str, list[str], CueClass]
) -> None:
    assert reported(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "She signed the book, which she wrote as a student.",
        "He repeated what he said as a candidate.",
    ],
)
def test_a_role_after_a_relative_pronoun_is_no_content(text: str) -> None:
    assert reported(text) == []
