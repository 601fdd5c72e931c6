"""Below the HTTP layer: schema and migrations, keys, settings, the wire contract in the
OpenAPI document, streaming decryption, deposit numbers."""

from __future__ import annotations

import hashlib
import itertools
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, text

import central.models  # noqa: F401  (registers the tables)
from central.app import create_app
from central.config import CentralSettings, ConfigError, load_central_settings
from central.db import Database
from central.dossiers import Intake
from central.keys import KeyFileError, load_or_create_keys
from central.migrations import MIGRATIONS, MigrationError, migrate, schema_version
from central.models import CentralModel
from central.sealed import SealError, decrypted_sha256
from central.storage import ChunkStore
from kiosk.protocol import models as wire


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database.open(f"sqlite:///{tmp_path / 'c.db'}")
    yield database
    database.close()


def test_migrating_again_is_a_no_op(db: Database) -> None:
    assert migrate(db.engine) == len(MIGRATIONS)
    with db.engine.connect() as conn:
        assert schema_version(conn) == len(MIGRATIONS)
        assert conn.execute(text("SELECT COUNT(*) FROM schema_version")).scalar_one() == len(MIGRATIONS)


def test_a_database_from_a_newer_service_is_refused(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO schema_version (version, applied_at) VALUES (99, '2030-01-01')"))
    with pytest.raises(MigrationError, match="version 99"):
        migrate(db.engine)


def test_the_declared_tables_match_the_migrated_schema(db: Database) -> None:
    inspector = inspect(db.engine)
    tables = set(inspector.get_table_names()) - {"schema_version"}
    assert tables == set(CentralModel.metadata.tables) & tables == {
        "enrollment_code", "device", "dossier", "dossier_file", "dossier_chunk", "deposit_counter",
        "audit_event", "applicant_account", "applicant_session", "instruction", "complement_request",
        "notification", "mail_message"}
    for name in tables:
        declared = {c.name: c for c in CentralModel.metadata.tables[name].columns}
        actual = {c["name"]: c for c in inspector.get_columns(name)}
        assert set(declared) == set(actual), name
        for column, info in actual.items():
            same = declared[column].nullable == info["nullable"] or declared[column].primary_key
            assert same, (name, column)
        primary = inspector.get_pk_constraint(name)["constrained_columns"]
        assert set(primary) == {c.name for c in CentralModel.metadata.tables[name].primary_key}, name


def test_keys_are_made_private_once_and_reloaded(tmp_path: Path, key_dir: Path) -> None:
    keys = load_or_create_keys(key_dir)
    assert load_or_create_keys(key_dir).signing_public == keys.signing_public
    assert stat.S_IMODE(key_dir.stat().st_mode) == 0o700
    for path in key_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    leaky = tmp_path / "leaky"
    leaky.mkdir(mode=0o700)
    (leaky / "signing.key").write_bytes((key_dir / "signing.key").read_bytes())
    os.chmod(leaky / "signing.key", 0o644)
    with pytest.raises(KeyFileError, match="readable by others"):
        load_or_create_keys(leaky)


def test_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ESCALE_CENTRAL_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ESCALE_CENTRAL_ADMIN_TOKEN", "t" * 20)
    monkeypatch.setenv("ESCALE_CENTRAL_DEPOSIT_PREFIX", "PREF")
    loaded = load_central_settings(database_url=str(tmp_path / "x.db"))
    assert loaded.database_url == f"sqlite:///{tmp_path / 'x.db'}"
    assert loaded.storage_dir == tmp_path / "storage" and loaded.key_dir == tmp_path / "keys"
    assert loaded.admin_token == "t" * 20 and loaded.deposit_prefix == "PREF"
    for bad in ({"deposit_prefix": "esc-"}, {"admin_token": "short"}, {"database_url": "sqlite://"},
                {"deposit_timezone": "Mars/Olympus"}, {"max_dossier_bytes": "lots"}, {"colour": "blue"}):
        with pytest.raises(ConfigError):
            load_central_settings(**bad)


def test_the_openapi_document_is_made_from_the_shared_wire_models(tmp_path: Path, key_dir: Path) -> None:
    app = create_app(CentralSettings(database_url=f"sqlite:///{tmp_path / 'c.db'}",
                                     storage_dir=tmp_path / "s", key_dir=key_dir))
    document = app.openapi()
    schemas = document["components"]["schemas"]
    for model in (wire.SignedManifest, wire.Manifest, wire.FileEntry, wire.UploadStatus, wire.SignedReceipt,
                  wire.Receipt, wire.EnrollRequest, wire.EnrollResponse, wire.ErrorBody):
        own = model.model_json_schema(ref_template="#/components/schemas/{model}")
        assert set(schemas[model.__name__]["properties"]) == set(own["properties"]), model
        assert schemas[model.__name__].get("required") == own.get("required"), model
    manifest = document["paths"]["/v1/dossiers/{dossier_id}"]["put"]
    body = manifest["requestBody"]["content"]["application/json"]["schema"]
    answer = manifest["responses"]["200"]["content"]["application/json"]["schema"]
    assert body["$ref"].endswith("/SignedManifest") and answer["$ref"].endswith("/UploadStatus")
    chunk = document["paths"]["/v1/dossiers/{dossier_id}/files/{file_index}/chunks/{n}"]["put"]
    assert "application/octet-stream" in chunk["requestBody"]["content"]
    assert any(p["name"] == "X-Escale-Chunk-Sha256" for p in chunk["parameters"])


@settings(max_examples=60, deadline=None)
@given(plaintext=st.binary(max_size=3000), cuts=st.lists(st.integers(0, 3100), max_size=8))
def test_streaming_decryption_matches_one_shot(plaintext: bytes, cuts: list[int]) -> None:
    key, nonce = AESGCM.generate_key(bit_length=256), os.urandom(12)
    sealed = nonce + AESGCM(key).encrypt(nonce, plaintext, b"d/answers.json")
    bounds = sorted({0, len(sealed), *(c for c in cuts if c < len(sealed))})
    pieces = [sealed[a:b] for a, b in itertools.pairwise(bounds)]
    assert decrypted_sha256(key, b"d/answers.json", pieces) == hashlib.sha256(plaintext).hexdigest()
    with pytest.raises(SealError, match="authentication tag"):
        decrypted_sha256(key, b"d/other.json", pieces)  # the AAD binds the file to its name
    with pytest.raises(SealError):
        decrypted_sha256(key, b"d/answers.json", [sealed[:20]])


def test_deposit_numbers_count_per_local_year(db: Database, tmp_path: Path, key_dir: Path) -> None:
    settings_ = CentralSettings(database_url="sqlite:///unused", storage_dir=tmp_path, key_dir=key_dir)
    intake = Intake(db, ChunkStore(tmp_path / "s"), load_or_create_keys(key_dir), settings_)
    numbers = []
    for moment in (datetime(2026, 12, 31, 23, 30, tzinfo=UTC),  # already 2027 in Paris (UTC+1)
                   datetime(2026, 12, 31, 23, 59, tzinfo=UTC), datetime(2026, 12, 31, 22, 59, tzinfo=UTC)):
        with db.transaction() as session:
            numbers.append(intake._next_deposit_number(session, moment))
    assert numbers == ["ESC-2027-000001", "ESC-2027-000002", "ESC-2026-000001"]
