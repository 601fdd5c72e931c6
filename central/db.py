"""The database: an engine for SQLite (a file) or PostgreSQL (a URL), migrated at open,
and short transactions: no request holds the database while it does disk or crypto work.

Both databases give the same guarantee: read-write transactions (`Database.transaction`)
run one at a time, so a transaction that reads a row then writes from what it read never
loses an update to another (SQLite: BEGIN IMMEDIATE; PostgreSQL: one advisory lock);
read-only ones (`Database.reading`) never wait for a writer.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlmodel import Session

from central.migrations import migrate

WRITER_WAIT_MS = 10_000  # how long a writer waits for another before failing, on either database
_PG_WRITER_LOCK = 0x45534357  # any constant but the migrations' one: held by each writer


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # isolation_level=None: the driver issues no BEGIN of its own; `_sqlite_begin` does.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {WRITER_WAIT_MS}")
        _sqlite_wal(cursor)  # readers never wait for the writer
        # FULL: a deposit is durable before its receipt is signed; with NORMAL a power cut
        # could forget a dossier whose receipt the kiosk holds, and reuse its deposit number.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _sqlite_wal(cursor: sqlite3.Cursor) -> None:
    # Turning a new file to WAL takes an exclusive lock, and SQLite answers "locked" at once,
    # without waiting, when services open the new file together: retry as busy_timeout would.
    deadline = time.monotonic() + WRITER_WAIT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


_BEGIN_MODE = "escale_sqlite_begin"  # execution option read by `_sqlite_begin`, `_postgresql_begin`


def _sqlite_begin(conn: Connection) -> None:
    # IMMEDIATE (the default): a transaction that reads then writes waits for the lock at
    # BEGIN instead of failing with "database is locked" when another one wrote in between.
    # Transactions are short, so serialising writers costs little. Read-only transactions
    # begin DEFERRED and never wait (WAL): see `Database.reading`.
    conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get(_BEGIN_MODE, 'IMMEDIATE')}")


def _postgresql_begin(conn: Connection) -> None:
    # PostgreSQL's READ COMMITTED lets two transactions read the same row, then both write
    # from what they read (two revocations each keeping its own time, two audit events).
    # The code is written for SQLite's one-writer-at-a-time, so writers take one
    # transaction-scoped advisory lock first: the same serialisation, released at commit
    # or rollback, shared by every service process on the database. Readers take nothing.
    if conn.get_execution_options().get(_BEGIN_MODE, "IMMEDIATE") == "IMMEDIATE":
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {WRITER_WAIT_MS}")  # then fail, as SQLite does
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_WRITER_LOCK})")


def open_engine(url: str) -> Engine:
    """Open the database at `url` (creating an SQLite file if needed) and migrate it."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # Requests run in a thread pool: a pooled connection may move between threads.
        engine = create_engine(parsed, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(parsed, pool_pre_ping=True)
        if parsed.get_backend_name() == "postgresql":
            event.listen(engine, "begin", _postgresql_begin)
    try:
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = engine.execution_options(**{_BEGIN_MODE: "DEFERRED"})
        # SQLite: this process's writers queue here, in order, rather than in SQLite's busy
        # handler, which polls with sleeps of 1, 2, 5, 10... ms while another connection
        # writes (other processes still meet that one). PostgreSQL's writer lock blocks.
        self._writers: threading.RLock | None = (threading.RLock() if engine.dialect.name == "sqlite"
                                                 else None)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Held around every write transaction of this process (see `__init__`)."""
        if self._writers is None:
            yield
            return
        with self._writers:
            yield

    @classmethod
    def open(cls, url: str) -> Database:
        return cls(open_engine(url))

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any exception."""
        with self.writing(), Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only transaction: it takes no write lock, so it waits for no writer (and
        must not write: on PostgreSQL its writes would not wait for the other writers)."""
        with Session(self._reader, expire_on_commit=False) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
