"""Outlets in the store: each article keeps its outlet as written (``articles.outlet``) and gets
its one name (``outlet_name``) and the key that groups it (``outlet_key``) from the alias table
(``sourcetrace.outlets``): set on write, reset by ``regroup`` so that an edited table applies to
the articles already stored."""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from sourcetrace.outlets import OutletNames
from sourcetrace.store import schema


def outlet_columns(names: OutletNames, outlet: str | None) -> dict[str, str | None]:
    """An article row's ``outlet_name`` and ``outlet_key``; both None without an outlet."""
    if outlet is None:
        return {"outlet_name": None, "outlet_key": None}
    return {"outlet_name": names.name(outlet), "outlet_key": names.key(outlet)}


def regroup(conn: Connection, names: OutletNames) -> None:
    """Name and key every stored article's outlet with ``names``: one UPDATE per outlet spelling."""
    art = schema.articles
    spellings = conn.execute(
        select(art.c.outlet).where(art.c.outlet.is_not(None)).distinct()
    ).scalars()
    for outlet in list(spellings):
        conn.execute(
            update(art).where(art.c.outlet == outlet).values(**outlet_columns(names, outlet))
        )
