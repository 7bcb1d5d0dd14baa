"""Clustering scores against a gold grouping: B-cubed and pairwise precision, recall and F1.

Each item carries a gold label and a predicted label; items sharing a label form a cluster.
Every function here takes the gold labels first. B-cubed: an item's precision is the share of its
predicted cluster that has its gold label, its recall the share of its gold cluster that has its
predicted label; the scores are means over items. A predicted label of None puts the item in a
cluster of its own (an unresolved source joins no one). Pairwise: precision and recall of the
pairs of items put together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from sourcetrace.eval.spans import PRF


def _own_labels(pred: Sequence[Hashable | None]) -> list[Hashable]:
    """The predicted labels, an item with none given a label no other item has."""
    return [p if p is not None else ("unresolved", i) for i, p in enumerate(pred)]


def bcubed(gold: Sequence[Hashable], pred: Sequence[Hashable | None]) -> tuple[float, float]:
    """Sums over items of B-cubed precision and recall (divide by ``len(gold)`` for the means).

    Sums rather than means, so scores over several articles pool by item.
    """
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold labels but {len(pred)} predicted labels")
    labels = _own_labels(pred)
    pairs = Counter(zip(gold, labels, strict=True))
    gold_sizes = Counter(gold)
    pred_sizes = Counter(labels)
    precision = sum(pairs[g, p] / pred_sizes[p] for g, p in zip(gold, labels, strict=True))
    recall = sum(pairs[g, p] / gold_sizes[g] for g, p in zip(gold, labels, strict=True))
    return precision, recall


@dataclass(frozen=True, slots=True)
class ClusterScores:
    bcubed: PRF
    pairwise: PRF
    items: int
    predicted: int  # number of predicted groups
    gold: int  # number of gold groups

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "predicted_groups": self.predicted,
            "gold_groups": self.gold,
            "bcubed": self.bcubed.to_dict(),
            "pairwise": self.pairwise.to_dict(),
        }


def _pairs(labels: Sequence[Hashable]) -> set[tuple[int, int]]:
    return {(i, j) for i, j in combinations(range(len(labels)), 2) if labels[i] == labels[j]}


def score_clusters(gold: Sequence[Hashable], predicted: Sequence[Hashable | None]) -> ClusterScores:
    """Means of B-cubed and pairwise scores of a predicted labelling against a gold one (one
    label per item, same order)."""
    n = len(gold)
    precision, recall = bcubed(gold, predicted)
    labels = _own_labels(predicted)
    pp, gp = _pairs(labels), _pairs(gold)
    both = len(pp & gp)
    pairwise = PRF(both / len(pp) if pp else 1.0, both / len(gp) if gp else 1.0)
    return ClusterScores(
        bcubed=PRF(precision / n, recall / n) if n else PRF(0.0, 0.0),
        pairwise=pairwise,
        items=n,
        predicted=len(set(labels)),
        gold=len(set(gold)),
    )


def labels_of(groups: Sequence[Sequence[int]], n: int) -> list[int]:
    """One label per item from groups of item indices."""
    labels = [-1] * n
    for k, group in enumerate(groups):
        for i in group:
            labels[i] = k
    return labels
