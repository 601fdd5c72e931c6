"""SQLModel tables of the central service.

The schema itself is made by `migrations.py` with explicit, portable SQL (SQLite and
PostgreSQL); a test checks that these declarations and the migrated database agree.
No table holds personal data in clear: dossiers stay ciphertext, only hashes are kept.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, ForeignKeyConstraint, Text, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import registry
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

RECEIVING, DEPOSITED, REJECTED = "receiving", "deposited", "rejected"
DOSSIER_STATES = (RECEIVING, DEPOSITED, REJECTED)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out; stored as naive UTC (TIMESTAMP on every database)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use datetime.now(UTC)")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


class CentralModel(SQLModel, registry=registry()):
    """The central service's own metadata: its tables never mix with the kiosk store's
    (both have a `dossier` table, and demo mode runs them in one process)."""


class EnrollmentCode(CentralModel, table=True):
    __tablename__ = "enrollment_code"

    code_hash: str = Field(primary_key=True)  # SHA-256 of the normalised code: the code itself is never kept
    created_at: datetime = Field(sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    device_id: str | None = None  # the device it enrolled


class Device(CentralModel, table=True):
    __tablename__ = "device"

    id: str = Field(primary_key=True)  # uuid4, made here at enrollment
    name: str  # the terminal's name given by IT (a place, not a person)
    public_key: str  # raw Ed25519, base64
    enrolled_at: datetime = Field(sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Dossier(CentralModel, table=True):
    __tablename__ = "dossier"

    id: str = Field(primary_key=True)  # made on the kiosk, frozen at sealing
    device_id: str = Field(foreign_key="device.id", index=True)
    signed_manifest: str = Field(sa_type=Text)  # the SignedManifest as JSON
    manifest_sha256: str  # Manifest.digest(): what idempotency and the receipt refer to
    chunk_size: int  # from the manifest: every chunk but the last of a file has this length
    state: str = Field(index=True)  # RECEIVING | DEPOSITED | REJECTED
    reason: str | None = None  # why it was rejected (no personal data: file indexes and checks)
    deposit_number: str | None = Field(default=None, unique=True)
    receipt_json: str | None = Field(default=None, sa_type=Text)  # the SignedReceipt, byte for byte
    created_at: datetime = Field(sa_type=UTCDateTime)  # manifest received
    received_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # deposited
    updated_at: datetime = Field(sa_type=UTCDateTime)


class DossierFile(CentralModel, table=True):
    __tablename__ = "dossier_file"
    __table_args__ = (UniqueConstraint("dossier_id", "name"),)

    dossier_id: str = Field(foreign_key="dossier.id", primary_key=True, ondelete="CASCADE")
    file_index: int = Field(primary_key=True)
    name: str
    size: int  # ciphertext bytes
    sha256: str  # of the ciphertext, from the manifest
    chunks: int
    plaintext_sha256: str | None = None  # after decryption, at commit


class Chunk(CentralModel, table=True):
    __tablename__ = "dossier_chunk"
    __table_args__ = (
        ForeignKeyConstraint(["dossier_id", "file_index"],
                             ["dossier_file.dossier_id", "dossier_file.file_index"], ondelete="CASCADE"),
    )

    dossier_id: str = Field(primary_key=True)
    file_index: int = Field(primary_key=True)
    n: int = Field(primary_key=True)
    sha256: str  # names the chunk file: other bytes never overwrite stored ones
    size: int
    received_at: datetime = Field(sa_type=UTCDateTime)


class DepositCounter(CentralModel, table=True):
    __tablename__ = "deposit_counter"

    year: int = Field(primary_key=True)
    last_number: int


class AuditEvent(CentralModel, table=True):
    """Who did what, when: ids, states and checks only, never personal data."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime, index=True)
    actor: str  # "device:<id>", "admin", "cli"
    action: str  # e.g. "dossier.deposited"
    target: str | None = Field(default=None, index=True)  # a dossier or device id
    detail: str | None = None
