"""The English pipeline: the pinned re-upload is Explosion's en_core_web_sm 3.8.0, and masking
keeps every offset."""

from __future__ import annotations

import pytest
import spacy

from sourcetrace.model import Boilerplate, BoilerplateLabel
from sourcetrace.nlp import MODEL, load_pipeline, mask, remember_text, span_text

# From Explosion's published meta for en_core_web_sm 3.8.0 (explosion/spacy-models,
# meta/en_core_web_sm-3.8.0.json): the build commit and accuracy figures identify the weights.
GENUINE = {
    "version": "3.8.0",
    "spacy_git_version": "5010fcbd3",
    "tag_acc": 0.972937262,
    "dep_las": 0.8991533598,
    "ents_f": 0.8433119744,
    "sents_f": 0.9068156724,
}
PIPELINE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]


def test_pinned_model_is_the_genuine_small_english_pipeline() -> None:
    meta = spacy.load(MODEL).meta  # the package as shipped; load_pipeline swaps one component
    performance = meta["performance"]
    assert meta["version"] == GENUINE["version"]
    assert meta["spacy_git_version"] == GENUINE["spacy_git_version"]
    for key in ("tag_acc", "dep_las", "ents_f", "sents_f"):
        assert performance[key] == pytest.approx(GENUINE[key], abs=1e-9), key
    assert meta["pipeline"] == PIPELINE
    assert len(meta["labels"]["ner"]) == 18 and len(meta["labels"]["parser"]) == 45


def test_pipeline_loads_once_per_process() -> None:
    assert load_pipeline() is load_pipeline()


def test_mask_blanks_boilerplate_and_keeps_offsets() -> None:
    text = "Body line.\nPhoto caption (Photo: AP)\nMore body."
    start = text.index("Photo")
    end = text.index("\nMore")
    masked = mask(text, [Boilerplate(start, end, BoilerplateLabel.CAPTION)])
    assert len(masked) == len(text)
    assert masked[start:end].strip() == ""
    assert masked[:start] == text[:start] and masked[end:] == text[end:]


def test_mask_of_a_text_with_nothing_to_blank_is_the_text() -> None:
    text = "Body line, with a comma.\n\nAnother line -- and a dash!"
    assert mask(text, []) == text
    assert mask(text + "\n" + "=" * 40, []) == text + "\n" + " " * 40  # still blanked


def test_span_text_is_the_span_as_written() -> None:
    text = "Mr.  Lee said:\n“We  won.”  "
    doc = load_pipeline().make_doc(text)
    remember_text(doc, text)
    spans = [doc[i:j] for i in range(len(doc)) for j in range(i + 1, len(doc) + 1)]
    assert [span_text(s) for s in spans] == [s.text for s in spans]
    assert span_text(doc[0:3]) == "Mr.  Lee"
