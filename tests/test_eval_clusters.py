"""The one clustering scorer: B-cubed and pairwise, gold labels first, None a cluster of its own."""

from __future__ import annotations

import pytest

from sourcetrace.eval.clusters import bcubed, score_clusters
from sourcetrace.eval.spans import harmonic_f1

GOLD = ["lee", "lee", "aide"]


def test_gold_comes_first_and_the_order_matters() -> None:
    # Everyone in one predicted cluster: precision suffers, recall does not.
    scores = score_clusters(GOLD, ["s1", "s1", "s1"])
    assert scores.bcubed.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
    assert scores.bcubed.recall == 1.0
    assert scores.pairwise.precision == pytest.approx(1 / 3)
    assert scores.pairwise.recall == 1.0
    assert (scores.gold, scores.predicted) == (2, 1)


def test_the_means_are_the_pooled_sums_over_items() -> None:
    pred = ["s1", "s2", "s2"]
    precision, recall = bcubed(GOLD, pred)
    scores = score_clusters(GOLD, pred)
    assert (scores.bcubed.precision, scores.bcubed.recall) == pytest.approx(
        (precision / 3, recall / 3)
    )


def test_an_unresolved_item_joins_no_one_in_either_score() -> None:
    scores = score_clusters(GOLD, [None, None, "s1"])
    assert (scores.bcubed.precision, scores.bcubed.recall) == pytest.approx((1.0, 2 / 3))
    assert (scores.pairwise.precision, scores.pairwise.recall) == (1.0, 0.0)
    assert scores.predicted == 3


def test_labels_of_unequal_length_are_refused() -> None:
    with pytest.raises(ValueError, match="3 gold labels but 2 predicted labels"):
        score_clusters(GOLD, ["s1", "s1"])


def test_every_f1_is_the_one_harmonic_mean() -> None:
    assert harmonic_f1(0.5, 1.0) == pytest.approx(2 / 3)
    assert harmonic_f1(0.0, 0.0) == 0.0
    assert score_clusters(GOLD, ["s1", "s1", "s1"]).pairwise.f1 == pytest.approx(0.5)
