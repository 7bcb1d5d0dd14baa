"""Aggregates for the newsroom's questions: claims per month (the anonymous share over time) and
who is quoted by which outlet."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, and_, case, func, select

from sourcetrace.model import SourceKind
from sourcetrace.store import schema
from sourcetrace.store.filters import Filters
from sourcetrace.store.identities import source_group
from sourcetrace.store.queries import source_summaries
from sourcetrace.store.views import MatrixRow, MonthClaims, SourceOutletMatrix

art, src, att = schema.articles, schema.sources, schema.attributions
MAX_MATRIX_ROWS = 40

# Claims with their article and (when resolved) their source.
_CLAIMS = att.join(art, art.c.id == att.c.article_id).outerjoin(
    src, and_(src.c.article_id == att.c.article_id, src.c.source_id == att.c.source_id)
)


def monthly_claims(conn: Connection, filters: Filters) -> list[MonthClaims]:
    """Claims per month of publication in the articles ``filters`` cover, oldest first; undated
    articles are left out. Grouped by day in SQL and folded into months here, which reads the
    same on both databases."""
    anonymous = func.sum(case((src.c.kind == SourceKind.ANONYMOUS_PERSON.value, 1), else_=0))
    rows = conn.execute(
        select(art.c.published, func.count(), anonymous)
        .select_from(_CLAIMS)
        .where(schema.is_claim(), art.c.published.is_not(None), *filters.on_articles())
        .group_by(art.c.published)
    )
    months: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for day, claims, anon in rows:
        totals = months[day.isoformat()[:7]]
        totals[0] += int(claims)
        totals[1] += int(anon or 0)
    return [MonthClaims(month=m, claims=c, anonymous=a) for m, (c, a) in sorted(months.items())]


def source_outlet_matrix(conn: Connection, filters: Filters) -> SourceOutletMatrix:
    """Claims per source (by identity) and outlet (by its one name) in the articles ``filters``
    cover (an event's, say): the sources with the most claims, up to ``MAX_MATRIX_ROWS``, and
    every outlet among them."""
    n, group = func.count(), source_group()
    cells = conn.execute(
        select(group, art.c.outlet_name, n)
        .select_from(_CLAIMS)
        .where(schema.is_claim(), src.c.source_key.is_not(None), *filters.on_articles())
        .group_by(group, art.c.outlet_name)
    ).all()
    by_source: dict[str, dict[str | None, int]] = defaultdict(dict)
    for key, outlet, claims in cells:
        by_source[key][outlet] = int(claims)
    within = source_summaries(conn, sorted(by_source), filters=filters)[:MAX_MATRIX_ROWS]
    outlets = sorted({o for s in within for o in by_source[s.key]}, key=lambda o: (o is None, o))
    return SourceOutletMatrix(
        outlets=outlets,
        rows=[
            MatrixRow(source=s, claims=[by_source[s.key].get(o, 0) for o in outlets])
            for s in within
        ],
    )
