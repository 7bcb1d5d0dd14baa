"""Which stored articles new ones could share an event with: those published within ``days`` of
one of them (compare never groups articles further apart), and every other article of the events
those are in, so that regrouping the window never cuts a stored event in two.

Stored articles without a date are left out of the window: their likeness is not damped by any
date, so a window holding them would be the whole store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import Connection, or_, select, union

from sourcetrace.store import schema

_art = schema.articles
_ea = schema.event_articles


def _intervals(dates: Sequence[date], days: int) -> list[tuple[date, date]]:
    """``dates`` ± ``days``, overlapping ranges merged."""
    merged: list[tuple[date, date]] = []
    for d in sorted(set(dates)):
        lo, hi = d - timedelta(days=days), d + timedelta(days=days)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


def event_window(conn: Connection, ids: Sequence[str], days: int) -> list[str]:
    """``ids`` and the stored articles they could share an event with, by date then id."""
    dates = conn.execute(
        select(_art.c.published).where(_art.c.id.in_(ids), _art.c.published.is_not(None))
    ).scalars()
    near = [_art.c.published.between(lo, hi) for lo, hi in _intervals(list(dates), days)]
    core = union(
        select(_art.c.id).where(_art.c.id.in_(ids)),
        *([select(_art.c.id).where(or_(*near))] if near else []),
    ).subquery()
    touched = select(_ea.c.event_id).where(_ea.c.article_id.in_(select(core.c.id)))
    members = select(_ea.c.article_id).where(_ea.c.event_id.in_(touched))
    return list(
        conn.execute(
            select(_art.c.id)
            .where(or_(_art.c.id.in_(select(core.c.id)), _art.c.id.in_(members)))
            .order_by(_art.c.published.nulls_last(), _art.c.id)
        ).scalars()
    )


def events_touching(conn: Connection, ids: Sequence[str]) -> dict[str, set[str]]:
    """The stored events holding any of ``ids``, each with all its articles."""
    touched = select(_ea.c.event_id).where(_ea.c.article_id.in_(ids))
    found: dict[str, set[str]] = defaultdict(set)
    for event_id, article_id in conn.execute(
        select(_ea.c.event_id, _ea.c.article_id).where(_ea.c.event_id.in_(touched))
    ):
        found[event_id].add(article_id)
    return dict(found)


def unassigned(conn: Connection, limit: int) -> list[str]:
    """Up to ``limit`` stored articles in no event (stored before events were assigned on ingest,
    or by a run stopped between storing a batch and grouping it), oldest first."""
    in_event = select(_ea.c.article_id).where(_ea.c.article_id == _art.c.id).exists()
    return list(
        conn.execute(
            select(_art.c.id)
            .where(~in_event)
            .order_by(_art.c.published.nulls_last(), _art.c.id)
            .limit(limit)
        ).scalars()
    )
