"""One-to-one matching of multi-piece spans by character overlap, whatever they annotate.

A span is a set of pieces, each a pair of character offsets (a quote interrupted by its cue,
``"A," he said, "B."``, is one span of two pieces). Two spans match when the characters they share
are at least half of the longer span's characters (lengths summed over pieces). Pairs are taken
greedily, largest share first, ties in text order, so each span is matched at most once.
"""

from __future__ import annotations

from collections.abc import Sequence

Piece = tuple[int, int]
PieceSet = Sequence[Piece]

OVERLAP_THRESHOLD = 0.5


def length(span: PieceSet) -> int:
    return sum(end - start for start, end in span)


def shared(a: PieceSet, b: PieceSet) -> int:
    """Characters inside both spans (pieces within one span do not overlap each other)."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def share(a: PieceSet, b: PieceSet) -> float:
    """Shared characters over the longer span's length; 0.0 when both are empty."""
    longer = max(length(a), length(b))
    return shared(a, b) / longer if longer else 0.0


def match(
    gold: Sequence[PieceSet], pred: Sequence[PieceSet], threshold: float = OVERLAP_THRESHOLD
) -> list[tuple[int, int]]:
    """Matched pairs (gold index, predicted index), sorted by gold index."""
    candidates = [
        (s, g, p)
        for g, gs in enumerate(gold)
        for p, ps in enumerate(pred)
        if (s := share(gs, ps)) >= threshold and s > 0
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, g, p in candidates:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    return sorted(pairs)
