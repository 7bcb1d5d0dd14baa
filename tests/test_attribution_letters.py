"""A letters page: each letter, comment or post is its signer's, closed by the signature line
(`attribution/letters.py`); what a letter reports stays inside it, and a page of section heads
signs nothing."""

from __future__ import annotations

from sourcetrace import analyze
from sourcetrace.model import Analysis, CueClass, SourceKind

LETTER_ONE = (
    "The new bridge downtown has made my commute twenty minutes shorter every single morning.\n\n"
    'At the opening, the mayor said, "This bridge belongs to every family in the valley."\n\n'
)
LETTER_TWO = "The city should now fix the potholes on the east side before winter comes back.\n\n"
POSTS = (
    "We asked our followers what they thought of the new bridge across the river.\n\n"
    "Love the bike lane. It is the best thing the council has done in years.\n\n"
    "@riverbiker77.\n\n"
    "Too expensive, and the traffic is just as bad as it was before.\n\n"
    "@JennaWalks.\n"
)
PAGE = (
    "Readers weigh in on the bridge.\n\nLETTERS.\n\n"
    + LETTER_ONE
    + "Margaret Ellis.\n\nSpringfield, Ill.\n\n"
    + LETTER_TWO
    + "Daniel Ortiz.\n\nDecatur, Ill.\n\nTWITTER.\n\n"
    + POSTS
)


def letters(analysis: Analysis) -> list[tuple[list[str], str | None, SourceKind | None]]:
    """(content pieces, speaker, source kind) of each attribution."""
    kinds = {s.id: s.kind for s in analysis.sources}
    return [
        (
            [c.text for c in a.content],
            a.speaker.text if a.speaker else None,
            kinds.get(a.source or ""),
        )
        for a in analysis.attributions
    ]


def test_each_letter_is_its_signers() -> None:
    analysis = analyze(PAGE)
    assert letters(analysis) == [
        (
            [
                "The new bridge downtown has made my commute twenty minutes shorter every single"
                " morning.",
                'At the opening, the mayor said, "This bridge belongs to every family in the'
                ' valley."',
            ],
            "Margaret Ellis",
            SourceKind.NAMED_PERSON,
        ),
        ([LETTER_TWO.strip()], "Daniel Ortiz", SourceKind.NAMED_PERSON),
        (
            ["Love the bike lane. It is the best thing the council has done in years."],
            "@riverbiker77",
            SourceKind.ANONYMOUS_PERSON,
        ),
        (
            ["Too expensive, and the traffic is just as bad as it was before."],
            "@JennaWalks",  # a reader's handle: no name guessed from its capitals
            SourceKind.ANONYMOUS_PERSON,
        ),
    ]
    assert all(a.cue is None and a.cue_class is CueClass.WRITTEN for a in analysis.attributions)


def test_one_letter_closing_its_page_is_its_signers() -> None:
    page = "Readers weigh in.\n\nLETTERS.\n\n" + LETTER_TWO + "Daniel Ortiz.\n\nDecatur, Ill.\n"
    signed = ([LETTER_TWO.strip()], "Daniel Ortiz", SourceKind.NAMED_PERSON)
    assert letters(analyze(page)) == [signed]


def test_a_lone_name_and_place_sign_nothing_unless_they_close_an_unnamed_letter() -> None:
    story = (
        "Ortiz wins the county fair.\n\n"
        "Daniel Ortiz grew the largest pumpkin at the county fair this year, judges said.\n\n"
        "He plans to enter again next fall with seeds from the same patch.\n\n"
    )
    # the story named the person it closes on: a caption's or a profile's name, no signer
    closing = story + "Daniel Ortiz.\n\nDecatur, Ill.\n"
    assert "Daniel Ortiz" not in _speakers(closing)
    # a name and a place above more prose close no letter
    signature = "Daniel Ortiz.\n\nDecatur, Ill.\n\n"
    inside = "Readers weigh in.\n\n" + LETTER_TWO + signature + LETTER_ONE
    assert "Daniel Ortiz" not in _speakers(inside)
    # a name with no place under it is a byline or a credit
    bylined = "Readers weigh in.\n\n" + LETTER_TWO + "Daniel Ortiz.\n"
    assert "Daniel Ortiz" not in _speakers(bylined)


def _speakers(text: str) -> list[str]:
    return [a.speaker.text for a in analyze(text).attributions if a.speaker is not None]


def test_section_heads_in_title_case_sign_nothing() -> None:
    page = (
        "How the city did this year.\n\n"
        "The council opened two parks and a library branch in the spring of this year.\n\n"
        "Public Parks.\n\n"
        "Attendance at the summer concerts doubled, and the pools stayed open late in August.\n\n"
        "Road Repair.\n\n"
        "Crews repaved forty miles of streets, more than in any year since the last decade.\n"
    )
    assert letters(analyze(page)) == []


def test_names_heading_a_pages_sections_sign_nothing() -> None:
    page = (
        "Meet the new members of the school board.\n\n"
        "Three members joined the board this fall, and each has a plan for the district.\n\n"
        "Maria Lopez.\n\n"
        "She taught math for twenty years and wants smaller classes in every school.\n\n"
        "Thomas Becker.\n\n"
        "He ran the county budget office and wants the schools to publish their spending.\n"
    )
    assert letters(analyze(page)) == []
