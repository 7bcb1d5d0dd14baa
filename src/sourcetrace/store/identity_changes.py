"""Corrections people make to the identities: merge several into one ("Bibi Netanyahu" is Benjamin
Netanyahu) or split spellings out of one ("Clinton" in a story about Bill is not Hillary). Each is
recorded with who made it and when, replayed after every rebuild (``store.identities``) in the
order made, and can be undone (recorded too); an undone change is kept, not deleted.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import Connection, insert, select, update

from sourcetrace.store import schema
from sourcetrace.store.views import View

Action = Literal["merge", "split"]
_changes = schema.identity_changes


class IdentityChangeError(ValueError):
    """A change that names no stored identity or spelling; the message says which."""


class IdentityChange(View):
    id: int
    action: Action
    identities: list[str]  # merge: the identities, the first kept; split: the one split
    names: list[str]  # split: the spellings taken out
    made_by: str
    made_at: datetime
    undone_by: str | None
    undone_at: datetime | None


def _check(conn: Connection, action: Action, identities: list[str], names: list[str]) -> None:
    known = {
        r.id: r.names
        for r in conn.execute(
            select(schema.identities.c.id, schema.identities.c.names).where(
                schema.identities.c.id.in_(identities)
            )
        )
    }
    if missing := [i for i in identities if i not in known]:
        raise IdentityChangeError(f"no identity {missing[0]!r}")
    if action == "merge" and len(set(identities)) < 2:
        raise IdentityChangeError("a merge needs two identities or more")
    if action == "split":
        spellings = {n.casefold() for n in known[identities[0]]}
        if stray := [n for n in names if n.casefold() not in spellings]:
            raise IdentityChangeError(f"identity {identities[0]!r} has no spelling {stray[0]!r}")
        if spellings <= {n.casefold() for n in names}:
            raise IdentityChangeError("a split must leave the identity a spelling of its own")


def record(
    conn: Connection, action: Action, identities: list[str], names: list[str], by: str
) -> int:
    """Record a change once it names stored identities and spellings; returns its id."""
    _check(conn, action, identities, names)
    values = {
        "action": action,
        "identities": identities,
        "names": names if action == "split" else [],
        "made_by": by,
        "made_at": datetime.now(UTC),
    }
    return int(conn.execute(insert(_changes).values(values).returning(_changes.c.id)).scalar_one())


def undo(conn: Connection, change_id: int, by: str) -> bool:
    """Mark a change undone; False when there is no such change or it is undone already."""
    done = conn.execute(
        update(_changes)
        .where(_changes.c.id == change_id, _changes.c.undone_at.is_(None))
        .values(undone_by=by, undone_at=datetime.now(UTC))
    )
    return bool(done.rowcount)


def changes(conn: Connection, *, active_only: bool = False) -> list[IdentityChange]:
    """The changes in the order made (those not undone, with ``active_only``)."""
    query = select(_changes).order_by(_changes.c.id)
    if active_only:
        query = query.where(_changes.c.undone_at.is_(None))
    return [IdentityChange.model_validate(dict(r)) for r in conn.execute(query).mappings()]


def change(conn: Connection, change_id: int) -> IdentityChange | None:
    row = conn.execute(select(_changes).where(_changes.c.id == change_id)).mappings().first()
    return None if row is None else IdentityChange.model_validate(dict(row))
