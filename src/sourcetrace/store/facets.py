"""Facets of a search: among its results, how many articles per outlet, month and event, and how
many claims per kind of source and class of cue; each with the filter that narrows to it."""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import Connection, Subquery, func, select

from sourcetrace.store import schema
from sourcetrace.store.views import FacetCount, Facets

FACET_SIZE = 10  # values per facet, the most frequent

art, ev, ev_art = schema.articles, schema.events, schema.event_articles


def facets(
    conn: Connection, articles: Subquery, claims: Subquery, params: Mapping[str, Any]
) -> Facets:
    """``articles``: matching articles (``article_id``); ``claims``: matching claims (``kind``,
    ``cue_class``); ``params``: the search's bound parameters."""
    n = func.count()
    by_outlet = conn.execute(
        select(art.c.outlet, n)
        .join(articles, articles.c.article_id == art.c.id)
        .where(art.c.outlet.is_not(None))
        .group_by(art.c.outlet),
        params,
    )
    by_day = conn.execute(
        select(art.c.published, n)
        .join(articles, articles.c.article_id == art.c.id)
        .where(art.c.published.is_not(None))
        .group_by(art.c.published),
        params,
    )
    months: Counter[str] = Counter()
    for day, count in by_day:
        months[day.isoformat()[:7]] += int(count)
    by_event = conn.execute(
        select(ev.c.id, ev.c.title, n)
        .select_from(ev.join(ev_art, ev_art.c.event_id == ev.c.id))
        .join(articles, articles.c.article_id == ev_art.c.article_id)
        .group_by(ev.c.id, ev.c.title),
        params,
    )
    by_kind = conn.execute(
        select(claims.c.kind, n).where(claims.c.kind.is_not(None)).group_by(claims.c.kind), params
    )
    by_cue = conn.execute(select(claims.c.cue_class, n).group_by(claims.c.cue_class), params)
    return Facets(
        outlets=_top((o, {"outlet": o}, c) for o, c in by_outlet),
        months=_top((m, _month(m), c) for m, c in months.items()),
        events=_top((t or f"Event {i}", {"event": i}, c) for i, t, c in by_event),
        kinds=_top((k, {"kind": k}, c) for k, c in by_kind),
        cue_classes=_top((k, {"cue_class": k}, c) for k, c in by_cue),
    )


def _month(month: str) -> dict[str, str]:
    """The date range of "2020-02": from 2020-02-01 to 2020-02-29."""
    year, m = int(month[:4]), int(month[5:7])
    last = calendar.monthrange(year, m)[1]
    return {"from": date(year, m, 1).isoformat(), "to": date(year, m, last).isoformat()}


def _top(values: Iterable[tuple[str, dict[str, str], int]]) -> list[FacetCount]:
    ranked = sorted(values, key=lambda v: (-v[2], v[0]))[:FACET_SIZE]
    return [FacetCount(label=label, params=params, count=int(c)) for label, params, c in ranked]
