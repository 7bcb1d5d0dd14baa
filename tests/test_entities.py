"""Entities of one article: one per real thing, every mention, canonical names; source links."""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Span

from photo_captions import captions_of
from sourcetrace.entities import extract_entities, link_sources
from sourcetrace.entities.mentions import ner_mentions
from sourcetrace.model import Boilerplate, BoilerplateLabel, Entity, Source, SourceKind, TextSpan
from sourcetrace.nlp import load_pipeline, mask


def entities_of(text: str, boilerplate: tuple[Boilerplate, ...] = ()) -> tuple[Entity, ...]:
    return extract_entities(load_pipeline()(mask(text, boilerplate)), text, boilerplate)


def outside(boilerplate: tuple[Boilerplate, ...], label: BoilerplateLabel, start: int) -> bool:
    return not any(b.start <= start < b.end for b in boilerplate if b.label is label)


def entity_named(entities: tuple[Entity, ...], name: str) -> Entity:
    found = [e for e in entities if e.name == name]
    assert len(found) == 1, [(e.name, e.label) for e in entities]
    return found[0]


def holding(entities: tuple[Entity, ...], start: int) -> list[Entity]:
    """The entities with a mention covering offset ``start``."""
    return [e for e in entities if any(m.start <= start < m.end for m in e.mentions)]


def test_spelling_variants_titles_and_surnames_are_one_person() -> None:
    text = (
        "Maj. Gen. Qassem Soleimani led the Quds Force for two decades. "
        "American officials had tracked Gen. Qasem Soleimani for years. "
        "Soleimani's convoy left the airport at night, and Soleimani died in the strike."
    )
    entities = entities_of(text)
    soleimani = entity_named(entities, "Qassem Soleimani")
    assert soleimani.label == "PERSON"
    assert {m.text for m in soleimani.mentions} == {
        "Qassem Soleimani",
        "Qasem Soleimani",
        "Soleimani",
    }
    assert len(soleimani.mentions) == 4
    assert {"Maj. Gen.", "Gen."} <= set(soleimani.titles)
    for m in re.finditer("Soleimani", text):
        assert holding(entities, m.start()) == [soleimani]


def test_mentions_round_trip_into_the_text() -> None:
    text = "Army Lt. Gen. Stanley McChrystal commanded the task force. McChrystal's orders stood."
    entities = entities_of(text)
    for entity in entities:
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text
    mcchrystal = entity_named(entities, "Stanley McChrystal")
    assert mcchrystal.titles == ("Army Lt. Gen.",)
    assert [m.text for m in mcchrystal.mentions] == ["Stanley McChrystal", "McChrystal"]
    assert not any(e.name.startswith("Army") for e in entities)  # the title is no organization


def test_acronym_defined_in_parentheses_joins_its_expansion() -> None:
    text = (
        "Back in 2010 the Joint Special Operations Command (JSOC) was tearing apart the "
        "insurgency. Officers from JSOC met in Baghdad, and JSOC kept its distance."
    )
    entities = entities_of(text)
    jsoc = entity_named(entities, "Joint Special Operations Command")
    assert [m.text for m in jsoc.mentions] == [
        "Joint Special Operations Command",
        "JSOC",
        "JSOC",
        "JSOC",
    ]


def test_similar_acronyms_and_names_stay_apart() -> None:
    text = (
        "The Quds Force is a rough equivalent of the Special Operations Command (SOCOM). "
        "In 2010 the Joint Special Operations Command (JSOC) was busy in Iraq, not in Iran."
    )
    entities = entities_of(text)
    socom = entity_named(entities, "Special Operations Command")
    jsoc = entity_named(entities, "Joint Special Operations Command")
    assert {m.text for m in socom.mentions} == {"Special Operations Command", "SOCOM"}
    assert {m.text for m in jsoc.mentions} == {"Joint Special Operations Command", "JSOC"}
    assert entity_named(entities, "Iraq") != entity_named(entities, "Iran")


def test_shared_surname_goes_to_the_person_named_last() -> None:
    text = (
        "George W. Bush met the troops in 2003. Bush spoke briefly. Years earlier, George H. W. "
        "Bush had led another war. Bush was proud of his son."
    )
    entities = entities_of(text)
    people = [e for e in entities if e.label == "PERSON"]
    sons = [e for e in people if e.name == "George W. Bush"]
    fathers = [e for e in people if "H." in e.name]
    assert len(sons) == 1 and len(fathers) == 1
    first_bush, last_bush = text.index("Bush spoke"), text.index("Bush was")
    assert holding(entities, first_bush) == sons
    assert holding(entities, last_bush) == fathers


def test_ids_follow_first_mentions() -> None:
    entities = entities_of("Angela Merkel met Emmanuel Macron in Berlin. Merkel spoke first.")
    assert [e.id for e in entities] == [f"e{i}" for i in range(1, len(entities) + 1)]
    firsts = [e.mentions[0].start for e in entities]
    assert firsts == sorted(firsts)


def _source(sid: str, name: str, kind: SourceKind, mentions: tuple[TextSpan, ...] = ()) -> Source:
    return Source(sid, name, kind, None, mentions)


def test_link_sources_by_span_and_by_name() -> None:
    text = (
        "Iraqi politician Ahmed Chalabi helped them, said John Maguire, a former CIA official. "
        "The CIA declined to comment, and a former official said nothing."
    )
    entities = entities_of(text)
    maguire = entity_named(entities, "John Maguire")
    cia = entity_named(entities, "CIA")
    start = text.index("John Maguire")
    sources = (
        _source(
            "s1",
            "John Maguire",
            SourceKind.NAMED_PERSON,
            (TextSpan(start, start + 12, "John Maguire"),),
        ),
        _source("s2", "Maguire", SourceKind.NAMED_PERSON),  # no spans: by name
        _source("s3", "Central Intelligence Agency", SourceKind.ORGANIZATION),
        _source("s4", "a former official", SourceKind.ANONYMOUS_PERSON),
        _source("s5", "Douglas London", SourceKind.NAMED_PERSON),  # not in the text
    )
    linked = link_sources(sources, entities)
    assert [s.entity for s in linked] == [maguire.id, maguire.id, cia.id, None, None]
    assert [s.id for s in linked] == ["s1", "s2", "s3", "s4", "s5"]


def test_names_are_found_in_captions_the_parse_never_saw() -> None:
    text = (
        "Gen. Qassem Soleimani led the Quds Force for two decades.\n"
        "Maj. Gen. Qassem Soleimani in 2005. (Photo: Sipa)\n"
        "Maj. Gen. Qassem Soleimani in 2005. (Photo: Sipa)\n"
        "Soleimani was killed in Baghdad.\n"
    )
    boilerplate = captions_of(text)
    soleimani = entity_named(entities_of(text, boilerplate), "Qassem Soleimani")
    caption, duplicate = (b.start for b in boilerplate)
    starts = [m.start for m in soleimani.mentions]
    assert caption + len("Maj. Gen. ") in starts
    assert not any(duplicate <= s for s in starts[:-1])  # the duplicate is not counted twice
    assert soleimani.titles == ("Gen.", "Maj. Gen.")


def test_seed_yahoo_soleimani_and_mcchrystal(yahoo_seed: Path) -> None:
    text = yahoo_seed.read_text(encoding="utf-8")
    boilerplate = captions_of(text)
    entities = entities_of(text, boilerplate)
    soleimani = entity_named(entities, "Qassem Soleimani")
    assert {m.text for m in soleimani.mentions} == {"Qassem Soleimani", "Soleimani"}
    assert "Gen." in soleimani.titles and "Maj. Gen." in soleimani.titles  # Maj.: a caption
    for m in re.finditer("Soleimani", text):  # possessives and captions included
        if outside(boilerplate, BoilerplateLabel.CAPTION_DUPLICATE, m.start()):
            assert holding(entities, m.start()) == [soleimani], text[m.start() - 40 : m.end()]
    mcchrystal = entity_named(entities, "Stanley McChrystal")
    assert "Army Lt. Gen." in mcchrystal.titles
    assert holding(entities, text.index("McChrystal, the former JSOC")) == [mcchrystal]
    jsoc = entity_named(entities, "Joint Special Operations Command")
    assert holding(entities, text.index("JSOC from 2014")) == [jsoc]


def test_seed_sofrep_soleimani(sofrep_seed: Path) -> None:
    text = sofrep_seed.read_text(encoding="utf-8")
    entities = entities_of(text)
    soleimani = entity_named(entities, "Qasem Soleimani")
    assert {m.text for m in soleimani.mentions} == {"Qasem Soleimani", "Soleimani"}
    assert soleimani.titles == ("Major General",)
    for m in re.finditer("Soleimani", text):
        assert holding(entities, m.start()) == [soleimani]
    socom = entity_named(entities, "Special Operations Command")
    jsoc = entity_named(entities, "Joint Special Operations Command")
    assert socom != jsoc


def test_a_shared_surname_does_not_link_the_wrong_person() -> None:
    text = (
        "Bill Clinton spoke first. Hillary Clinton spoke later, and Clinton said he was proud. "
        "The Clinton team declined to comment."
    )
    entities = entities_of(text)
    hillary = entity_named(entities, "Hillary Clinton")
    bill = entity_named(entities, "Bill Clinton")
    said = text.index("Clinton said")  # Hillary's by the text's order; "he" says Bill's
    assert holding(entities, said) == [hillary]
    team = text.index("Clinton team")
    sources = (
        _source("s1", "Bill Clinton", SourceKind.NAMED_PERSON,
                (TextSpan(said, said + 7, "Clinton"),)),
        _source("s2", "Clinton team", SourceKind.ORGANIZATION,
                (TextSpan(team, team + 12, "Clinton team"),)),
    )  # fmt: skip
    linked = link_sources(sources, entities)
    assert linked[0].entity == bill.id != hillary.id
    assert linked[1].entity is None  # its head word, "team", is no mention of a name


def test_initials_and_plural_spellings_join() -> None:
    text = (
        "The United States sent more troops. U.S. officials said the Revolutionary Guards "
        "were on alert, and a Revolutionary Guard commander agreed. Iranians protested as "
        "an Iranian official watched."
    )
    entities = entities_of(text)
    united_states = entity_named(entities, "United States")
    assert {m.text for m in united_states.mentions} == {"United States", "U.S."}
    guards = entity_named(entities, "Revolutionary Guards")
    assert {m.text for m in guards.mentions} == {"Revolutionary Guards", "Revolutionary Guard"}
    iranian = [e for e in entities if e.label == "NORP" and "Iranian" in e.name]
    assert len(iranian) == 1 and len(iranian[0].mentions) == 2


def test_a_nickname_the_article_ties_to_a_name_is_that_person() -> None:
    found = entities_of("Sen. Margaret Collins, known as Peggy, took office. Fans cheered Peggy.")
    collins = entity_named(found, "Margaret Collins")
    assert [m.text for m in collins.mentions] == ["Margaret Collins", "Peggy", "Peggy"]


def test_a_nickname_quoted_inside_a_name_is_that_person_and_not_their_name() -> None:
    found = entities_of('Mayor Thomas "Tip" Keller spoke first. Then Tip left the hall.')
    keller = entity_named(found, "Keller")
    assert [m.text for m in keller.mentions] == ["Tip", "Keller", "Tip"]


def test_a_nickname_nobody_ties_to_a_name_stays_apart() -> None:
    found = entities_of("Senator Margaret Collins took office on Monday. Fans cheered Peggy.")
    assert [m.text for m in entity_named(found, "Margaret Collins").mentions] == [
        "Margaret Collins"
    ]


def test_name_occurrences_are_whole_words_left_to_right_longest_first() -> None:
    from sourcetrace.entities import _occurrences

    text = "Warren Buffett and Buffett-style funds; Buffettism aside, Warren Buffett's letter."
    found = _occurrences(text, ["Warren Buffett", "Buffett", "Warren"])
    # at 0 and 58 the full name wins over its parts; the hyphened and longer words are skipped
    assert found == [(0, "Warren Buffett"), (58, "Warren Buffett")]
    assert _occurrences("Buffett, Buffett_x (Buffett)", ["Buffett"]) == [
        (0, "Buffett"),
        (20, "Buffett"),
    ]


def test_an_entity_run_across_a_dash_is_split_and_its_dateline_dropped() -> None:
    # the tagger now and then takes "ROME - Ann Hale" or "Maria Lopez - Ann Lee" for one name
    doc = load_pipeline()("ROME - Ann Hale met Maria Lopez - Ann Lee was there too.")
    entities = [Span(doc, 0, 4, label="ORG"), Span(doc, 5, 10, label="PERSON")]
    assert [m.text for m in ner_mentions(doc, entities)] == ["Ann Hale", "Maria Lopez", "Ann Lee"]
    # a hyphen inside a word is no dash
    doc = load_pipeline()("Anne-Marie Lee met the mayor.")
    assert [m.text for m in ner_mentions(doc, [Span(doc, 0, 4, label="PERSON")])] == [
        "Anne-Marie Lee"
    ]
