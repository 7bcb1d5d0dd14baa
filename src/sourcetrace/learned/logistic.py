"""A logistic regression over named sparse features, in numpy, stored as a small JSON file.

Rows are mappings from feature name to value (1.0 for a present indicator). Training is
full-batch gradient descent with Adam steps and an L2 penalty: deterministic, with no dependency
beyond numpy, and the weights of a few thousand features fit in a few kilobytes of JSON.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

Row = Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Logistic:
    weights: Mapping[str, float]
    bias: float

    def probability(self, row: Row) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in row.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict[str, object]:
        return {"bias": self.bias, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Logistic:
        weights, bias = data.get("weights"), data.get("bias")
        if not isinstance(weights, dict) or not isinstance(bias, int | float):
            raise ValueError("a logistic model needs a 'bias' number and a 'weights' object")
        return cls({str(k): float(v) for k, v in weights.items()}, float(bias))


def fit(
    rows: Sequence[Row],
    labels: Sequence[bool],
    sample_weights: Sequence[float],
    *,
    l2: float = 1e-3,
    min_count: int = 3,
    steps: int = 400,
    rate: float = 0.05,
) -> Logistic:
    """The weights minimizing the weighted log loss plus ``l2`` times their squared norm; a
    feature seen in fewer than ``min_count`` rows gets none (it would only memorize them)."""
    counts = Counter(name for row in rows for name in row)
    names = sorted(n for n, c in counts.items() if c >= min_count)
    index = {n: i for i, n in enumerate(names)}
    cells = [(r, index[n], v) for r, row in enumerate(rows) for n, v in row.items() if n in index]
    at_row = np.array([c[0] for c in cells], dtype=np.int64)
    at_col = np.array([c[1] for c in cells], dtype=np.int64)
    values = np.array([c[2] for c in cells], dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    weight = np.asarray(sample_weights, dtype=np.float64)
    weight = weight / weight.sum()
    params = np.zeros(len(names) + 1)  # the bias last
    moment, square = np.zeros_like(params), np.zeros_like(params)
    for step in range(1, steps + 1):
        z = np.bincount(at_row, values * params[at_col], minlength=len(rows)) + params[-1]
        error = weight * (1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))) - y)
        grad = np.empty_like(params)
        grad[:-1] = np.bincount(at_col, values * error[at_row], minlength=len(names))
        grad[:-1] += 2 * l2 * params[:-1]
        grad[-1] = error.sum()
        moment = 0.9 * moment + 0.1 * grad
        square = 0.999 * square + 0.001 * grad**2
        params -= rate * (moment / (1 - 0.9**step)) / (np.sqrt(square / (1 - 0.999**step)) + 1e-8)
    return Logistic(
        {n: round(float(w), 5) for n, w in zip(names, params[:-1], strict=True) if w},
        round(float(params[-1]), 5),
    )
