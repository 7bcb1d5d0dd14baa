"""The table attribute ruler and lemmatizer set exactly what spaCy's attribute ruler and
lemmatizer set, token for token."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Token

from conftest import shared_path
from sourcetrace.nlp import MODEL, keep_words_whole, load_pipeline
from sourcetrace.nlp.attributes import TableAttributes, use_table_attributes
from sourcetrace.nlp.lemmas import use_table_lemmatizer

# Written to reach the ruler's word exceptions: contractions and "gonna" / "y'all" (multi-token
# patterns, one of them setting its second token), "there is", pronouns by dependency, "but" as
# an adverb, determiners used as pronouns, and space tokens between paragraphs.
TEXT = (
    "Y'all ain't gonna believe this, she said. Let's go, I told it.\n\n"
    "There were those who said that nothing happened; but it did, and I saw it. "
    "Gotta run, he said, doin' fine.\n \n"
    "She did. Did you? They have those. Something's off, said the  official."
)


def _annotations(nlp: Language, text: str) -> list[tuple[str, ...]]:
    return [
        (t.text, t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_, str(t.head.i)) for t in nlp(text)
    ]


@pytest.fixture(scope="module")
def spacy_nlp() -> Language:
    nlp = spacy.load(MODEL)
    keep_words_whole(nlp)  # the same tokens: only the attribute tables are compared
    return nlp


def test_shipped_pipeline_uses_the_table() -> None:
    names = load_pipeline().pipe_names
    assert "sourcetrace_table_attributes" in names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    tables = ["sourcetrace_table_attributes", "sourcetrace_table_lemmatizer"]
    assert [n for n in names if n in tables] == tables  # lemmas read the ruler's POS


def test_table_matches_the_ruler_on_hard_cases(spacy_nlp: Language) -> None:
    expected = _annotations(spacy_nlp, TEXT)
    got = _annotations(load_pipeline(), TEXT)
    assert got == expected
    # the text does reach the exceptions, not only the tag map
    lemmas = {t[0]: t[5] for t in got}
    assert lemmas["ai"] == "be" and lemmas["na"] == "to" and lemmas["doin'"] == "do"


def test_table_matches_the_ruler_on_basil(spacy_nlp: Language) -> None:
    path = shared_path("corpus", "basil", "basil-2010-2016.jsonl")
    with path.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(30), f, strict=False)]
    ours = load_pipeline()
    for text in texts:
        assert _annotations(ours, text) == _annotations(spacy_nlp, text)


def test_a_ruler_the_table_cannot_reproduce_stays() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"ORTH": "x", "LENGTH": 1}]], {"LEMMA": "ex"})
    use_table_attributes(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]
    assert nlp("x")[0].lemma_ == "ex"


def test_table_reads_later_patterns_over_earlier_ones() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "said"}]], {"LEMMA": "first"})
    ruler.add([[{"LOWER": {"IN": ["said", "told"]}}]], {"LEMMA": "second"})
    ruler.add([[{"LOWER": "he"}, {"LOWER": "said"}]], {"LEMMA": "third"}, index=1)
    text = "he said and she said, unsaid"
    doc = TableAttributes(ruler)(nlp.make_doc(text))
    assert [t.lemma_ for t in doc] == ["", "third", "", "", "second", "", ""]
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in nlp(text)]


def test_table_merges_what_one_token_s_rules_set_in_their_order() -> None:
    Token.set_extension("st_test_source", default=None, force=True)
    Token.set_extension("st_test_quoted", default=None, force=True)
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    first = {"LEMMA": "first", "TAG": "VBD", "_": {"st_test_source": "a", "st_test_quoted": True}}
    ruler.add([[{"LOWER": "said"}]], first)
    ruler.add([[{"LOWER": "said"}]], {"LEMMA": "second", "_": {"st_test_source": "b"}})
    doc = TableAttributes(ruler)(nlp.make_doc("she said"))
    said = doc[1]
    assert (said.lemma_, said.tag_, said._.st_test_source, said._.st_test_quoted) == (
        "second",
        "VBD",
        "b",
        True,
    )
    theirs = nlp("she said")[1]
    assert (theirs.lemma_, theirs.tag_, theirs._.st_test_source) == ("second", "VBD", "b")


def test_a_lookup_lemmatizer_stays() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    use_table_lemmatizer(nlp)
    assert nlp.pipe_names == ["lemmatizer"]


def test_table_lemmas_keep_a_lemma_set_before_them(spacy_nlp: Language) -> None:
    # the ruler's exceptions set "ai" -> "be" before the lemmatizer, which must not overwrite it
    ours = [t.lemma_ for t in load_pipeline()("They ai n't here, and the dogs ran.")]
    theirs = [t.lemma_ for t in spacy_nlp("They ai n't here, and the dogs ran.")]
    assert ours == theirs and ours[1] == "be" and "dog" in ours and "run" in ours
