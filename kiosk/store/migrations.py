"""The project's own schema migrations (no Alembic: one small file, one SQLite database).

Migration N is `MIGRATIONS[N - 1]`: a function that runs its SQL on a connection. The
version applied last lives in `PRAGMA user_version`, which SQLite writes inside the same
transaction, so a migration and its version number commit or roll back together.
Append new migrations at the end; never edit or reorder shipped ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Connection, Engine

from kiosk.store.errors import MigrationError, SchemaTooNewError

Migration = Callable[[Connection], None]


def _run(conn: Connection, *statements: str) -> None:
    # One statement per call: the sqlite3 driver refuses scripts (and executescript commits).
    for statement in statements:
        conn.exec_driver_sql(statement)


def _m001_initial(conn: Connection) -> None:
    _run(
        conn,
        """
        CREATE TABLE dossier (
            id VARCHAR NOT NULL PRIMARY KEY,
            procedure_id VARCHAR NOT NULL,
            procedure_version INTEGER NOT NULL,
            state VARCHAR NOT NULL CHECK (state IN ('draft', 'ready')),
            answers_blob BLOB NOT NULL,
            current_page VARCHAR,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL,
            ready_at DATETIME,
            CHECK ((state = 'ready') = (ready_at IS NOT NULL))
        )
        """,
        "CREATE INDEX ix_dossier_state_updated_at ON dossier (state, updated_at)",
        """
        CREATE TABLE attachment (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            dossier_id VARCHAR NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
            requirement VARCHAR NOT NULL,
            kind VARCHAR NOT NULL CHECK (kind IN ('document', 'translation')),
            position INTEGER NOT NULL CHECK (position >= 0),
            original_name BLOB NOT NULL,
            sha256 VARCHAR NOT NULL CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size > 0),
            pages INTEGER NOT NULL CHECK (pages > 0),
            media_type VARCHAR NOT NULL,
            created_at DATETIME NOT NULL
        )
        """,
        "CREATE INDEX ix_attachment_dossier_id ON attachment (dossier_id)",
        "CREATE INDEX ix_attachment_sha256 ON attachment (sha256)",
    )


def _m002_outbox(conn: Connection) -> None:
    """Sealed dossiers waiting for (or done with) the central service, and their log."""
    _run(
        conn,
        """
        CREATE TABLE outbox (
            dossier_id VARCHAR NOT NULL PRIMARY KEY,
            state VARCHAR NOT NULL CHECK (state IN
                ('sealed', 'sending', 'sent', 'deposited', 'retry_wait', 'quarantined')),
            manifest_sha256 VARCHAR NOT NULL CHECK (length(manifest_sha256) = 64),
            confirmation_blob BLOB NOT NULL,
            bytes_total INTEGER NOT NULL CHECK (bytes_total > 0),
            bytes_sent INTEGER NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at DATETIME,
            error_kind VARCHAR,
            error VARCHAR,
            deposit_number VARCHAR,
            receipt_json VARCHAR,
            sealed_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL,
            deposited_at DATETIME,
            CHECK ((state = 'deposited') = (receipt_json IS NOT NULL))
        )
        """,
        "CREATE INDEX ix_outbox_state_next_attempt_at ON outbox (state, next_attempt_at)",
        """
        CREATE TABLE outbox_event (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            dossier_id VARCHAR NOT NULL,
            at DATETIME NOT NULL,
            event VARCHAR NOT NULL,
            detail VARCHAR
        )
        """,
        "CREATE INDEX ix_outbox_event_dossier_id ON outbox_event (dossier_id)",
    )


def _m003_saved_drafts(conn: Connection) -> None:
    """Drafts saved for later under a resume code (kiosk/deposit/resume.py), and the
    kiosk-wide count of wrong codes that slows guessing down."""
    _run(
        conn,
        """
        CREATE TABLE saved_draft (
            id VARCHAR NOT NULL PRIMARY KEY,
            lookup VARCHAR NOT NULL CHECK (length(lookup) = 64),
            state VARCHAR NOT NULL CHECK (state IN ('saved', 'resumed', 'expired')),
            kdf VARCHAR NOT NULL,
            wrapped_key BLOB,
            payload BLOB,
            files INTEGER NOT NULL CHECK (files >= 0),
            saved_at DATETIME NOT NULL,
            expires_at DATETIME NOT NULL,
            closed_at DATETIME,
            CHECK ((state = 'saved') = (wrapped_key IS NOT NULL AND payload IS NOT NULL)),
            CHECK ((state = 'saved') = (closed_at IS NULL))
        )
        """,
        "CREATE UNIQUE INDEX ix_saved_draft_lookup ON saved_draft (lookup)",
        "CREATE INDEX ix_saved_draft_state_expires_at ON saved_draft (state, expires_at)",
        """
        CREATE TABLE resume_guard (
            id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
            failures INTEGER NOT NULL CHECK (failures >= 0),
            last_failure_at DATETIME NOT NULL
        )
        """,
    )


MIGRATIONS: tuple[Migration, ...] = (_m001_initial, _m002_outbox, _m003_saved_drafts)


def schema_version(conn: Connection) -> int:
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def migrate(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the database up to `len(migrations)`, one transaction per migration.

    Returns the schema version. Re-running is a no-op. A database from a newer Escale
    raises `SchemaTooNewError` before anything is written. Pass an engine whose
    transactions take the write lock at BEGIN (`db.for_writing`) so that two processes
    opening the same file at once apply each migration once.
    """
    target = len(migrations)
    while True:
        with engine.begin() as conn:
            version = schema_version(conn)
            if version > target:
                raise SchemaTooNewError(
                    f"the database schema is version {version} but this Escale knows only "
                    f"up to {target}; install the newer Escale (the database was not changed)"
                )
            if version == target:
                return version
            migrations[version](conn)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise MigrationError(
                    f"migration {version + 1} broke {len(broken)} foreign key(s); rolled back"
                )
            # PRAGMA takes no bound parameters; `version` is an int we computed.
            conn.exec_driver_sql(f"PRAGMA user_version = {version + 1}")
