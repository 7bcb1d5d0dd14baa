"""Criticism and expressive acts as a class (issue 10's recall on fresh text): the verbs of
criticism and praise spaCy lemmatizes oddly or the lexicon lacked ("lambasted", "extolled",
"excoriated", "congratulated X on Y"), bare-noun idioms of attack ("took issue with X", "took aim
at X", "took exception to X", "found fault with X"), expressive acts with a noun-phrase content
("offered prayers to X") and a statement's "that" clause with its owner; on short sentences
written for these tests, with the same words where they narrate and report nothing."""

from __future__ import annotations

import pytest

import attribution_support
from sourcetrace.methods import Method, extract_attributions
from sourcetrace.model import CueClass
from sourcetrace.nlp import load_pipeline


def reported(text: str) -> list[tuple[object, ...]]:
    """Each attribution's speaker, cue and content pieces."""
    return attribution_support.reported(text, "speaker", "cue", "content")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The unions have lambasted the retailers for their opposition to higher wages.",
            "have lambasted",
            "the retailers for their opposition to higher wages",
        ),
        ("The editorial board lambastes the governor.", "lambastes", "the governor"),
        ("Critics excoriated the new parking plan.", "excoriated", "the new parking plan"),
        ("The columnist pilloried the mayor.", "pilloried", "the mayor"),
        ("The judge upbraided the prosecutors.", "upbraided", "the prosecutors"),
        (
            "The chairman admonished members for leaking the report.",
            "admonished",
            "members for leaking the report",
        ),
        ("The bishop extolled the volunteers.", "extolled", "the volunteers"),
        ("Opponents belittled the proposal.", "belittled", "the proposal"),
        ("She congratulated the team on Monday.", "congratulated", "the team"),
        (
            "The president congratulated the mayor on her victory.",
            "congratulated",
            "the mayor on her victory",
        ),
    ],
)
def test_a_verb_of_criticism_reports_what_it_is_said_of(text: str, cue: str, content: str) -> None:
    assert [(c, w) for _, c, w in reported(text)] == [(cue, [content])]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The mayor takes issue with a new rule that limits parking downtown.",
            "takes issue with",
            "a new rule that limits parking downtown",
        ),
        (
            "The senator took aim at a provision that lets banks raise fees.",
            "took aim at",
            "a provision that lets banks raise fees",
        ),
        ("The senator took exception to the remarks.", "took exception to", "the remarks"),
        ("Auditors found fault with the accounting.", "found fault with", "the accounting"),
        ("The mayor aims an insult at the council.", "aims an insult at", "the council"),
        ("The senator hurled a barb at the governor.", "hurled a barb at", "the governor"),
    ],
)
def test_an_idiom_of_attack_reports_its_target(text: str, cue: str, content: str) -> None:
    assert [(c, w) for _, c, w in reported(text)] == [(cue, [content])]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Lawmakers offered their thoughts and prayers to the families of the victims.",
            "Lawmakers",
            "offered",
            "their thoughts and prayers to the families of the victims",
        ),
        (
            "The committee issued a deep and sincere apology to the senator on Monday.",
            "The committee",
            "issued",
            "a deep and sincere apology to the senator",
        ),
        (
            "The governor sent his condolences to the family.",
            "The governor",
            "sent",
            "his condolences to the family",
        ),
        (
            "The mayor offered “thoughts and prayers” to all those hurt in the fire, and left.",
            "The mayor",
            "offered",
            "“thoughts and prayers” to all those hurt in the fire",
        ),
    ],
)
def test_an_expressive_act_reports_its_noun_phrase(
    text: str, speaker: str, cue: str, content: str
) -> None:
    assert reported(text) == [(speaker, cue, [content])]


def test_a_statement_with_its_owner_reports_its_clause() -> None:
    found = extract_attributions(
        load_pipeline()("The actor's statement that the dinner raised too much money drew fire."),
        Method.RULES,
    )
    assert [(c.speaker.text if c.speaker else None, c.cue_class) for c in found] == [
        ("The actor", CueClass.WRITTEN)
    ]
    assert [s.text for s in found[0].content] == ["that the dinner raised too much money"]


@pytest.mark.parametrize(
    "text",
    [
        "The court took the issue to a full hearing.",
        "Auditors found no fault with the accounting.",
        "The statement that the roads were safe was wrong.",
        "She accepted the apology.",
        "He expressed his appreciation.",
        "The mayor issued new rules for parking.",
        "The mayor took the insult in stride.",
        "The ruling is an insult to the victims.",
    ],
)
def test_the_same_words_narrating_report_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # verbs of attack a speaker makes in words, with a name or someone's own thing
        ("The governor trashes Senator Bell.", "trashes", "Senator Bell"),
        ("The union whacked Governor Bell in a new ad.", "whacked", "Governor Bell"),
        ("The columnist skewered the mayor's budget.", "skewered", "the mayor's budget"),
        # their "for" or "as" says what was held against someone
        (
            "The senator has hit the governor for closing the clinics.",
            "has hit",
            "the governor for closing the clinics",
        ),
        (
            "The new ad hits Governor Bell for closing the clinics.",
            "hits",
            "Governor Bell for closing the clinics",
        ),
        (
            "The mayor trashed the stadium deal as a giveaway.",
            "trashed",
            "the stadium deal as a giveaway",
        ),
        # verbs only of words, whatever their object
        ("The minister rubbished the report.", "rubbished", "the report"),
        (
            "The memo faults the agency's handling of the outbreak.",
            "faults",
            "the agency's handling of the outbreak",
        ),
        ("The coach lamented the state of the league.", "lamented", "the state of the league"),
        ("She bemoans the cost of housing.", "bemoans", "the cost of housing"),
        ("The mayor has demonized the developers.", "has demonized", "the developers"),
        ("The governor touted the program's results.", "touted", "the program's results"),
        (
            "The senator has been pounding the governor as a fraud.",
            "has been pounding",
            "the governor as a fraud",
        ),
        # a thing hit only in words: a remark, a policy, an act
        ("The newspaper attacked the remark.", "attacked", "the remark"),
        ("Farm groups slammed the decision.", "slammed", "the decision"),
        ("The senator blasted the new trade agreement.", "blasted", "the new trade agreement"),
    ],
)
def test_an_attack_in_words_reports_its_target(text: str, cue: str, content: str) -> None:
    assert [(c, w) for _, c, w in reported(text)] == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit the coast on Monday.",
        "The new phone hit the market this year as the cheapest model.",
        "The scandal hit the company hard.",
        "A truck hit the cyclist on Main Street.",
        "Militants attacked the base.",
        "She slammed the door.",
        "The band trashed the hotel room.",
        "He whacked the ball over the fence.",
        "The cook skewered the shrimp.",
        "The speaker pounded the table for emphasis.",
        # a thing that is no document strikes with no word
        "The fine hit the bank for its role in the scandal.",
        "The recession hammered the region for its reliance on coal.",
        "The virus attacks the immune system.",
        # a verb of attack takes no clause, not even one the parse broke apart
        "City Herald hit piece exploits Trump supporter who was in a hospital.",
    ],
)
def test_a_blow_reports_nothing(text: str) -> None:
    assert reported(text) == []
