"""Reports nobody named made (`attribution/cues.py`, `attribution/reported.py`): an expletive
passive with no agent or work read, and an imperative to the reader conjoined to a clause."""

from __future__ import annotations

import pytest

from sourcetrace import analyze


def reports(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (a.cue.text if a.cue else None, a.speaker.text if a.speaker else None)
        for a in analyze(text).attributions
    ]


@pytest.mark.parametrize(
    "text",
    [
        "After the law was overturned, it was reported that the agency owed her money.",
        "It is widely believed that the mayor will resign.",
        "It was announced Monday that the plant would close.",
        # a time or a place is no source
        "It was reported in March that the plant would close.",
        "It was reported in Ohio that the plant would close.",
    ],
)
def test_an_expletive_passive_with_no_source_reports_nothing(text: str) -> None:
    assert reports(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("It was reported by the Times that the plant would close.", "the Times"),
        (
            "Few games run well: it's revealed in Eurogamer's review that the game renders at "
            "1440p.",
            "Eurogamer's review",
        ),
        (
            "In reading the Sports Journal, it was noted that you have been named a rising star.",
            "the Sports Journal",
        ),
    ],
)
def test_an_expletive_passive_is_its_agents_or_the_work_reads(text: str, speaker: str) -> None:
    assert [s for _, s in reports(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Lee has dropped plans to run, but don't expect him to fade quietly from the scene.",
        "The senator has made his case, but do not assume that he will win.",
    ],
)
def test_an_imperative_to_the_reader_is_nobodys_belief(text: str) -> None:
    assert reports(text) == []


def test_a_plural_subject_shares_its_do() -> None:
    # "don't" agrees with "officials": their doubt, not the writer's bidding
    text = "The officials made their case but don't expect the bill to pass."
    assert reports(text) == [("don't expect", "The officials")]
