"""A Title Case headline is parsed in sentence case: common words lowercased, names and the
first word kept, every offset and the output's text as written."""

from __future__ import annotations

import pytest

from sourcetrace import analyze
from sourcetrace.nlp import load_pipeline
from sourcetrace.nlp.headline import lexicon, sentence_cased

BODY = (
    "\n\nThe senator spoke to Mayor Bell Mining on Monday. Budget talks resume Friday."
    "\nRose Field, her aide, said little.\n"
)


def cased(text: str) -> str:
    return sentence_cased(load_pipeline(), text)


@pytest.mark.parametrize(
    ("headline", "parsed"),
    [
        ("Senator Mocks Governor Over Budget Cuts", "Senator mocks governor over budget cuts"),
        ("Mayor Bell Says He Will Veto the Tax", "Mayor Bell says he will veto the tax"),
        (
            "Union Calls Strike Vote ‘Unfair’ to Nurses",
            "Union calls strike vote ‘unfair’ to nurses",
        ),
        (
            "Bell Mining’s Chief Warns Of Front-Line Cuts",
            "Bell Mining’s chief warns of front-line cuts",
        ),
        ("I Am Not Leaving, NATO Chief Insists", "I am not leaving, NATO chief insists"),
        ("Talks Fail. Why The Senator Won’t Care", "Talks fail. Why the senator won’t care"),
        ("Union Boss: ‘Strike Is Over’ At Mines", "Union boss: ‘Strike is over’ at mines"),
    ],
)
def test_title_case_headline_is_parsed_in_sentence_case(headline: str, parsed: str) -> None:
    text = headline + BODY
    assert cased(text) == parsed + BODY


@pytest.mark.parametrize(
    "headline",
    [
        "Senator mocks governor over budget cuts",  # already sentence case
        "Mayor in Town",  # one capitalized word after the first
        "STORM HITS COAST",  # capitals throughout: not Title Case
        "Senator Mocks Governor " * 20,  # too long for a headline
    ],
)
def test_other_first_lines_are_left_alone(headline: str) -> None:
    assert cased(headline + BODY) == headline + BODY


def test_only_the_first_line_with_words_is_read() -> None:
    text = "   \n\nSenator Mocks Governor\nMayor Hails Budget\n"
    assert cased(text) == "   \n\nSenator mocks governor\nMayor Hails Budget\n"


def test_a_word_the_body_writes_as_a_name_stays_capitalized() -> None:
    # "Bell" and "Mining" are English words, but the body writes them capitalized mid-sentence
    assert cased("Critics Slam Bell Mining" + BODY).startswith("Critics slam Bell Mining")
    # "Rose" opens a sentence, but before another capitalized word: a name
    assert cased("Critics Slam Rose Field" + BODY).startswith("Critics slam Rose Field")
    # at a sentence's start before a lowercase word a capital says nothing
    assert cased("Critics Slam Budget Talks" + BODY).startswith("Critics slam budget talks")


def test_lexicon_knows_inflected_forms_and_function_words() -> None:
    words = lexicon(load_pipeline())
    assert all(words.knows(w) for w in ("slams", "warns", "endorses", "pledged", "against"))
    assert not words.knows("yazidis")


@pytest.mark.parametrize(
    ("headline", "cue", "speaker", "content"),
    [
        ("Senator Vows To Block Pension Bill", "Vows", "Senator", "To Block Pension Bill"),
        ("Union Leader Urges Members To Strike", "Urges", "Union Leader", "Members To Strike"),
        ("Governor Denies Taking Bribes From Miners", "Denies", "Governor", "Taking Bribes"),
        ("Mayor Admits Pension Plan Is Broken", "Admits", "Mayor", "Pension Plan Is Broken"),
        ("Teachers Demand Pay Raise After Strike", "Demand", "Teachers", "Pay Raise"),
    ],
)
def test_a_title_case_headline_reports_with_its_text_as_written(
    headline: str, cue: str, speaker: str, content: str
) -> None:
    (found,) = [a for a in analyze(headline + BODY).attributions if a.cue.start < len(headline)]
    assert (found.cue.text, found.speaker and found.speaker.text) == (cue, speaker)
    assert found.content[0].text.startswith(content)


@pytest.mark.parametrize(
    "headline", ["Governor Signs Budget Bill", "Storm Hits Coast Towns", "Mayor Opens New Bridge"]
)
def test_a_headline_without_a_report_stays_without_one(headline: str) -> None:
    assert not [a for a in analyze(headline + BODY).attributions if a.cue.start < len(headline)]


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        ("Senator Says Budget Plan Is a ‘Disaster.’", "Budget Plan Is a ‘Disaster.’"),
        ("Union Calls Strike Vote 'Unfair.'", "Strike Vote 'Unfair.'"),
    ],
)
def test_a_headline_content_keeps_the_single_mark_closing_its_quote(
    headline: str, content: str
) -> None:
    (found,) = [a for a in analyze(headline + BODY).attributions if a.cue.start < len(headline)]
    assert [c.text for c in found.content] == [content]
