"""The English pipeline's rule lemmatizer, its answers kept in a table and set in one array write.

spaCy's ``lemmatizer`` (rule mode) visits every token in Python and, through a cache, looks up
the lemma of its word, coarse POS and morphology: about a tenth of the whole parse. Its answer
depends on those three values only (the cache is keyed on them, and the uncached cases read the
word, POS and morphology alone), so this component reads them for all tokens with
``Doc.to_array``, asks spaCy's own lemmatizer once per distinct triple, and writes every lemma
back with ``Doc.from_array``. The lemmas are spaCy's own; `tests/test_attributes.py` checks them
token for token against the untouched pipeline.
"""

from __future__ import annotations

from typing import cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from thinc.types import Ints2d

from sourcetrace.nlp.tables import UnsupportedPipeError, original, put_in_place

_READ = [ORTH, POS, MORPH, LEMMA]


class TableLemmatizer:
    """Sets the lemmas spaCy's rule lemmatizer would set, once per distinct (word, POS, morph)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self._lemmatizer = lemmatizer
        self._strings = lemmatizer.vocab.strings
        self._overwrite = bool(lemmatizer.overwrite)
        self._table: dict[tuple[int, int, int], int] = {}

    @property
    def lookups(self) -> Lookups:
        """The tables spaCy's lemmatizer reads, as ``Lemmatizer.lookups`` gives them."""
        return self._lemmatizer.lookups

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array(_READ)
        # the LEMMA column, two-dimensional as from_array takes it (the stubs type slices as float)
        lemmas = cast(Ints2d, rows[:, 3:].copy())
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self._overwrite:  # set earlier (the attribute ruler's exceptions)
                continue
            key = (orth, pos, morph)
            found = self._table.get(key)
            if found is None:
                found = self._table[key] = self._strings.add(self._lemmatizer.lemmatize(doc[i])[0])
            lemmas[i, 0] = found
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("sourcetrace_table_lemmatizer")
def make_table_lemmatizer(nlp: Language, name: str) -> TableLemmatizer:
    """The table of ``nlp``'s own lemmatizer (added beside it, before it is removed)."""
    lemmatizer = original(nlp, "lemmatizer", Lemmatizer)
    if lemmatizer.mode != "rule":  # a lookup's answer is not read from POS and morphology
        raise UnsupportedPipeError(f"lemmatizer mode {lemmatizer.mode}")
    return TableLemmatizer(lemmatizer)


def use_table_lemmatizer(nlp: Language) -> None:
    """Put the table in place of ``nlp``'s lemmatizer when it lemmatizes by rule; any other
    lemmatizer (lookup mode, a trained one) stays."""
    put_in_place(nlp, "lemmatizer", "sourcetrace_table_lemmatizer")
