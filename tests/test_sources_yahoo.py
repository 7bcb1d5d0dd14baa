"""Source resolution on the Yahoo News Soleimani seed, from a hand-built list of its speaker
mentions in text order: the clustering and canonical names a reader would give."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources_support import Passage, clusters
from sourcetrace.model import Attribution, Source, SourceKind

MAGUIRE = "John Maguire"
OFFICER = "former U.S. intelligence officer"
CIA_OFFICIAL = "former CIA official"
INTEL_OFFICIAL = "former U.S. intelligence official"
OFFICIALS = "U.S. officials"
SENIOR = "the former senior CIA official"
THOMAS = "Tony Thomas"

# (speaker, occurrence, cue, keywords for Passage.said, expected source name)
SPEAKERS: list[tuple[str, int, str, dict[str, str], str]] = [
    ("a former U.S. intelligence officer", 0, "said", {}, OFFICER),
    ("the former U.S. intelligence officer", 0, "said", {}, OFFICER),
    ("the former intelligence officer", 0, "said", {}, OFFICER),
    ("the former intelligence officer", 1, "said", {}, OFFICER),
    (
        "John Maguire, a former senior CIA official stationed in Baghdad in the mid-2000s",
        0,
        "said",
        {"content": "Soleimani had moved back and forth"},
        MAGUIRE,
    ),
    ("Maguire", 1, "according to", {"content": "Soleimani disguised his rank"}, MAGUIRE),
    ("he", 0, "said", {"within": "” he said"}, MAGUIRE),
    ("U.S. officials", 0, "discovered", {"content": "with the help of Iraqi contacts"}, OFFICIALS),
    ("a former CIA official", 0, "recalled", {}, CIA_OFFICIAL),
    ("the former CIA official", 0, "said", {}, CIA_OFFICIAL),
    ("Maguire", 2, "said", {}, MAGUIRE),
    ("Maguire", 3, "according to", {"content": "Iraqi Shiite politician Ahmed Chalabi"}, MAGUIRE),
    ("he", 1, "said", {"within": "” he said"}, MAGUIRE),
    ("Maguire", 4, "said", {"content": "The agency and the U.S. military"}, MAGUIRE),
    ("Maguire", 5, "according to", {"content": "their requests went nowhere"}, MAGUIRE),
    ("he", 2, "said", {"within": "” he said"}, MAGUIRE),
    (SENIOR, 0, "according to", {"content": "A Bush administration directive"}, MAGUIRE),
    ("he", 3, "said", {"within": "” he said"}, MAGUIRE),
    ("Maguire", 6, "said", {}, MAGUIRE),
    (f"{SENIOR}, who compared the Quds Force’s efforts", 0, "said", {}, MAGUIRE),
    (SENIOR, 2, "said", {"content": "The few Iranians killed"}, MAGUIRE),
    ("McChrystal, the former JSOC commander", 0, "wrote", {}, "Stanley McChrystal"),
    ("U.S. officials", 0, "feared", {"within": "U.S. officials feared"}, OFFICIALS),
    (SENIOR, 3, "said", {}, MAGUIRE),
    ("Douglas Wise, a former CIA Baghdad station chief", 0, "recalled", {}, "Douglas Wise"),
    ("Wise", 1, "said", {}, "Douglas Wise"),
    ("Douglas London, a retired CIA senior operations officer", 0, "said", {}, "Douglas London"),
    (
        "Daniel Hoffman, the former chief of the CIA’s Middle East division",
        0,
        "said",
        {},
        "Daniel Hoffman",
    ),
    ("Hoffman", 1, "said", {"content": "moving around with impunity"}, "Daniel Hoffman"),
    ("retired Army Gen. Tony Thomas", 0, "wrote", {}, THOMAS),
    (
        "Thomas, who commanded JSOC from 2014 to 2016",
        0,
        "said",
        {"content": "he had twice"},
        "Tony Thomas",
    ),
    ("he", 0, "wrote", {"within": "” he wrote"}, THOMAS),
    ("a former U.S. intelligence official", 0, "said", {}, INTEL_OFFICIAL),
    ("the former U.S. intelligence official", 0, "according to", {}, INTEL_OFFICIAL),
    ("the former official", 0, "said", {}, INTEL_OFFICIAL),
]


Resolved = tuple[str, tuple[Source, ...], tuple[Attribution, ...]]


@pytest.fixture(scope="module")
def resolved(yahoo_seed: Path) -> Resolved:
    passage = Passage(yahoo_seed.read_text(encoding="utf-8"))
    for speaker, occurrence, cue, extra, _ in SPEAKERS:
        passage.said(speaker, occurrence, cue, **extra)
    return (passage.text, *passage.resolve())


def test_every_speaker_mention_goes_to_the_right_source(resolved: Resolved) -> None:
    _, sources, attributions = resolved
    assert clusters(sources, attributions) == [name for *_, name in SPEAKERS]


def test_sources_are_numbered_by_first_mention_with_kinds_and_descriptions(
    resolved: Resolved,
) -> None:
    _, sources, _ = resolved
    assert [(s.id, s.name, s.kind, s.description) for s in sources] == [
        ("s1", OFFICER, SourceKind.ANONYMOUS_PERSON, "a former U.S. intelligence officer"),
        (
            "s2",
            MAGUIRE,
            SourceKind.NAMED_PERSON,
            "a former senior CIA official stationed in Baghdad in the mid-2000s",
        ),
        ("s3", OFFICIALS, SourceKind.ANONYMOUS_PERSON, "U.S. officials"),
        ("s4", CIA_OFFICIAL, SourceKind.ANONYMOUS_PERSON, "a former CIA official"),
        ("s5", "Stanley McChrystal", SourceKind.NAMED_PERSON, "the former JSOC commander"),
        ("s6", "Douglas Wise", SourceKind.NAMED_PERSON, "a former CIA Baghdad station chief"),
        (
            "s7",
            "Douglas London",
            SourceKind.NAMED_PERSON,
            "a retired CIA senior operations officer",
        ),
        (
            "s8",
            "Daniel Hoffman",
            SourceKind.NAMED_PERSON,
            "the former chief of the CIA’s Middle East division",
        ),
        (
            "s9",
            "Tony Thomas",
            SourceKind.NAMED_PERSON,
            "retired Army general who commanded JSOC from 2014 to 2016",
        ),
        ("s10", INTEL_OFFICIAL, SourceKind.ANONYMOUS_PERSON, "a former U.S. intelligence official"),
    ]


def test_mentions_round_trip_and_include_the_name_elsewhere(resolved: Resolved) -> None:
    text, sources, attributions = resolved
    for source in sources:
        assert all(text[m.start : m.end] == m.text for m in source.mentions), source.name
    speakers = {a.speaker for a in attributions}
    mcchrystal = next(s for s in sources if s.name == "Stanley McChrystal")
    # the earlier "Army Lt. Gen. Stanley McChrystal, head of ..." is a mention, title stripped
    assert [m.text for m in mcchrystal.mentions if m not in speakers] == ["Stanley McChrystal"]
    assert all(
        m in speakers for s in sources if s.kind is SourceKind.ANONYMOUS_PERSON for m in s.mentions
    )
