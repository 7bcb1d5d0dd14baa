"""Clustering scores against a gold grouping: B-cubed and pairwise precision, recall and F1."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


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


def _members(labels: Sequence[Hashable]) -> list[set[int]]:
    groups: dict[Hashable, set[int]] = defaultdict(set)
    for i, label in enumerate(labels):
        groups[label].add(i)
    return [groups[label] for label in labels]


def _pairs(labels: Sequence[Hashable]) -> set[tuple[int, int]]:
    return {(i, j) for i, j in combinations(range(len(labels)), 2) if labels[i] == labels[j]}


def score_clusters(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> ClusterScores:
    """Scores of a predicted labelling against a gold one (one label per item, same order)."""
    if len(predicted) != len(gold):
        raise ValueError(f"{len(predicted)} predicted labels for {len(gold)} gold labels")
    n = len(gold)
    pm, gm = _members(predicted), _members(gold)
    precision = sum(len(p & g) / len(p) for p, g in zip(pm, gm, strict=True)) / n if n else 0.0
    recall = sum(len(p & g) / len(g) for p, g in zip(pm, gm, strict=True)) / n if n else 0.0
    pp, gp = _pairs(predicted), _pairs(gold)
    both = len(pp & gp)
    pairwise = PRF(both / len(pp) if pp else 1.0, both / len(gp) if gp else 1.0)
    return ClusterScores(
        bcubed=PRF(precision, recall),
        pairwise=pairwise,
        items=n,
        predicted=len(set(predicted)),
        gold=len(set(gold)),
    )


def labels_of(groups: Sequence[Sequence[int]], n: int) -> list[int]:
    """One label per item from groups of item indices."""
    labels = [-1] * n
    for k, group in enumerate(groups):
        for i in group:
            labels[i] = k
    return labels
