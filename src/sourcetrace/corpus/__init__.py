"""Cross-article views: which articles tell one story, which of their claims corroborate or
conflict (and whether the corroboration is independent), and how each outlet sources its stories.

Front door: ``compare(analyses) -> Comparison``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from sourcetrace.corpus.align import align_event, corpus_key
from sourcetrace.corpus.entities import by_member, corpus_entities
from sourcetrace.corpus.events import group_events
from sourcetrace.corpus.facts import EntityKey
from sourcetrace.corpus.profiles import outlet_profiles
from sourcetrace.corpus.records import (
    ClaimLink,
    Comparison,
    CorpusEntity,
    Event,
    EventArticle,
    LinkLabel,
    OutletProfile,
)
from sourcetrace.corpus.similarity import Similarity, TfIdf
from sourcetrace.model import Analysis
from sourcetrace.outlets import OutletNames

__all__ = [
    "ClaimLink",
    "Comparison",
    "CorpusEntity",
    "Event",
    "LinkLabel",
    "OutletProfile",
    "compare",
    "event_id",
    "event_of",
    "events_of",
]


def event_id(article_ids: Iterable[str]) -> str:
    """An event's id: a hash of its articles' ids, so one set of articles is one event."""
    return hashlib.sha256(" ".join(sorted(article_ids)).encode()).hexdigest()[:16]


def event_of(
    analyses: Sequence[Analysis],
    *,
    align: bool = True,
    similarity: Similarity | None = None,
    entity_key: EntityKey | None = None,
) -> Event:
    """The event told by these articles, their claims aligned unless ``align`` is False
    (``entity_key``: corpus entity ids, when the entities are clustered over a whole corpus)."""
    links, shared = (
        align_event(analyses, similarity=similarity, entity_key=entity_key) if align else ((), ())
    )
    return Event(
        id=event_id(a.id for a in analyses),
        articles=tuple(
            EventArticle(a.id, a.title, a.outlet, a.published.isoformat() if a.published else None)
            for a in analyses
        ),
        links=tuple(sorted(links, key=lambda k: -k.score)),
        shared=shared,
    )


def compare(
    analyses: Sequence[Analysis],
    *,
    align: bool = True,
    similarity: Similarity | None = None,
    outlets: OutletNames | None = None,
) -> Comparison:
    """Group articles into events, align each event's claims (unless ``align`` is False: a corpus
    view that wants events and outlet profiles only), cluster the entities across articles, and
    profile every outlet's sourcing (a source counted under its corpus entity's name, an outlet
    under its one name from ``outlets``, the alias table)."""
    similarity = similarity or TfIdf()
    groups = group_events(analyses, similarity=similarity)
    entities = corpus_entities(analyses, groups)
    events = events_of(analyses, groups, entities, align=align, similarity=similarity)
    profiles = outlet_profiles(analyses, by_member(entities), outlets)
    return Comparison(events, profiles, similarity.name, entities)


def events_of(
    analyses: Sequence[Analysis],
    groups: Iterable[Sequence[int]],
    entities: Sequence[CorpusEntity],
    *,
    align: bool = True,
    similarity: Similarity | None = None,
) -> tuple[Event, ...]:
    """The event of each group of indices into ``analyses``, its claims aligned (unless
    ``align`` is False) with the corpus ``entities`` as entity keys."""
    key = corpus_key(by_member(entities))
    return tuple(
        event_of([analyses[i] for i in group], align=align, similarity=similarity, entity_key=key)
        for group in groups
    )
