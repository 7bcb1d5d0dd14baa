"""Claim alignment within one event: which sentences of two articles state the same thing.

For every pair of articles, each sentence is matched to its most similar sentence in the other
article (similarity fitted on all the event's sentences, plus a bonus for each value both state).
A match is kept when it is the best in either direction and alike enough, then labelled:
``conflicts`` when it is the same fact with a date, count or name that nowhere agrees,
``corroborates`` when it is the same fact, ``related`` (mutual best matches only) otherwise.
A link whose two sentences lie inside one shared passage is marked ``independent: false``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

import numpy as np

from sourcetrace.corpus.passages import shared_passages
from sourcetrace.corpus.records import ClaimLink, LinkLabel, SharedPassage
from sourcetrace.corpus.similarity import Matrix, Similarity, TfIdf
from sourcetrace.corpus.terms import terms
from sourcetrace.corpus.units import Unit, claim_units
from sourcetrace.corpus.values import Values, conflicts, shared, values
from sourcetrace.model import Analysis

# Thresholds on the TF-IDF cosine of two sentences (tests/test_corpus_align.py pins them on
# made-up pairs; the README records how they were chosen on the Soleimani seeds and BASIL).
SAME_FACT = 0.15
RELATED = 0.12
# A fact is stated in several words: two sentences sharing one or two words ("covert operations")
# can score high when short, but say the same thing only when they share more.
MIN_SHARED_POINTS = 4  # shared content words, plus two for each shared value
VALUE_POINTS = 2  # a date or count both state says more than a common word
# Two sentences naming different people or places conflict only when they are otherwise close to
# the same words: "ran aground near Dunmore" / "near Kelby", not "in Iraq" / "in Baghdad".
NAME_CONFLICT = 0.4
VALUE_BONUS = 0.1  # per value both sentences state (a date, a count), at most two
MAX_BONUS = 2


def _mostly_in(unit: Unit, start: int, end: int) -> bool:
    """Whether at least half of the sentence lies in the span: a sentence that only begins where
    a copied passage ends is still the outlet's own."""
    return 2 * (min(unit.end, end) - max(unit.start, start)) >= unit.end - unit.start


def _shared_by(left: Unit, right: Unit, passages: Sequence[SharedPassage]) -> SharedPassage | None:
    for p in passages:
        if _mostly_in(left, p.left.start, p.left.end) and _mostly_in(
            right, p.right.start, p.right.end
        ):
            return p
    return None


def _link(
    left: Unit,
    right: Unit,
    similarity: float,
    score: float,
    left_values: Values,
    right_values: Values,
    passages: Sequence[SharedPassage],
) -> ClaimLink | None:
    if score < RELATED:
        return None
    points = len(set(terms(left.text)) & set(terms(right.text)))
    points += VALUE_POINTS * shared(left_values, right_values)
    same_fact = points >= MIN_SHARED_POINTS
    differing = conflicts(left_values, right_values, names=similarity >= NAME_CONFLICT)
    if differing and same_fact and similarity >= SAME_FACT:
        label = LinkLabel.CONFLICTS
    elif same_fact and score >= SAME_FACT:
        label = LinkLabel.CORROBORATES
        differing = ()
    else:
        label = LinkLabel.RELATED
        differing = ()
    copied = _shared_by(left, right, passages)
    return ClaimLink(
        label=label,
        score=min(score, 1.0),
        left=left.evidence(),
        right=right.evidence(),
        conflicts=differing,
        independent=copied is None,
        shared=copied,
    )


def align_pair(
    left: Analysis,
    right: Analysis,
    left_units: Sequence[Unit],
    right_units: Sequence[Unit],
    sim: Matrix,
    passages: Sequence[SharedPassage],
) -> list[ClaimLink]:
    """Links between two articles, given the similarity of their units (rows: left units) and
    the passages they share."""
    if not left_units or not right_units:
        return []
    lv = [values(left, u.start, u.end) for u in left_units]
    rv = [values(right, u.start, u.end) for u in right_units]
    bonus = np.array(
        [[VALUE_BONUS * min(shared(a, b), MAX_BONUS) for b in rv] for a in lv], dtype=np.float32
    )
    scores = sim + bonus
    best_right = scores.argmax(axis=1)
    best_left = scores.argmax(axis=0)
    links = []
    candidates = {(i, int(j)) for i, j in enumerate(best_right)}
    candidates |= {(int(i), j) for j, i in enumerate(best_left)}
    for i, j in sorted(candidates):
        u, v = left_units[i], right_units[j]
        link = _link(u, v, float(sim[i, j]), float(scores[i, j]), lv[i], rv[j], passages)
        mutual = best_right[i] == j and best_left[j] == i
        if link and (mutual or link.label is not LinkLabel.RELATED):
            links.append(link)
    return links


def align_event(
    analyses: Sequence[Analysis], *, similarity: Similarity | None = None
) -> tuple[tuple[ClaimLink, ...], tuple[SharedPassage, ...]]:
    """Links between every pair of an event's articles, and the passages they share."""
    units = [claim_units(a) for a in analyses]
    flat = [u for us in units for u in us]
    if not flat:
        return (), ()
    sim = (similarity or TfIdf()).matrix([u.text for u in flat])
    starts = np.cumsum([0] + [len(us) for us in units])
    links: list[ClaimLink] = []
    passages: list[SharedPassage] = []
    for a, b in combinations(range(len(analyses)), 2):
        block = sim[starts[a] : starts[a + 1], starts[b] : starts[b + 1]]
        copied = shared_passages(analyses[a], analyses[b])
        links.extend(align_pair(analyses[a], analyses[b], units[a], units[b], block, copied))
        passages.extend(copied)
    return tuple(links), tuple(passages)
