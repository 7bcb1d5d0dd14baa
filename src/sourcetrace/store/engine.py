"""Opening a database: a SQLite file (the default) or a PostgreSQL server, from one string."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

# Seconds a SQLite connection waits for another's lock before it gives up.
SQLITE_TIMEOUT = 30.0

# Execution option: begin SQLite transactions holding the write lock (a deferred transaction that
# reads and then writes fails at once, without waiting, when another writer came in between).
SQLITE_IMMEDIATE = "sqlite_immediate"


class StoreError(Exception):
    """A database that cannot be opened or used as a sourcetrace store: one line saying why."""


def database_url(location: str) -> str:
    """A SQLAlchemy URL from a file path, ``sqlite:///...`` or ``postgresql://...``."""
    if location.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + location.split("://", 1)[1]
    if "://" in location:
        try:
            backend = make_url(location).get_backend_name()
        except ArgumentError as e:
            raise StoreError(f"{location}: not a database URL ({e})") from None
        if backend not in ("sqlite", "postgresql"):
            raise StoreError(f"{location}: unsupported database {backend!r} (sqlite or postgresql)")
        return location
    return f"sqlite:///{Path(location).expanduser().resolve()}"


def missing_file(location: str) -> bool:
    """Whether ``location`` names a SQLite file that does not exist (yet)."""
    url = make_url(database_url(location))
    name = url.database
    return (
        url.get_backend_name() == "sqlite"
        and name not in (None, "", ":memory:")
        and not (Path(name).exists())
    )


def open_engine(location: str) -> Engine:
    url = database_url(location)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_TIMEOUT})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's BEGIN (below) govern transactions, so that DDL is transactional too and a
    # killed process leaves nothing half-written; WAL lets the server read while ingest writes.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    _use_wal(cursor)
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    immediate = connection.get_execution_options().get(SQLITE_IMMEDIATE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _use_wal(cursor: sqlite3.Cursor) -> None:
    # WAL persists in the file, so only a new database switches (an in-memory one stays as it is);
    # the switch takes an exclusive lock without calling the busy handler, so processes opening
    # one new store at once retry it.
    deadline = time.monotonic() + SQLITE_TIMEOUT
    while cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)
