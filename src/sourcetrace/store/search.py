"""Full-text search over attribution content and source names: FTS5 on SQLite, tsvector + GIN on
PostgreSQL (see migrations). Both take plain words from a user and match all of them, stemmed."""

from __future__ import annotations

import re

from sqlalchemy import (
    Connection,
    Float,
    String,
    TextualSelect,
    and_,
    func,
    select,
    text,
    tuple_,
)

from sourcetrace.store import queries, schema
from sourcetrace.store.views import AttributionHit, Page, SearchResults

MAX_SOURCE_HITS = 20

_SQLITE_CONTENT = """
    SELECT article_id, attribution_id, -min(rank) AS score FROM (
        SELECT article_id, attribution_id, rank FROM attribution_content_fts
        WHERE attribution_content_fts MATCH :q)
    GROUP BY article_id, attribution_id"""
_SQLITE_SOURCES = """
    SELECT DISTINCT coalesce(s.identity_id, s.source_key) FROM sources_fts f
    JOIN sources s ON s.article_id = f.article_id AND s.source_id = f.source_id
    WHERE sources_fts MATCH :q"""
_POSTGRESQL_CONTENT = """
    SELECT article_id, attribution_id, max(ts_rank(search_vector, query)) AS score
    FROM attribution_content, websearch_to_tsquery('english', :q) AS query
    WHERE search_vector @@ query GROUP BY article_id, attribution_id"""
_POSTGRESQL_SOURCES = """
    SELECT DISTINCT coalesce(identity_id, source_key) FROM sources
    WHERE search_vector @@ websearch_to_tsquery('english', :q)"""


def fts5_query(q: str) -> str:
    """Every word of ``q`` as a quoted FTS5 term (all must match), so that no user input is read
    as FTS5 syntax."""
    return " ".join(f'"{word}"' for word in re.findall(r"\w+", q))


def search(conn: Connection, q: str, *, limit: int, offset: int) -> SearchResults:
    if conn.dialect.name == "sqlite":
        q_param, content_sql, sources_sql = fts5_query(q), _SQLITE_CONTENT, _SQLITE_SOURCES
    else:
        q_param, content_sql, sources_sql = q, _POSTGRESQL_CONTENT, _POSTGRESQL_SOURCES
    if not q_param.strip():
        empty = Page[AttributionHit](total=0, limit=limit, offset=offset, items=[])
        return SearchResults(query=q, sources=[], attributions=empty)
    params = {"q": q_param}
    keys = list(conn.execute(text(sources_sql), params).scalars())
    found_text = _matches(content_sql).subquery()
    att = queries.att
    # Claims only: beliefs, perceptions and unasserted speech are stored but not reported.
    matches = (
        select(found_text)
        .join(
            att,
            and_(
                att.c.article_id == found_text.c.article_id,
                att.c.attribution_id == found_text.c.attribution_id,
            ),
        )
        .where(schema.is_claim())
        .subquery()
    )
    total = conn.execute(select(func.count()).select_from(matches), params).scalar_one()
    page = conn.execute(
        select(matches.c.article_id, matches.c.attribution_id)
        .order_by(matches.c.score.desc(), matches.c.article_id, matches.c.attribution_id)
        .limit(limit)
        .offset(offset),
        params,
    ).all()
    rank = {(r.article_id, r.attribution_id): i for i, r in enumerate(page)}
    found = (
        conn.execute(
            queries.hit_rows().where(tuple_(att.c.article_id, att.c.attribution_id).in_(list(rank)))
        ).all()
        if page
        else []
    )
    rows = sorted(found, key=lambda r: rank[(r.article_id, r.attribution_id)])
    sources = sorted(queries.source_summaries(conn, keys), key=lambda s: -s.attributions)
    return SearchResults(
        query=q,
        sources=sources[:MAX_SOURCE_HITS],
        attributions=Page[AttributionHit](
            total=total, limit=limit, offset=offset, items=queries.hits(conn, rows)
        ),
    )


def _matches(sql: str) -> TextualSelect:
    return text(sql).columns(article_id=String, attribution_id=String, score=Float)
