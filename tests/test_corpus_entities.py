"""Entities clustered across articles, and the outlet profiles counting sources through them."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from corpus_articles import article
from sourcetrace.corpus import compare
from sourcetrace.corpus.entities import DOMINANCE, by_member, corpus_entities, offices
from sourcetrace.corpus.profiles import outlet_profiles
from sourcetrace.corpus.records import CorpusEntity, EntityRef
from sourcetrace.model import Analysis, Article, SourceKind, TextSpan
from sourcetrace.pipeline import analyze_many


def named(entities: tuple[CorpusEntity, ...], name: str) -> CorpusEntity:
    return next(e for e in entities if name in e.names)


def members(entities: tuple[CorpusEntity, ...], name: str) -> set[str]:
    """The spellings clustered with ``name``."""
    return set(named(entities, name).names)


def test_spelling_variants_across_articles_are_one_entity() -> None:
    a = article("Qassem Soleimani was killed in Baghdad.", entities={"Qassem Soleimani": "PERSON"})
    b = article("Qasem Soleimani led the Quds Force.", entities={"Qasem Soleimani": "PERSON"})
    (entity,) = corpus_entities([a, b])
    assert entity.members == (EntityRef(a.id, "e1"), EntityRef(b.id, "e1"))
    assert entity.articles == 2 and entity.mentions == 2
    assert entity.id == "E1" and entity.label == "PERSON"


def test_surname_joins_the_one_full_name_that_fits() -> None:
    a = article("Obama spoke on Monday.", entities={"Obama": "PERSON"})
    b = article("Barack Obama spoke on Tuesday.", entities={"Barack Obama": "PERSON"})
    c = article("Obama spoke again on Wednesday.", entities={"Obama": "PERSON"})
    (entity,) = corpus_entities([a, b, c])
    # The fullest spelling names it, though "Obama" is more frequent.
    assert entity.name == "Barack Obama"
    assert entity.names == ("Obama", "Barack Obama")
    assert [m.article for m in entity.members] == [a.id, b.id, c.id]


def test_two_clintons_stay_apart_and_the_bare_surname_joins_neither() -> None:
    a = article("Bill Clinton campaigned.", entities={"Bill Clinton": "PERSON"})
    b = article("Hillary Clinton campaigned.", entities={"Hillary Clinton": "PERSON"})
    c = article("Clinton campaigned.", entities={"Clinton": "PERSON"})
    d = article("Hillary Rodham Clinton won.", entities={"Hillary Rodham Clinton": "PERSON"})
    found = corpus_entities([a, b, c, d])
    assert members(found, "Bill Clinton") == {"Bill Clinton"}
    assert members(found, "Hillary Clinton") == {"Hillary Clinton", "Hillary Rodham Clinton"}
    assert named(found, "Hillary Clinton").name == "Hillary Rodham Clinton"
    assert members(found, "Clinton") == {"Clinton"}
    assert len(found) == 3


def with_titles(analysis: Analysis, *titles: str) -> Analysis:
    """``analysis`` with ``titles`` written before its one entity."""
    (entity,) = analysis.entities
    return dataclasses.replace(analysis, entities=(dataclasses.replace(entity, titles=titles),))


def test_a_surname_joins_the_one_full_name_written_with_its_office() -> None:
    bill = with_titles(
        article("Former President Bill Clinton spoke.", entities={"Bill Clinton": "PERSON"}),
        "Former President",
    )
    hillary = with_titles(
        article("Secretary of State Hillary Clinton flew.", entities={"Hillary Clinton": "PERSON"}),
        "Secretary of State",
    )
    office = with_titles(
        article("Secretary of State Clinton was warned.", entities={"Clinton": "PERSON"}),
        "former Secretary of State",
    )
    president = with_titles(
        article("President Clinton signed it.", entities={"Clinton": "PERSON"}), "President"
    )
    courtesy = with_titles(
        article("Mrs. Clinton declined.", entities={"Clinton": "PERSON"}), "Mrs."
    )
    found = corpus_entities([bill, hillary, office, president, courtesy])
    assert [m.article for m in named(found, "Hillary Clinton").members] == [hillary.id, office.id]
    assert [m.article for m in named(found, "Bill Clinton").members] == [bill.id, president.id]
    # "Mrs." tells no office: still either Clinton.
    (alone,) = (e for e in found if e.name == "Clinton")
    assert [m.article for m in alone.members] == [courtesy.id]


def test_an_office_both_full_names_are_written_with_settles_nothing() -> None:
    one = with_titles(article("Sen. Ann Reed spoke.", entities={"Ann Reed": "PERSON"}), "Sen.")
    two = with_titles(article("Sen. Jack Reed voted.", entities={"Jack Reed": "PERSON"}), "Sen.")
    bare = with_titles(article("Sen. Reed objected.", entities={"Reed": "PERSON"}), "Sen.")
    found = corpus_entities([one, two, bare])
    assert members(found, "Reed") == {"Reed"}


def test_offices_leave_out_former_and_courtesy_titles() -> None:
    titles = ("Former Secretary of State", "Mrs.", "late Sen.", "Rev.", "Mr")
    assert offices(titles) == {"secretary of state", "sen", "rev"}


def test_a_diminutive_joins_the_full_name_with_the_same_surname() -> None:
    a = article("William J. Clinton signed it.", entities={"William J. Clinton": "PERSON"})
    b = article("Bill Clinton spoke.", entities={"Bill Clinton": "PERSON"})
    c = article("Hillary Clinton spoke.", entities={"Hillary Clinton": "PERSON"})
    found = corpus_entities([a, b, c])
    assert members(found, "William J. Clinton") == {"William J. Clinton", "Bill Clinton"}
    assert members(found, "Hillary Clinton") == {"Hillary Clinton"}


def _nicknamed(text: str, name: str, forms: tuple[str, ...]) -> Analysis:
    """An article whose one person ``name`` is also written as each of ``forms``."""
    analysis = article(text, entities={name: "PERSON"})
    (entity,) = analysis.entities
    spans = [TextSpan.of(text, text.index(f), text.index(f) + len(f)) for f in forms]
    return dataclasses.replace(
        analysis, entities=(dataclasses.replace(entity, mentions=(*entity.mentions, *spans)),)
    )


def test_a_nickname_one_article_ties_to_a_name_joins_it_in_another() -> None:
    a = _nicknamed("Margaret Collins, known as Peggy, won.", "Margaret Collins", ("Peggy",))
    b = article("Peggy thanked her voters.", entities={"Peggy": "PERSON"})
    c = article("Peggy Lane sang.", entities={"Peggy Lane": "PERSON"})
    found = corpus_entities([a, b, c])
    assert members(found, "Margaret Collins") == {"Margaret Collins", "Peggy"}
    assert members(found, "Peggy Lane") == {"Peggy Lane"}


def test_a_nickname_no_article_ties_to_a_name_stays_apart() -> None:
    a = article("Margaret Collins won.", entities={"Margaret Collins": "PERSON"})
    b = article("Peggy thanked her voters.", entities={"Peggy": "PERSON"})
    assert len(corpus_entities([a, b])) == 2


def test_a_surname_tagged_as_an_organization_is_the_person_its_event_names() -> None:
    a = article("Governor appoints William Cowan.", entities={"William Cowan": "PERSON"})
    b = article("Cowan will serve until June.", entities={"Cowan": "ORG"})
    c = article("Jonathan Cowan disagreed.", entities={"Jonathan Cowan": "PERSON"})
    found = corpus_entities([a, b, c], [[0, 1], [2]])
    assert members(found, "William Cowan") == {"William Cowan", "Cowan"}
    assert named(found, "William Cowan").label == "PERSON"


def test_an_organization_named_elsewhere_stays_one_beside_a_mistagged_person() -> None:
    a = article("The Obama White House said no.", entities={"Obama White House": "PERSON"})
    b = article("The House voted.", entities={"House": "ORG"})
    c = article("The House adjourned.", entities={"House": "ORG"})
    found = corpus_entities([a, b, c], [[0, 1], [2]])
    assert named(found, "House").label == "ORG"
    assert members(found, "House") == {"House"}


def test_an_ambiguous_surname_joins_the_one_full_name_its_event_names() -> None:
    a = article("Bill Clinton campaigned.", entities={"Bill Clinton": "PERSON"})
    b = article("Hillary Clinton debated.", entities={"Hillary Clinton": "PERSON"})
    c = article("Clinton debated well.", entities={"Clinton": "PERSON"})
    d = article("Clinton campaigned hard.", entities={"Clinton": "PERSON"})
    found = corpus_entities([a, b, c, d], events=[[0, 3], [1, 2]])
    assert members(found, "Hillary Clinton") == {"Hillary Clinton", "Clinton"}
    assert [m.article for m in named(found, "Bill Clinton").members] == [a.id, d.id]


def test_an_ambiguous_surname_joins_a_full_name_in_ten_times_the_articles() -> None:
    barack = [
        article(f"Barack Obama spoke on day {i}.", entities={"Barack Obama": "PERSON"})
        for i in range(DOMINANCE)
    ]
    sasha = article("Sasha Obama went to school.", entities={"Sasha Obama": "PERSON"})
    bare = article("Obama spoke.", entities={"Obama": "PERSON"})
    found = corpus_entities([*barack, sasha, bare])
    assert members(found, "Obama") == {"Obama", "Barack Obama"}
    # One article fewer and Barack is no longer ten times Sasha: "Obama" stays apart.
    assert members(corpus_entities([*barack[1:], sasha, bare]), "Obama") == {"Obama"}


def test_one_word_names_differ_only_by_a_plural() -> None:
    a = article("Democrats met at the State.", entities={"Democrats": "NORP", "State": "ORG"})
    b = article("A Democrat wrote for Slate.", entities={"Democrat": "NORP", "Slate": "ORG"})
    found = corpus_entities([a, b])
    assert members(found, "Democrat") == {"Democrats", "Democrat"}
    assert members(found, "Slate") == {"Slate"}


def test_acronyms_join_their_expansion() -> None:
    a = article(
        "The Central Intelligence Agency and the Joint Special Operations Command planned it.",
        entities={"Central Intelligence Agency": "ORG", "Joint Special Operations Command": "ORG"},
    )
    b = article("The CIA said JSOC did it.", entities={"CIA": "ORG", "JSOC": "ORG"})
    found = corpus_entities([a, b])
    assert members(found, "CIA") == {"CIA", "Central Intelligence Agency"}
    assert members(found, "JSOC") == {"JSOC", "Joint Special Operations Command"}
    assert named(found, "CIA").name == "Central Intelligence Agency"


def test_an_acronym_two_expansions_fit_joins_neither() -> None:
    a = article("The United Nations met.", entities={"United Nations": "ORG"})
    b = article("The University of Nebraska met.", entities={"University of Nebraska": "ORG"})
    c = article("The UN met.", entities={"UN": "ORG"})
    assert members(corpus_entities([a, b, c]), "UN") == {"UN"}


def test_label_families() -> None:
    a = article("Washington said the U.S. would act.", entities={"U.S.": "GPE"})
    b = article(
        "The United States and George Washington.",
        entities={"United States": "LOC", "George Washington": "PERSON"},
    )
    c = article("Washington wept.", entities={"Washington": "GPE"})
    found = corpus_entities([a, b, c])
    # GPE and LOC are one family: "U.S." is "United States".
    assert members(found, "U.S.") == {"U.S.", "United States"}
    # A place never joins a person.
    assert members(found, "Washington") == {"Washington"}
    assert members(found, "George Washington") == {"George Washington"}


def test_ids_follow_first_appearance_and_output_is_deterministic() -> None:
    a = article(
        "Mosul fell while Nouri al-Maliki watched.",
        entities={"Mosul": "GPE", "Nouri al-Maliki": "PERSON"},
    )
    b = article("Maliki denied it in Mosul.", entities={"Maliki": "PERSON", "Mosul": "GPE"})
    first = corpus_entities([a, b])
    assert [(e.id, e.name) for e in first] == [("E1", "Mosul"), ("E2", "Nouri al-Maliki")]
    assert corpus_entities([a, b]) == first
    assert by_member(first)[EntityRef(b.id, "e1")].id == "E2"


def test_profiles_count_a_source_through_its_corpus_entity() -> None:
    one = article(
        "Obama said the deal holds. A senior official said it was close.",
        outlet="Ledger",
        entities={"Obama": "PERSON"},
        quotes={
            "the deal holds": ("Obama", SourceKind.NAMED_PERSON),
            "it was close": ("A senior official", SourceKind.ANONYMOUS_PERSON),
        },
    )
    two = article(
        "Barack Obama said talks go on. A senior official said no.",
        outlet="Ledger",
        entities={"Barack Obama": "PERSON"},
        quotes={
            "talks go on": ("Barack Obama", SourceKind.NAMED_PERSON),
            "no": ("A senior official", SourceKind.ANONYMOUS_PERSON),
        },
    )
    linked = [link_first_source(one), link_first_source(two)]
    (profile,) = outlet_profiles(linked, by_member(corpus_entities(linked)))
    assert profile.top_sources == (("Barack Obama", 2),)
    # Without the corpus entities each article's spelling counts apart.
    (apart,) = outlet_profiles(linked)
    assert dict(apart.top_sources) == {"Obama": 1, "Barack Obama": 1}
    comparison = compare(linked, align=False)
    assert comparison.outlets == (profile,)
    assert [e["name"] for e in comparison.to_dict()["corpus_entities"]] == ["Barack Obama"]


def link_first_source(analysis: Analysis) -> Analysis:
    """The article with its first source linked to its first entity, as the sources stage does."""
    first, *rest = analysis.sources
    linked = dataclasses.replace(first, entity=analysis.entities[0].id)
    return dataclasses.replace(analysis, sources=(linked, *rest))


def test_soleimani_seeds_share_one_corpus_entity(yahoo_seed: Path, sofrep_seed: Path) -> None:
    articles = [
        Article(yahoo_seed.read_text(encoding="utf-8"), outlet="Yahoo News"),
        Article(
            sofrep_seed.read_text(encoding="utf-8"), outlet="SOFREP", published=date(2020, 1, 3)
        ),
    ]
    yahoo, sofrep = analyze_many(articles)
    found = corpus_entities([yahoo, sofrep])
    soleimani = named(found, "Qassem Soleimani")
    assert "Qasem Soleimani" in soleimani.names
    assert {m.article for m in soleimani.members} == {yahoo.id, sofrep.id}
    assert soleimani.label == "PERSON"
