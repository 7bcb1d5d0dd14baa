"""Ordered schema migrations: the ``schema_version`` table records which steps a database has.

A step is applied once, in its own transaction, with its version row. Step 1 creates the tables from
``schema.metadata``; a later change to an existing table is a new step with its own ALTER, so that
a database at any version reaches the same schema.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Engine,
    ScalarSelect,
    exists,
    func,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.schema import CreateColumn

from sourcetrace.outlets import outlet_names
from sourcetrace.store import outlets, schema
from sourcetrace.store.engine import SQLITE_IMMEDIATE, StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _create_article_tables(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[*schema.ARTICLE_TABLES, schema.rejects])


_SQLITE_FTS = (
    # Own-content FTS5 tables (not external-content: VACUUM may renumber implicit rowids), kept in
    # step with their tables by triggers, so that any writer keeps search right.
    """CREATE VIRTUAL TABLE attribution_content_fts USING fts5(
        text, article_id UNINDEXED, attribution_id UNINDEXED, seq UNINDEXED,
        tokenize = 'porter unicode61')""",
    """CREATE TRIGGER attribution_content_fts_insert AFTER INSERT ON attribution_content BEGIN
        INSERT INTO attribution_content_fts (text, article_id, attribution_id, seq)
        VALUES (new.text, new.article_id, new.attribution_id, new.seq); END""",
    """CREATE TRIGGER attribution_content_fts_delete AFTER DELETE ON attribution_content BEGIN
        DELETE FROM attribution_content_fts WHERE article_id = old.article_id
        AND attribution_id = old.attribution_id AND seq = old.seq; END""",
    """INSERT INTO attribution_content_fts (text, article_id, attribution_id, seq)
        SELECT text, article_id, attribution_id, seq FROM attribution_content""",
    """CREATE VIRTUAL TABLE sources_fts USING fts5(
        name, description, article_id UNINDEXED, source_id UNINDEXED,
        tokenize = 'porter unicode61')""",
    """CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
        INSERT INTO sources_fts (name, description, article_id, source_id)
        VALUES (new.name, new.description, new.article_id, new.source_id); END""",
    """CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
        DELETE FROM sources_fts WHERE article_id = old.article_id
        AND source_id = old.source_id; END""",
    """INSERT INTO sources_fts (name, description, article_id, source_id)
        SELECT name, description, article_id, source_id FROM sources""",
)

_POSTGRESQL_FTS = (
    """ALTER TABLE attribution_content ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('english', text)) STORED""",
    "CREATE INDEX ix_attribution_content_search ON attribution_content USING GIN (search_vector)",
    """ALTER TABLE sources ADD COLUMN search_vector tsvector GENERATED ALWAYS AS
        (to_tsvector('english', name || ' ' || coalesce(description, ''))) STORED""",
    "CREATE INDEX ix_sources_search ON sources USING GIN (search_vector)",
)


def _create_full_text_search(conn: Connection) -> None:
    statements = _SQLITE_FTS if conn.dialect.name == "sqlite" else _POSTGRESQL_FTS
    for statement in statements:
        conn.exec_driver_sql(statement)


def _create_event_tables(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=list(schema.EVENT_TABLES))


# Columns added by step 4, so that the store keeps every field of the model.
_LOSSLESS_COLUMNS = (
    schema.articles.c.n_flagged,
    schema.attributions.c.cue_class,
    schema.attributions.c.asserted,
    schema.entities.c.titles,
    schema.timeline.c.caption,
    schema.timeline.c.anchored,
)


def _add_columns(conn: Connection, columns: tuple[Column[object], ...]) -> None:
    """ALTER TABLE ... ADD COLUMN for each of ``columns`` its table lacks (a database created at
    step 1 by this version's schema already has them), with the schema's type and default."""
    for column in columns:
        table = column.table.name
        if column.name in {c["name"] for c in inspect(conn).get_columns(table)}:
            continue
        spec = CreateColumn(column).compile(dialect=conn.dialect)
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {spec}")


def _recount_claim_sources(conn: Connection) -> None:
    """The stored profiles count sources with at least one claim, as ``model.Profile`` now does
    (before step 4 they counted every source; every stored attribution reads as a claim)."""
    src, att, art = schema.sources, schema.attributions, schema.articles
    claiming = exists().where(
        att.c.article_id == src.c.article_id, att.c.source_id == src.c.source_id, schema.is_claim()
    )

    def count(*where: ColumnElement[bool]) -> ScalarSelect[int]:
        return (
            select(func.count())
            .select_from(src)
            .where(src.c.article_id == art.c.id, claiming, *where)
            .scalar_subquery()
        )

    kinds = ("named_person", "anonymous_person", "organization", "document", "unknown")
    conn.execute(
        update(art).values(
            n_sources=count(),
            **{f"n_{kind}": count(src.c.kind == kind) for kind in kinds},
        )
    )


def _keep_every_field(conn: Connection) -> None:
    _add_columns(conn, _LOSSLESS_COLUMNS)
    schema.conflicts.create(conn, checkfirst=True)
    _recount_claim_sources(conn)


# Step 5: article titles and texts join the search. Written to be re-runnable (IF NOT EXISTS, a
# fresh backfill), so that a store taken back to an older version can be upgraded again.
_SQLITE_ARTICLE_FTS = (
    """CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        title, text, id UNINDEXED, tokenize = 'porter unicode61')""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (title, text, id) VALUES (new.title, new.text, new.id); END""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
        DELETE FROM articles_fts WHERE id = old.id; END""",
    "DELETE FROM articles_fts",
    "INSERT INTO articles_fts (title, text, id) SELECT title, text, id FROM articles",
)
_POSTGRESQL_ARTICLE_FTS = (
    """ALTER TABLE articles ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS
        (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED""",
    "CREATE INDEX IF NOT EXISTS ix_articles_search ON articles USING GIN (search_vector)",
)


def _search_articles(conn: Connection) -> None:
    statements = _SQLITE_ARTICLE_FTS if conn.dialect.name == "sqlite" else _POSTGRESQL_ARTICLE_FTS
    for statement in statements:
        conn.exec_driver_sql(statement)


def _add_identities(conn: Connection) -> None:
    _add_columns(conn, (schema.entities.c.identity_id, schema.sources.c.identity_id))
    for index in schema.sources.indexes:
        index.create(conn, checkfirst=True)
    schema.identities.create(conn, checkfirst=True)


def _name_outlets(conn: Connection) -> None:
    _add_columns(conn, (schema.articles.c.outlet_name, schema.articles.c.outlet_key))
    for index in schema.articles.indexes:
        index.create(conn, checkfirst=True)
    outlets.regroup(conn, outlet_names())


# Step 9: a search's matching articles by their full-text rowid. Any column of an FTS5 row, and
# any article column stored after the text (outlet_name), costs SQLite a read of the whole row,
# text and all: counting 5,000 matches by outlet and month took 50 ms of a 200 ms budget. This
# table of small rows, kept by the triggers, gives the ids and facets from the rowids alone.
# Re-runnable, as step 5 is.
_SQLITE_ARTICLE_KEYS = (
    """CREATE TABLE IF NOT EXISTS articles_fts_keys (
        n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, outlet_name TEXT, published DATE)""",
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts_keys (id, outlet_name, published)
        VALUES (new.id, new.outlet_name, new.published);
        INSERT INTO articles_fts (rowid, title, text, id)
        VALUES (last_insert_rowid(), new.title, new.text, new.id); END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        DELETE FROM articles_fts WHERE rowid = (SELECT n FROM articles_fts_keys WHERE id = old.id);
        DELETE FROM articles_fts_keys WHERE id = old.id; END""",
    # regroup() sets every article's outlet_name again: only a change is copied.
    """CREATE TRIGGER IF NOT EXISTS articles_fts_keys_update
        AFTER UPDATE OF outlet_name, published ON articles
        WHEN old.outlet_name IS NOT new.outlet_name OR old.published IS NOT new.published BEGIN
        UPDATE articles_fts_keys SET outlet_name = new.outlet_name, published = new.published
        WHERE id = new.id; END""",
    "DELETE FROM articles_fts_keys",
    """INSERT INTO articles_fts_keys (n, id, outlet_name, published)
        SELECT f.rowid, f.id, a.outlet_name, a.published
        FROM articles_fts f JOIN articles a ON a.id = f.id""",
)


def _key_article_search(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":  # PostgreSQL reads a column without the rest of the row
        for statement in _SQLITE_ARTICLE_KEYS:
            conn.exec_driver_sql(statement)


MIGRATIONS = (
    Migration(
        1,
        "articles, their sources, attributions, entities, timeline; rejects",
        _create_article_tables,
    ),
    Migration(
        2, "full-text search over attribution content and source names", _create_full_text_search
    ),
    Migration(3, "events, event articles and claim links", _create_event_tables),
    Migration(
        4,
        "cue class and assertion of attributions, entity titles, caption and anchored timeline "
        "entries, conflicts; profiles over claims",
        _keep_every_field,
    ),
    Migration(5, "full-text search over article titles and texts", _search_articles),
    Migration(
        6,
        "identities: people and organizations across articles, linked from entities and sources",
        _add_identities,
    ),
    Migration(7, "one name per outlet: case and the alias table", _name_outlets),
    Migration(
        8,
        "identity changes: merges and splits people made, with who and when",
        lambda conn: schema.identity_changes.create(conn, checkfirst=True),
    ),
    Migration(9, "search: matching articles' ids, outlets and dates by rowid", _key_article_search),
)
LATEST = MIGRATIONS[-1].version


def current_version(engine: Engine) -> int:
    """The database's schema version; 0 for an empty database."""
    with engine.connect() as conn:
        return _version(conn)


def _version(conn: Connection) -> int:
    if not inspect(conn).has_table("schema_version"):
        return 0
    return int(conn.execute(select(func.max(schema.schema_version.c.version))).scalar() or 0)


@contextmanager
def _locked(engine: Engine) -> Iterator[Connection]:
    """A transaction holding the database's write lock, so that two processes opening a new store
    at once (ingest and serve) apply each step once."""
    with engine.connect() as conn:
        conn.execution_options(**{SQLITE_IMMEDIATE: True})
        with conn.begin():
            if conn.dialect.name != "sqlite":
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7270155)")
            yield conn


def migrate(engine: Engine, *, target: int = LATEST) -> int:
    """Apply the steps above the database's version up to ``target``; returns the new version."""
    version = current_version(engine)
    if version > LATEST:
        raise StoreError(
            f"{engine.url.render_as_string(hide_password=True)}: schema version {version} is newer "
            f"than this sourcetrace knows ({LATEST}); upgrade sourcetrace"
        )
    for step in MIGRATIONS:
        if not version < step.version <= target:
            continue
        with _locked(engine) as conn:
            schema.schema_version.create(conn, checkfirst=True)
            if _version(conn) < step.version:  # not applied by another process meanwhile
                step.apply(conn)
                conn.execute(
                    insert(schema.schema_version).values(
                        version=step.version,
                        description=step.description,
                        applied_at=datetime.now(UTC),
                    )
                )
        version = step.version
    return version
