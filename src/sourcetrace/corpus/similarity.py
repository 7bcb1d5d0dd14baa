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


class Similarity(Protocol):
    """All-pairs similarity of a set of texts, in [0, 1] (the diagonal is 1 for non-empty texts)."""

    name: str

    def matrix(self, texts: Sequence[str]) -> Matrix: ...


class TfIdf:
    """Sublinear term frequency times BM25's inverse document frequency (never zero, so two texts
    alone still meet on their shared words), L2-normalized."""

    name = "tfidf"

    def vectors(self, texts: Sequence[str]) -> Matrix:
        bags = [Counter(terms(t)) for t in texts]
        df: Counter[str] = Counter()
        for bag in bags:
            df.update(bag.keys())
        column = {term: i for i, term in enumerate(df)}
        n = len(texts)
        out = np.zeros((n, len(column)), dtype=np.float32)
        for row, bag in enumerate(bags):
            for term, count in bag.items():
                idf = math.log(1.0 + (n + BACKGROUND - df[term] + 0.5) / (df[term] + 0.5))
                out[row, column[term]] = (1.0 + math.log(count)) * idf
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        normalized: Matrix = out / norms
        return normalized

    def matrix(self, texts: Sequence[str]) -> Matrix:
        v = self.vectors(texts)
        cosines: Matrix = np.clip(v @ v.T, 0.0, 1.0)
        return cosines
