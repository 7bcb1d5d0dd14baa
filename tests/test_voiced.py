""" "As X noted, A, according to Y" is X's (`attribution/voiced.py`)."""

from __future__ import annotations

from sourcetrace import analyze


def accounts(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (a.speaker.text if a.speaker else None, a.cue.text if a.cue else None)
        for a in analyze(text).attributions
    ]


def test_as_x_noted_is_xs_with_the_according_to_inside_the_content() -> None:
    text = (
        "The mayor fell ill last week. As the city's health officer Dr. Ann Lee noted at the "
        "time, the illness meant that the mayor faced a long recovery, according to guidance "
        "from the state clinic."
    )
    (attribution,) = analyze(text).attributions
    assert attribution.speaker is not None and attribution.cue is not None
    assert attribution.speaker.text.endswith("Dr. Ann Lee")
    assert attribution.cue.text == "noted"
    assert attribution.content[0].text.endswith("according to guidance from the state clinic")


def test_according_to_alone_keeps_its_source() -> None:
    assert accounts("The rate rose last year, according to the annual report.") == [
        ("the annual report", "according to")
    ]


def test_an_as_clause_after_its_verb_reports_nothing() -> None:
    text = "A mayor who lies as easily as he tells the truth creates problems for the city."
    assert accounts(text) == []
