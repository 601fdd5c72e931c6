"""What the service must do the same on SQLite and PostgreSQL, where the two differ most:
migrations of a fresh database, and requests racing for the same rows. Each test runs on
both databases (the `database_url` and `service` fixtures); the PostgreSQL runs need
$ESCALE_TEST_POSTGRES_URL (scripts/start-postgres.sh): without it, the first test here
is skipped and says so, and no test anywhere gets a PostgreSQL run."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from sqlalchemy import inspect, text
from sqlmodel import col, select

import central.models  # noqa: F401  (registers the tables)
from central.config import CentralSettings
from central.db import Database
from central.dossiers import Intake
from central.keys import load_or_create_keys
from central.migrations import MIGRATIONS, MigrationError, migrate, schema_version
from central.models import AuditEvent, CentralModel
from central.storage import ChunkStore

T = TypeVar("T")
RACERS = 6


def race(action: Callable[[], T], count: int = RACERS) -> list[T]:
    """`action` in `count` threads let go at the same moment; their results."""
    start = threading.Barrier(count)

    def run() -> T:
        start.wait()
        return action()

    with ThreadPoolExecutor(count) as pool:
        return [future.result() for future in [pool.submit(run) for _ in range(count)]]


def audit_events(service: Any, action: str, target: str) -> list[AuditEvent]:
    with service.central.db.reading() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == action,
                                                          AuditEvent.target == target)))


def test_the_postgresql_variants_run_on_a_supported_server(postgres) -> None:
    # 13: DROP DATABASE ... WITH (FORCE) in the tests; the service itself needs 10 (identity columns).
    major = int(postgres.check().split(".")[0])
    assert major >= 13, f"PostgreSQL {major}: the central tests need 13 or newer"


# -- migrations ---------------------------------------------------------------------------
def test_services_starting_together_migrate_a_new_database_once(database_url: str) -> None:
    databases = race(lambda: Database.open(database_url))
    try:
        with databases[0].engine.connect() as conn:
            assert schema_version(conn) == len(MIGRATIONS)
            versions = conn.execute(text("SELECT version FROM schema_version ORDER BY version")).scalars()
            assert list(versions) == list(range(1, len(MIGRATIONS) + 1))
        assert migrate(databases[0].engine) == len(MIGRATIONS)  # again: nothing to do
    finally:
        for database in databases:
            database.close()


def test_the_migrated_schema_is_the_declared_one(database_url: str) -> None:
    database = Database.open(database_url)
    try:
        inspector = inspect(database.engine)
        tables = set(inspector.get_table_names()) - {"schema_version"}
        assert tables == set(CentralModel.metadata.tables)
        for name in tables:
            declared = CentralModel.metadata.tables[name]
            actual = {c["name"]: c for c in inspector.get_columns(name)}
            assert set(actual) == {c.name for c in declared.columns}, name
            for column in declared.columns:
                nullable = actual[column.name]["nullable"]
                assert column.primary_key or nullable == column.nullable, (name, column.name)
            primary = inspector.get_pk_constraint(name)["constrained_columns"]
            assert set(primary) == {c.name for c in declared.primary_key}, name
    finally:
        database.close()


def test_a_database_from_a_newer_service_is_refused_unchanged(database_url: str) -> None:
    database = Database.open(database_url)
    try:
        with database.engine.begin() as conn:
            conn.execute(text("INSERT INTO schema_version (version, applied_at) VALUES (:v, :at)"),
                         {"v": 99, "at": datetime(2030, 1, 1)})
        with pytest.raises(MigrationError, match="version 99"):
            Database.open(database_url)
        with database.engine.connect() as conn:
            assert schema_version(conn) == 99
            rows = conn.execute(text("SELECT COUNT(*) FROM schema_version")).scalar_one()
            assert rows == len(MIGRATIONS) + 1
    finally:
        database.close()


# -- deposit numbers ----------------------------------------------------------------------
def test_deposit_numbers_never_repeat_nor_skip(database_url: str, tmp_path: Path, key_dir: Path) -> None:
    database = Database.open(database_url)
    settings = CentralSettings(database_url=database_url, storage_dir=tmp_path, key_dir=key_dir)
    intake = Intake(database, ChunkStore(tmp_path / "s"), load_or_create_keys(key_dir), settings)
    moment = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)  # already 2027 in Paris

    def take_five() -> list[str]:
        numbers = []
        for _ in range(5):
            with database.transaction() as session:
                numbers.append(intake._next_deposit_number(session, moment))
        return numbers

    try:
        taken = [number for numbers in race(take_five) for number in numbers]
        assert sorted(taken) == [f"ESC-2027-{n:06d}" for n in range(1, 5 * RACERS + 1)]
        with database.transaction() as session:
            earlier = intake._next_deposit_number(session, datetime(2026, 12, 31, 22, 59, tzinfo=UTC))
        assert earlier == "ESC-2026-000001"
    finally:
        database.close()


# -- requests racing over HTTP (the service on each database) ------------------------------
def test_one_code_enrolls_one_kiosk_among_racing_ones(service, new_kiosk) -> None:
    code = service.enrollment_code()
    names = {f"Guichet {code} {i}" for i in range(RACERS)}
    kiosks = [new_kiosk(name, enroll=False) for name in names]
    turn = iter(kiosks)
    lock = threading.Lock()

    def enroll() -> httpx.Response:
        with lock:
            kiosk = next(turn)
        return kiosk.enroll(code)

    statuses = sorted(response.status_code for response in race(enroll))
    assert statuses == [200] + [403] * (RACERS - 1)
    with service.admin() as client:
        listed = [d["name"] for d in client.get("/v1/admin/devices").json()]
    assert len([name for name in listed if name in names]) == 1


def test_a_manifest_sent_many_times_at_once_makes_one_dossier(service, kiosk) -> None:
    sealed = kiosk.seal()
    responses = race(lambda: kiosk.put_manifest(sealed))
    assert {r.status_code for r in responses} == {200}
    assert {r.json()["state"] for r in responses} == {"receiving"}
    assert len(audit_events(service, "dossier.received", sealed.id)) == 1
    index, n, chunk = next(sealed.all_chunks())
    assert {r.status_code for r in race(lambda: kiosk.put_chunk(sealed.id, index, n, chunk))} == {204}
    assert n not in kiosk.status(sealed.id).json()["missing"].get(str(index), [])
    kiosk.upload(sealed)
    assert kiosk.commit(sealed.id).json()["state"] == "deposited"


def test_racing_revocations_keep_the_first_time(service, kiosk) -> None:
    def revoke() -> httpx.Response:
        with service.admin() as client:
            return client.post(f"/v1/admin/devices/{kiosk.device_id}/revoke")

    responses = race(revoke)
    assert {r.status_code for r in responses} == {200}
    assert len({r.json()["revoked_at"] for r in responses}) == 1
    assert len(audit_events(service, "device.revoked", kiosk.device_id)) == 1


def test_kiosks_depositing_at_once_get_consecutive_numbers(service, new_kiosk) -> None:
    kiosks = [new_kiosk(f"Guichet {i}") for i in range(3)]
    sealed = [(kiosk, kiosk.seal()) for kiosk in kiosks for _ in range(2)]
    for kiosk, dossier in sealed:
        kiosk.put_manifest(dossier)
        kiosk.upload(dossier)
    pending = iter(sealed)
    lock = threading.Lock()

    def commit() -> str:
        with lock:
            kiosk, dossier = next(pending)
        response = kiosk.commit(dossier.id)
        assert response.status_code == 200, response.text
        return str(response.json()["receipt"]["receipt"]["deposit_number"])

    numbers = sorted(race(commit, len(sealed)))
    counters = [int(number.rsplit("-", 1)[1]) for number in numbers]
    assert counters == list(range(counters[0], counters[0] + len(sealed)))
    with service.central.db.reading() as session:
        stored = session.exec(select(AuditEvent.detail).where(AuditEvent.action == "dossier.deposited",
                                                              col(AuditEvent.detail).in_(numbers)))
        assert sorted(stored) == numbers


# -- the CLI on a database that is not there -----------------------------------------------
def test_the_cli_names_a_missing_database_in_one_line(database_url: str) -> None:
    if database_url.startswith("sqlite"):
        missing = database_url + ".nowhere"
    else:
        missing = database_url.rsplit("/", 1)[0] + "/escale_no_such_database"
    result = subprocess.run([sys.executable, "-m", "central", "dossiers", "--db", missing],
                            capture_output=True, text=True, timeout=60, cwd=Path(__file__).parents[2])
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("central: ") and result.stderr.count("\n") == 1, result.stderr
    assert "escale_no_such_database" in result.stderr or "no database" in result.stderr
