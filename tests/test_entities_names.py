"""The shared name helpers: titles, possessives, spelling variants, short forms, acronyms."""

from __future__ import annotations

import pytest

from sourcetrace import names
from sourcetrace.given_names import GivenNames


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Maj. Gen. Qassem Soleimani", "Qassem Soleimani"),
        ("Gen. Qassem Soleimani", "Qassem Soleimani"),
        ("Army Lt. Gen. Stanley McChrystal", "Stanley McChrystal"),
        ("retired Army Gen. Tony Thomas", "Tony Thomas"),
        ("Prime Minister Nouri al-Maliki", "Nouri al-Maliki"),
        ("Major General Qasem Soleimani", "Qasem Soleimani"),
        ("General", "General"),  # a title alone is kept: nothing else would remain
        ("Stanley McChrystal", "Stanley McChrystal"),
    ],
)
def test_strip_titles(raw: str, name: str) -> None:
    assert names.strip_titles(raw) == name


def test_title_start_finds_the_titles_written_before_a_name() -> None:
    text = "CIA officers asked Army Lt. Gen. Stanley McChrystal, head of JSOC"
    start = text.index("Stanley")
    assert text[names.title_start(text, start) : start] == "Army Lt. Gen. "
    assert names.title_start(text, text.index("JSOC")) == text.index("JSOC")


def test_title_start_reads_a_long_line_back_only_as_far_as_its_titles_run() -> None:
    line = "Officers in the field said for many months that they wanted to ask " * 5
    text = line + "Army Lt. Gen. Stanley McChrystal"
    assert names.title_start(text, text.index("Stanley")) == text.index("Army")
    # titles running back past the words read first: the rest of the line is read
    chain = "Officers asked " + "Gen. " * 30 + "Stanley McChrystal"
    assert names.title_start(chain, chain.index("Stanley")) == chain.index("Gen.")
    # the words read first cut "Secretary" to "ecretary": not read as a word, so the rest of
    # the line is read and "Secretary of State" found whole
    gap = " " * (names._TITLE_REACH - len("ecretary") - len("of State Gen. "))
    cut = "Officials asked Secretary" + gap + "of State Gen. Jane Doe"
    assert names.title_start(cut, cut.index("Jane")) == cut.index("Secretary")


@pytest.mark.parametrize(
    ("raw", "core"),
    [
        ("Soleimani’s", "Soleimani"),
        ("Soleimani's", "Soleimani"),
        ("Ava DuVernay’s ‘", "Ava DuVernay"),
        ("the Quds Force’s", "Quds Force"),
        ("Saddam Hussein-era", "Saddam Hussein"),
        ("Maj. Gen. Qassem Soleimani", "Qassem Soleimani"),
    ],
)
def test_name_core_cuts_titles_the_and_possessives(raw: str, core: str) -> None:
    start, end = names.name_core(raw)
    assert raw[start:end] == core


def test_normalize_name_equal_for_trivial_differences() -> None:
    assert names.normalize_name("the Quds Force’s") == names.normalize_name("Quds Force")
    assert names.normalize_name("Nouri al-Maliki") == "nouri maliki"
    assert names.normalize_name("Qāsem") == "qasem"


def test_a_name_takes_a_straight_apostrophe_whichever_the_page_types() -> None:
    assert names.plain_apostrophes("Sean O’Hara") == "Sean O'Hara"
    assert names.plain_apostrophes("Sean O\u02bcHara") == "Sean O'Hara"
    assert names.plain_apostrophes("the D’Amato campaign’s aide") == "the D'Amato campaign's aide"
    assert names.plain_apostrophes("Sean O'Hara") == "Sean O'Hara"


def test_spelling_variants_match_but_different_short_words_do_not() -> None:
    assert names.same_name("Qassem Soleimani", "Qasem Soleimani")
    assert names.same_name("Maj. Gen. Qassem Soleimani", "Qasem Suleimani")
    assert names.tokens_match("guard", "guards")
    assert not names.tokens_match("iran", "iraq")
    assert not names.tokens_match("17", "18")
    assert not names.same_name("Douglas Wise", "Douglas London")


def test_short_forms() -> None:
    assert names.is_short_form("Soleimani", "Qassem Soleimani")
    assert names.is_short_form("Soleimani's", "Gen. Qasem Soleimani")
    assert names.is_short_form("Maliki", "Nouri al-Maliki")
    assert names.is_short_form("George Bush", "George W. Bush")
    assert not names.is_short_form("George W. Bush", "George H. W. Bush")
    assert not names.is_short_form("Douglas", "Douglas Wise")  # a first name alone is ambiguous
    assert not names.is_short_form("Qassem Soleimani", "Qassem Soleimani")
    assert names.person_names_match("Soleimani", "Qasem Soleimani")
    assert names.surname("Army Lt. Gen. Stanley McChrystal's") == "McChrystal"


def test_a_diminutive_first_name_is_the_same_person() -> None:
    assert names.same_person_name("Bob Goodlatte", "Robert Goodlatte")
    assert names.is_short_form("Bill Clinton", "William J. Clinton")
    assert names.is_short_form("Chuck Grassley", "Charles E. Grassley")
    assert names.person_names_match("Robert P. McCulloch", "Bob McCulloch")
    assert not names.same_person_name("Bob Goodlatte", "Richard Goodlatte")
    assert not names.is_short_form("Bill Clinton", "Hillary Rodham Clinton")
    # Two diminutives of one name are not matched: "Ted" may be an Edward or a Theodore.
    assert not names.given_names_match("ted", "ed")
    assert not names.same_person_name("Bill", "William")  # no first name to shorten


def test_a_short_form_reads_the_given_name_table_it_is_handed() -> None:
    bob = GivenNames(frozenset({("bob", "robert")}))
    assert names.is_short_form("Bob Smith", "Robert J. Smith", bob)
    assert not names.is_short_form("Bob Smith", "Robert J. Smith", GivenNames(frozenset()))


def test_a_short_form_leaves_out_a_generational_suffix() -> None:
    assert names.is_short_form("Joe Biden", "Joseph R. Biden Jr.")
    assert names.is_short_form("Biden", "Joseph R. Biden Jr.")
    assert names.is_short_form("Theodore Boutrous Jr.", "Theodore J. Boutrous Jr.")
    # Father and son: the suffix is part of a full name.
    assert not names.is_short_form("Jesse Jackson", "Jesse Jackson Jr.")
    assert not names.same_person_name("Jesse Jackson", "Jesse Jackson Jr.")


def test_acronyms() -> None:
    assert names.expands("JSOC", "Joint Special Operations Command")
    assert names.expands("SOCOM", "Special Operations Command")
    assert names.expands("IPMF", "Iraqi Popular Mobilization Forces")
    assert not names.expands("SOCOM", "Joint Special Operations Command")
    assert not names.expands("JSOC", "Special Operations Command")
    assert names.is_acronym_of("U.S.", "United States")
    assert names.is_acronym_of("CIA", "Central Intelligence Agency")
    assert not names.is_acronym_of("CIA", "Quds Force")
    assert names.org_names_match("Revolutionary Guard", "Revolutionary Guards")
    assert not names.org_names_match("Iran", "Iraq")


def test_titles_stop_at_the_end_of_the_sentence_before() -> None:
    text = "She was secretary of state. Hillary Clinton ran. Sen. Ted Cruz, Mr. Smith"
    assert names.title_start(text, text.index("Hillary")) == text.index("Hillary")
    assert text[names.title_start(text, text.index("Ted")) :].startswith("Sen. Ted")
    assert text[names.title_start(text, text.index("Smith")) :].startswith("Mr. Smith")
