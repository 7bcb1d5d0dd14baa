"""Events on ingest: each batch's new articles grouped with the stored articles they could share
a story with, by ``compare``'s rule, and the events that changed stored with their claim links.

The window (``Store.event_window``) holds the stored articles published within ``MAX_DAYS`` of a
new one (compare never groups articles further apart) and the other articles of their events. It
is grouped as ``compare`` groups a corpus (``group_events``, then corpus entities over the window
for the alignment); a group whose articles already form a stored event keeps it, and the window's
other stored events are replaced by the new groups. ``compare --db`` regroups a whole corpus.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence

from sourcetrace.corpus import event_id, events_of
from sourcetrace.corpus.entities import corpus_entities
from sourcetrace.corpus.events import MAX_DAYS, group_events
from sourcetrace.corpus.records import CorpusEntity, Event
from sourcetrace.corpus.similarity import Similarity, TfIdf
from sourcetrace.model import Analysis
from sourcetrace.store import Store
from sourcetrace.store.comparisons import stored_event

log = logging.getLogger("sourcetrace.store")


def assign_events(
    store: Store,
    new_ids: Collection[str],
    *,
    align: bool = True,
    similarity: Similarity | None = None,
) -> int:
    """Group the stored articles ``new_ids`` into events with the stored articles near them;
    returns how many events were written (new or changed)."""
    if not new_ids:
        return 0
    window = store.event_window(sorted(new_ids), days=MAX_DAYS)
    analyses = [a for a in map(store.analysis, window) if a is not None]
    similarity = similarity or TfIdf()
    groups = group_events(analyses, similarity=similarity)
    ids = [event_id(analyses[i].id for i in group) for group in groups]
    stored = store.events_touching(window)
    changed = [group for group, id_ in zip(groups, ids, strict=True) if id_ not in stored]
    entities = corpus_entities(analyses, groups)
    events = [_event(analyses, group, entities, align, similarity) for group in changed]
    store.replace_events(set(stored) - set(ids), [stored_event(e) for e in events])
    return len(events)


def _event(
    analyses: Sequence[Analysis],
    group: Sequence[int],
    entities: Sequence[CorpusEntity],
    align: bool,
    similarity: Similarity,
) -> Event:
    """The group's event; one whose claims cannot be aligned is stored with its articles only
    (and a warning), since an ingest must go on past one bad article."""
    try:
        (event,) = events_of(analyses, [group], entities, align=align, similarity=similarity)
    except Exception as e:
        (event,) = events_of(analyses, [group], entities, align=False)
        log.warning("event %s: claims not aligned (%s: %s)", event.id, type(e).__name__, e)
    return event
