"""A complement clause without "that" which the parse broke apart after a participle
(`attribution/broken.py`), on short sentences written for these tests."""

from __future__ import annotations

import pytest

from attribution_support import reported


def reports(text: str) -> list[tuple[object, ...]]:
    """Each attribution's cue, speaker and content pieces."""
    return reported(text, "cue", "speaker", "content")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The state released records showing the mayor had met the developer twice.",
            "records",
            "the mayor had met the developer twice",
        ),
        (
            "An audit showing the city lost millions was released on Friday.",
            "An audit",
            "the city lost millions",
        ),
        (
            "Records showing the mayor met the developer were released on Friday.",
            "Records",
            "the mayor met the developer",
        ),
        (
            "The police released a video showing the officer fired three shots.",
            "a video",
            "the officer fired three shots",
        ),
    ],
)
def test_a_participles_clause_the_parse_broke_apart_is_what_it_reports(
    text: str, speaker: str, content: str
) -> None:
    assert reports(text) == [("showing", speaker, [content])]


def test_a_relative_clauses_cue_reads_the_clause_the_parse_put_under_a_later_verb() -> None:
    text = (
        "Writing for a panel that all agreed the senator won the debate, a columnist noted that "
        "his calm was critical."
    )
    assert reports(text)[0] == ("agreed", "a panel", ["the senator won the debate"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause with no pronoun on the object: the cue's object is its content
        (
            "The agency cited the figures the ministry released last week.",
            [("cited", "The agency", ["the figures the ministry released last week"])],
        ),
        # a date between the verb and the next verb: a reduced relative, nobody's clause
        ("Additional records disclosed Wednesday revealed nothing new about the cruise.", []),
        # the cue has a subject of its own: the sentence's main clause is the writer's
        ("Those who believe the party is stuck point to its slow growth.", []),
    ],
)
def test_no_broken_clause_is_read_where_the_words_after_the_cue_are_not_one(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert reports(text) == expected


def test_a_clause_the_parse_hung_on_the_cue_is_read_as_before() -> None:
    assert reports("Lawyers sent a letter saying that the company had lied.") == [
        ("saying", "a letter", ["that the company had lied"])
    ]
