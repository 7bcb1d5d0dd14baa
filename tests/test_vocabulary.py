"""One name vocabulary (`sourcetrace.vocabulary`): sources and entities read the same titles."""

from __future__ import annotations

import pytest

from sourcetrace.names import strip_titles
from sourcetrace.pipeline import analyze
from sourcetrace.vocabulary import TITLE_PHRASES, names_person


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # Titles the entities knew and the sources did not, and the other way round.
        ("“We pray for peace,” said Cardinal Pietro Parolin.", "Pietro Parolin", "Cardinal"),
        ("“Talks go on,” Emir Tamim bin Hamad Al Thani said.", "Tamim bin Hamad Al Thani", "Emir"),
        ("“We will win,” said Congressman Joe Sestak.", "Joe Sestak", "Congressman"),
    ],
)
def test_sources_and_entities_strip_the_same_title(text: str, name: str, title: str) -> None:
    analysis = analyze(text)
    [source] = analysis.sources
    # A bare title is no description (a role is); the entity keeps it among its titles.
    assert (source.name, source.description) == (name, None)
    assert [e.titles for e in analysis.entities if e.name == name] == [(title,)]


def test_every_title_is_stripped_before_a_name() -> None:
    for phrase in TITLE_PHRASES:
        assert strip_titles(f"{phrase.title()} Jane Doe") == "Jane Doe", phrase


@pytest.mark.parametrize(
    ("noun", "person"),
    [
        ("neurosurgeon", True),  # a closed compound names what its last element names
        ("undersecretary", True),
        ("multimillionaire", True),
        ("surgeon", True),
        # a short last element ends words for things: a submarine is no marine
        ("submarine", False),
        ("outsource", False),
        ("transparent", False),
        ("statement", False),
    ],
)
def test_a_person_noun_and_compounds_of_one(noun: str, person: bool) -> None:
    assert names_person(noun) is person
