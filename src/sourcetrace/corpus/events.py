"""Event grouping: which articles tell the same story.

Articles are compared by the similarity of their title and body (boilerplate left out), damped by
the gap between their publication dates, and merged by average-linkage clustering: two groups join
while their articles are, on average, alike enough. Average linkage rather than single linkage so
one article that touches two stories cannot chain them into one event.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from sourcetrace.corpus.similarity import Matrix, Similarity, TfIdf, Vectors, cosines
from sourcetrace.model import Analysis

# Measured on BASIL (bench/event_grouping.py): 0.15 keeps B-cubed F1 above 0.98 with dates and
# near 0.94 without them; see the README's "Comparing outlets" section.
THRESHOLD = 0.15
# Outlets cover one story within a few days (BASIL: at most 4 days apart); a week apart halves the
# likeness, and beyond that dated articles are never one event.
SAME_DAYS = 3
MAX_DAYS = 7
# The title names the story; counting it twice gives it weight against a long body.
TITLE_WEIGHT = 2
# Articles compared at once when grouping: a block's rows against those within a week of them.
BLOCK = 512
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW"})


def grouping_text(analysis: Analysis) -> str:
    """The text an article is grouped by: its title (weighted), its body minus boilerplate, and
    each mention of a named entity as one word ("Barack_Obama"), so a full name weighs as a name
    rather than as two common words."""
    body = analysis.text
    for b in sorted(analysis.boilerplate, key=lambda b: b.start, reverse=True):
        body = body[: b.start] + " " + body[b.end :]
    title = analysis.title or ""
    names = [
        "_".join(e.name.split())
        for e in analysis.entities
        if e.label in NAME_LABELS
        for _ in e.mentions
    ]
    return "\n".join([title] * TITLE_WEIGHT + [body, " ".join(names)])


def _days(analyses: Sequence[Analysis], indices: Sequence[int]) -> NDArray[np.float64]:
    """Publication days as numbers (NaN when undated)."""
    found = [analyses[i].published for i in indices]
    return np.array([d.toordinal() if d else np.nan for d in found], dtype=np.float64)


def likeness(
    analyses: Sequence[Analysis], vectors: Vectors, rows: Sequence[int], cols: Sequence[int]
) -> Matrix:
    """Likeness of the articles ``rows`` to the articles ``cols``, dates applied: x1 within
    ``SAME_DAYS``, x0.5 within ``MAX_DAYS``, 0 beyond; undated articles go by text alone."""
    sim = cosines(vectors.rows(rows), vectors.rows(cols)).astype(np.float64)
    gap = np.abs(_days(analyses, rows)[:, None] - _days(analyses, cols)[None, :])
    factor = np.where(gap <= SAME_DAYS, 1.0, np.where(gap <= MAX_DAYS, 0.5, 0.0))
    found: Matrix = (sim * np.where(np.isnan(gap), 1.0, factor)).astype(np.float32)
    return found


def cluster(sim: Matrix, threshold: float = THRESHOLD) -> list[list[int]]:
    """Average-linkage clusters of the items of a similarity matrix, each sorted, in order of
    their first item."""
    n = sim.shape[0]
    totals = sim.astype(np.float64).copy()  # sum of pairwise likeness between two clusters
    np.fill_diagonal(totals, 0.0)
    sizes = np.ones(n)
    alive = np.ones(n, dtype=bool)
    members: list[list[int]] = [[i] for i in range(n)]
    while alive.sum() > 1:
        average = totals / np.outer(sizes, sizes)
        average[~alive, :] = -1.0
        average[:, ~alive] = -1.0
        np.fill_diagonal(average, -1.0)
        i, j = np.unravel_index(int(np.argmax(average)), average.shape)
        if average[i, j] < threshold:
            break
        totals[i, :] += totals[j, :]
        totals[:, i] += totals[:, j]
        totals[i, i] = 0.0
        sizes[i] += sizes[j]
        alive[j] = False
        members[i].extend(members[j])
    groups = [sorted(members[k]) for k in range(n) if alive[k]]
    return sorted(groups, key=lambda g: g[0])


def _components(
    analyses: Sequence[Analysis], vectors: Vectors, threshold: float
) -> list[list[int]]:
    """The articles linked by a likeness of at least ``threshold``, in connected groups.

    Two clusters join only when their average likeness reaches the threshold, so at least one
    pair between them does: clusters never cross these groups, and each can be clustered alone.
    Dated articles are compared only with those within ``MAX_DAYS`` of them (the date factor is 0
    beyond), block by block in date order; undated ones with all: near-linear in the corpus.
    """
    n = len(analyses)
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    dated = sorted((a.published.toordinal(), i) for i, a in enumerate(analyses) if a.published)
    undated = [i for i, a in enumerate(analyses) if a.published is None]
    days = [d for d, _ in dated]
    order = [i for _, i in dated]
    blocks = []
    for k in range(0, len(order), BLOCK):
        lo = bisect_left(days, days[k] - MAX_DAYS)
        hi = bisect_right(days, days[min(k + BLOCK, len(order)) - 1] + MAX_DAYS)
        blocks.append((order[k : k + BLOCK], order[lo:hi] + undated))
    everyone = list(range(n))
    blocks += [(undated[k : k + BLOCK], everyone) for k in range(0, len(undated), BLOCK)]
    for rows, cols in blocks:
        linked = np.argwhere(likeness(analyses, vectors, rows, cols) >= threshold)
        for r, c in linked.tolist():
            parent[root(rows[r])] = root(cols[c])
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def group_events(
    analyses: Sequence[Analysis],
    *,
    similarity: Similarity | None = None,
    threshold: float = THRESHOLD,
) -> list[list[int]]:
    """Groups of article indices, one per event, in order of their first article: average-linkage
    clusters of each connected group of alike articles (``_components``)."""
    vectors = (similarity or TfIdf()).fit([grouping_text(a) for a in analyses])
    groups = []
    for members in _components(analyses, vectors, threshold):
        sim = likeness(analyses, vectors, members, members)
        groups += [[members[k] for k in group] for group in cluster(sim, threshold)]
    return sorted(groups, key=lambda g: g[0])
