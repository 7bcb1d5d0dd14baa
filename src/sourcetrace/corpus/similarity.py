"""How alike two texts are: cosine of TF-IDF vectors over stemmed content words.

The weights are fitted on the texts being compared (the articles of a corpus, the sentences of
one event), so a word every outlet uses for the story weighs little and a rare shared name a lot.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from sourcetrace.corpus.terms import terms

Matrix = NDArray[np.float32]
# Document frequencies from a handful of texts say little: two articles of one story share their
# key words, which would then weigh almost nothing. The weights are computed as if the collection
# also held this many unrelated texts, which matters for small collections only.
BACKGROUND = 10


class Vectors(Protocol):
    """Texts as unit vectors: the dot product of two rows is the texts' likeness."""

    def rows(self, indices: Sequence[int]) -> Matrix: ...


class Similarity(Protocol):
    """Similarity of texts, in [0, 1] (1 between a non-empty text and itself): as vectors fitted
    on all the texts (``fit``: a corpus compares its articles in blocks), or all pairs at once."""

    name: str

    def fit(self, texts: Sequence[str]) -> Vectors: ...

    def matrix(self, texts: Sequence[str]) -> Matrix: ...


def cosines(left: Matrix, right: Matrix) -> Matrix:
    """Likeness of each row of ``left`` (unit vectors) to each row of ``right``."""
    found: Matrix = np.clip(left @ right.T, 0.0, 1.0)
    return found


class _TfIdfVectors:
    """Each text's bag of terms, weighted with the document frequencies of all the texts; rows
    are made when asked, so a corpus is held as bags, a block of rows at a time as a matrix."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.bags = [Counter(terms(t)) for t in texts]
        df: Counter[str] = Counter()
        for bag in self.bags:
            df.update(bag.keys())
        self.column = {term: i for i, term in enumerate(df)}
        n = len(texts)
        self.idf = {
            term: math.log(1.0 + (n + BACKGROUND - k + 0.5) / (k + 0.5)) for term, k in df.items()
        }

    def rows(self, indices: Sequence[int]) -> Matrix:
        out = np.zeros((len(indices), len(self.column)), dtype=np.float32)
        for row, i in enumerate(indices):
            for term, count in self.bags[i].items():
                out[row, self.column[term]] = (1.0 + math.log(count)) * self.idf[term]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        normalized: Matrix = out / norms
        return normalized


class TfIdf:
    """Sublinear term frequency times BM25's inverse document frequency (never zero, so two texts
    alone still meet on their shared words), L2-normalized."""

    name = "tfidf"

    def fit(self, texts: Sequence[str]) -> Vectors:
        return _TfIdfVectors(texts)

    def matrix(self, texts: Sequence[str]) -> Matrix:
        v = self.fit(texts).rows(range(len(texts)))
        return cosines(v, v)
