"""The spaCy component, for users who already run a spaCy pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.model import SourceKind
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
    from sourcetrace import methods

    used: list[methods.Method] = []
    real = methods.extract_attributions

    def spy(doc: Doc, method: methods.Method = methods.DEFAULT_METHOD) -> list[Candidate]:
        used.append(method)
        return real(doc, method)

    monkeypatch.setattr(methods, "extract_attributions", spy)
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
