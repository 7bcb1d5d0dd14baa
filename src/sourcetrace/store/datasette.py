"""Datasette's metadata for a SQLite store: every table and column described, and canned queries
for a newsroom's questions (`sourcetrace datasette STORE.db`, or `datasette STORE.db -m FILE`).

The queries are SQLite SQL. An optional parameter left empty matches everything."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import sqlite

from sourcetrace.model import SourceKind
from sourcetrace.store.descriptions import described
from sourcetrace.store.schema import is_claim

# The store's own definition of a claim, so these counts are those of the web pages.
_CLAIM = str(is_claim().compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


# Any spelling of an outlet stored in some article ("fox", "FOX", "Fox News") picks that outlet's
# articles: the store names each outlet once (articles.outlet_name, outlet_key).
def _outlet_is(table: str) -> str:
    return (
        f"{table}.outlet_key IN (SELECT outlet_key FROM articles WHERE outlet_key = lower(:outlet)"
        " OR lower(outlet) = lower(:outlet))"
    )


def _source_counts(condition: str, *, per_outlet: bool = False) -> str:
    """Claims and articles per source among the claims meeting ``condition`` (a source grouped
    across articles by its identity, else by ``source_key``); per outlet too when
    ``per_outlet``."""
    outlet = "articles.outlet_name AS outlet, " if per_outlet else ""
    by_outlet = ", outlet" if per_outlet else ""
    return f"""SELECT coalesce(max(identities.name), min(sources.name)) AS source, sources.kind,
  {outlet}count(*) AS claims, count(DISTINCT articles.id) AS articles,
  coalesce(sources.identity_id, sources.source_key) AS source_key
FROM attributions
JOIN sources ON sources.article_id = attributions.article_id
  AND sources.source_id = attributions.source_id
LEFT JOIN identities ON identities.id = sources.identity_id
JOIN articles ON articles.id = attributions.article_id
WHERE {_CLAIM} AND {condition}
GROUP BY coalesce(sources.identity_id, sources.source_key){by_outlet}, sources.kind
ORDER BY claims DESC, articles DESC, source{by_outlet}
LIMIT 100"""


_ANONYMOUS = SourceKind.ANONYMOUS_PERSON.value

QUERIES: dict[str, dict[str, str]] = {
    "top_sources": {
        "title": "Top sources",
        "description": "Sources by claims and by articles; outlet and kind (e.g. "
        f"{_ANONYMOUS}) are optional.",
        "sql": _source_counts(
            f"(:outlet = '' OR {_outlet_is('articles')}) AND (:kind = '' OR sources.kind = :kind)"
        ),
    },
    "anonymous_sources_of_outlet": {
        "title": "Anonymous sources an outlet leans on",
        "description": "The anonymous sources of one outlet, by claims.",
        "sql": _source_counts(f"{_outlet_is('articles')} AND sources.kind = '{_ANONYMOUS}'"),
    },
    "event_quotes_by_outlet": {
        "title": "Who is quoted on an event, by which outlet",
        "description": "Claims per source and outlet among the articles of one event (events.id).",
        "sql": _source_counts(
            "articles.id IN (SELECT article_id FROM event_articles WHERE event_id = :event)",
            per_outlet=True,
        ),
    },
    "outlet_disagreements": {
        "title": "Where outlets disagree",
        "description": "Sentences of two articles of an event that conflict; the outlet is "
        "optional (either side).",
        "sql": """SELECT events.title AS event, claim_links.event_id,
  side_a.outlet_name AS outlet_a, claim_links.text_a, side_b.outlet_name AS outlet_b,
  claim_links.text_b,
  claim_links.note, claim_links.score
FROM claim_links
JOIN events ON events.id = claim_links.event_id
JOIN articles AS side_a ON side_a.id = claim_links.article_id_a
JOIN articles AS side_b ON side_b.id = claim_links.article_id_b
WHERE claim_links.relation = 'conflicts'
  AND (:outlet = '' OR """
        + _outlet_is("side_a")
        + " OR "
        + _outlet_is("side_b")
        + """)
ORDER BY claim_links.event_id, claim_links.seq""",
    },
    "articles_using_phrase": {
        "title": "Articles using a phrase",
        "description": "Articles whose title or text holds the phrase (words stemmed, in order), "
        "e.g. 'condition of anonymity'.",
        # The phrase is quoted for FTS5, so its words are matched in order and never read as
        # query syntax.
        "sql": """SELECT articles.id, articles.title, articles.outlet_name AS outlet,
  articles.published, snippet(articles_fts, 1, '[', ']', ' … ', 16) AS passage
FROM articles_fts JOIN articles ON articles.id = articles_fts.id
WHERE articles_fts MATCH '"' || replace(:phrase, '"', '""') || '"'
ORDER BY articles.published, articles.id""",
    },
    "anonymous_share_by_outlet_month": {
        "title": "Anonymous share by outlet and month",
        "description": "Share of claims resting on anonymous people; the outlet is optional.",
        "sql": """SELECT outlet_name AS outlet, strftime('%Y-%m', published) AS month,
  count(*) AS articles, sum(n_attributions) AS claims,
  round(sum(anonymous_share * n_attributions) / sum(n_attributions), 3) AS anonymous_share
FROM articles
WHERE :outlet = '' OR """
        + _outlet_is("articles")
        + """
GROUP BY outlet_key, month
ORDER BY outlet, month""",
    },
}


def datasette_metadata(database: str) -> dict[str, Any]:
    """Metadata for Datasette serving the store as ``database`` (its file name without
    ``.db``)."""
    tables: dict[str, dict[str, Any]] = {
        name: {"description": description, "columns": columns}
        for name, (description, columns) in described().items()
    }
    # The search's own lookup (migration 9) holds nothing the other tables do not.
    tables["articles_fts_keys"] = {"hidden": True}
    return {
        "title": "sourcetrace: who said what",
        "description": "Articles analyzed by sourcetrace: sources, attributions with character "
        "offsets into articles.text, entities, timelines, events and their claim links.",
        "databases": {database: {"tables": tables, "queries": QUERIES}},
    }
