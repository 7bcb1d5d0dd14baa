"""Claim alignment within one event: which sentences of two articles state the same fact.

Facts first (``facts``, ``matching``): for every pair of articles, each fact of one (a person's
role, an event: who did what to whom, when, where) is compared with the other's facts of the same
person or verb; one fact stated by both is a ``corroborates`` link between the sentences stating
it (each such sentence to the other article's most alike one), the same slot with a different
value a ``conflicts`` link. Sentence similarity is the fallback: best matches alike enough
(similarity fitted on all the event's sentences, plus a bonus for each date or count both state)
that share no fact are ``related``. A link whose two sentences lie inside one shared passage is
marked ``independent: false``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations

import numpy as np

from sourcetrace.corpus.entities import by_member, corpus_entities
from sourcetrace.corpus.facts import EntityKey, Fact, StatementFact, article_facts
from sourcetrace.corpus.matching import Match, match, match_key
from sourcetrace.corpus.parties import party_facts
from sourcetrace.corpus.passages import shared_passages
from sourcetrace.corpus.records import (
    ClaimLink,
    CorpusEntity,
    EntityRef,
    LinkLabel,
    SharedPassage,
)
from sourcetrace.corpus.similarity import Matrix, Similarity, TfIdf
from sourcetrace.corpus.terms import terms
from sourcetrace.corpus.units import Unit, claim_units, paragraphs
from sourcetrace.corpus.values import Values, shared, values
from sourcetrace.model import Analysis, Entity

# Threshold on the TF-IDF cosine of two sentences (plus value bonus) for a `related` link
# (tests/test_corpus_align.py pins it on made-up pairs; chosen on the Soleimani seeds and BASIL).
RELATED = 0.12
# A best match in one direction only is still shown when it shares enough: a score of ALIKE and
# at least MIN_SHARED_POINTS (content words, VALUE_POINTS for each date or count both state).
ALIKE = 0.15
MIN_SHARED_POINTS = 4
VALUE_POINTS = 2
# Two claims of one speaker are one statement when their sentences score this much.
SAID_ALIKE = 0.5
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


def _alike(left: Unit, right: Unit, lv: Values, rv: Values, score: float) -> bool:
    if score < ALIKE:
        return False
    points = len(set(terms(left.text)) & set(terms(right.text))) + VALUE_POINTS * shared(lv, rv)
    return points >= MIN_SHARED_POINTS


def _units_of(units: Sequence[Unit], starts: Sequence[int], fact: Fact) -> list[int]:
    """The sentences stating the fact: the one holding its word, or each sentence of a quote."""
    end = fact.end if isinstance(fact, StatementFact) else fact.start + 1
    first = max(bisect_right(starts, fact.start) - 1, 0)
    return [i for i in range(first, bisect_left(starts, end)) if units[i].end > fact.start]


def _fact_links(
    left_units: Sequence[Unit],
    right_units: Sequence[Unit],
    left_facts: Sequence[Fact],
    right_facts: Sequence[Fact],
    scores: Matrix,
) -> dict[tuple[int, int], Match | None]:
    """The sentence pairs that state one fact: each sentence stating a fact, with the other
    article's sentence most like it that states it too; one fact per pair (a conflict first,
    then an event before a role)."""
    by_key: dict[str, list[Fact]] = defaultdict(list)
    for g in right_facts:
        by_key[match_key(g)].append(g)
    left_starts = [u.start for u in left_units]
    right_starts = [u.start for u in right_units]
    found: list[tuple[bool, float, int, int, Match]] = []
    for f in left_facts:
        for g in by_key.get(match_key(f), ()):
            m = match(f, g)
            if m is None:
                continue
            for i in _units_of(left_units, left_starts, f):
                for j in _units_of(right_units, right_starts, g):
                    # One speaker says many things: the same thing only in words alike.
                    if isinstance(f, StatementFact) and scores[i, j] < SAID_ALIKE:
                        continue
                    found.append((bool(m.conflicts), float(scores[i, j]), i, j, m))
    best: dict[tuple[str, int, int], tuple[bool, float, int, int, Match]] = {}
    for r in found:
        for side in ((r[4].key, 0, r[2]), (r[4].key, 1, r[3])):
            if side not in best or r[:2] > best[side][:2]:
                best[side] = r
    pairs: dict[tuple[int, int], Match | None] = {}
    # An event says more than a description of someone both sentences name.
    order = sorted(best.values(), key=lambda r: (not r[0], r[4].ref.kind == "role", -r[1], r[2]))
    for _, _, i, j, m in order:
        pairs.setdefault((i, j), m)
    return pairs


def align_pair(
    left: Analysis,
    right: Analysis,
    left_units: Sequence[Unit],
    right_units: Sequence[Unit],
    sim: Matrix,
    passages: Sequence[SharedPassage],
    facts: tuple[Sequence[Fact], Sequence[Fact]] = ((), ()),
) -> list[ClaimLink]:
    """Links between two articles, given the similarity of their units (rows: left units), the
    passages they share and each one's facts."""
    if not left_units or not right_units:
        return []
    lv = [values(left, u.start, u.end) for u in left_units]
    rv = [values(right, u.start, u.end) for u in right_units]
    bonus = np.array(
        [[VALUE_BONUS * min(shared(a, b), MAX_BONUS) for b in rv] for a in lv], dtype=np.float32
    )
    scores = sim + bonus
    pairs = _fact_links(left_units, right_units, facts[0], facts[1], scores)
    best_right = scores.argmax(axis=1)
    best_left = scores.argmax(axis=0)
    candidates = {(i, int(j)) for i, j in enumerate(best_right)}
    candidates |= {(int(i), j) for j, i in enumerate(best_left)}
    for i, j in sorted(candidates - pairs.keys()):
        mutual = best_right[i] == j and best_left[j] == i
        if (mutual and scores[i, j] >= RELATED) or _alike(
            left_units[i], right_units[j], lv[i], rv[j], float(scores[i, j])
        ):
            pairs[i, j] = None
    links = []
    for (i, j), found in sorted(pairs.items()):
        u, v = left_units[i], right_units[j]
        copied = _shared_by(u, v, passages)
        label = LinkLabel.RELATED
        if found is not None and not found.related:
            label = LinkLabel.CONFLICTS if found.conflicts else LinkLabel.CORROBORATES
        links.append(
            ClaimLink(
                label=label,
                score=min(float(scores[i, j]), 1.0),
                left=u.evidence(),
                right=v.evidence(),
                conflicts=found.conflicts if found else (),
                independent=copied is None,
                shared=copied,
                fact=found.ref if found else None,
            )
        )
    return links


def align_event(
    analyses: Sequence[Analysis],
    *,
    similarity: Similarity | None = None,
    entity_key: EntityKey | None = None,
) -> tuple[tuple[ClaimLink, ...], tuple[SharedPassage, ...]]:
    """Links between every pair of an event's articles, and the passages they share.
    ``entity_key``: an entity's corpus id (by default, the entities clustered over these
    articles alone)."""
    if len(analyses) < 2:
        return (), ()
    lines = [paragraphs(a) for a in analyses]
    units = [claim_units(a, ls) for a, ls in zip(analyses, lines, strict=True)]
    flat = [u for us in units for u in us]
    if not flat:
        return (), ()
    sim = (similarity or TfIdf()).matrix([u.text for u in flat])
    if entity_key is None:
        entity_key = corpus_key(by_member(corpus_entities(analyses, [range(len(analyses))])))
    facts = [
        (*found, *party_facts(a, entity_key))
        for found, a in zip(article_facts(analyses, lines, entity_key), analyses, strict=True)
    ]
    starts = np.cumsum([0] + [len(us) for us in units])
    links: list[ClaimLink] = []
    passages: list[SharedPassage] = []
    for a, b in combinations(range(len(analyses)), 2):
        block = sim[starts[a] : starts[a + 1], starts[b] : starts[b + 1]]
        copied = shared_passages(analyses[a], analyses[b])
        links.extend(
            align_pair(
                analyses[a], analyses[b], units[a], units[b], block, copied, (facts[a], facts[b])
            )
        )
        passages.extend(copied)
    return tuple(links), tuple(passages)


def corpus_key(members: Mapping[EntityRef, CorpusEntity]) -> EntityKey:
    """Facts' key for an entity: its corpus entity's id (its own id where it is in none)."""

    def key(article: str, entity: Entity) -> str:
        found = members.get(EntityRef(article, entity.id))
        return found.id if found else f"{article}:{entity.id}"

    return key
