"""SQLModel tables of the local store.

The schema itself is created by `migrations.py` with explicit SQL; a test checks that
these declarations and the migrated database agree column for column.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from kiosk.store.utc import UTCDateTime
from kiosk.store.utc import utc_now as utc_now  # re-exported: other modules take it from here

DRAFT = "draft"
READY = "ready"
DOSSIER_STATES = (DRAFT, READY)

DOCUMENT = "document"
TRANSLATION = "translation"
ATTACHMENT_KINDS = (DOCUMENT, TRANSLATION)


class Dossier(SQLModel, table=True):
    __table_args__ = (Index("ix_dossier_state_updated_at", "state", "updated_at"),)

    id: str = Field(primary_key=True)  # uuid4, made on the kiosk, frozen at sealing
    procedure_id: str
    procedure_version: int
    state: str  # DRAFT | READY
    answers_blob: bytes  # the answers JSON, encrypted (AAD: b"dossier:" + id)
    current_page: str | None = None  # the wizard page to resume at
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    ready_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Attachment(SQLModel, table=True):
    # AUTOINCREMENT: an id is never reused, so a stale id held by a screen cannot hit a newer file.
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    dossier_id: str = Field(foreign_key="dossier.id", ondelete="CASCADE", index=True)
    requirement: str  # document code from the procedure, e.g. "passport"
    kind: str  # DOCUMENT | TRANSLATION
    position: int  # order within (requirement, kind), 0-based and dense
    original_name: bytes  # encrypted: file names often carry personal names
    sha256: str = Field(index=True)  # of the plaintext content; names the blob
    size: int
    pages: int
    media_type: str  # application/pdf, image/jpeg, image/png
    created_at: datetime = Field(sa_type=UTCDateTime)


# Outbox states (ARCHITECTURE rule 5): sealed -> sending -> sent -> deposited, with
# retry_wait after a typed failure and quarantined when the server refuses the dossier.
SEALED, SENDING, SENT, DEPOSITED = "sealed", "sending", "sent", "deposited"
RETRY_WAIT, QUARANTINED = "retry_wait", "quarantined"
OUTBOX_STATES = (SEALED, SENDING, SENT, DEPOSITED, RETRY_WAIT, QUARANTINED)


class Outbox(SQLModel, table=True):
    __table_args__ = (Index("ix_outbox_state_next_attempt_at", "state", "next_attempt_at"),)

    dossier_id: str = Field(primary_key=True)
    state: str
    manifest_sha256: str
    confirmation_blob: bytes  # the deposit confirmation's data, encrypted (personal)
    bytes_total: int
    bytes_sent: int = 0
    attempts: int = 0
    next_attempt_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    error_kind: str | None = None  # network | server | rejected | conflict | receipt
    error: str | None = None  # the reason, never personal data
    deposit_number: str | None = None
    receipt_json: str | None = None  # the central service's signed receipt
    sealed_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    deposited_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class OutboxEvent(SQLModel, table=True):
    """What happened to a queued dossier, for the mediator's audit (no personal data)."""

    __tablename__ = "outbox_event"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    dossier_id: str = Field(index=True)
    at: datetime = Field(sa_type=UTCDateTime)
    event: str
    detail: str | None = None



# Saved-for-later drafts: "saved" holds the draft (encrypted under the resume code's key);
# "resumed" and "expired" are tombstones (no data) that let a late code be told apart.
SAVED, RESUMED, EXPIRED = "saved", "resumed", "expired"
SAVED_DRAFT_STATES = (SAVED, RESUMED, EXPIRED)


class SavedDraft(SQLModel, table=True):
    """A draft put aside under a resume code. Neither the code nor anything personal is
    here in the clear: `lookup` is derived from the code by a slow KDF, the data key is
    wrapped with a key derived alongside it, and the payload is encrypted with that data key."""

    __tablename__ = "saved_draft"
    __table_args__ = (
        Index("ix_saved_draft_lookup", "lookup", unique=True),
        Index("ix_saved_draft_state_expires_at", "state", "expires_at"),
    )

    id: str = Field(primary_key=True)  # random; names the folder of its encrypted files
    lookup: str  # hex, from the code's KDF output (never the code)
    state: str  # SAVED | RESUMED | EXPIRED
    kdf: str  # the KDF and its parameters, e.g. "argon2id-v19-m65536-t3-p4"
    wrapped_key: bytes | None = None  # the data key, encrypted with the code's key
    payload: bytes | None = None  # the draft (answers, page, file list), encrypted with the data key
    files: int
    saved_at: datetime = Field(sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ResumeGuard(SQLModel, table=True):
    """One row: wrong resume codes in a row at this kiosk, and when the last one came."""

    __tablename__ = "resume_guard"

    id: int = Field(primary_key=True)
    failures: int
    last_failure_at: datetime = Field(sa_type=UTCDateTime)
