"""An interview laid out as "Q:" and "A:" lines: every answer is the interviewee's
(`attribution/interview.py`); an FAQ and a question in running text are nobody's."""

from __future__ import annotations

from sourcetrace import analyze
from sourcetrace.model import Analysis, SourceKind

INTRO = "The museum has a new director, Elena Marquez, and we sat down with her this week.\n"
PAIRS = (
    "Q: What drew you to the museum?\n"
    "A: I grew up two streets away and came here every Saturday as a child.\n"
    "Q: What will change first?\n"
    "A: The doors will open at eight, and entry will be free on Sundays.\n"
)


def answers(analysis: Analysis) -> list[tuple[str, str | None]]:
    """(content, source name) of each attribution with no cue."""
    names = {s.id: s.name for s in analysis.sources}
    return [(a.content[0].text, names.get(a.source or "")) for a in analysis.attributions]


def test_every_answer_is_the_interviewees() -> None:
    analysis = analyze(INTRO + PAIRS)
    assert answers(analysis) == [
        ("I grew up two streets away and came here every Saturday as a child", "Elena Marquez"),
        ("The doors will open at eight, and entry will be free on Sundays", "Elena Marquez"),
    ]
    first, second = analysis.attributions
    assert first.speaker is not None and first.speaker.text == "Elena Marquez"
    assert (second.cue, second.speaker) == (None, None)  # it continues the first
    (source,) = analysis.sources
    assert source.kind is SourceKind.NAMED_PERSON


def test_a_report_inside_a_question_does_not_take_the_next_answer() -> None:
    question = (
        "Q: The Tribune reported that the roof leaks. Is that true?\n"
        "A: It leaked once, in March, and it has been repaired since then.\n"
    )
    names = [name for _, name in answers(analyze(INTRO + PAIRS + question))]
    assert names[-1] == "Elena Marquez"


def test_a_report_inside_an_answer_stays_inside_it() -> None:
    pairs = PAIRS + "Q: And the budget?\nA: The mayor told me the budget will grow next year.\n"
    found = answers(analyze(INTRO + pairs))
    assert found[-1] == ("The mayor told me the budget will grow next year", "Elena Marquez")


def test_an_faq_with_no_interviewee_is_nobodys() -> None:
    faq = "Frequently asked questions about the museum and its opening hours.\n" + PAIRS
    assert answers(analyze(faq)) == []


def test_an_intro_naming_two_people_names_no_interviewee() -> None:
    intro = "Elena Marquez and Tom Becker run the museum together now.\n"
    assert answers(analyze(intro + PAIRS)) == []


def test_one_pair_is_no_interview() -> None:
    assert answers(analyze(INTRO + PAIRS.split("Q: What will")[0])) == []


def test_an_answer_needs_its_question_right_above() -> None:
    loose = "Q: What drew you to the museum?\nIt was the light.\nA: I grew up two streets away.\n"
    assert answers(analyze(INTRO + loose + loose)) == []


def test_a_question_in_running_text_is_no_interview() -> None:
    text = (
        INTRO + "What will change first? The doors will open at eight, the museum's board said.\n"
    )
    found = analyze(text).attributions
    assert all(a.cue is not None for a in found)
