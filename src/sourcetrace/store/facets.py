"""Facets of a search: among its results, how many articles per outlet, month and event, and how
many claims per kind of source and class of cue; each with the filter that narrows to it. The
totals come with them."""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Subquery, func, select

from sourcetrace.store import schema
from sourcetrace.store.views import FacetCount, Facets

FACET_SIZE = 10  # values per facet, the most frequent

ev, ev_art = schema.events, schema.event_articles


@dataclass(frozen=True, slots=True)
class Tally:
    """The facets of a search's results, and how many articles there are in all."""

    facets: Facets
    articles: int


def tally(
    conn: Connection,
    articles: Subquery,
    claims: Iterable[tuple[str | None, str]],
    params: Mapping[str, Any],
) -> Tally:
    """``articles``: matching articles (``article_id``, ``outlet_name``, ``published``);
    ``claims``: each matching claim's source kind and cue class; ``params``: the search's bound
    parameters. Two queries, each running the full-text match once: outlets and months come
    from one grouping (their sum is the total), events from the other."""
    n = func.count()
    by_outlet_day = conn.execute(
        select(articles.c.outlet_name, articles.c.published, n).group_by(
            articles.c.outlet_name, articles.c.published
        ),
        params,
    ).all()
    outlets: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for outlet, day, count in by_outlet_day:
        if outlet is not None:
            outlets[outlet] += int(count)
        if day is not None:
            months[day.isoformat()[:7]] += int(count)
    by_event = conn.execute(
        select(ev.c.id, ev.c.title, n)
        .select_from(ev.join(ev_art, ev_art.c.event_id == ev.c.id))
        .join(articles, articles.c.article_id == ev_art.c.article_id)
        .group_by(ev.c.id, ev.c.title),
        params,
    )
    kinds: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    for kind, cue in claims:
        if kind is not None:
            kinds[kind] += 1
        cues[cue] += 1
    facets = Facets(
        outlets=_top((o, {"outlet": o}, c) for o, c in outlets.items()),
        months=_top((m, _month(m), c) for m, c in months.items()),
        events=_top((t or f"Event {i}", {"event": i}, c) for i, t, c in by_event),
        kinds=_top((k, {"kind": k}, c) for k, c in kinds.items()),
        cue_classes=_top((k, {"cue_class": k}, c) for k, c in cues.items()),
    )
    return Tally(facets, articles=sum(int(c) for _, _, c in by_outlet_day))


def _month(month: str) -> dict[str, str]:
    """The date range of "2020-02": from 2020-02-01 to 2020-02-29."""
    year, m = int(month[:4]), int(month[5:7])
    last = calendar.monthrange(year, m)[1]
    return {"from": date(year, m, 1).isoformat(), "to": date(year, m, last).isoformat()}


def _top(values: Iterable[tuple[str, dict[str, str], int]]) -> list[FacetCount]:
    ranked = sorted(values, key=lambda v: (-v[2], v[0]))[:FACET_SIZE]
    return [FacetCount(label=label, params=params, count=int(c)) for label, params, c in ranked]
