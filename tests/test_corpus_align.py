"""Claim alignment: labels on made-up sentence pairs, voices, and independence of copied text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from corpus_articles import article
from sourcetrace.corpus import event_of
from sourcetrace.corpus.align import align_event
from sourcetrace.corpus.records import ClaimLink, LinkLabel
from sourcetrace.model import OWN_VOICE, Analysis, SourceKind

ORG = SourceKind.ORGANIZATION

DAY = date(2021, 3, 6)


def only_link(
    left: str,
    right: str,
    left_marks: dict[str, Any] | None = None,
    right_marks: dict[str, Any] | None = None,
) -> ClaimLink:
    """The one link between two one-sentence articles; marks are ``article()`` keywords."""
    a = article(left, outlet="Ledger", published=DAY, **(left_marks or {}))
    b = article(right, outlet="Courier", published=DAY, **(right_marks or {}))
    links, _ = align_event([a, b])
    assert len(links) == 1, [(k.label, k.left.text, k.right.text) for k in links]
    return links[0]


def test_same_fact_corroborates() -> None:
    link = only_link(
        "The Springfield city council approved the new school budget on Tuesday night.",
        "On Tuesday night, Springfield's council approved a new budget for its schools.",
    )
    assert link.label is LinkLabel.CORROBORATES
    assert link.independent and link.shared is None
    assert link.left.text.startswith("The Springfield city council")


def test_different_date_conflicts() -> None:
    left = "The Springfield city council approved the new school budget on March 3."
    right = "The Springfield city council approved the new school budget on March 5."
    link = only_link(
        left,
        right,
        left_marks={"dates": {"March 3": "2021-03-03"}},
        right_marks={"dates": {"March 5": "2021-03-05"}},
    )
    assert link.label is LinkLabel.CONFLICTS
    assert [(c.kind, c.left, c.right) for c in link.conflicts] == [
        ("date", "2021-03-03", "2021-03-05")
    ]


def test_less_precise_date_agrees() -> None:
    link = only_link(
        "The Springfield city council approved the new school budget on March 3.",
        "The Springfield city council approved the new school budget in March.",
        left_marks={"dates": {"March 3": "2021-03-03"}},
        right_marks={"dates": {"March": "2021-03"}},
    )
    assert link.label is LinkLabel.CORROBORATES


def test_different_number_conflicts() -> None:
    link = only_link(
        "The storm destroyed 40 homes along the coast of Marlow County, officials said.",
        "Officials said the storm destroyed 55 homes along the Marlow County coast.",
    )
    assert link.label is LinkLabel.CONFLICTS
    conflicts = [(c.kind, c.left, c.right) for c in link.conflicts]
    assert conflicts == [("count", "40 homes", "55 homes")]


def test_different_place_conflicts() -> None:
    link = only_link(
        "The freighter ran aground near Dunmore harbor early on Sunday, the coast guard said.",
        "The freighter ran aground near Kelby harbor early on Sunday, the coast guard said.",
        left_marks={"entities": {"Dunmore": "GPE"}, "dates": {"Sunday": "2021-03-07"}},
        right_marks={"entities": {"Kelby": "GPE"}, "dates": {"Sunday": "2021-03-07"}},
    )
    assert link.label is LinkLabel.CONFLICTS
    assert [c.kind for c in link.conflicts] == ["place"]


def test_one_person_spelled_two_ways_agrees() -> None:
    link = only_link(
        "Gen. Qassem Soleimani was killed by a drone strike at Baghdad International Airport.",
        "A drone strike killed Gen. Qasem Soleimani at Baghdad International Airport.",
        left_marks={"entities": {"Qassem Soleimani": "PERSON"}},
        right_marks={"entities": {"Qasem Soleimani": "PERSON"}},
    )
    assert link.label is LinkLabel.CORROBORATES


def test_unrelated_sentences_are_not_linked() -> None:
    a = article("The orchestra will tour four European capitals next summer.", outlet="Ledger")
    b = article("Wheat prices fell sharply after the harvest report came out.", outlet="Courier")
    assert align_event([a, b]) == ((), ())


def test_voices_name_the_source_or_the_outlet() -> None:
    left = "Investigators found that the bridge collapsed because two steel cables snapped."
    right = "The bridge collapsed because two steel cables snapped, investigators found."
    a = article(
        "Ana Ruiz said the bridge collapsed because two steel cables snapped. " + left,
        outlet="Ledger",
        quotes={
            "the bridge collapsed because two steel cables snapped": (
                "Ana Ruiz",
                SourceKind.NAMED_PERSON,
            )
        },
    )
    b = article(right, outlet="Courier")
    links, _ = align_event([a, b])
    sides = {(k.left.sources[0].name, k.left.sources[0].kind) for k in links}
    assert ("Ana Ruiz", "named_person") in sides
    assert all(k.right.sources[0].kind == OWN_VOICE for k in links)
    assert all(k.right.sources[0].name == "Courier" for k in links)


COPIED = (
    "The agency said in a statement that the recall covers about 120,000 vehicles built between "
    "2018 and 2020 because a faulty sensor can disable the airbags without warning."
)


def test_copied_paragraph_is_one_voice() -> None:
    a = article("Carmaker Voltra is recalling cars. " + COPIED, outlet="Ledger")
    b = article(COPIED + " Owners will be notified by mail.", outlet="Courier")
    c = article(
        "Voltra's recall reaches about 120,000 vehicles: a faulty sensor in cars built from 2018 "
        "to 2020 can disable their airbags without warning, the agency said.",
        outlet="Tribune",
    )
    event = event_of([a, b, c])
    copied = [k for k in event.links if {k.left.article, k.right.article} == {a.id, b.id}]
    assert copied and all(not k.independent for k in copied)
    assert copied[0].shared is not None and copied[0].shared.words >= 25
    assert event.shared and event.shared[0].left.text in COPIED
    independent = [k for k in event.links if k.independent]
    assert {k.right.article for k in independent} == {c.id}
    # The copy counts once: corroborations come only from the pairs with the independent outlet.
    assert event.corroborations == sum(1 for k in independent if k.label is LinkLabel.CORROBORATES)
    assert event.corroborations < sum(1 for k in event.links if k.label is LinkLabel.CORROBORATES)


def test_names_in_aligned_sentences_are_no_conflict() -> None:
    # Two people, two places named in similar sentences fill no common slot of one fact.
    a = article(
        "Joseph R. Biden Jr. said Congress would hear the speech on March 3.",
        outlet="Ledger",
        entities={"Joseph R. Biden Jr.": "PERSON", "Congress": "ORG"},
    )
    b = article(
        "Benjamin Netanyahu will deliver the speech on Capitol Hill, aides said.",
        outlet="Courier",
        entities={"Benjamin Netanyahu": "PERSON", "Capitol Hill": "LOC"},
    )
    links, _ = align_event([a, b])
    assert all(k.label is not LinkLabel.CONFLICTS for k in links)


def test_counts_on_different_occasions_are_no_conflict() -> None:
    link = only_link(
        "Police arrested six protesters Wednesday outside the Ferguson police station.",
        "Police arrested 47 protesters overnight outside the Ferguson police station.",
        left_marks={"dates": {"Wednesday": "2021-03-03"}},
    )
    assert link.label is not LinkLabel.CONFLICTS


def test_event_dates_far_apart_are_two_occasions() -> None:
    link = only_link(
        "Netanyahu addressed Congress on March 3 about the nuclear talks with Iran.",
        "Netanyahu addressed Congress on May 24 about the peace talks with Iran.",
        left_marks={"dates": {"March 3": "2015-03-03"}, "entities": {"Netanyahu": "PERSON"}},
        right_marks={"dates": {"May 24": "2011-05-24"}, "entities": {"Netanyahu": "PERSON"}},
    )
    assert link.label is LinkLabel.RELATED and link.fact is None


def test_same_event_on_two_dates_conflicts_with_a_reason() -> None:
    link = only_link(
        "Netanyahu addressed Congress on March 3 about the nuclear talks with Iran.",
        "Netanyahu addressed Congress on March 4, warning against a deal with Iran.",
        left_marks={"dates": {"March 3": "2015-03-03"}, "entities": {"Netanyahu": "PERSON"}},
        right_marks={"dates": {"March 4": "2015-03-04"}, "entities": {"Netanyahu": "PERSON"}},
    )
    assert link.label is LinkLabel.CONFLICTS
    [conflict] = link.conflicts
    assert (conflict.kind, conflict.left, conflict.right) == ("date", "2015-03-03", "2015-03-04")
    assert link.fact is not None and link.fact.kind == "date"
    assert "Netanyahu address Congress" in conflict.reason


def test_role_stated_two_ways_corroborates() -> None:
    # An apposition on one side, a copula on the other: one fact about one person.
    link = only_link(
        "Gen. Raymond Odierno, the commander of the Third Army, visited the base on Friday.",
        "Raymond Odierno is the commander of the Third Army and will retire next year.",
        left_marks={"entities": {"Raymond Odierno": "PERSON", "Third Army": "ORG"}},
        right_marks={"entities": {"Raymond Odierno": "PERSON", "Third Army": "ORG"}},
    )
    assert link.label is LinkLabel.CORROBORATES
    assert link.fact is not None and link.fact.kind == "role"
    assert link.fact.slot == "Raymond Odierno: leader of Third Army"


def test_different_ranks_of_one_person_conflict() -> None:
    link = only_link(
        "Lt. Gen. Mark Hertling toured the flooded base near Fort Hood on Monday.",
        "Maj. Gen. Mark Hertling toured the base near Fort Hood after the flood on Monday.",
        left_marks={"entities": {"Mark Hertling": "PERSON"}},
        right_marks={"entities": {"Mark Hertling": "PERSON"}},
    )
    assert link.label is LinkLabel.CONFLICTS
    assert [(c.kind, c.left, c.right) for c in link.conflicts] == [
        ("rank", "lieutenant general", "major general")
    ]


def _quoting(text: str, content: str, outlet: str) -> Analysis:
    """An article quoting Ana Ruiz, its source linked to her entity."""
    a = article(
        text,
        outlet=outlet,
        entities={"Ana Ruiz": "PERSON"},
        quotes={content: ("Ana Ruiz", SourceKind.NAMED_PERSON)},
    )
    return replace(a, sources=tuple(replace(s, entity="e1") for s in a.sources))


def test_one_speaker_saying_the_same_corroborates() -> None:
    said = "the new bridge will open to traffic before the winter storms"
    a = _quoting(f"“Mark my words: {said},” Ana Ruiz said.", said, "Ledger")
    b = _quoting(f"Ana Ruiz said {said} arrive.", said, "Courier")
    [link] = align_event([a, b])[0]
    assert link.label is LinkLabel.CORROBORATES
    assert link.fact is not None and link.fact.slot == "Ana Ruiz: said"


def test_one_speaker_saying_other_things_does_not() -> None:
    a = _quoting(
        "“The bridge will open before winter,” Ana Ruiz said.", "The bridge will open", "Ledger"
    )
    b = _quoting(
        "Ana Ruiz said the toll booths on the old road will close in spring.",
        "the toll booths on the old road will close in spring",
        "Courier",
    )
    assert all(k.label is not LinkLabel.CORROBORATES for k in align_event([a, b])[0])


def _leading(year: str) -> dict[str, Any]:
    return {"dates": {year: year}, "entities": {"Lia Moss": "PERSON", "Harbor Trust": "ORG"}}


def test_state_begun_in_two_years_conflicts() -> None:
    link = only_link(
        "Lia Moss has led the Harbor Trust since 2002, and rivals want her out.",
        "Lia Moss has led the Harbor Trust since 2003, longer than anyone.",
        _leading("2002"),
        _leading("2003"),
    )
    assert link.label is LinkLabel.CONFLICTS
    [conflict] = link.conflicts
    assert (conflict.kind, conflict.left, conflict.right) == ("date", "2002", "2003")
    assert "began" in conflict.reason


def test_years_without_since_are_two_occasions() -> None:
    link = only_link(
        "Lia Moss led the Harbor Trust in 2002, and rivals wanted her out.",
        "Lia Moss has led the Harbor Trust since 2003, longer than anyone.",
        _leading("2002"),
        _leading("2003"),
    )
    assert link.label is not LinkLabel.CONFLICTS


def test_named_source_without_an_entity_saying_the_same_corroborates() -> None:
    said = "the harbor will stay closed to tankers all summer"
    a = article(f"“{said},” Mr. Bell told reporters.", quotes={said: ("Mr. Bell", ORG)})
    b = article(f"“{said},” Bell said.", quotes={said: ("Bell", ORG)})
    [link] = align_event([a, b])[0]
    assert link.label is LinkLabel.CORROBORATES
    assert link.fact is not None and link.fact.slot == "Mr. Bell: said"


def test_two_named_sources_saying_the_same_do_not_corroborate() -> None:
    said = "the harbor will stay closed to tankers all summer"
    a = article(f"“{said},” Mr. Bell told reporters.", quotes={said: ("Mr. Bell", ORG)})
    b = article(f"“{said},” Moss said.", quotes={said: ("Moss", ORG)})
    assert all(k.label is not LinkLabel.CORROBORATES for k in align_event([a, b])[0])


def test_each_sentence_of_a_long_quote_is_the_speaker_saying_it() -> None:
    said = "The toll booths will go. The bridge will open to traffic before the winter storms."
    a = _quoting(f"“{said}” Ana Ruiz said.", said, "Ledger")
    last = "the bridge will open to traffic before the winter storms"
    b = _quoting(f"Ana Ruiz said {last}.", last, "Courier")
    links = align_event([a, b])[0]
    assert [k.left.text for k in links if k.label is LinkLabel.CORROBORATES] == [
        "The bridge will open to traffic before the winter storms.”"
    ]


def _trust() -> dict[str, Any]:
    return {"entities": {"Harbor Trust": "ORG"}}


def test_done_on_one_side_and_denied_on_the_other_conflicts() -> None:
    link = only_link(
        "This is not a war the Harbor Trust funded or wanted to join, its critics admit.",
        "It was funded by the Harbor Trust under two mayors.",
        _trust(),
        _trust(),
    )
    assert link.label is LinkLabel.CONFLICTS
    [conflict] = link.conflicts
    assert (conflict.kind, conflict.left, conflict.right) == ("denial", "not fund", "fund")
    assert "did not" in conflict.reason


def test_denial_of_something_else_is_no_conflict() -> None:
    a = article("The Harbor Trust did not fund the new bridge.", outlet="Ledger", **_trust())
    b = article("The Harbor Trust funded the old ferry last year.", outlet="Courier", **_trust())
    assert all(k.label is not LinkLabel.CONFLICTS for k in align_event([a, b])[0])


def test_denial_by_an_unnamed_subject_is_no_conflict() -> None:
    a = article("The council did not approve it, as promised.", outlet="Ledger")
    b = article("It was approved by the council at midnight.", outlet="Courier")
    assert all(k.label is not LinkLabel.CONFLICTS for k in align_event([a, b])[0])
