"""The SQLite engine: pragmas on every pooled connection, and who takes the write lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import exc

from kiosk.store.db import BUSY_TIMEOUT_MS, for_writing, open_engine


def test_every_pooled_connection_is_configured(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "escale.db")
    try:
        connections = [engine.connect() for _ in range(3)]  # three distinct pooled connections
        expected = {
            "journal_mode": "wal",
            "foreign_keys": 1,
            "busy_timeout": BUSY_TIMEOUT_MS,
            "synchronous": 2,  # FULL: a confirmed deposit survives a power cut
        }
        for conn in connections:
            found = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar_one() for name in expected}
            assert found == expected
            conn.close()
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "escale.db")
    try:
        with pytest.raises(exc.IntegrityError), engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO attachment (dossier_id, requirement, kind, position, original_name,"
                " sha256, size, pages, media_type, created_at)"
                " VALUES ('nope', 'passport', 'document', 0, x'00', ?, 1, 1, 'image/png',"
                " '2025-01-01 00:00:00')",
                ("a" * 64,),
            )
    finally:
        engine.dispose()


def test_writing_transactions_take_the_write_lock_at_begin(tmp_path: Path) -> None:
    path = tmp_path / "escale.db"
    engine = open_engine(path)
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with engine.begin() as conn:  # a reader: deferred, the lock stays free
            conn.exec_driver_sql("SELECT count(*) FROM dossier").scalar_one()
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        with for_writing(engine).begin() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM dossier").scalar_one()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()
        engine.dispose()
