"""A transcript's turns: the capitals label names a person ("DANA WELLS, HOST:", then
"WELLS:"), and a line between two turns that no label opens carries on the turn above it
(`attribution/colon_lines.py`, `sources/mention.py`)."""

from __future__ import annotations

from sourcetrace import analyze
from sourcetrace.model import Analysis, SourceKind

TRANSCRIPT = (
    "The mayor spoke about the flood on a morning show.\n\n"
    "Partial transcript as follows:\n\n"
    "DANA WELLS, HOST: The river rose six feet overnight. How many homes were lost?\n\n"
    "MAYOR: We lost about forty homes, and the shelters are full tonight.\n\n"
    "WELLS: And the families who lost everything are asking for help.\n\n"
    "I have talked to several of them this week, and they want to know who pays.\n\n"
    "(END VIDEO CLIP)\n\n"
    "MAYOR: The state will pay for every family, and we will rebuild the levee.\n\n"
    "Follow the show on the radio every weekday morning at seven.\n"
)


def turns(analysis: Analysis) -> list[tuple[str, str | None, SourceKind | None, str | None]]:
    """(first words of the content, speaker, source kind, source name) of each attribution."""
    sources = {s.id: s for s in analysis.sources}
    found = []
    for a in analysis.attributions:
        source = sources.get(a.source or "")
        found.append(
            (
                " ".join(a.content[0].text.split()[:3]),
                a.speaker.text if a.speaker else None,
                source.kind if source else None,
                source.name if source else None,
            )
        )
    return found


def test_a_capitals_label_names_its_person_and_the_short_label_is_the_same() -> None:
    found = turns(analyze(TRANSCRIPT))
    wells = [t for t in found if t[1] in ("DANA WELLS, HOST", "WELLS")]
    assert len(wells) == 2
    assert {(kind, name) for _, _, kind, name in wells} == {(SourceKind.NAMED_PERSON, "Dana Wells")}


def test_a_role_label_names_no_one() -> None:
    found = turns(analyze(TRANSCRIPT))
    assert all(name != "Mayor" for *_, name in found)


def test_an_unlabeled_line_between_turns_carries_on_the_turn_above() -> None:
    found = turns(analyze(TRANSCRIPT))
    going_on = [t for t in found if t[0] == "I have talked"]
    assert going_on == [("I have talked", None, SourceKind.NAMED_PERSON, "Dana Wells")]


def test_lines_after_the_last_turn_are_the_pages() -> None:
    found = turns(analyze(TRANSCRIPT))
    assert all(not first.startswith("Follow the show") for first, *_ in found)


def test_a_place_label_in_a_transcript_is_a_dateline_not_a_turn() -> None:
    text = (
        "DANA WELLS: The river rose six feet overnight, and the town is waiting.\n\n"
        "WELLS: How many homes were lost in the flood this week?\n\n"
        "WASHINGTON: The Senate voted on the relief bill, Sen. Ann Lee said.\n"
    )
    found = turns(analyze(text))
    assert ("The Senate voted", "Sen. Ann Lee", SourceKind.NAMED_PERSON, "Ann Lee") in found
    assert all(speaker != "WASHINGTON" for _, speaker, _, _ in found)
