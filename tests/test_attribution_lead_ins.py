"""A colon lead-in: the paragraph after "Lee wrote:" is what Lee wrote, though no quote marks
say so (`attribution/lead_ins.py`); a list's lead-in, a clause's verb and a heading are not."""

from __future__ import annotations

from sourcetrace import analyze
from sourcetrace.model import Analysis, CueClass

POST = (
    "The council voted on Tuesday night to close the old library on Elm Street.\n\n"
    "In a post on the city's website, council member Ana Ruiz wrote:\n\n"
    "The library has served this town for ninety years, and closing it without a plan for its "
    "books is a mistake. Officials said the building is unsafe, but nobody showed us a report.\n\n"
    "The library will close at the end of the month.\n"
)


def lead_ins(analysis: Analysis) -> list[tuple[str | None, str | None, str]]:
    """(speaker, cue, first words of the content) of each attribution."""
    return [
        (
            a.speaker.text if a.speaker else None,
            a.cue.text if a.cue else None,
            " ".join(a.content[0].text.split()[:4]),
        )
        for a in analysis.attributions
    ]


def test_the_paragraph_after_a_lead_in_is_the_speakers() -> None:
    analysis = analyze(POST)
    assert lead_ins(analysis) == [
        ("council member Ana Ruiz", "wrote", "The library has served")
    ]  # "Officials said" inside her post stays inside it
    (post,) = analysis.attributions
    assert post.cue_class is CueClass.WRITTEN
    assert post.content[0].text.endswith("nobody showed us a report")


def test_a_participle_set_off_by_a_comma_leads_in_too() -> None:
    text = POST.replace(
        "In a post on the city's website, council member Ana Ruiz wrote:",
        "Council member Ana Ruiz spoke after the vote, adding:",
    )
    assert [s for s, _, _ in lead_ins(analyze(text))] == ["Council member Ana Ruiz"]


def test_a_list_lead_in_whose_verb_has_its_content_is_no_lead_in() -> None:
    text = (
        "The mayor spoke on Friday about the budget for the coming year.\n\n"
        "She said the cuts will fall on three areas, which include:\n\n"
        "Parks and pools, which will open later in the summer and close earlier in the fall "
        "than they have for a decade.\n"
    )
    assert all(not c.startswith("Parks and pools") for _, _, c in lead_ins(analyze(text)))


def test_a_verb_inside_a_clause_leads_nothing_in() -> None:
    text = (
        "The phone went on sale on Friday in twelve countries at once.\n\n"
        "Here is what the first reviews say:\n\n"
        "The battery lasts two full days, the camera is the best on the market, and the price "
        "is lower than last year.\n"
    )
    assert lead_ins(analyze(text)) == []
