"""The spaCy component, for users who already run a spaCy pipeline."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sourcetrace import analyze
from sourcetrace.attribution.candidate import Candidate
from sourcetrace.model import BoilerplateLabel, SourceKind
from sourcetrace.nlp import MODEL


def test_add_pipe_sets_attributions_and_sources() -> None:
    nlp = spacy.load(MODEL)
    nlp.add_pipe("sourcetrace")  # found through the spacy_factories entry point
    doc = nlp("“The bridge will open in May,” said Mara Tellen, the port director. She smiled.")
    (attribution,) = doc._.attributions
    (source,) = doc._.sources
    assert attribution.source == source.id
    assert source.name == "Mara Tellen" and source.kind is SourceKind.NAMED_PERSON
    assert attribution.content[0].text == "“The bridge will open in May,”"
    assert doc._.boilerplate == ()


def test_the_method_is_a_config_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcetrace import methods, pipeline

    used: list[methods.Method] = []
    real = methods.extract_attributions

    def spy(doc: Doc, method: methods.Method = methods.DEFAULT_METHOD) -> list[Candidate]:
        used.append(method)
        return real(doc, method)

    monkeypatch.setattr(pipeline, "extract_attributions", spy)
    nlp = spacy.load(MODEL)
    assert nlp.get_factory_meta("sourcetrace").default_config == {"method": methods.DEFAULT_METHOD}
    nlp.add_pipe("sourcetrace", config={"method": "model"})
    doc = nlp("“The bridge will open in May,” said Mara Tellen, the port director.")
    assert used == [methods.Method.MODEL]
    assert [c.text for a in doc._.attributions for c in a.content] == [
        "“The bridge will open in May,”"
    ]


def test_an_unknown_method_fails_when_the_pipe_is_added() -> None:
    from sourcetrace.methods import UnknownMethodError

    nlp = spacy.load(MODEL)
    with pytest.raises(UnknownMethodError, match="'crf': choose one of rules, model"):
        nlp.add_pipe("sourcetrace", config={"method": "crf"})


def _agree(nlp: Language, text: str) -> None:
    doc = nlp(text)
    analysis = analyze(text)
    assert doc._.boilerplate == analysis.boilerplate
    assert doc._.attributions == analysis.attributions
    assert doc._.sources == tuple(replace(s, entity=None) for s in analysis.sources)


@pytest.fixture(scope="module")
def component_nlp() -> Language:
    nlp = spacy.load(MODEL)
    nlp.add_pipe("sourcetrace")
    return nlp


def test_a_caption_is_blanked_as_analyze_blanks_it(component_nlp: Language) -> None:
    text = (
        "Port to reopen\n\n"
        "“The bridge will open in May,” said Mara Tellen, the port director.\n\n"
        "Mara Tellen speaks to reporters, she said on Monday. (AP Photo/Evan Vucci)\n\n"
        "Tellen said the delay was over."
    )
    doc = component_nlp(text)
    (caption,) = doc._.boilerplate
    assert caption.label is BoilerplateLabel.CAPTION
    assert [a.speaker.text for a in doc._.attributions if a.speaker] == [
        "Mara Tellen, the port director",
        "Tellen",
    ]
    _agree(component_nlp, text)


@pytest.mark.parametrize("seed", ["soleimani_yahoo_2020.txt", "soleimani_sofrep_2020.txt"])
def test_component_and_analyze_agree_on_the_seeds(
    component_nlp: Language, seeds_dir: Path, seed: str
) -> None:
    _agree(component_nlp, (seeds_dir / seed).read_text(encoding="utf-8"))


def test_component_and_analyze_agree_on_words_analyze_keeps_whole(component_nlp: Language) -> None:
    # analyze keeps "e-mailed" one token (split, its "e" was read as a name); so does the component
    text = "Tom Reed, the mayor's spokesman, e-mailed to remind staff that the vote was set."
    assert "e-mailed" in [t.text for t in component_nlp(text)]
    _agree(component_nlp, text)


def test_component_and_analyze_agree_on_a_title_case_headline(component_nlp: Language) -> None:
    # nothing to blank: the component parses again for the headline in sentence case alone
    text = "Senator Vows To Block Pension Bill\n\nThe senator spoke on Monday in the capital."
    assert [a.cue.text for a in component_nlp(text)._.attributions if a.cue] == ["Vows"]
    _agree(component_nlp, text)


def test_component_and_analyze_agree_on_a_sentence_closing_its_line(
    component_nlp: Language,
) -> None:
    # nothing to blank or recase: the component parses again so the line's end ends the sentence
    text = "He spoke first. “We cannot wait.”\n\nLee, speaking on Sunday, said the fire was arson."
    speakers = [a.speaker.text for a in component_nlp(text)._.attributions if a.speaker]
    assert speakers == ["Lee"]
    _agree(component_nlp, text)


def test_component_and_analyze_agree_on_a_names_curly_apostrophe(component_nlp: Language) -> None:
    # the component parses again with the name's apostrophe straight, as analyze does
    text = (
        "Author Kiran D’Mello made a prediction about the race.\n\n"
        "D’Mello told the host that he is making a film about the campaign."
    )
    sources = component_nlp(text)._.sources
    assert [(s.name, s.kind) for s in sources] == [("Kiran D'Mello", SourceKind.NAMED_PERSON)]
    _agree(component_nlp, text)


def test_component_and_analyze_agree_on_a_tweet_tag(component_nlp: Language) -> None:
    # the component parses again with the tag's markup blanked, as analyze does
    text = (
        "Mayor Ann Lee-Ray wrote on Monday that the pools would stay open:\n\n"
        '<tweet pic="" author="AnnLeeRay" tweet_id="1">The pools stay open.</tweet>.\n\n'
        "The vote is expected next week."
    )
    sources = component_nlp(text)._.sources
    assert [(s.name, s.kind) for s in sources] == [("Ann Lee-Ray", SourceKind.NAMED_PERSON)]
    _agree(component_nlp, text)


def test_component_and_analyze_agree_on_a_horizontal_bar(component_nlp: Language) -> None:
    # the component parses again with the bar an em dash, as analyze does
    text = (
        "BOSTON ― Two aides to the governor told reporters the budget was late, "
        "and the mayor agreed."
    )
    speakers = [a.speaker.text for a in component_nlp(text)._.attributions if a.speaker]
    assert speakers == ["Two aides to the governor"]
    _agree(component_nlp, text)
