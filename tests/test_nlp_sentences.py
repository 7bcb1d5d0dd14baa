"""The sentence of a token, from sentence starts read once per Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from sourcetrace.nlp import load_pipeline
from sourcetrace.nlp.parse import parse_batch
from sourcetrace.nlp.sentences import sentence, sentence_start, sentence_starts
from sourcetrace.pipeline import analyze

TEXT = "The mayor spoke. She said the bridge would open soon.\nCritics disagreed. "


def test_sentence_is_the_tokens_sent() -> None:
    doc = load_pipeline()(TEXT)
    assert len(list(doc.sents)) >= 3
    for token in doc:
        assert sentence(token) == token.sent
        assert sentence_start(doc, token.i) == token.sent.start


def test_a_start_some_sentences_back_stops_at_the_first() -> None:
    doc = load_pipeline()(TEXT)
    starts = sentence_starts(doc)
    last = len(doc) - 1
    assert sentence_start(doc, last, back=1) == starts[-2]
    assert sentence_start(doc, last, back=len(starts) + 3) == 0
    assert sentence_start(doc, 0, back=2) == 0


def test_starts_are_read_once_and_survive_serialization() -> None:
    doc = load_pipeline()(TEXT)
    starts = sentence_starts(doc)
    assert starts == [s.start for s in doc.sents]
    assert sentence_starts(doc) is starts
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert sentence_starts(copy) == starts
    assert sentence(copy[-1]) == copy[-1].sent


def test_a_line_closing_a_sentence_ends_it_for_the_parser() -> None:
    # the parser alone runs the quotation's sentence on into the next paragraph
    text = "“We cannot wait any longer.”\n\nLee, speaking on Sunday, said the fire was arson."
    (doc,) = parse_batch(load_pipeline(), [text])
    assert isinstance(doc, Doc)
    said = next(t for t in doc if t.text == "said")
    assert said.sent.text.startswith("Lee")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Lee"]


def test_a_line_broken_inside_a_sentence_runs_on() -> None:
    text = "Photos which were released online\nshow the actress at the premiere."
    (doc,) = parse_batch(load_pipeline(), [text])
    assert isinstance(doc, Doc)
    assert not doc[5].is_sent_start  # "show", after the line break


def test_an_attribution_after_a_quoted_paragraph_has_its_speaker() -> None:
    text = "He spoke first. “We cannot wait.”\n\nLee, speaking on Sunday, said the fire was arson."
    (found,) = analyze(text).attributions
    assert found.speaker is not None
    assert text[found.speaker.start : found.speaker.end] == "Lee"
