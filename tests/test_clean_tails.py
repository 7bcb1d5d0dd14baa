"""A wire agency's initials or a share button's label glued to a paragraph's end: the tail is
flagged, the paragraph stays the story's."""

from __future__ import annotations

import pytest

from sourcetrace.clean import find_boilerplate

BODY = (
    "The senator said on Friday that the talks had failed and that nobody knew what would come "
    "next in a process that had already taken three years."
)
LAST = "More than 300 dock workers were sent home by the port authority on Friday."


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[b.start : b.end], b.label.value) for b in find_boilerplate(text)]


@pytest.mark.parametrize(
    ("tail", "label"),
    [
        (" PTI", "credit"),
        (" (IANS)", "credit"),
        (" AP/AFP  ", "credit"),
        ("Click To Tweet", "trailer"),
        (" Tweet this", "trailer"),
    ],
)
def test_a_tail_after_the_last_sentence_is_flagged_alone(tail: str, label: str) -> None:
    text = f"Title\n{BODY}\n{LAST}{tail}\n"
    assert spans(text) == [(tail.strip(), label)]


@pytest.mark.parametrize(
    "line",
    [
        "The deal was signed in Brussels by NATO",  # no sentence ends before the initials
        "The talks went well, said an official at the UN.",
        "Workers were told to tweet this week about the strike.",
        "FAQ",  # a head alone on its line is the story's
    ],
)
def test_initials_or_tweet_inside_a_sentence_are_the_storys(line: str) -> None:
    assert spans(f"Title\n{BODY}\n{line}\n{LAST}") == []


def test_a_share_label_after_a_closing_straight_quote_is_flagged_alone() -> None:
    text = f"Title\n{BODY}\nEvery pier has a 'low tide.'Click To Tweet\n{LAST}\n"
    assert spans(text) == [("Click To Tweet", "trailer")]


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Ann Lee in Calder; Editing by Bo Park)",
        "(Reporting by Ann Lee; Writing by Bo Park; Editing by Cy Ray.)",
        "(Additional reporting by Bo Park in Harbor City)",
        "(h/t Harbor Daily)",
        "(H/T Ann Lee.)",
    ],
)
def test_a_wires_bracketed_credit_after_the_last_sentence_is_flagged_alone(credit: str) -> None:
    text = f"Title\n{BODY}\n{LAST} {credit}\n"
    assert spans(text) == [(credit, "credit")]


def test_a_bracket_inside_the_story_about_reporting_is_no_credit() -> None:
    for line in (
        "The paper defended its work (reporting by its own staff, it said) on Friday.",
        "Lee named the reporters (Reporting by Ann Lee won a prize in 2010)",  # no sentence end
    ):
        assert spans(f"Title\n{BODY}\n{line}\n") == []
