"""Drafts saved for later ("Enregistrer et reprendre plus tard"), kept so that only the
holder of the resume code can open them, and deleted for real once they expire.

A saved draft is a `saved_draft` row and a folder `<data_dir>/saved/<id>/` of files:

- a fresh AES-256-GCM data key encrypts the payload (answers, page, file list: JSON) in the
  row and each attached file in the folder (`0`, `1`, …: no hash or name in sight);
- the data key is stored wrapped (encrypted) with the key derived from the resume code;
- the row is found by `lookup`, derived from the code by the same slow KDF.

The store never sees the code itself: kiosk/deposit/resume.py derives `CodeKeys` from it.
Neither the device key nor the database alone opens a saved draft. When a draft is resumed
or expires, its row becomes a tombstone (no key, no payload; its files deleted) so a late
code is told "already used" or "expired" rather than "unknown"; tombstones go after
TOMBSTONE_DAYS. Writes to the folder happen under the database write lock, like the blob
store's, so the sweep of orphan folders never races a save.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from kiosk.store.crypto import KEY_SIZE, StoreCipher
from kiosk.store.errors import StoreIntegrityError
from kiosk.store.fsutil import write_atomic
from kiosk.store.models import EXPIRED, SAVED, ResumeGuard, SavedDraft

SAVED_DIR = "saved"
TOMBSTONE_DAYS = 365  # how long "this code has expired / was used" can still be said
GUARD_ID = 1
_ID = re.compile(r"[0-9a-f]{32}")
log = logging.getLogger(__name__)

# What `DossierStore.restore_saved` found for a code (besides the model's states).
UNKNOWN = "unknown"
OPENED = "opened"


@dataclass(frozen=True)
class CodeKeys:
    """What a resume code gives (kiosk/deposit/resume.py): where to look, and the key."""

    lookup: str  # 64 hex characters
    key: bytes  # 32 bytes: wraps the draft's data key
    kdf: str  # the KDF and its parameters, kept with the row


@dataclass(frozen=True)
class SavedRecord:
    """A saved draft as the store may tell it: no data, only its state and dates."""

    id: str
    state: str
    saved_at: datetime
    expires_at: datetime
    closed_at: datetime | None


def _key_aad(saved_id: str) -> bytes:
    return b"saved-key:" + saved_id.encode()


def _payload_aad(saved_id: str) -> bytes:
    return b"saved-payload:" + saved_id.encode()


def _file_aad(saved_id: str, index: int) -> bytes:
    return b"saved-file:" + saved_id.encode() + b":" + str(index).encode()


def _record(row: SavedDraft) -> SavedRecord:
    return SavedRecord(id=row.id, state=row.state, saved_at=row.saved_at,
                       expires_at=row.expires_at, closed_at=row.closed_at)


class OpenedDraft:
    """A saved draft opened with its code: the payload, and its files on demand."""

    def __init__(self, folder: Path, saved_id: str, data: StoreCipher, payload: dict[str, Any]) -> None:
        self.payload = payload
        self._folder = folder
        self._id = saved_id
        self._data = data

    def file(self, index: int) -> bytes:
        try:
            message = (self._folder / str(index)).read_bytes()
        except FileNotFoundError:
            raise StoreIntegrityError(f"saved draft {self._id} lacks its file {index}") from None
        return self._data.decrypt(message, _file_aad(self._id, index))


class SavedDraftStore:
    """The saved drafts of one data folder. `DossierStore.save_for_later` / `restore_saved`
    move drafts in and out within their own transactions; the rest is here."""

    def __init__(self, data_dir: Path, engine: Engine, writer: Engine, cipher: StoreCipher) -> None:
        self.root = data_dir / SAVED_DIR
        self._engine = engine
        self._writer = writer
        self._cipher = cipher

    def kdf_salt(self) -> bytes:
        """The salt of the resume codes' KDF: secret, and different on every kiosk."""
        return self._cipher.derive(b"resume-code-salt", 16)

    # -- within a DossierStore transaction ----------------------------------------------
    def put(self, session: Session, saved_id: str, keys: CodeKeys, payload: dict[str, Any],
            files: Iterable[bytes], *, now: datetime, expires_at: datetime) -> None:
        """Encrypt `payload` and `files` under a fresh data key wrapped with `keys.key`, and add
        the row to `session` (the caller commits; on failure it calls `remove_files`)."""
        if not _ID.fullmatch(saved_id):
            raise ValueError(f"not a saved draft id: {saved_id!r}")
        data_key = AESGCM.generate_key(bit_length=KEY_SIZE * 8)
        data = StoreCipher(data_key)
        count = 0
        for count, content in enumerate(files, start=1):
            folder = self.root / saved_id
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_atomic(folder / str(count - 1), data.encrypt(content, _file_aad(saved_id, count - 1)))
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True, allow_nan=False)
        session.add(SavedDraft(
            id=saved_id, lookup=keys.lookup, state=SAVED, kdf=keys.kdf,
            wrapped_key=StoreCipher(keys.key).encrypt(data_key, _key_aad(saved_id)),
            payload=data.encrypt(text.encode(), _payload_aad(saved_id)),
            files=count, saved_at=now, expires_at=expires_at,
        ))

    @staticmethod
    def find(session: Session, lookup: str) -> SavedDraft | None:
        return session.exec(select(SavedDraft).where(SavedDraft.lookup == lookup)).first()

    def open(self, row: SavedDraft, key: bytes) -> OpenedDraft:
        """Unwrap the data key with the code's `key` and decrypt the payload."""
        if row.state != SAVED or row.wrapped_key is None or row.payload is None:
            raise StoreIntegrityError(f"saved draft {row.id} holds no draft")
        data_key = StoreCipher(key).decrypt(row.wrapped_key, _key_aad(row.id))
        data = StoreCipher(data_key)
        payload = json.loads(data.decrypt(row.payload, _payload_aad(row.id)))
        return OpenedDraft(self.root / row.id, row.id, data, payload)

    @staticmethod
    def close(row: SavedDraft, state: str, now: datetime) -> None:
        """Make `row` a tombstone in `state` (resumed or expired): key and payload gone."""
        row.state = state
        row.wrapped_key = None
        row.payload = None
        row.closed_at = now

    def remove_files(self, saved_id: str) -> None:
        if _ID.fullmatch(saved_id):
            shutil.rmtree(self.root / saved_id, ignore_errors=True)

    # -- on their own ------------------------------------------------------------------------
    def get(self, saved_id: str) -> SavedRecord | None:
        with Session(self._engine) as session:
            row = session.get(SavedDraft, saved_id)
            return None if row is None else _record(row)

    def records(self) -> list[SavedRecord]:
        query = select(SavedDraft).order_by(col(SavedDraft.saved_at))
        with Session(self._engine) as session:
            return [_record(row) for row in session.exec(query)]

    def purge(self, now: datetime) -> int:
        """Delete every saved draft whose time is up (payload, key and files), tombstones past
        TOMBSTONE_DAYS, and folders no saved draft owns (a save or resume cut short).
        Returns how many drafts were deleted."""
        with Session(self._writer) as session:
            due = session.exec(
                select(SavedDraft).where(SavedDraft.state == SAVED, col(SavedDraft.expires_at) <= now)
            ).all()
            for row in due:
                self.close(row, EXPIRED, now)
                session.add(row)
            old = session.exec(
                select(SavedDraft).where(SavedDraft.state != SAVED,
                                         col(SavedDraft.expires_at) <= now - timedelta(days=TOMBSTONE_DAYS))
            ).all()
            for row in old:
                session.delete(row)
            session.flush()
            # Under the write lock (taken at the first statement): no save is writing a folder.
            live = set(session.exec(select(SavedDraft.id).where(SavedDraft.state == SAVED)).all())
            orphans = [folder for folder in self._folders() if folder.name not in live]
            session.commit()
        for folder in orphans:
            shutil.rmtree(folder, ignore_errors=True)
        if due:
            log.info("saved drafts expired and deleted: %d", len(due))
        return len(due)

    def _folders(self) -> list[Path]:
        if not self.root.is_dir():
            return []
        return [path for path in self.root.iterdir() if path.is_dir()]

    # -- the guard against guessing ------------------------------------------------------------
    def failures(self) -> tuple[int, datetime | None]:
        """Wrong codes in a row at this kiosk, and when the last one was typed."""
        with Session(self._engine) as session:
            row = session.get(ResumeGuard, GUARD_ID)
            return (0, None) if row is None else (row.failures, row.last_failure_at)

    def record_failure(self, now: datetime, *, forget_after: timedelta) -> int:
        """Count one more wrong code (the count starts again after `forget_after` of quiet)."""
        with Session(self._writer) as session:
            row = session.get(ResumeGuard, GUARD_ID)
            if row is None:
                row = ResumeGuard(id=GUARD_ID, failures=0, last_failure_at=now)
            elif now - row.last_failure_at > forget_after:
                row.failures = 0
            row.failures += 1
            row.last_failure_at = now
            session.add(row)
            session.commit()
            return row.failures

    def clear_failures(self) -> None:
        with Session(self._writer) as session:
            row = session.get(ResumeGuard, GUARD_ID)
            if row is not None:
                session.delete(row)
                session.commit()
