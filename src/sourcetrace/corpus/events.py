"""Event grouping: which articles tell the same story.

Articles are compared by the similarity of their title and body (boilerplate left out), damped by
the gap between their publication dates, and merged by average-linkage clustering: two groups join
while their articles are, on average, alike enough. Average linkage rather than single linkage so
one article that touches two stories cannot chain them into one event.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np

from sourcetrace.corpus.similarity import Matrix, Similarity, TfIdf
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


def date_factor(a: date | None, b: date | None) -> float:
    if a is None or b is None:
        return 1.0
    days = abs((a - b).days)
    if days <= SAME_DAYS:
        return 1.0
    return 0.5 if days <= MAX_DAYS else 0.0


def article_similarity(analyses: Sequence[Analysis], similarity: Similarity) -> Matrix:
    """Pairwise likeness of the articles, dates applied."""
    sim = similarity.matrix([grouping_text(a) for a in analyses]).astype(np.float64)
    dates = [a.published for a in analyses]
    for i, di in enumerate(dates):
        for j in range(i + 1, len(dates)):
            factor = date_factor(di, dates[j])
            sim[i, j] *= factor
            sim[j, i] *= factor
    return sim.astype(np.float32)


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


def group_events(
    analyses: Sequence[Analysis],
    *,
    similarity: Similarity | None = None,
    threshold: float = THRESHOLD,
) -> list[list[int]]:
    """Groups of article indices, one per event, in order of their first article."""
    if not analyses:
        return []
    return cluster(article_similarity(analyses, similarity or TfIdf()), threshold)
