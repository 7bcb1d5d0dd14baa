"""B-cubed precision and recall between two clusterings of the same items.

Each item carries a gold label and a predicted label; items sharing a label form a cluster. An
item's precision is the share of its predicted cluster that has its gold label, its recall the
share of its gold cluster that has its predicted label; the scores are means over items. A
predicted label of None puts the item in a cluster of its own (an unresolved source joins no one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence


def bcubed(gold: Sequence[Hashable], pred: Sequence[Hashable | None]) -> tuple[float, float]:
    """Sums over items of B-cubed precision and recall (divide by ``len(gold)`` for the means).

    Sums rather than means, so scores over several articles pool by item.
    """
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold labels but {len(pred)} predicted labels")
    # An item with no predicted label gets a label no other item has.
    labels: list[Hashable] = [p if p is not None else ("unresolved", i) for i, p in enumerate(pred)]
    pairs = Counter(zip(gold, labels, strict=True))
    gold_sizes = Counter(gold)
    pred_sizes = Counter(labels)
    precision = sum(pairs[g, p] / pred_sizes[p] for g, p in zip(gold, labels, strict=True))
    recall = sum(pairs[g, p] / gold_sizes[g] for g, p in zip(gold, labels, strict=True))
    return precision, recall
