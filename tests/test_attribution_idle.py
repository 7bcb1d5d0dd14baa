"""Cue verbs in constructions that report nothing (`attribution/idle.py`), on short sentences
written for these tests."""

from __future__ import annotations

import pytest

from attribution_support import reported


@pytest.mark.parametrize(
    "text",
    [
        "It's difficult to tell how much was spent on the embassy.",
        "The senator said nothing new as she left the hearing room.",
        "The senator said little as he walked past reporters eager for news.",
        "For much of the summer, the feud over taxes threatened to become the focus of the race.",
        "The law might protect a baker who denied service to a gay couple.",
        "The guards denied him entry to the hall.",
        "It promises to be another bruising campaign.",
        "The race promises to become a bitter fight.",
    ],
)
def test_reports_nothing(text: str) -> None:
    assert reported(text) == []


def test_a_fronted_asked_the_tagger_reads_as_a_past_is_the_one_asked() -> None:
    text = (
        "“I oppose it,” Mr. Lee told a reporter. “It costs too much.” Asked why he opposed the "
        "plan, in particular, he explained that it cost too much."
    )
    assert [cue for cue, _ in reported(text)] == ["told", "explained"]


def test_when_asked_read_as_a_finite_past_asks_nothing() -> None:
    text = (
        'He nodded, saying, "I mean it."\n\nWhen asked how serious his bid is, the mayor said, '
        '"I always take things seriously."'
    )
    assert [cue for cue, _ in reported(text)] == ["saying", "said"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The governor threatened to veto the bill.", "threatened", "to veto the bill"),
        ("He promised to be there on time.", "promised", "to be there on time"),
        ("He said something had to change.", "said", "something had to change"),
        (
            "It is too early to say whether the bill will pass, the senator said.",
            "said",
            "It is too early to say whether the bill will pass",
        ),
        (
            "She promised to be a fighter for the district.",
            "promised",
            "to be a fighter for the district",
        ),
        ("The company promised to refund its buyers.", "promised", "to refund its buyers"),
        ("The agency cited a study showing lower costs.", "cited", "a study showing lower costs"),
        ("The senator has not said whether he will run.", "has not said", "whether he will run"),
        (
            "The mayor declined to say when the park would reopen.",
            "to say",
            "when the park would reopen",
        ),
        ("The farmer didn't know that he was ill.", "didn't know", "that he was ill"),
        (
            "The envoy was sent to tell the rebels that the deal was off.",
            "to tell",
            "that the deal was off",
        ),
        ("The union, which threatened to strike, signed.", "threatened", "to strike"),
        (
            "Voters backed the candidate that promised to be a voice for them.",
            "promised",
            "to be a voice for them",
        ),
    ],
)
def test_still_reports(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


def test_a_participle_sharing_it_with_a_clause_on_an_adjective_reports() -> None:
    text = 'It said "the road is closed," adding there was also a "lack of support."'
    assert [cue for cue, _ in reported(text)] == ["said", "adding"]


def test_as_completing_a_comparison_predicates_nothing() -> None:
    assert reported("The budget plan assumes the same amount of savings as the health law.") == []


def test_as_after_an_object_predicates() -> None:
    text = "The mayor described the plan as a disaster."
    assert reported(text) == [("described", ["the plan as a disaster"])]


def test_as_on_the_object_itself_predicates() -> None:
    text = "The senator dismissed the mayor's concerns as unpersuasive."
    assert reported(text) == [("dismissed", ["the mayor's concerns as unpersuasive"])]


@pytest.mark.parametrize(
    "text",
    [
        "It promises to be another long campaign, with two rivals likely to face off.",
        "The dispute over the budget threatens to become the focus of the session.",
        "The paper reported the story last week, citing unnamed sources.",
        "The mayor does not know who did.",
        "The company did not disclose what those options were.",
        "Few steps have been taken to point out the errors in the report.",
        "The agency didn't estimate how many workers would lose their jobs.",
        "Ms. Lee, trying to end an odd episode that is clouding her role as a fighter and "
        "threatening her dream of becoming mayor, denied on Friday that she had sent a photo.",
    ],
)
def test_forecasts_sources_purposes_open_questions_and_threatening_things_report_nothing(
    text: str,
) -> None:
    assert [cue for cue, _ in reported(text) if cue not in ("reported", "denied")] == []
