"""The SQLite engine of the local store: WAL, foreign keys, and BEGIN under our control."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event

from kiosk.store.migrations import migrate

BUSY_TIMEOUT_MS = 5000
_BEGIN_MODE = "escale_sqlite_begin"  # execution option read by `_begin`


def _configure(dbapi_connection: Any, _record: Any) -> None:
    # Runs for every new pooled connection: these pragmas are per connection (except WAL).
    # isolation_level=None stops the sqlite3 driver from issuing its own BEGIN, which it
    # skips before DDL and SELECT; `_begin` issues one for every transaction instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # wait, don't fail, on locks
        mode = _enable_wal(cursor)
        if mode.lower() != "wal":  # e.g. a file system without shared memory
            raise RuntimeError(f"SQLite refused WAL mode (got {mode!r})")
        # FULL: a commit is on disk when it returns, power cut included. With NORMAL a
        # deposit the applicant saw confirmed could vanish with the last WAL frames.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Deleted rows are overwritten, not left in free pages: purged drafts are gone for real.
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def _enable_wal(cursor: Any) -> str:
    """Switch the file to WAL (persistent, so usually already done) and return the mode.

    The switch needs a moment alone with the file and SQLite reports "locked" at once,
    without calling the busy handler, when another connection opens it at the same
    instant (several first opens of a new file): retry until the busy timeout.
    """
    mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while mode.lower() != "wal":
        try:
            mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)
        else:
            break
    return mode


def _begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(_BEGIN_MODE, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def for_writing(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions take the write lock at BEGIN.

    A deferred transaction that reads and then writes can fail at once with "database is
    locked" when another connection wrote in between; BEGIN IMMEDIATE waits (busy_timeout)
    for the lock instead, and makes read-check-write sequences atomic.
    """
    return engine.execution_options(**{_BEGIN_MODE: "IMMEDIATE"})


def checkpoint(engine: Engine) -> None:
    """Copy the WAL into the database file and empty it (TRUNCATE): after a deletion, so that
    no old page of what was deleted stays in the WAL. Best effort: a busy reader postpones it."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlite3.OperationalError:
        pass
    finally:
        raw.close()


@contextmanager
def synchronous_normal(connection: Connection) -> Iterator[None]:
    """Commits on this SQLite connection do not wait for the disk (WAL, `synchronous =
    NORMAL`) until the block ends; FULL again before the connection goes back to the pool,
    or the connection is thrown away. Call it before any transaction begins."""
    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        try:
            raw.execute("PRAGMA synchronous = FULL")
        except BaseException:
            connection.invalidate()  # never back to the pool without FULL
            raise


def open_engine(db_path: Path) -> Engine:
    """Open (creating if needed) the SQLite file at `db_path` and migrate it."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(URL.create("sqlite", database=str(db_path)))
    event.listen(engine, "connect", _configure)
    event.listen(engine, "begin", _begin)
    try:
        migrate(for_writing(engine))
    except BaseException:
        engine.dispose()
        raise
    return engine
