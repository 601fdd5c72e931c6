"""The migration runner: versions, idempotence, refusal of newer databases, no drift."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Connection, Table
from sqlalchemy.dialects import sqlite
from sqlmodel import SQLModel

import kiosk.store.models  # noqa: F401  (declares the tables)
from kiosk.store.crypto import StoreCipher
from kiosk.store.db import for_writing, open_engine
from kiosk.store.dossiers import DB_NAME, DossierStore
from kiosk.store.errors import MigrationError, SchemaTooNewError
from kiosk.store.migrations import MIGRATIONS, migrate


@contextmanager
def _raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection: looks at the file without the store's code."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def _snapshot(path: Path) -> tuple[int, list[tuple[str, ...]], list[tuple[object, ...]]]:
    """Version, schema and dossier rows, read without the store's code."""
    with _raw(path) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        tables = {name for kind, name, _ in schema if kind == "table"}
        rows = (
            conn.execute("SELECT * FROM dossier ORDER BY id").fetchall()
            if "dossier" in tables
            else []
        )
    return version, schema, rows


def _tables(path: Path) -> set[str]:
    return {name for kind, name, _ in _snapshot(path)[1] if kind == "table"}


def test_a_new_database_is_migrated_to_the_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "escale.db"
    open_engine(path).dispose()
    version, _, _ = _snapshot(path)
    assert version == len(MIGRATIONS) >= 1
    assert {"dossier", "attachment"} <= _tables(path)


def test_migrating_again_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "escale.db"
    engine = open_engine(path)
    before = _snapshot(path)
    assert migrate(for_writing(engine)) == len(MIGRATIONS)
    engine.dispose()
    open_engine(path).dispose()
    assert _snapshot(path) == before


def test_concurrent_first_opens_migrate_once(tmp_path: Path) -> None:
    path = tmp_path / "escale.db"
    with ThreadPoolExecutor(max_workers=4) as pool:
        engines = list(pool.map(lambda _: open_engine(path), range(4)))
    for engine in engines:
        engine.dispose()
    assert _snapshot(path)[0] == len(MIGRATIONS)


def test_a_newer_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    with DossierStore(data_dir) as store:
        store.create_draft("titre-sejour-ue", 1)
    path = data_dir / DB_NAME
    with _raw(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = _snapshot(path)

    with pytest.raises(SchemaTooNewError, match="99"):
        DossierStore(data_dir)
    assert _snapshot(path) == before


def _columns(table: Table) -> dict[str, tuple[str, bool, bool]]:
    dialect = sqlite.dialect()
    return {
        column.name: (
            str(column.type.compile(dialect=dialect)),
            not column.nullable,
            column.primary_key,
        )
        for column in table.columns
    }


def _kiosk_tables() -> dict[str, Table]:
    """Every SQLModel table declared in the `kiosk` package (all live in the kiosk's DB)."""
    tables: dict[str, Table] = {}
    pending = list(SQLModel.__subclasses__())
    while pending:
        model = pending.pop()
        pending.extend(model.__subclasses__())
        table = getattr(model, "__table__", None)
        if isinstance(table, Table) and model.__module__.startswith("kiosk."):
            tables[table.name] = table
    return tables


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "escale.db"
    open_engine(path).dispose()
    declared = _kiosk_tables()
    assert set(declared) == _tables(path) - {"sqlite_sequence"}

    with _raw(path) as conn:
        for name, table in declared.items():
            migrated = {
                column: (type_, bool(notnull), bool(pk))
                for _, column, type_, notnull, _, pk in conn.execute(f"PRAGMA table_info({name})")
            }
            assert migrated == _columns(table), name

            migrated_fks = {
                (row[3], row[2], row[4], row[6])  # from, table, to, on_delete
                for row in conn.execute(f"PRAGMA foreign_key_list({name})")
            }
            declared_fks = {
                (
                    fk.parent.name,
                    fk.column.table.name,
                    fk.column.name,
                    (fk.ondelete or "NO ACTION").upper(),
                )
                for fk in table.foreign_keys
            }
            assert migrated_fks == declared_fks, name

            migrated_indexes = {
                index: (
                    tuple(row[2] for row in conn.execute(f"PRAGMA index_info({index})")),
                    bool(unique),
                )
                for _, index, unique, origin, _ in conn.execute(f"PRAGMA index_list({name})")
                if origin == "c"  # made by CREATE INDEX, not by a constraint
            }
            declared_indexes = {
                index.name: (tuple(column.name for column in index.columns), index.unique)
                for index in table.indexes
            }
            assert migrated_indexes == declared_indexes, name


def _add_note_column(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE dossier ADD COLUMN note VARCHAR NOT NULL DEFAULT ''")


def test_a_later_migration_keeps_the_data(data_dir: Path, samples) -> None:
    with DossierStore(data_dir) as store:
        dossier_id = store.create_draft("titre-sejour-ue", 1)
        store.save_answers(dossier_id, {"nom": "Martin"}, "identite")
        store.add_attachment(dossier_id, "passport", samples.pdf(pages=2))
    path = data_dir / DB_NAME
    _, _, rows_before = _snapshot(path)
    with _raw(path) as conn:
        attachments_before = conn.execute("SELECT * FROM attachment").fetchall()

    engine = open_engine(path)
    try:
        assert migrate(for_writing(engine), [*MIGRATIONS, _add_note_column]) == len(MIGRATIONS) + 1
    finally:
        engine.dispose()

    version, _, rows_after = _snapshot(path)
    assert version == len(MIGRATIONS) + 1
    assert [row[:-1] for row in rows_after] == rows_before  # every old column intact
    assert [row[-1] for row in rows_after] == [""]
    with _raw(path) as conn:
        assert conn.execute("SELECT * FROM attachment").fetchall() == attachments_before
        blob = conn.execute("SELECT answers_blob FROM dossier").fetchone()[0]
    answers = StoreCipher.for_data_dir(data_dir).decrypt(blob, b"dossier:" + dossier_id.encode())
    assert json.loads(answers) == {"nom": "Martin"}


def _create_then_fail(conn: Connection) -> None:
    conn.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
    raise RuntimeError("boom")


def _orphan_attachment(conn: Connection) -> None:
    # Deferred, as a table rebuild would need: only the runner's check can catch it.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    conn.exec_driver_sql(
        "INSERT INTO attachment (dossier_id, requirement, kind, position, original_name,"
        " sha256, size, pages, media_type, created_at) VALUES ('missing', 'passport',"
        " 'document', 0, x'00', ?, 1, 1, 'image/png', '2025-01-01 00:00:00')",
        ("a" * 64,),
    )


@pytest.mark.parametrize(
    ("migration", "error"),
    [(_create_then_fail, RuntimeError), (_orphan_attachment, MigrationError)],
)
def test_a_failing_migration_is_rolled_back(tmp_path: Path, migration, error) -> None:
    path = tmp_path / "escale.db"
    engine = open_engine(path)
    before = _snapshot(path)
    try:
        with pytest.raises(error):
            migrate(for_writing(engine), [*MIGRATIONS, migration])
    finally:
        engine.dispose()
    assert _snapshot(path) == before
    with _raw(path) as conn:
        assert conn.execute("SELECT count(*) FROM attachment").fetchone()[0] == 0
