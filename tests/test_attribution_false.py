"""Candidates that are no report: a stance taken, a topic talked about, a scene not found, a
legal plea, a view another holds and words put into a law (`attribution/objects.py`,
`complements.py`, `clauses.py`, `noun_cues.py`, `cues.py`), on short sentences written for these
tests."""

from __future__ import annotations

import pytest

from sourcetrace.methods import Method, extract_attributions
from sourcetrace.nlp import load_pipeline


def reported(text: str) -> list[tuple[str | None, list[str]]]:
    found = extract_attributions(load_pipeline()(text), Method.RULES)
    return [(c.cue.text if c.cue else None, [s.text for s in c.content]) for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "The senator defended keeping the embargo.",
        "The senator forcefully defended revelations that the agency collects phone records.",
        "The president formally endorsed the governor to succeed him.",
        "The congressman pleaded guilty to charges that he spent campaign cash on himself.",
        "The meeting gave rise to renewed optimism that a deal could be reached.",
        "Two girls who wrote to the mayor about the fire in which their house burned joined him.",
        "The senator talked about the bill that would cut taxes for the rich.",
        "The clerk could not find any examples of the full text of the law actually being read "
        "aloud on the floor.",
        "The rules — “one on roving taps and the other on business records” — were added to the "
        "law in 2001.",
    ],
)
def test_reports_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The senator defended the program as essential to security.",
            "defended",
            "the program as essential to security",
        ),
        ("The mayor urged the governor to veto it.", "urged", "the governor to veto it"),
        (
            "The senator has talked of the possibility of using force.",
            "has talked of",
            "the possibility of using force",
        ),
        (
            "The senator pointed to cuts that keep the poor from food.",
            "pointed to",
            "cuts that keep the poor from food",
        ),
        ("The audit found the money had been moved.", "found", "the money had been moved"),
        ("“We will win,” she added.", "added", "“We will win,”"),
        (
            "The senators expressed optimism that a deal was near.",
            "expressed optimism",
            "that a deal was near",
        ),
        (
            "The aide said in a statement that the plant was safe.",
            "said in a statement",
            "that the plant was safe",
        ),
    ],
)
def test_the_same_words_still_report(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "People will ask you to write posts for them.",
        "They’ll assume that everyone is out of money.",
        "Voters will think that the fund is closed.",
    ],
)
def test_a_foretold_belief_or_speech_to_the_reader_is_no_report(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'The two will discuss "how to build on the work of the campaign."',
            "will discuss",
            '"how to build on the work of the campaign."',
        ),
        (
            "The governor won’t say whether she will run.",
            "won’t say",
            "whether she will run",
        ),
        (
            "The board will tell members that the fund is closed.",
            "will tell",
            "that the fund is closed",
        ),
    ],
)
def test_forecast_speech_of_a_speaker_quoted_words_or_a_refusal_still_report(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "Our initial testing suggests that the laptop runs faster.",
        "The data we have been collecting suggests that the fix is working.",
        "Those facts suggest that the rats made the receptors.",
        "Multiple lines of evidence now point to the existence of plumes.",
    ],
)
def test_the_writers_own_findings_and_grounds_are_no_source(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "My toddler revealed that the keys were under the sofa.",
        "My sister insisted that the movie was too long.",
        "My doctor told me that the cast could come off in May.",
        "That promises 355 horsepower and a top speed of 150 mph.",
        "This suggests that the tablet will sell well.",
        "That shows how much the market has changed.",
    ],
)
def test_the_writers_own_people_and_a_pointing_pronoun_are_no_source(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The dashboard indicates that the engine is overheating.",
        "The disclosure of the meeting indicated that talks go on.",
        "New sedans and electric vans highlight the auto show.",
        "The Pixel 4 promises up to 12 hours of battery life.",
        "The new Galaxy S10 promises a brighter screen.",
        "Windows 11 threatens to slow older laptops.",
        "The controller promises faster loading.",
        "The trend suggests a deep distrust of cities.",
        "The app recommends a short workout.",
        "The water reveals traces of lead.",
        "The recipe calls for two cups of flour.",
        "The forecast calls for rain on Sunday.",
        "The game asks players to build a city.",
        "The dashboard lit up, indicating that the engine was hot.",
    ],
)
def test_a_thing_that_shows_or_puts_forward_is_no_source(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Court records indicate that he planned a plea.", "indicate", "that he planned a plea"),
        ("Experiments indicate that the drug works.", "indicate", "that the drug works"),
        (
            "The county recommends that residents boil water.",
            "recommends",
            "that residents boil water",
        ),
        ("The actress revealed that she had left.", "revealed", "that she had left"),
        ("The mayor highlighted the cost of the bridge.", "highlighted", "the cost of the bridge"),
        ("Ford promises a cheaper truck.", "promises", "a cheaper truck"),
        ("The nurse suggested that he rest.", "suggested", "that he rest"),
        ("The captain called for calm.", "called for", "calm"),
        ("The city asked residents to leave.", "asked", "residents to leave"),
        ("The plan calls for new schools.", "calls for", "new schools"),
        ("The firm's appeal asks the court to act.", "asks", "the court to act"),
        ("The union called for a strike.", "called for", "a strike"),
        (
            "That view, the senator continued, suggests that cities fail.",
            "suggests",
            "that cities fail",
        ),
    ],
)
def test_documents_findings_and_people_still_show_and_recommend(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


def test_a_thing_inside_a_report_lends_its_participle_to_the_reporter() -> None:
    text = (
        "The aide insisted that the matter hardly rose to a scandal, suggesting that rivals "
        "hoped to gain."
    )
    assert ("suggesting", ["that rivals hoped to gain"]) in reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Her doctor told her that the cast could come off.", "told", "Her doctor"),
        (
            "Those familiar with the plan said it would pass.",
            "said",
            "Those familiar with the plan",
        ),
        ("The letter that said the plan was dead was unsigned.", "said", "The letter"),
        ("That, the mayor said, was the plan.", "said", "the mayor"),
    ],
)
def test_anothers_people_and_a_relative_that_still_speak(text: str, cue: str, speaker: str) -> None:
    found = extract_attributions(load_pipeline()(text), Method.RULES)
    spoken = [(c.cue.text if c.cue else None, c.speaker.text if c.speaker else None) for c in found]
    assert spoken == [(cue, speaker)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "A new study suggests that the laptop runs faster.",
            "suggests",
            "that the laptop runs faster",
        ),
        ("Our correspondent said that the port was closed.", "said", "that the port was closed"),
        ("The data suggests that the fix is working.", "suggests", "that the fix is working"),
    ],
)
def test_others_findings_and_the_outlets_people_still_report(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "The label has denied Swift’s claims.",
        "Company leaders have denied 'sensational' claims made in a viral post.",
        "Fact-checkers have disputed the campaign's characterization.",
    ],
)
def test_a_dispute_of_anothers_claim_is_the_claimants_not_the_disputers(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The police deny accusations of brutality.", "deny", "accusations of brutality"),
        ("The company denied the allegations.", "denied", "the allegations"),
        ("The aide echoed the mayor's concerns.", "echoed", "the mayor's concerns"),
    ],
)
def test_a_dispute_of_an_unowned_claim_or_an_echo_still_reports(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize("text", ["He said, she said.", "The aide said he told them."])
def test_a_frame_with_no_words_in_it_is_no_content(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The aide said she agreed.", "she agreed"),
        ("The aide said he told them the truth.", "he told them the truth"),
    ],
)
def test_a_short_clause_that_says_something_is_still_content(text: str, content: str) -> None:
    assert reported(text) == [("said", [content])]


def test_a_wh_word_said_is_no_bare_frame() -> None:
    text = "The senator denied what some have said was a signal of weakness."
    assert [cue for cue, _ in reported(text)] == ["denied"]
