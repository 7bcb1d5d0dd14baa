"""Facts read from the parse: roles from appositions, possessives, copulas and ranks; events with
their arguments, dates and places; and what is no event."""

from __future__ import annotations

from corpus_articles import article
from sourcetrace.corpus.facts import EventFact, Fact, RoleFact, article_facts
from sourcetrace.corpus.units import paragraphs, voices
from sourcetrace.model import OWN_VOICE, Analysis, Entity, Voice
from sourcetrace.pipeline import analyze


def facts_of(analysis: Analysis) -> tuple[Fact, ...]:
    def key(_: str, entity: Entity) -> str:
        return entity.name

    [found] = article_facts([analysis], [paragraphs(analysis)], key)
    return found


def roles(analysis: Analysis) -> set[tuple[str, str, str | None]]:
    return {
        (f.holder.key, f.role, f.affiliation.key if f.affiliation else None)
        for f in facts_of(analysis)
        if isinstance(f, RoleFact)
    }


def events(analysis: Analysis) -> list[EventFact]:
    return [f for f in facts_of(analysis) if isinstance(f, EventFact)]


def test_roles_from_apposition_possessive_and_copula() -> None:
    text = (
        "Lt. Gen. Ana Ruiz, the head of the Northern Command, visited Dunmore. "
        "The Northern Command's spokesman Tom Bell declined comment. "
        "Lia Moss is the director of the Harbor Trust."
    )
    names = ["Ana Ruiz", "Northern Command", "Tom Bell", "Lia Moss", "Harbor Trust"]
    labels = {n: "ORG" if n in ("Northern Command", "Harbor Trust") else "PERSON" for n in names}
    assert roles(article(text, entities=labels)) >= {
        ("Ana Ruiz", "lieutenant general", None),
        ("Ana Ruiz", "leader", "Northern Command"),
        ("Tom Bell", "spokesman", "Northern Command"),
        ("Lia Moss", "director", "Harbor Trust"),
    }


def test_event_with_passive_agent_date_and_place() -> None:
    text = "In Kelby on Monday, the mayor of Dunmore was sued by Harbor Trust."
    analysis = article(
        text,
        entities={"Dunmore": "GPE", "Harbor Trust": "ORG", "Kelby": "GPE"},
        dates={"Monday": "2021-03-01"},
    )
    [sue] = events(analysis)
    assert (sue.verb, sue.date) == ("sue", "2021-03-01")
    assert sue.subject is not None and sue.subject.key == "Harbor Trust"
    assert sue.object is not None and sue.object.key == "n:mayor"
    assert sue.place is not None and sue.place.key == "Kelby"


def test_doubts_and_infinitives_are_no_events_and_a_denial_is_marked() -> None:
    text = (
        "The council did not approve the budget. "
        "Nobody knows whether the council approved the plan. "
        "The council was reluctant to approve the levy."
    )
    approved = [e for e in events(article(text)) if e.verb == "approve"]
    assert [(e.object.key if e.object else None, e.denied) for e in approved] == [
        ("n:budget", True)
    ]


def test_a_belief_leaves_a_sentence_in_the_outlets_voice() -> None:
    text = "On Jan. 3, the general was under the impression that the old rules still held.\n"
    analysis = analyze(text, outlet="Daily Wire")
    (belief,) = analysis.attributions
    assert not belief.is_claim
    assert voices(analysis, 0, len(text)) == (Voice("Daily Wire", OWN_VOICE),)


def test_denial_of_the_clause_a_relative_clause_hangs_from_denies_it() -> None:
    text = (
        "This is not a war the council approved. "
        "The council did not meet in March and approved nothing."
    )
    assert all(e.denied for e in events(article(text)) if e.verb == "approve")


def test_asserted_relative_clause_is_an_event() -> None:
    found = events(article("This is a budget the council approved."))
    assert [(e.verb, e.denied) for e in found] == [("approve", False)]


def test_since_marks_when_a_state_began() -> None:
    text = "Lia Moss has led the Harbor Trust since 2002. Tom Bell joined the Harbor Trust in 2004."
    analysis = article(
        text,
        entities={"Lia Moss": "PERSON", "Harbor Trust": "ORG", "Tom Bell": "PERSON"},
        dates={"2002": "2002", "2004": "2004"},
    )
    dated = {e.verb: (e.date, e.since) for e in events(analysis)}
    assert dated == {"lead": ("2002", True), "join": ("2004", False)}


def test_attorney_and_lawyer_are_one_role() -> None:
    text = "Tom Bell, the attorney for Lia Moss, spoke. Ana Ruiz is the lawyer of Lia Moss."
    names = {"Tom Bell": "PERSON", "Lia Moss": "PERSON", "Ana Ruiz": "PERSON"}
    assert {(h, r) for h, r, _ in roles(article(text, entities=names))} >= {
        ("Tom Bell", "lawyer"),
        ("Ana Ruiz", "lawyer"),
    }


def test_reporting_verbs_are_no_events() -> None:
    text = "Lia Moss claimed victory. Tom Bell argued the point. Ana Ruiz stated her case."
    names = {"Lia Moss": "PERSON", "Tom Bell": "PERSON", "Ana Ruiz": "PERSON"}
    assert events(article(text, entities=names)) == []
