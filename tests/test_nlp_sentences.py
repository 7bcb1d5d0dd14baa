"""The sentence of a token, from sentence starts read once per Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from sourcetrace.nlp import load_pipeline
from sourcetrace.nlp.sentences import sentence, sentence_start, sentence_starts

TEXT = "The mayor spoke. She said the bridge would open soon.\nCritics disagreed. "


def test_sentence_is_the_tokens_sent() -> None:
    doc = load_pipeline()(TEXT)
    assert len(list(doc.sents)) >= 3
    for token in doc:
        assert sentence(token) == token.sent
        assert sentence_start(doc, token.i) == token.sent.start


def test_starts_are_read_once_and_survive_serialization() -> None:
    doc = load_pipeline()(TEXT)
    starts = sentence_starts(doc)
    assert starts == [s.start for s in doc.sents]
    assert sentence_starts(doc) is starts
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert sentence_starts(copy) == starts
    assert sentence(copy[-1]) == copy[-1].sent
