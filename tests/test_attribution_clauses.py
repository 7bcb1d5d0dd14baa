"""Clause contents the cue rules read (issue 10), on short sentences written for these tests: a
relative pronoun a cue describes, lexicon gaps of verbs and nouns taking a clause."""

from __future__ import annotations

import pytest

import attribution_support
from attribution_support import extract
from sourcetrace.model import CueClass


def reported(text: str) -> list[tuple[object, ...]]:
    """Each attribution's cue, speaker, content pieces and class."""
    return attribution_support.reported(text, "cue", "speaker", "content", "class")


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
        "He stood by what he said as a candidate.",
    ],
)
def test_a_role_after_a_relative_pronoun_is_no_content(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some grumbled that the campaign had cost them a friend.",
            ("grumbled", "Some", ["that the campaign had cost them a friend"], CueClass.SPEECH),
        ),
        (
            "Activists have begun protesting that the nominee is too liberal.",
            (
                "have begun protesting",
                "Activists",
                ["that the nominee is too liberal"],
                CueClass.SPEECH,
            ),
        ),
        (
            "The committee alerted reporters that the governor also supports the deal.",
            (
                "alerted",
                "The committee",
                ["that the governor also supports the deal"],
                CueClass.SPEECH,
            ),
        ),
        (
            "The auditors noticed that the accounts were empty.",
            ("noticed", "The auditors", ["that the accounts were empty"], CueClass.PERCEPTION),
        ),
        (
            "Donors griped that the campaign had wasted money.",
            ("griped", "Donors", ["that the campaign had wasted money"], CueClass.SPEECH),
        ),
        (
            "Some Republicans fretted that the nominee could cost them the House.",
            (
                "fretted",
                "Some Republicans",
                ["that the nominee could cost them the House"],
                CueClass.SPEECH,
            ),
        ),
        (
            "The senator mused that the race was far from over.",
            ("mused", "The senator", ["that the race was far from over"], CueClass.SPEECH),
        ),
        (
            "The witness swore that he had never met the donor.",
            ("swore", "The witness", ["that he had never met the donor"], CueClass.SPEECH),
        ),
        (
            "The governor repeated that the deal was dead.",
            ("repeated", "The governor", ["that the deal was dead"], CueClass.SPEECH),
        ),
        (
            "Economists forecast that growth would slow.",
            ("forecast", "Economists", ["that growth would slow"], CueClass.SPEECH),
        ),
        (
            "The chairman reckoned that the vote would be close.",
            ("reckoned", "The chairman", ["that the vote would be close"], CueClass.BELIEF),
        ),
        (
            "Some lawmakers were hoping that the vote would give them a voice.",
            (
                "were hoping",
                "Some lawmakers",
                ["that the vote would give them a voice"],
                CueClass.BELIEF,
            ),
        ),
    ],
)
def test_verbs_taking_a_clause(text: str, expected: tuple[str, str, list[str], CueClass]) -> None:
    assert reported(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "They hopped on a plane to Paris.",
        "He noticed the trucks on the road.",
        "Fans protested the call.",
        "The dog alerted to the smell of smoke.",
        "The judge swore in the new members.",
        "The senator repeated the mistake.",
        "Forecasters forecast rain for Tuesday.",
        "He marveled at the crowd.",
        "The storm gripped the city.",
    ],
)
def test_the_same_verbs_without_a_clause_report_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Party leaders are nervous that the scandal could cost them the seat.",
            (
                "are nervous",
                "Party leaders",
                ["that the scandal could cost them the seat"],
                CueClass.BELIEF,
            ),
        ),
        (
            "The leaders, who are confident the bill will pass, met on Monday.",
            ("are confident", "The leaders", ["the bill will pass"], CueClass.BELIEF),
        ),
        (
            "The governor has remained firm that the plan will pass.",
            ("has remained firm", "The governor", ["that the plan will pass"], CueClass.SPEECH),
        ),
        (
            "The mayor is adamant that the budget is balanced.",
            ("is adamant", "The mayor", ["that the budget is balanced"], CueClass.SPEECH),
        ),
    ],
)
def test_an_adjective_with_a_clause_reports_a_view(
    text: str, expected: tuple[str, str, list[str], CueClass]
) -> None:
    assert reported(text) == [expected]


def test_a_view_not_held_is_unasserted() -> None:
    (found,) = extract("The governor is not confident that the plan will pass.")
    assert found.cue is not None and found.cue.text == "is not confident"
    assert not found.asserted


@pytest.mark.parametrize(
    "text",
    [
        "It is certain that the bill will pass.",
        "Aides were worried about the vote.",
        "Make sure that the door is locked.",
    ],
)
def test_an_adjective_without_a_holder_or_a_clause_reports_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The team has been fighting hard against criticism from its own fans that the coach "
            "has lost control.",
            ("criticism", "its own fans", ["that the coach has lost control"], CueClass.SPEECH),
        ),
        (
            "The mayor's chief complaint was that the budget is too small.",
            ("complaint", "The mayor", ["that the budget is too small"], CueClass.SPEECH),
        ),
        (
            "His acknowledgment that mistakes were made came late.",
            ("acknowledgment", "His", ["that mistakes were made"], CueClass.SPEECH),
        ),
        (
            "The senator made the case that the law is flawed.",
            ("made the case", "The senator", ["that the law is flawed"], CueClass.SPEECH),
        ),
    ],
)
def test_a_noun_with_a_clause_reports_it(
    text: str, expected: tuple[str, str, list[str], CueClass]
) -> None:
    assert reported(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The court heard the case that the family brought.",
        "The court heard a complaint that the police had lied.",
        "In the case that the talks fail, prices will rise.",
        "The mayor faced criticism for closing the park.",
    ],
)
def test_a_noun_without_its_clause_reports_nothing(text: str) -> None:
    assert reported(text) == []


def test_a_bare_clause_after_the_person_told_is_what_was_told() -> None:
    assert reported("The coach told the fans he understands their anger.") == [
        ("told", "The coach", ["he understands their anger"], CueClass.SPEECH)
    ]


def test_a_relative_clause_on_the_person_told_is_not() -> None:
    assert reported("She told the voters she met on Monday about the plan.") == []


def test_a_tax_return_shows_in_writing() -> None:
    assert reported("His tax return showed that he paid no tax.") == [
        ("showed", "His tax return", ["that he paid no tax"], CueClass.WRITTEN)
    ]


def test_for_some_gives_a_view() -> None:
    assert reported(
        "For some, it recalls the days of segregation. For others, it is about faith."
    ) == [
        ("For", "some", ["it recalls the days of segregation"], CueClass.BELIEF),
        ("For", "others", ["it is about faith"], CueClass.BELIEF),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "For months, the mayor has refused to comment.",
        "For many years, the mayor has refused to comment.",
        "For some reason, the vote was delayed.",
    ],
)
def test_for_a_time_or_a_reason_gives_no_view(text: str) -> None:
    assert reported(text) == []
