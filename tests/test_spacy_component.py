"""The spaCy component, for users who already run a spaCy pipeline."""

from __future__ import annotations

import spacy

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
