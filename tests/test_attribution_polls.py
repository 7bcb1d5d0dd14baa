"""Polls and their findings (the gold README's Rule 14 batch: a poll is a `document`, its further
figures are cue-less continuations), on short sentences written for these tests, with the same
words where they report nothing: economic figures, vote counts, election results."""

from __future__ import annotations

import pytest

from attribution_support import reported
from sourcetrace.methods import Method, extract_attributions
from sourcetrace.model import CueClass, SourceKind
from sourcetrace.nlp import load_pipeline
from sourcetrace.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Recent polling shows that the governor remains popular.",
            "shows",
            "that the governor remains popular",
        ),
        (
            "But the same polling suggests that turnout could fall.",
            "suggests",
            "that turnout could fall",
        ),
        ("Early polling in Iowa showed the senator trailing.", "showed", "the senator trailing"),
    ],
)
def test_polling_is_a_document_that_gives_its_findings(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]
    found = analyze(text)
    assert [s.kind for s in found.sources] == [SourceKind.DOCUMENT]
    assert [a.cue_class for a in found.attributions] == [CueClass.WRITTEN]


@pytest.mark.parametrize(
    "text",
    [
        "Polling stations show signs of wear.",
        "Polling places opened at 7 a.m. across the county.",
    ],
)
def test_a_polling_place_reports_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "A new poll shows the mayor ahead. Among women, she leads 48 percent to 41 percent. "
            "But among men the race is tied at 45%.",
            [
                "Among women, she leads 48 percent to 41 percent",
                "among men the race is tied at 45%",
            ],
        ),
        (
            "In the survey, the senator has 30 percent. His rival trails with 22 percent.",
            ["His rival trails with 22 percent"],
        ),
        (
            "The poll also suggests that the governor is well liked. Approval of the senator, "
            "while still a net negative 6 points, has risen 8 points since October.",
            [
                "Approval of the senator, while still a net negative 6 points, has risen 8 points "
                "since October"
            ],
        ),
    ],
)
def test_a_polls_further_figures_are_cue_less_continuations(text: str, figures: list[str]) -> None:
    found = extract_attributions(load_pipeline()(text), Method.RULES)
    continuations = [c for c in found if c.cue is None]
    assert [[s.text for s in c.content] for c in continuations] == [[f] for f in figures]
    assert all(c.continues and c.cue_class is CueClass.WRITTEN for c in continuations)


def test_a_polls_figures_keep_the_polls_source() -> None:
    found = analyze(
        "A new poll shows the mayor ahead. She leads her rival 48 percent to 41 percent."
    )
    poll, figure = found.attributions
    assert figure.cue is None and figure.source == poll.source
    assert [s.kind for s in found.sources] == [SourceKind.DOCUMENT]


@pytest.mark.parametrize(
    "text",
    [
        # a rate, a vote, the poll's method: the writer's figures
        "A new poll shows the mayor ahead. Unemployment rose to 6 percent in May.",
        "A new poll shows the mayor ahead. She won 44 percent of the vote four years ago.",
        "A new poll shows the mayor ahead. The poll has a margin of error of 3 percentage points.",
        # a figure after a sentence of the writer's, or in the next paragraph
        "A new poll shows the mayor ahead. The race has been close. She leads by 7 points.",
        "A new poll shows the mayor ahead.\nShe leads her rival 48 percent to 41 percent.",
        # after the respondents' own report, a figure would carry them on, not the poll
        "A new poll shows the mayor ahead. Only 7 percent said they are undecided. "
        "Democrats back her by 12 points.",
        # a person's report, no poll
        "The mayor said the city is safe. Her party won 52 percent of the seats in 2018.",
        "The mayor said the budget is sound. Taxes rose 3 percent last year.",
    ],
)
def test_figures_the_poll_does_not_give_stay_the_writers(text: str) -> None:
    found = extract_attributions(load_pipeline()(text), Method.RULES)
    assert [c for c in found if c.cue is None] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Clinton leads Trump by 5 points in a new Quinnipiac poll.",
            "a new Quinnipiac poll",
            "Clinton leads Trump by 5 points",
        ),
        (
            "But the senator fell to 10 percent in the latest survey released Wednesday, a "
            "collapse driven by a series of blunders.",
            "the latest survey released Wednesday",
            "the senator fell to 10 percent",
        ),
        (
            "By March, the mayor was winning women by 28 points in the same poll, a big swing.",
            "the same poll",
            "By March, the mayor was winning women by 28 points",
        ),
        # an opening "Nor" is the finding's own negation: without it the finding is a question
        (
            "Nor did the senator rise above 10 percent in the latest survey.",
            "the latest survey",
            "Nor did the senator rise above 10 percent",
        ),
    ],
)
def test_a_poll_closing_its_findings_gives_them(text: str, speaker: str, content: str) -> None:
    found = extract_attributions(load_pipeline()(text), Method.RULES)
    assert [(c.cue.text if c.cue else None, [s.text for s in c.content]) for c in found] == [
        ("in", [content])
    ]
    assert [c.speaker.text if c.speaker else None for c in found] == [speaker]
    assert [c.cue_class for c in found] == [CueClass.WRITTEN]


@pytest.mark.parametrize(
    "text",
    [
        "She took part in a survey of 500 voters.",  # no finding
        "She took part in surveys of voters.",
        "The governor's big lead in the polls makes a surge unlikely.",  # a noun's, no clause
        "His message has been that he is ahead in the polls.",  # inside a report
        "The party won 60 percent of the vote in the primary.",  # a result, no poll
        "Turnout rose 5 percent in the county.",
    ],
)
def test_an_in_phrase_without_one_polls_finding_gives_nothing(text: str) -> None:
    assert reported(text) == []


def assert_one_poll_finding(text: str, speaker: str, content: str) -> None:
    """The one attribution found is the poll's written finding, cue "in"."""
    found = extract_attributions(load_pipeline()(text), Method.RULES)
    assert [(c.cue.text if c.cue else None, c.content[0].text) for c in found] == [("in", content)]
    assert [c.speaker.text if c.speaker else None for c in found] == [speaker]
    assert [c.cue_class for c in found] == [CueClass.WRITTEN]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("He is ahead in the polls by 5 points.", "the polls", "He is ahead"),
        (
            "She fares better in other recent polls in these states.",
            "other recent polls in these states",
            "She fares better",
        ),
        (
            "He will head to Ohio, where he has had a big lead in the most recent polls.",
            "the most recent polls",
            "he has had a big lead",
        ),
        (
            "Senator Jones, who is battling Smith for the top spot in many polls, spoke today.",
            "many polls",
            "is battling Smith for the top spot",
        ),
    ],
)
def test_a_standing_in_the_polls_in_the_writers_clause_is_their_finding(
    text: str, speaker: str, content: str
) -> None:
    # the gold README's Rule 16 batch: "in the polls", "in most polls", relative clauses too
    assert_one_poll_finding(text, speaker, content)


def test_a_standing_in_polls_keeps_its_figure_and_leaves_the_writers_aside() -> None:
    assert reported("Jones leads Smith in national polls by a three-point margin.") == [
        ("in", ["Jones leads Smith", "by a three-point margin"])
    ]
    text = "He has shot up in the polls as a potential nominee, in part thanks to TV."
    assert reported(text) == [("in", ["He has shot up"])]


def test_a_standing_glossed_inside_a_report_stays_that_report() -> None:
    text = "Jones said the trip was worth it, even in Ohio, where he trails Smith in most polls."
    assert [cue for cue, _ in reported(text)] == ["said"]


def test_a_report_inside_another_keeps_its_speaker() -> None:
    assert reported("He said he leads by 5 points in a new poll.") == [
        ("said", ["he leads by 5 points in a new poll"])
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The governor stays comfortably ahead of the mayor in the latest poll.",
            "the latest poll",
            "The governor stays comfortably ahead of the mayor",
        ),
        (
            "The mayor and the governor are tied in a new Siena poll.",
            "a new Siena poll",
            "The mayor and the governor are tied",
        ),
        # the "in" on a noun of the clause, not on its verb
        (
            "Last spring, the governor held a 12-point lead over the mayor among older voters in "
            "a Gallup state poll.",
            "a Gallup state poll",
            "Last spring, the governor held a 12-point lead over the mayor among older voters",
        ),
    ],
)
def test_a_candidates_standing_in_one_poll_is_its_finding(
    text: str, speaker: str, content: str
) -> None:
    assert_one_poll_finding(text, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "She led the effort in the survey of local businesses.",  # leading a thing, no standing
        "He was interviewed in a poll about the schools.",
        "The aide stayed behind in the survey office.",
    ],
)
def test_a_person_in_a_poll_with_no_standing_gives_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The mayor leads the councilwoman by roughly 6 points in the Siena average of recent "
            "city polls.",
            "in",
            "the Siena average of recent city polls",
            "The mayor leads the councilwoman by roughly 6 points",
        ),
        (
            "The governor leads by 3 points in the Siena polling average.",
            "in",
            "the Siena polling average",
            "The governor leads by 3 points",
        ),
        (
            "The Siena average of polls shows the governor leading the mayor 45 percent to 41 "
            "percent.",
            "shows",
            "The Siena average of polls",
            "the governor leading the mayor 45 percent to 41 percent",
        ),
        (
            "Polling averages show the governor with a narrow lead.",
            "show",
            "Polling averages",
            "the governor with a narrow lead",
        ),
    ],
)
def test_an_average_of_polls_speaks_as_a_poll(
    text: str, cue: str, speaker: str, content: str
) -> None:
    found = analyze(text)
    assert [(a.cue.text if a.cue else None, a.content[0].text) for a in found.attributions] == [
        (cue, content)
    ]
    assert [s.kind for s in found.sources] == [SourceKind.DOCUMENT]
    assert [a.cue_class for a in found.attributions] == [CueClass.WRITTEN]
    assert reported(text, "speaker") == [(speaker,)]


@pytest.mark.parametrize(
    "text",
    [
        "The average price of gas shows a steady rise.",
        "Gas prices are 20 cents above the national average.",
        "The team scored 3 points above its average in the polls.",
    ],
)
def test_an_average_of_anything_else_is_the_writers_figure(text: str) -> None:
    assert reported(text) == []


def test_a_poll_set_off_with_its_dates_still_opens_its_findings() -> None:
    text = (
        "In the latest Gallup poll, taken June 2-4, 52 percent of registered voters approve of "
        "the governor."
    )
    assert reported(text, "cue", "content") == [
        ("In", ["52 percent of registered voters approve of the governor"])
    ]
    assert reported("In the spring, taken with the team, he rested.") == []
