"""Comparison results into the store: each event with its claim links, after its articles."""

from __future__ import annotations

from collections.abc import Sequence

from sourcetrace import store
from sourcetrace.corpus.records import ClaimLink, Comparison, Event, Evidence
from sourcetrace.model import Analysis


def _side(evidence: Evidence) -> store.ClaimSide:
    return store.ClaimSide(
        evidence.article,
        evidence.start,
        evidence.end,
        evidence.text,
        evidence.sources,
    )


def _note(link: ClaimLink) -> str | None:
    notes = [c.describe() for c in link.conflicts]
    if link.shared is not None:
        notes.append(f"one voice: a shared passage of {link.shared.words} words")
    return "; ".join(notes) or None


def stored_event(event: Event) -> store.StoredEvent:
    """The store's record of an event: its articles, links and a one-line summary."""
    return store.StoredEvent(
        id=event.id,
        article_ids=tuple(a.id for a in event.articles),
        links=tuple(
            store.StoredLink(
                k.label.value, _side(k.left), _side(k.right), k.score, k.independent, _note(k)
            )
            for k in event.links
        ),
        title=next((a.title for a in event.articles if a.title), None),
        summary=event.counts,
    )


def save(comparison: Comparison, analyses: Sequence[Analysis], location: str) -> None:
    """Store the analyses (those not stored yet) and every event of the comparison, in place of
    the stored events holding any of its articles (``ingest`` grouped them batch by batch), then
    regroup the store's people and organizations: the events settle ambiguous short names."""
    with store.Store.open(location) as db:
        db.write(analyses)
        events = [stored_event(event) for event in comparison.events]
        stale = db.events_touching([a.id for a in analyses]).keys() - {e.id for e in events}
        db.replace_events(stale, events)
        db.regroup()
