"""SQLModel tables of the central service.

The schema itself is made by `migrations.py` with explicit, portable SQL (SQLite and
PostgreSQL); a test checks that these declarations and the migrated database agree.
No table holds personal data in clear: dossiers stay ciphertext, only hashes are kept.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKeyConstraint, Text, UniqueConstraint
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from kiosk.store.utc import UTCDateTime
from kiosk.store.utc import utc_now as utc_now  # re-exported: other modules take it from here

RECEIVING, DEPOSITED, REJECTED = "receiving", "deposited", "rejected"
DOSSIER_STATES = (RECEIVING, DEPOSITED, REJECTED)


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


# -- applicants, instruction, notifications, mail (migration 2) --------------------------
PENDING, ACTIVE = "pending", "active"  # an account is active once its one-time code and password are set
ACCOUNT_STATES = (PENDING, ACTIVE)

# PROCEDURE.md §5; `deposited` is also the intake state of a deposited dossier.
UNDER_REVIEW, COMPLEMENT_REQUESTED = "under_review", "complement_requested"
ACCEPTED, REFUSED, CLOSED = "accepted", "refused", "closed_without_action"
INSTRUCTION_STATES = (DEPOSITED, UNDER_REVIEW, COMPLEMENT_REQUESTED, ACCEPTED, REFUSED, CLOSED)

MAIL_QUEUED, MAIL_SENT, MAIL_FAILED = "queued", "sent", "failed"
MAIL_STATES = (MAIL_QUEUED, MAIL_SENT, MAIL_FAILED)


class ApplicantAccount(CentralModel, table=True):
    """An applicant's account. The foreigner number and the visa or permit number are kept
    only as keyed hashes (HMAC): enough to find the account and link dossiers to it."""

    __tablename__ = "applicant_account"

    id: str = Field(primary_key=True)  # uuid4
    applicant_key: str = Field(unique=True)  # HMAC of the foreigner number (central.accounts_crypto)
    document_key: str  # HMAC of the visa or residence-permit number it was created with
    email: str  # needed to send mail; never logged
    state: str  # PENDING | ACTIVE
    password_hash: str | None = None  # PHC string ($argon2id$v=19$m=..,t=..,p=..$salt$hash)
    code_hash: str | None = None  # HMAC of the live one-time code, if any
    code_expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    code_attempts: int = 0  # wrong codes typed against the live code
    failed_logins: int = 0  # consecutive
    locked_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    activated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ApplicantSession(CentralModel, table=True):
    __tablename__ = "applicant_session"

    token_hash: str = Field(primary_key=True)  # SHA-256 of the opaque token: the token is never kept
    account_id: str = Field(foreign_key="applicant_account.id", index=True, ondelete="CASCADE")
    device_id: str = Field(foreign_key="device.id")  # the kiosk it was opened on, and only there
    created_at: datetime = Field(sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)


class InstructionCase(CentralModel, table=True):
    """The instruction of a deposited dossier (PROCEDURE.md §5)."""

    __tablename__ = "instruction"

    dossier_id: str = Field(foreign_key="dossier.id", primary_key=True)
    applicant_key: str | None = Field(default=None, index=True)  # from the answers; None: not given
    state: str = Field(index=True)  # one of INSTRUCTION_STATES
    updated_at: datetime = Field(sa_type=UTCDateTime)
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    verification_code: str | None = Field(default=None, unique=True)  # printed on the attestation


class ComplementRequest(CentralModel, table=True):
    __tablename__ = "complement_request"

    id: str = Field(primary_key=True)  # uuid4
    dossier_id: str = Field(foreign_key="instruction.dossier_id", index=True)
    requirements: str  # the requested requirement codes (PROCEDURE.md §4), space-separated
    reason: str = Field(sa_type=Text)  # the agent's words to the applicant
    requested_at: datetime = Field(sa_type=UTCDateTime)
    answer_dossier_id: str | None = Field(default=None, foreign_key="dossier.id", unique=True)
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Notification(CentralModel, table=True):
    __tablename__ = "notification"

    id: str = Field(primary_key=True)  # uuid4
    applicant_key: str = Field(index=True)
    dossier_id: str = Field(foreign_key="instruction.dossier_id")
    kind: str  # the state the dossier moved to, or "complement_received"
    complement_request_id: str | None = Field(default=None, foreign_key="complement_request.id")
    reason: str | None = Field(default=None, sa_type=Text)  # a refusal's or closing's reason
    created_at: datetime = Field(sa_type=UTCDateTime)
    read_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class MailMessage(CentralModel, table=True):
    """The outgoing mail queue: written in the transaction of the event it tells about,
    sent later by central.mail.MailSender. A sent message keeps no recipient or body."""

    __tablename__ = "mail_message"

    id: int | None = Field(default=None, primary_key=True)
    kind: str  # e.g. "account_code", "instruction.accepted": what the logs and audit show
    state: str = Field(index=True)  # MAIL_QUEUED | MAIL_SENT | MAIL_FAILED
    recipient: str | None = None
    subject: str | None = None
    body: str | None = Field(default=None, sa_type=Text)
    attempts: int = 0
    next_attempt_at: datetime = Field(sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = None  # the error's type and SMTP code only: servers echo addresses
