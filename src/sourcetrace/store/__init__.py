"""The store: analyses in SQLite (a file, the default) or PostgreSQL (a shared server).

``Store.open(location)`` opens and migrates a database; ``write`` stores a batch of analyses and
rejects in one transaction; the read methods serve the CLI, the HTTP API and the web pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from sourcetrace.ingest import Rejected
from sourcetrace.model import Analysis
from sourcetrace.outlets import OutletNames, OutletTableError, outlet_names
from sourcetrace.store import (
    explore,
    identities,
    identity_changes,
    outlets,
    queries,
    schema,
    windows,
)
from sourcetrace.store.engine import StoreError, open_engine
from sourcetrace.store.events import ClaimSide, StoredEvent, StoredLink
from sourcetrace.store.filters import NO_FILTERS, Filters
from sourcetrace.store.identity_changes import Action, IdentityChange, IdentityChangeError
from sourcetrace.store.migrations import LATEST, current_version, migrate
from sourcetrace.store.outlets import outlet_columns
from sourcetrace.store.queries import SourceSort
from sourcetrace.store.rows import analysis_from_rows, analysis_rows, source_key
from sourcetrace.store.search import search
from sourcetrace.store.views import (
    ArticleSummary,
    AttributionHit,
    EventDetail,
    EventSummary,
    MonthClaims,
    OutletDetail,
    OutletSummary,
    Page,
    SearchResults,
    SourceDetail,
    SourceOutletMatrix,
    SourceSummary,
)

__all__ = [
    "ClaimSide",
    "Filters",
    "IdentityChange",
    "IdentityChangeError",
    "Store",
    "StoreError",
    "StoredEvent",
    "StoredLink",
    "source_key",
]

# Keeps each IN (...) list well under SQLite's and PostgreSQL's parameter limits.
_ID_CHUNK = 500


class Store:
    def __init__(self, engine: Engine, outlet_table: OutletNames | None = None) -> None:
        self.engine = engine
        self.outlet_table = outlet_table or outlet_names()  # the alias table naming outlets

    @classmethod
    def open(
        cls, location: str, *, upgrade: bool = True, outlet_table: OutletNames | None = None
    ) -> Store:
        """Open a file path, ``sqlite:///...`` or ``postgresql://...``, creating or upgrading its
        schema (``upgrade=False``: fail instead when it is not at the latest version).
        ``outlet_table``: the outlet alias table, by default ``sourcetrace.outlets.outlet_names()``
        (which also names the outlets of a store upgraded to schema version 6)."""
        try:
            outlet_table = outlet_table or outlet_names()
        except OutletTableError as e:
            raise StoreError(str(e)) from None
        engine = open_engine(location)
        try:
            version = migrate(engine) if upgrade else current_version(engine)
        except StoreError:
            engine.dispose()
            raise
        except Exception as e:  # a driver error: name the database, not a traceback
            engine.dispose()
            raise StoreError(
                f"{location}: cannot open the store ({e.__class__.__name__}: "
                f"{str(e).splitlines()[0] if str(e) else ''})"
            ) from e
        if version != LATEST:
            engine.dispose()
            raise StoreError(f"{location}: schema version {version}, expected {LATEST}")
        return cls(engine, outlet_table)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # Writing

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` already stored."""
        wanted = sorted(set(ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), _ID_CHUNK):
                chunk = wanted[i : i + _ID_CHUNK]
                found.update(
                    conn.execute(
                        select(schema.articles.c.id).where(schema.articles.c.id.in_(chunk))
                    ).scalars()
                )
        return found

    def write(
        self,
        analyses: Sequence[Analysis],
        *,
        rejects: Sequence[Rejected] = (),
        origins: Mapping[str, str] | None = None,
    ) -> set[str]:
        """Store a batch in one transaction: the analyses not stored yet (by id) with all their
        rows, and the rejects (one row per origin, the latest reason). Returns the ids stored."""
        now = datetime.now(UTC)
        origins = origins or {}
        with self.engine.begin() as conn:
            unique = {a.id: a for a in analyses}
            article_rows = [
                analysis_rows(a, stored_at=now, origin=origins.get(a.id)) for a in unique.values()
            ]
            for r, a in zip(article_rows, unique.values(), strict=True):
                r[schema.articles][0] |= outlet_columns(self.outlet_table, a.outlet)
            # ON CONFLICT DO NOTHING makes a concurrent writer of the same article harmless.
            stored = (
                set(
                    conn.execute(
                        _insert(conn, schema.articles)
                        .on_conflict_do_nothing(index_elements=["id"])
                        .returning(schema.articles.c.id),
                        [r[schema.articles][0] for r in article_rows],
                    ).scalars()
                )
                if article_rows
                else set()
            )
            for table in schema.ARTICLE_TABLES[1:]:
                rows = [
                    row for r in article_rows for row in r[table] if row["article_id"] in stored
                ]
                if rows:
                    conn.execute(table.insert(), rows)
            if rejects:
                latest = {r.origin: r for r in rejects}
                ins = _insert(conn, schema.rejects)
                conn.execute(
                    ins.on_conflict_do_update(
                        index_elements=["origin"],
                        set_={
                            "reason": ins.excluded.reason,
                            "rejected_at": ins.excluded.rejected_at,
                        },
                    ),
                    [
                        {"origin": r.origin, "reason": r.reason, "rejected_at": now}
                        for r in latest.values()
                    ],
                )
            read_now = [origins[i] for i in unique if i in origins]
            if read_now:  # an input that reads well now is no longer a reject
                conn.execute(delete(schema.rejects).where(schema.rejects.c.origin.in_(read_now)))
        return stored

    def write_event(self, event: StoredEvent) -> None:
        """Store (or replace) one event with its articles and claim links, in one transaction."""
        with self.engine.begin() as conn:
            _write_event(conn, event)

    def replace_events(self, remove: Iterable[str], events: Sequence[StoredEvent]) -> None:
        """Delete the events ``remove`` and store ``events``, in one transaction."""
        with self.engine.begin() as conn:
            conn.execute(delete(schema.events).where(schema.events.c.id.in_(sorted(remove))))
            for event in events:
                _write_event(conn, event)

    def event_window(self, ids: Sequence[str], *, days: int) -> list[str]:
        """``ids`` and the stored articles they could share an event with (``store.windows``)."""
        with self.engine.connect() as conn:
            return windows.event_window(conn, ids, days)

    def unassigned(self, *, limit: int) -> list[str]:
        """Up to ``limit`` stored articles in no event, oldest first."""
        with self.engine.connect() as conn:
            return windows.unassigned(conn, limit)

    def events_touching(self, ids: Sequence[str]) -> dict[str, set[str]]:
        """The stored events holding any of ``ids``, each with all its articles."""
        with self.engine.connect() as conn:
            return windows.events_touching(conn, ids)

    def regroup(self) -> int:
        """Regroup what is stored across articles, in one transaction: recluster people and
        organizations into identities (``store.identities``) and rename outlets with the alias
        table (``store.outlets``). Returns the number of identities."""
        with self.engine.begin() as conn:
            outlets.regroup(conn, self.outlet_table)
            return identities.rebuild(conn)

    def change_identities(
        self, action: Action, ids: list[str], names: list[str], *, by: str
    ) -> IdentityChange:
        """Record a merge of ``ids`` (the first kept) or a split of ``names`` out of ``ids[0]``,
        made ``by`` someone, and rebuild the identities, in one transaction. Raises
        ``IdentityChangeError`` when it names no stored identity or spelling."""
        with self.engine.begin() as conn:
            change_id = identity_changes.record(conn, action, ids, names, by)
            identities.rebuild(conn)
            found = identity_changes.change(conn, change_id)
        assert found is not None
        return found

    def undo_identity_change(self, change_id: int, *, by: str) -> IdentityChange | None:
        """Undo a change and rebuild the identities without it; None when there is no such change,
        ``IdentityChangeError`` when it is undone already."""
        with self.engine.begin() as conn:
            if identity_changes.change(conn, change_id) is None:
                return None
            if not identity_changes.undo(conn, change_id, by):
                raise IdentityChangeError(f"change {change_id} is undone already")
            identities.rebuild(conn)
            return identity_changes.change(conn, change_id)

    def identity_changes(self) -> list[IdentityChange]:
        """Every merge and split people made, undone ones included, in the order made."""
        with self.engine.connect() as conn:
            return identity_changes.changes(conn)

    # Reading

    def analysis(self, article_id: str) -> Analysis | None:
        with self.engine.connect() as conn:
            rows = {
                table: conn.execute(select(table).where(_article_key(table) == article_id))
                .mappings()
                .all()
                for table in schema.ARTICLE_TABLES
            }
        return analysis_from_rows(rows) if rows[schema.articles] else None

    def rejects(self) -> list[Rejected]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.rejects).order_by(schema.rejects.c.origin))
            return [Rejected(origin=r.origin, reason=r.reason) for r in rows]

    def count(self, table: Table) -> int:
        with self.engine.connect() as conn:
            return queries.count_rows(conn, select(table))

    def _keyed(self, filters: Filters) -> Filters:
        """``filters`` with its outlet, given in any spelling ("fox"), as the outlet's key."""
        if filters.outlet is None:
            return filters
        return replace(filters, outlet=self.outlet_table.key(filters.outlet))

    def articles(
        self, *, limit: int, offset: int = 0, filters: Filters = NO_FILTERS
    ) -> Page[ArticleSummary]:
        with self.engine.connect() as conn:
            return queries.articles(conn, limit=limit, offset=offset, filters=self._keyed(filters))

    def sources(
        self,
        *,
        limit: int,
        offset: int = 0,
        filters: Filters = NO_FILTERS,
        sort: SourceSort = "claims",
    ) -> Page[SourceSummary]:
        with self.engine.connect() as conn:
            return queries.sources(
                conn, limit=limit, offset=offset, filters=self._keyed(filters), sort=sort
            )

    def attributions(
        self, *, limit: int, offset: int = 0, filters: Filters = NO_FILTERS
    ) -> Page[AttributionHit]:
        with self.engine.connect() as conn:
            return queries.attributions(
                conn, limit=limit, offset=offset, filters=self._keyed(filters)
            )

    def source(
        self, key: str, *, limit: int, offset: int = 0, filters: Filters = NO_FILTERS
    ) -> SourceDetail | None:
        with self.engine.connect() as conn:
            return queries.source(
                conn, key, limit=limit, offset=offset, filters=self._keyed(filters)
            )

    def search(
        self, q: str, *, limit: int, offset: int = 0, filters: Filters = NO_FILTERS
    ) -> SearchResults:
        with self.engine.connect() as conn:
            return search(conn, q, limit=limit, offset=offset, filters=self._keyed(filters))

    def outlets(self) -> list[OutletSummary]:
        with self.engine.connect() as conn:
            return queries.outlets(conn)

    def outlet(self, name: str, *, limit: int, offset: int = 0) -> OutletDetail | None:
        """``name``: any of the outlet's spellings."""
        with self.engine.connect() as conn:
            return queries.outlet(conn, self.outlet_table.key(name), limit=limit, offset=offset)

    def monthly_claims(self, filters: Filters = NO_FILTERS) -> list[MonthClaims]:
        with self.engine.connect() as conn:
            return explore.monthly_claims(conn, self._keyed(filters))

    def source_outlet_matrix(self, filters: Filters) -> SourceOutletMatrix:
        with self.engine.connect() as conn:
            return explore.source_outlet_matrix(conn, self._keyed(filters))

    def events(
        self, *, limit: int, offset: int = 0, filters: Filters = NO_FILTERS
    ) -> Page[EventSummary]:
        with self.engine.connect() as conn:
            return queries.events(conn, limit=limit, offset=offset, filters=self._keyed(filters))

    def event(self, event_id: str) -> EventDetail | None:
        with self.engine.connect() as conn:
            return queries.event(conn, event_id)


def _write_event(conn: Connection, event: StoredEvent) -> None:
    """Store (or replace) one event with its articles and claim links."""
    conn.execute(delete(schema.events).where(schema.events.c.id == event.id))
    conn.execute(
        schema.events.insert(),
        {
            "id": event.id,
            "title": event.title,
            "summary": event.summary,
            "stored_at": datetime.now(UTC),
        },
    )
    if event.article_ids:
        conn.execute(
            schema.event_articles.insert(),
            [{"event_id": event.id, "article_id": a} for a in dict.fromkeys(event.article_ids)],
        )
    if event.links:
        conn.execute(
            schema.claim_links.insert(),
            [_link_row(event.id, i, link) for i, link in enumerate(event.links)],
        )
    voices = [
        {
            "event_id": event.id,
            "link_seq": i,
            "side": side,
            "seq": j,
            "name": v.name,
            "kind": v.kind,
            "attribution_id": v.attribution,
        }
        for i, link in enumerate(event.links)
        for side, claim in (("a", link.a), ("b", link.b))
        for j, v in enumerate(claim.voices)
    ]
    if voices:
        conn.execute(schema.claim_voices.insert(), voices)


def _article_key(table: Table) -> Any:
    return table.c.id if table is schema.articles else table.c.article_id


def _insert(conn: Connection, table: Table) -> sqlite.Insert | postgresql.Insert:
    """An INSERT with the dialect's ON CONFLICT clauses (both dialects spell them alike)."""
    return sqlite.insert(table) if conn.dialect.name == "sqlite" else postgresql.insert(table)


def _link_row(event_id: str, seq: int, link: StoredLink) -> dict[str, Any]:
    row: dict[str, Any] = {
        "event_id": event_id,
        "seq": seq,
        "relation": link.relation,
        "score": link.score,
        "independent": link.independent,
        "note": link.note,
    }
    for side, claim in (("a", link.a), ("b", link.b)):
        row |= {
            f"article_id_{side}": claim.article_id,
            f"start_char_{side}": claim.start,
            f"end_char_{side}": claim.end,
            f"text_{side}": claim.text,
        }
    return row
