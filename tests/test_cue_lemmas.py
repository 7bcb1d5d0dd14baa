"""The lemma test that picks the tokens ``find_reported`` looks at."""

from __future__ import annotations

import spacy

from sourcetrace.attribution.reported import _is_cue_lemma


def test_a_lexicon_lemma_is_a_cue_in_any_case() -> None:
    doc = spacy.blank("en")("Say it. The table stood.")
    strings = doc.vocab.strings
    assert _is_cue_lemma(doc, strings.add("say"))
    assert _is_cue_lemma(doc, strings.add("Say"))
    assert not _is_cue_lemma(doc, strings.add("table"))
