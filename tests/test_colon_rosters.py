"""Mixed-case "Name: ..." lines: a conversation's speakers, but a roster's entries, a headline's
name and a page of headlines about one person are no speech (`attribution/colon_lines.py`)."""

from __future__ import annotations

from sourcetrace import analyze

INTRO = "Police arrested several people in the county this week, the sheriff's office said.\n"


def speakers(text: str) -> list[str]:
    return [a.speaker.text for a in analyze(text).attributions if a.speaker is not None]


def test_a_roster_of_names_each_once_is_no_speech() -> None:
    roster = (
        "Ann B. Lee: Possession of a stolen vehicle, held on $5,000 bond.\n"
        "Tom C. Ray: Two county warrants, held without bond.\n"
        "Mia D. Cruz: Driving while suspended, released on her own recognizance.\n"
    )
    assert speakers("Arrests\n" + INTRO + roster) == ["the sheriff's office"]


def test_a_conversation_comes_back_to_its_speakers() -> None:
    talk = (
        "Prof. Ann Lee: Welcome back to the show, it is good to see you here again.\n"
        "Tom Ray: Thank you for having me here on the show again.\n"
        "Prof. Ann Lee: What are you working on these days with the band?\n"
    )
    assert speakers("Interview\n" + talk)[:3] == ["Prof. Ann Lee", "Tom Ray", "Prof. Ann Lee"]


def test_a_numbered_list_item_is_no_speech() -> None:
    text = "Gift ideas\n" + INTRO + "3) Christopher Nolan: Interstellar, Inception and Tenet\n"
    assert speakers(text) == ["the sheriff's office"]


def test_lone_or_one_persons_colon_lines_are_headlines_not_speech() -> None:
    lone = "Ada Brandt: Harbor Decision ‘Defies Explanation’\n" + INTRO
    assert speakers(lone) == ["the sheriff's office"]
    same = (
        "Ada Brandt: ‘The Bridge Is Not A Radical Idea’\n"
        + INTRO
        + "Ada Brandt: I Am Not Much Of A Builder Compared To My Father\n"
    )
    assert speakers(same) == ["the sheriff's office"]
