"""Full-text search over article titles and texts, attribution content and source names: FTS5 on
SQLite, tsvector + GIN on PostgreSQL (see migrations). Both take plain words from a user and match
all of them, stemmed. ``Filters`` narrow the results; facets count them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Float,
    Row,
    String,
    Subquery,
    and_,
    select,
    text,
)
from sqlalchemy.types import TypeEngine

from sourcetrace.store import queries, schema
from sourcetrace.store.facets import tally
from sourcetrace.store.filters import NO_FILTERS, Filters
from sourcetrace.store.snippets import find
from sourcetrace.store.views import (
    ArticleHit,
    AttributionHit,
    Facets,
    Page,
    SearchResults,
    SnippetPiece,
)

MAX_SOURCE_HITS = 20

_SQLITE = {
    "content": """
    SELECT article_id, attribution_id, -min(rank) AS score FROM (
        SELECT article_id, attribution_id, rank FROM attribution_content_fts
        WHERE attribution_content_fts MATCH :q)
    GROUP BY article_id, attribution_id""",
    "sources": """
    SELECT DISTINCT coalesce(s.identity_id, s.source_key) FROM sources_fts f
    JOIN sources s ON s.article_id = f.article_id AND s.source_id = f.source_id
    WHERE sources_fts MATCH :q""",
    "articles": """
    SELECT k.id AS article_id, k.outlet_name, k.published, -f.rank AS score FROM articles_fts f
    JOIN articles_fts_keys k ON k.n = f.rowid WHERE articles_fts MATCH :q""",
    "articles_unranked": """
    SELECT k.id AS article_id, k.outlet_name, k.published FROM articles_fts f
    JOIN articles_fts_keys k ON k.n = f.rowid WHERE articles_fts MATCH :q""",
}
_POSTGRESQL = {
    "content": """
    SELECT article_id, attribution_id, max(ts_rank(search_vector, query)) AS score
    FROM attribution_content, websearch_to_tsquery('english', :q) AS query
    WHERE search_vector @@ query GROUP BY article_id, attribution_id""",
    "sources": """
    SELECT DISTINCT coalesce(identity_id, source_key) FROM sources
    WHERE search_vector @@ websearch_to_tsquery('english', :q)""",
    "articles": """
    SELECT id AS article_id, outlet_name, published, ts_rank(search_vector, query) AS score
    FROM articles, websearch_to_tsquery('english', :q) AS query WHERE search_vector @@ query""",
    "articles_unranked": """
    SELECT id AS article_id, outlet_name, published FROM articles
    WHERE search_vector @@ websearch_to_tsquery('english', :q)""",
}
# The totals and facets need no ranking, which costs more than the match itself on a common word.
# Matching articles come with their outlet and date, for the facets (on SQLite from
# articles_fts_keys: see migration 9).


att, art, src = queries.att, queries.art, queries.src


def fts5_query(q: str) -> str:
    """Every word of ``q`` as a quoted FTS5 term (all must match), so that no user input is read
    as FTS5 syntax."""
    return " ".join(f'"{word}"' for word in re.findall(r"\w+", q))


def search(
    conn: Connection, q: str, *, limit: int, offset: int, filters: Filters = NO_FILTERS
) -> SearchResults:
    """Sources, claims and articles with all the words of ``q``, in what ``filters`` cover (the
    cue class narrows claims only); claims and articles best match first."""
    if conn.dialect.name == "sqlite":
        q_param, sql = fts5_query(q), _SQLITE
    else:
        q_param, sql = q, _POSTGRESQL
    if not q_param.strip():
        return SearchResults(
            query=q,
            sources=[],
            attributions=Page[AttributionHit](total=0, limit=limit, offset=offset, items=[]),
            articles=Page[ArticleHit](total=0, limit=limit, offset=offset, items=[]),
            facets=Facets(outlets=[], months=[], events=[], kinds=[], cue_classes=[]),
        )
    params = {"q": q_param}
    keys = list(conn.execute(text(sql["sources"]), params).scalars())
    sources = queries.source_summaries(conn, keys, filters=filters)
    # Every matching claim in one pass: there are few per article, and they make both the page
    # and the facets.
    claims = conn.execute(
        select(_claims(_matches(sql["content"], ranked=True), filters)), params
    ).all()
    articles = _articles(_matches(sql["articles"], ranked=True, per_claim=False), filters)
    counts = tally(
        conn,
        _articles(_matches(sql["articles_unranked"], ranked=False, per_claim=False), filters),
        [(c.kind, c.cue_class) for c in claims],
        params,
    )
    return SearchResults(
        query=q,
        sources=sources[:MAX_SOURCE_HITS],
        attributions=_claims_page(conn, claims, limit=limit, offset=offset),
        articles=_articles_page(
            conn, articles, params, q, counts.articles, limit=limit, offset=offset
        ),
        facets=counts.facets,
    )


def _matches(sql: str, *, ranked: bool, per_claim: bool = True) -> Subquery:
    """The rows of a full-text query: ``article_id``; ``per_claim`` an ``attribution_id``, else
    the article's ``outlet_name`` and ``published``; when ``ranked`` a ``score``."""
    columns: dict[str, type[TypeEngine[Any]]] = {"article_id": String}
    if per_claim:
        columns["attribution_id"] = String
    else:
        columns |= {"outlet_name": String, "published": Date}
    if ranked:
        columns["score"] = Float
    return text(sql).columns(**columns).subquery()


def _claims(found: Subquery, filters: Filters) -> Subquery:
    """The matching claims (beliefs, perceptions and unasserted speech are stored, not reported)
    with their source's kind and their cue class, for the facets."""
    return (
        select(found, src.c.kind, att.c.cue_class)
        .join(
            att,
            and_(
                att.c.article_id == found.c.article_id,
                att.c.attribution_id == found.c.attribution_id,
            ),
        )
        .outerjoin(
            src, and_(src.c.article_id == att.c.article_id, src.c.source_id == att.c.source_id)
        )
        .where(
            schema.is_claim(),
            *filters.on_article_ids(att.c.article_id),
            *filters.on_sources(src.c.kind),
            *filters.on_claims(),
        )
        .subquery()
    )


def _articles(found: Subquery, filters: Filters) -> Subquery:
    """The matching articles that ``filters`` cover (without filters, no join: on a common word
    the lookups cost more than the match)."""
    where = [*filters.on_articles(), *filters.quoting_kind()]
    if not where:
        return found
    return select(found).join(art, art.c.id == found.c.article_id).where(*where).subquery()


def _claims_page(
    conn: Connection, claims: Sequence[Row[Any]], *, limit: int, offset: int
) -> Page[AttributionHit]:
    """A page of ``claims`` (rows of ``_claims``), best match first."""
    ranked = sorted(claims, key=lambda r: (-r.score, r.article_id, r.attribution_id))
    page = ranked[offset : offset + limit]
    rank = {(r.article_id, r.attribution_id): i for i, r in enumerate(page)}
    found = (
        conn.execute(
            # Unordered: these rows go in rank order, and ordering by date scans every article.
            queries.hit_rows().order_by(None).where(queries.attribution_in(att, rank))
        ).all()
        if page
        else []
    )
    rows = sorted(found, key=lambda r: rank[(r.article_id, r.attribution_id)])
    return Page[AttributionHit](
        total=len(claims), limit=limit, offset=offset, items=queries.hits(conn, rows)
    )


def _articles_page(
    conn: Connection,
    articles: Subquery,
    params: dict[str, str],
    q: str,
    total: int,
    *,
    limit: int,
    offset: int,
) -> Page[ArticleHit]:
    """A page of matching articles, each with where the words are in its text."""
    ids = list(
        conn.execute(
            select(articles.c.article_id)
            .order_by(articles.c.score.desc(), articles.c.article_id)
            .limit(limit)
            .offset(offset),
            params,
        ).scalars()
    )
    rows = {r.id: r for r in conn.execute(select(art).where(art.c.id.in_(ids)))} if ids else {}
    items = []
    for article_id in ids:
        row = rows[article_id]
        found = find(row.text, q)
        items.append(
            ArticleHit(
                article=queries.article_summary(row),
                start=found.start if found else None,
                end=found.end if found else None,
                snippet=[SnippetPiece(text=t, match=m) for t, m in found.snippet] if found else [],
            )
        )
    return Page[ArticleHit](total=total, limit=limit, offset=offset, items=items)
