"""The store's tables, in one place, for SQLite and PostgreSQL alike (SQLAlchemy Core).

Names are meant to be read by people in Datasette or pandas: one table per kind of thing, a row per
item, ``article_id`` + the item's id from the JSON contract as its key, ``seq`` for its order in the
article, ``start_char``/``end_char`` for its span in ``articles.text``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ColumnElement,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    false,
    true,
)

from sourcetrace.model import CLAIM_CLASSES

metadata = MetaData()


def _span_columns(prefix: str = "", *, nullable: bool = False) -> list[Column[object]]:
    return [
        Column(f"{prefix}text", Text, nullable=nullable),
        Column(f"{prefix}start_char", Integer, nullable=nullable),
        Column(f"{prefix}end_char", Integer, nullable=nullable),
    ]


def _article_fk() -> Column[str]:
    return Column(
        "article_id", String(16), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )


schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("description", Text, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("title", Text),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", Date),
    Column("text", Text, nullable=False),
    # The profile (model.Profile: over claims only), denormalized so that sourcing by outlet and
    # month is one GROUP BY away.
    Column("n_sources", Integer, nullable=False),
    Column("n_named_person", Integer, nullable=False),
    Column("n_anonymous_person", Integer, nullable=False),
    Column("n_organization", Integer, nullable=False),
    Column("n_document", Integer, nullable=False),
    Column("n_unknown", Integer, nullable=False),
    Column("n_attributions", Integer, nullable=False),
    Column("anonymous_share", Float, nullable=False),
    Column("origin", Text),  # where the article was read from, when known
    Column("stored_at", DateTime(timezone=True), nullable=False),
    # Attributions that are not claims (beliefs, perceptions, unasserted speech); migration 4.
    Column("n_flagged", Integer, nullable=False, server_default="0"),
    # The outlet's one name (alias table, case folded) and the key grouping it; migration 7.
    Column("outlet_name", Text),
    Column("outlet_key", Text),
    Index("ix_articles_outlet_published", "outlet", "published"),
    Index("ix_articles_published", "published"),
    Index("ix_articles_outlet_key", "outlet_key"),
)

boilerplate = Table(
    "boilerplate",
    metadata,
    _article_fk(),
    Column("seq", Integer, primary_key=True),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("label", String(32), nullable=False),
)

sources = Table(
    "sources",
    metadata,
    _article_fk(),
    Column("source_id", String(32), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("description", Text),
    Column("entity_id", String(32)),
    # Sources are per article; this groups one name + kind across articles (see README).
    Column("source_key", String(16), nullable=False),
    # The identity of its entity, which groups it across articles before source_key; migration 6.
    Column("identity_id", String(16)),
    Index("ix_sources_source_key", "source_key"),
    Index("ix_sources_identity_id", "identity_id"),
)

source_mentions = Table(
    "source_mentions",
    metadata,
    _article_fk(),
    Column("source_id", String(32), primary_key=True),
    Column("seq", Integer, primary_key=True),
    *_span_columns(),
    ForeignKeyConstraint(
        ["article_id", "source_id"],
        ["sources.article_id", "sources.source_id"],
        ondelete="CASCADE",
    ),
)

attributions = Table(
    "attributions",
    metadata,
    _article_fk(),
    Column("attribution_id", String(32), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("source_id", String(32)),
    Column("type", String(16), nullable=False),
    *_span_columns("cue_", nullable=True),
    *_span_columns("speaker_", nullable=True),
    Column("confidence", Float, nullable=False),
    # A claim is asserted speech or writing (model.Attribution.is_claim); migration 4.
    Column("cue_class", String(16), nullable=False, server_default="speech"),
    Column("asserted", Boolean, nullable=False, server_default=true()),
    ForeignKeyConstraint(["article_id", "source_id"], ["sources.article_id", "sources.source_id"]),
    Index("ix_attributions_source", "article_id", "source_id"),
)

attribution_content = Table(
    "attribution_content",
    metadata,
    _article_fk(),
    Column("attribution_id", String(32), primary_key=True),
    Column("seq", Integer, primary_key=True),
    *_span_columns(),
    ForeignKeyConstraint(
        ["article_id", "attribution_id"],
        ["attributions.article_id", "attributions.attribution_id"],
        ondelete="CASCADE",
    ),
)


def is_claim() -> ColumnElement[bool]:
    """An attribution row that is a claim, as ``model.Attribution.is_claim`` says."""
    return and_(attributions.c.asserted, attributions.c.cue_class.in_(sorted(CLAIM_CLASSES)))


entities = Table(
    "entities",
    metadata,
    _article_fk(),
    Column("entity_id", String(32), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("label", String(32), nullable=False),
    Column("titles", JSON, nullable=False, server_default="[]"),  # migration 4
    Column("identity_id", String(16)),  # its corpus entity, people and organizations; migration 6
    Index("ix_entities_name", "name"),
)

entity_mentions = Table(
    "entity_mentions",
    metadata,
    _article_fk(),
    Column("entity_id", String(32), primary_key=True),
    Column("seq", Integer, primary_key=True),
    *_span_columns(),
    ForeignKeyConstraint(
        ["article_id", "entity_id"],
        ["entities.article_id", "entities.entity_id"],
        ondelete="CASCADE",
    ),
)

timeline = Table(
    "timeline",
    metadata,
    _article_fk(),
    Column("seq", Integer, primary_key=True),
    *_span_columns(),
    Column("value", String(64), nullable=False),
    Column("event", Text, nullable=False),
    Column("attribution_id", String(32)),
    Column("caption", Boolean, nullable=False, server_default=false()),  # migration 4
    Column("anchored", Boolean, nullable=False, server_default=false()),  # migration 4
    ForeignKeyConstraint(
        ["article_id", "attribution_id"],
        ["attributions.article_id", "attributions.attribution_id"],
    ),
    Index("ix_timeline_value", "value"),
)

# Spans of one article that disagree (model.Conflict); migration 4.
conflicts = Table(
    "conflicts",
    metadata,
    _article_fk(),
    Column("seq", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    *_span_columns("first_"),
    *_span_columns("second_"),
    Column("explanation", Text, nullable=False),
)

rejects = Table(
    "rejects",
    metadata,
    Column("origin", Text, primary_key=True),
    Column("reason", Text, nullable=False),
    Column("rejected_at", DateTime(timezone=True), nullable=False),
)

# Cross-article views, written by the corpus stage: an event's articles, and links between
# sentences of two of its articles that state the same fact (or a conflicting one).
events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("title", Text),
    Column("summary", Text),
    Column("stored_at", DateTime(timezone=True), nullable=False),
)

event_articles = Table(
    "event_articles",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "article_id", String(16), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    Index("ix_event_articles_article", "article_id"),
)


def _claim_side(side: str) -> list[Column[object]]:
    return [
        Column(
            f"article_id_{side}",
            String(16),
            ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column(f"start_char_{side}", Integer, nullable=False),
        Column(f"end_char_{side}", Integer, nullable=False),
        Column(f"text_{side}", Text, nullable=False),
    ]


claim_links = Table(
    "claim_links",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("relation", String(16), nullable=False),  # corroborates | conflicts | related
    Column("score", Float),
    # False when both sides repeat one shared passage (wire copy): one voice, not two.
    Column("independent", Boolean, nullable=False),
    Column("note", Text),  # what differs, e.g. "date: 2007 vs 2008"
    *_claim_side("a"),
    *_claim_side("b"),
)

# Who each side of a claim link rests on: a source (by its attribution) or the outlet itself.
claim_voices = Table(
    "claim_voices",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("link_seq", Integer, primary_key=True),
    Column("side", String(1), primary_key=True),  # a | b
    Column("seq", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),  # a source kind, or "outlet"
    Column("attribution_id", String(32)),
    ForeignKeyConstraint(
        ["event_id", "link_seq"],
        ["claim_links.event_id", "claim_links.seq"],
        ondelete="CASCADE",
    ),
)

# People and organizations across articles: the store's entities clustered as `compare` clusters
# them (store.identities), rebuilt after each ingest; `id` is the source_key its name would have.
identities = Table(
    "identities",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("name", Text, nullable=False),  # the fullest, most frequent spelling
    Column("kind", String(32), nullable=False),  # named_person | organization
    Column("names", JSON, nullable=False),  # every spelling, most mentioned first
    Column("n_articles", Integer, nullable=False),
    Column("n_mentions", Integer, nullable=False),
)

# People's corrections to the identities, replayed after each rebuild unless undone; migration 8.
identity_changes = Table(
    "identity_changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(8), nullable=False),  # merge | split
    Column("identities", JSON, nullable=False),  # merge: the ids, the first kept; split: [id]
    Column("names", JSON, nullable=False),  # split: the spellings taken out of the identity
    Column("made_by", Text, nullable=False),
    Column("made_at", DateTime(timezone=True), nullable=False),
    Column("undone_by", Text),
    Column("undone_at", DateTime(timezone=True)),
)

# The tables of an article, parents first: writes go in this order, deletes in reverse.
ARTICLE_TABLES = (
    articles,
    boilerplate,
    sources,
    source_mentions,
    attributions,
    attribution_content,
    entities,
    entity_mentions,
    timeline,
    conflicts,
)
EVENT_TABLES = (events, event_articles, claim_links, claim_voices)
