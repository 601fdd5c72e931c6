"""The dossier store: drafts the applicant can resume after a crash, and ready dossiers.

Every change is one database transaction, begun with the write lock held (BEGIN
IMMEDIATE), so a crash leaves a dossier as it was before or after a call, never between.
Answers and file names are encrypted in the rows; file contents in the blob store.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import literal_column
from sqlmodel import Session, col, delete, select

from kiosk.store.blobs import BlobReader, BlobStore, sha256_hex
from kiosk.store.crypto import StoreCipher
from kiosk.store.db import checkpoint, for_writing, open_engine
from kiosk.store.errors import (
    AttachmentNotFound,
    DossierNotFound,
    DossierStateError,
    StoreIntegrityError,
)
from kiosk.store.files import MAX_BYTES, inspect_bytes, read_attachment
from kiosk.store.models import (
    ATTACHMENT_KINDS,
    DOCUMENT,
    DOSSIER_STATES,
    DRAFT,
    EXPIRED,
    READY,
    RESUMED,
    SAVED,
    Attachment,
    Dossier,
    utc_now,
)
from kiosk.store.outbox import OutboxStore
from kiosk.store.saved_drafts import OPENED, UNKNOWN, CodeKeys, SavedDraftStore

DB_NAME = "escale.db"


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    requirement: str
    kind: str
    position: int
    original_name: str
    sha256: str
    size: int
    pages: int
    media_type: str


@dataclass(frozen=True)
class DossierRecord:
    id: str
    procedure_id: str
    procedure_version: int
    state: str
    answers: dict[str, Any]
    current_page: str | None
    created_at: datetime
    updated_at: datetime
    ready_at: datetime | None
    attachments: list[AttachmentRecord]  # by requirement, kind, then position


@dataclass(frozen=True)
class RestoreResult:
    """What a resume code opened: `status` OPENED (the draft `dossier_id` is back), UNKNOWN,
    or the tombstone's RESUMED (used before) / EXPIRED (with `expires_at`)."""

    status: str
    dossier_id: str | None = None
    expires_at: datetime | None = None


# Associated data: ciphertext only decrypts in the row (and for the file) it was made for.
def _answers_aad(dossier_id: str) -> bytes:
    return b"dossier:" + dossier_id.encode()


def _name_aad(dossier_id: str, sha256: str) -> bytes:
    return b"attachment-name:" + dossier_id.encode() + b":" + sha256.encode()


class DossierStore:
    """Dossiers in `<data_dir>/escale.db`, their files in `<data_dir>/blobs/`.

    Thread-safe: each call uses its own session from the engine's pool.
    """

    def __init__(self, data_dir: Path, *, cipher: StoreCipher | None = None) -> None:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._cipher = cipher or StoreCipher.for_data_dir(data_dir)
        self._blobs = BlobStore(data_dir, self._cipher)
        self._engine = open_engine(data_dir / DB_NAME)
        self._writer = for_writing(self._engine)
        self._drop_unreferenced()  # blobs of an add_attachment cut short by a crash
        self.outbox = OutboxStore(self._engine, self._writer, self._cipher)
        self.saved = SavedDraftStore(data_dir, self._engine, self._writer, self._cipher)
        self.purge_saved(utc_now())  # drafts saved for later whose time is up

    # --- dossiers -------------------------------------------------------------------

    def create_draft(self, procedure_id: str, procedure_version: int) -> str:
        dossier_id = str(uuid.uuid4())
        now = utc_now()
        with Session(self._writer) as session:
            session.add(
                Dossier(
                    id=dossier_id,
                    procedure_id=procedure_id,
                    procedure_version=procedure_version,
                    state=DRAFT,
                    answers_blob=self._seal_answers(dossier_id, {}),
                    created_at=now,
                    updated_at=now,
                )
            )
            session.commit()
        return dossier_id

    def save_answers(
        self, dossier_id: str, answers: dict[str, Any], current_page: str | None
    ) -> None:
        sealed = self._seal_answers(dossier_id, answers)  # bad answers fail before any write
        with Session(self._writer) as session:
            dossier = self._get_draft(session, dossier_id)
            dossier.answers_blob = sealed
            dossier.current_page = current_page
            dossier.updated_at = utc_now()
            session.add(dossier)
            session.commit()

    def mark_ready(self, dossier_id: str, answers: dict[str, Any]) -> DossierRecord:
        """Save the final answers and move the draft to "ready", atomically."""
        sealed = self._seal_answers(dossier_id, answers)
        with Session(self._writer) as session:
            dossier = self._get_draft(session, dossier_id)
            now = utc_now()
            dossier.answers_blob = sealed
            dossier.state = READY
            dossier.ready_at = now
            dossier.updated_at = now
            session.add(dossier)
            session.flush()
            record = self._record(session, dossier)
            session.commit()
        return record

    def load(self, dossier_id: str) -> DossierRecord:
        with Session(self._engine) as session:
            return self._record(session, self._get(session, dossier_id))

    def latest_draft(self, procedure_id: str | None = None) -> DossierRecord | None:
        """The most recently changed draft (of `procedure_id` if given: a deposit's draft,
        not a complement's): what to offer to resume after a restart."""
        with Session(self._engine) as session:
            query = select(Dossier).where(Dossier.state == DRAFT)
            if procedure_id is not None:
                query = query.where(Dossier.procedure_id == procedure_id)
            dossier = session.exec(
                query
                # rowid breaks ties of coarse clocks: the later-created draft wins.
                .order_by(col(Dossier.updated_at).desc(), literal_column("dossier.rowid").desc())
                .limit(1)
            ).first()
            return None if dossier is None else self._record(session, dossier)

    def list_dossiers(self, state: str | None = None) -> list[DossierRecord]:
        """Dossiers, most recently changed first; only those in `state` if given."""
        if state is not None and state not in DOSSIER_STATES:
            raise ValueError(f"unknown dossier state {state!r}")
        query = select(Dossier).order_by(
            col(Dossier.updated_at).desc(), literal_column("dossier.rowid").desc()
        )
        if state is not None:
            query = query.where(Dossier.state == state)
        with Session(self._engine) as session:
            return [self._record(session, dossier) for dossier in session.exec(query)]

    def hand_over_to_outbox(self, dossier_id: str, manifest_sha256: str,
                            confirmation: dict[str, Any], bytes_total: int) -> None:
        """The dossier is sealed: in one transaction its outbox row appears and its
        plaintext (answers, attachment rows) goes; then its files leave the blob store."""
        # The outbox's writers (the pass's other threads) queue on its lock, not in SQLite's.
        with self.outbox.write_lock:
            with Session(self._writer) as session:
                # Plain statements: the dossier's state, not the whole row (answers included).
                state = session.exec(select(Dossier.state).where(Dossier.id == dossier_id)).first()
                if state is None:
                    raise DossierNotFound(f"no dossier {dossier_id}")
                if state != READY:
                    raise DossierStateError(f"dossier {dossier_id} is {state}, not ready")
                shas = session.exec(
                    select(Attachment.sha256).where(Attachment.dossier_id == dossier_id)
                ).all()
                self.outbox.new_row(session, dossier_id, manifest_sha256, confirmation, bytes_total)
                # Its attachment rows go by ON DELETE CASCADE, as with `delete`.
                session.exec(delete(Dossier).where(col(Dossier.id) == dossier_id))
                session.commit()
            self._drop_unreferenced(shas)

    def delete(self, dossier_id: str) -> None:
        """Delete a dossier, its attachments and the files no other attachment uses."""
        with Session(self._writer) as session:
            dossier = self._get(session, dossier_id)
            shas = session.exec(
                select(Attachment.sha256).where(Attachment.dossier_id == dossier_id)
            ).all()
            session.delete(dossier)  # attachment rows go by ON DELETE CASCADE
            session.commit()
        self._drop_unreferenced(shas)

    # --- saved for later (kiosk/deposit/resume.py) -------------------------------------

    def save_for_later(self, dossier_id: str, keys: CodeKeys, *, now: datetime,
                       expires_at: datetime) -> str:
        """Take a draft out of the dossiers, in one transaction: its answers, page and files
        go into a saved draft only `keys` opens, its rows and (unshared) blobs are deleted.
        It is no longer any "latest draft". Returns the saved draft's id."""
        saved_id = uuid.uuid4().hex
        try:
            with Session(self._writer) as session:
                dossier = self._get_draft(session, dossier_id)
                record = self._record(session, dossier)
                rows = {row.id: row for row in session.exec(
                    select(Attachment).where(Attachment.dossier_id == dossier_id))}
                shas = list(dict.fromkeys(a.sha256 for a in record.attachments))
                payload = {
                    "dossier_id": dossier.id,
                    "procedure_id": dossier.procedure_id,
                    "procedure_version": dossier.procedure_version,
                    "answers": record.answers,
                    "current_page": dossier.current_page,
                    "created_at": dossier.created_at.isoformat(),
                    "attachments": [
                        {"requirement": a.requirement, "kind": a.kind, "position": a.position,
                         "original_name": a.original_name, "sha256": a.sha256, "size": a.size,
                         "pages": a.pages, "media_type": a.media_type, "file": shas.index(a.sha256),
                         "created_at": rows[a.id].created_at.isoformat()}
                        for a in record.attachments
                    ],
                }
                self.saved.put(session, saved_id, keys, payload, (self._blobs.get(sha) for sha in shas),
                               now=now, expires_at=expires_at)
                session.delete(dossier)  # attachment rows go by ON DELETE CASCADE
                session.commit()
        except BaseException:
            self.saved.remove_files(saved_id)
            raise
        self._drop_unreferenced(shas)
        checkpoint(self._engine)
        return saved_id

    def restore_saved(self, keys: CodeKeys, *, now: datetime) -> RestoreResult:
        """Bring the draft saved under `keys` back among the dossiers (its id, answers, page and
        files as they were), and make the saved draft a tombstone. An expired one is purged."""
        with Session(self._writer) as session:
            row = self.saved.find(session, keys.lookup)
            if row is None:
                return RestoreResult(UNKNOWN)
            if row.state == SAVED and row.expires_at <= now:
                self.saved.close(row, EXPIRED, now)
                session.add(row)
                session.commit()
                self.saved.remove_files(row.id)
            if row.state != SAVED:
                return RestoreResult(row.state, expires_at=row.expires_at)
            opened = self.saved.open(row, keys.key)
            payload = opened.payload
            dossier_id = payload["dossier_id"]
            shas: list[str] = []
            try:
                session.add(Dossier(
                    id=dossier_id, procedure_id=payload["procedure_id"],
                    procedure_version=payload["procedure_version"], state=DRAFT,
                    answers_blob=self._seal_answers(dossier_id, payload["answers"]),
                    current_page=payload["current_page"],
                    created_at=datetime.fromisoformat(payload["created_at"]), updated_at=now,
                ))
                session.flush()  # the dossier before its attachments (foreign key)
                files = sorted({a["file"]: a["sha256"] for a in payload["attachments"]}.items())
                for index, sha in files:
                    data = opened.file(index)
                    if sha256_hex(data) != sha:
                        raise StoreIntegrityError(f"saved draft {row.id}: file {index} does not match")
                    shas.append(self._blobs.put(data))  # under the write lock, as add_attachment
                for a in payload["attachments"]:
                    session.add(Attachment(
                        dossier_id=dossier_id, requirement=a["requirement"], kind=a["kind"],
                        position=a["position"],
                        original_name=self._cipher.encrypt(a["original_name"].encode(),
                                                           _name_aad(dossier_id, a["sha256"])),
                        sha256=a["sha256"], size=a["size"], pages=a["pages"],
                        media_type=a["media_type"], created_at=datetime.fromisoformat(a["created_at"]),
                    ))
                self.saved.close(row, RESUMED, now)
                session.add(row)
                session.commit()
            except BaseException:
                session.rollback()
                self._drop_unreferenced(shas)
                raise
            saved_id = row.id
        self.saved.remove_files(saved_id)
        checkpoint(self._engine)
        return RestoreResult(OPENED, dossier_id=dossier_id)

    def purge_saved(self, now: datetime) -> int:
        """Delete the saved drafts whose time is up (see SavedDraftStore.purge)."""
        purged = self.saved.purge(now)
        if purged:
            checkpoint(self._engine)
        return purged

    # --- attachments ----------------------------------------------------------------

    def add_attachment(
        self,
        dossier_id: str,
        requirement: str,
        source: Path,
        *,
        kind: str = DOCUMENT,
        original_name: str | None = None,
    ) -> AttachmentRecord:
        """Check `source`, then store it encrypted as the last file of (requirement, kind).

        On any error nothing is kept: no row and no file.
        """
        if kind not in ATTACHMENT_KINDS:
            raise ValueError(f"unknown attachment kind {kind!r}")
        if not requirement:
            raise ValueError("an attachment needs a requirement code")
        # Checked and stored from the same bytes: the file cannot change in between.
        data = read_attachment(source, max_bytes=MAX_BYTES)
        info = inspect_bytes(data)
        sha = sha256_hex(data)
        name = original_name if original_name is not None else source.name
        try:
            with Session(self._writer) as session:
                dossier = self._get_draft(session, dossier_id)
                last = session.exec(
                    select(Attachment.position)
                    .where(
                        Attachment.dossier_id == dossier_id,
                        Attachment.requirement == requirement,
                        Attachment.kind == kind,
                    )
                    .order_by(col(Attachment.position).desc())
                    .limit(1)
                ).first()
                # Written under the write lock, so `_drop_unreferenced` cannot race it.
                self._blobs.put(data)
                row = Attachment(
                    dossier_id=dossier_id,
                    requirement=requirement,
                    kind=kind,
                    position=0 if last is None else last + 1,
                    original_name=self._cipher.encrypt(name.encode(), _name_aad(dossier_id, sha)),
                    sha256=sha,
                    size=info.size,
                    pages=info.pages,
                    media_type=info.media_type,
                    created_at=utc_now(),
                )
                session.add(row)
                dossier.updated_at = row.created_at
                session.add(dossier)
                session.flush()
                record = self._attachment_record(row)
                session.commit()
        except BaseException:
            # Keep the original error; if this cleanup fails, the sweep at next open retries.
            with contextlib.suppress(Exception):
                self._drop_unreferenced([sha])
            raise
        return record

    def remove_attachment(self, dossier_id: str, attachment_id: int) -> None:
        with Session(self._writer) as session:
            dossier = self._get_draft(session, dossier_id)
            row = self._get_attachment(session, dossier_id, attachment_id)
            sha = row.sha256
            session.delete(row)
            session.flush()
            self._renumber(self._siblings(session, row))
            dossier.updated_at = utc_now()
            session.add(dossier)
            session.commit()
        self._drop_unreferenced([sha])

    def move_attachment(self, dossier_id: str, attachment_id: int, new_position: int) -> None:
        """Move an attachment to `new_position` (0-based) among those of its requirement."""
        with Session(self._writer) as session:
            dossier = self._get_draft(session, dossier_id)
            row = self._get_attachment(session, dossier_id, attachment_id)
            others = [other for other in self._siblings(session, row) if other.id != row.id]
            if not 0 <= new_position <= len(others):
                raise IndexError(f"position {new_position} is out of 0..{len(others)}")
            others.insert(new_position, row)
            self._renumber(others)
            dossier.updated_at = utc_now()
            session.add(dossier)
            session.commit()

    def attachment_bytes(self, attachment_id: int) -> bytes:
        """The decrypted content of an attachment (its hash is checked)."""
        with Session(self._engine) as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                raise AttachmentNotFound(f"no attachment {attachment_id}")
            return self._blobs.get(row.sha256)

    def open_blob(self, sha256: str) -> BlobReader:
        """A streaming reader of a stored file's plaintext (bounded memory, checked at its end)."""
        return self._blobs.open(sha256)

    # --- lifecycle ------------------------------------------------------------------

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> DossierStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- helpers --------------------------------------------------------------------

    def _seal_answers(self, dossier_id: str, answers: dict[str, Any]) -> bytes:
        if not isinstance(answers, dict):
            raise TypeError(f"answers must be a dict, not {type(answers).__name__}")
        text = json.dumps(answers, ensure_ascii=False, sort_keys=True, allow_nan=False)
        return self._cipher.encrypt(text.encode(), _answers_aad(dossier_id))

    @staticmethod
    def _get(session: Session, dossier_id: str) -> Dossier:
        dossier = session.get(Dossier, dossier_id)
        if dossier is None:
            raise DossierNotFound(f"no dossier {dossier_id}")
        return dossier

    def _get_draft(self, session: Session, dossier_id: str) -> Dossier:
        dossier = self._get(session, dossier_id)
        if dossier.state != DRAFT:
            raise DossierStateError(f"dossier {dossier_id} is {dossier.state}, not a draft")
        return dossier

    @staticmethod
    def _get_attachment(session: Session, dossier_id: str, attachment_id: int) -> Attachment:
        row = session.get(Attachment, attachment_id)
        if row is None or row.dossier_id != dossier_id:
            raise AttachmentNotFound(f"no attachment {attachment_id} in dossier {dossier_id}")
        return row

    @staticmethod
    def _siblings(session: Session, row: Attachment) -> list[Attachment]:
        """The attachments sharing `row`'s dossier, requirement and kind, in order."""
        return list(
            session.exec(
                select(Attachment)
                .where(
                    Attachment.dossier_id == row.dossier_id,
                    Attachment.requirement == row.requirement,
                    Attachment.kind == row.kind,
                )
                .order_by(col(Attachment.position), col(Attachment.id))
            )
        )

    @staticmethod
    def _renumber(rows: list[Attachment]) -> None:
        # Positions stay 0..n-1 so "next" is simply the count and moves need no gaps.
        for position, row in enumerate(rows):
            row.position = position

    def _record(self, session: Session, dossier: Dossier) -> DossierRecord:
        answers = json.loads(self._cipher.decrypt(dossier.answers_blob, _answers_aad(dossier.id)))
        rows = session.exec(
            select(Attachment)
            .where(Attachment.dossier_id == dossier.id)
            .order_by(
                col(Attachment.requirement),
                col(Attachment.kind),
                col(Attachment.position),
                col(Attachment.id),
            )
        )
        return DossierRecord(
            id=dossier.id,
            procedure_id=dossier.procedure_id,
            procedure_version=dossier.procedure_version,
            state=dossier.state,
            answers=answers,
            current_page=dossier.current_page,
            created_at=dossier.created_at,
            updated_at=dossier.updated_at,
            ready_at=dossier.ready_at,
            attachments=[self._attachment_record(row) for row in rows],
        )

    def _attachment_record(self, row: Attachment) -> AttachmentRecord:
        assert row.id is not None  # flushed rows only
        name = self._cipher.decrypt(row.original_name, _name_aad(row.dossier_id, row.sha256))
        return AttachmentRecord(
            id=row.id,
            requirement=row.requirement,
            kind=row.kind,
            position=row.position,
            original_name=name.decode(),
            sha256=row.sha256,
            size=row.size,
            pages=row.pages,
            media_type=row.media_type,
        )

    def _drop_unreferenced(self, candidates: Iterable[str] | None = None) -> None:
        """Delete the blobs among `candidates` (default: all) that no attachment references.

        Runs under the write lock, like `add_attachment` from writing its blob to committing
        its row, so a blob seen unreferenced here is not one about to be claimed.
        """
        with Session(self._writer) as session:
            if candidates is None:
                used = set(session.exec(select(Attachment.sha256).distinct()).all())
                self._blobs.remove_temp_files()
                candidates = list(self._blobs.hashes())
            else:  # only the candidates' rows (an index lookup each), not every attachment
                candidates = set(candidates)
                used = set(session.exec(select(Attachment.sha256).distinct()
                                        .where(col(Attachment.sha256).in_(candidates))).all()
                           ) if candidates else set()
            for sha in set(candidates) - used:
                self._blobs.delete(sha)
