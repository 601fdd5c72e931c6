"""Intake that hands deposited dossiers over to the instruction (docs/protocol.md
"Instruction", "Complements").

At commit, besides what `Intake` checks, the answers file's plaintext (kept by `Intake`'s
single decrypting pass: it is small) gives the applicant's foreigner number; only its keyed
hash is kept. Then, in the transaction that deposits the dossier (`Intake.on_deposit`):

- an ordinary dossier gets its instruction row (state `deposited`), linked to the applicant;
- a complement (`Manifest.complement_of`) is checked against its parent (same applicant,
  parent in `complement_requested`, only requested requirement codes), attached to the
  open request and moves the parent back to `under_review`; a complement that fails a
  check is rejected with the reason, like a dossier that does not decrypt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlmodel import Session, select

from central.accounts_crypto import Identifiers
from central.config import CentralSettings
from central.db import Database
from central.dossiers import Intake, NotFound, Opened
from central.instruction_answers import MAX_ANSWERS_BYTES, foreigner_number, parse_answers
from central.keys import CentralKeys
from central.models import DEPOSITED, Chunk, Device, Dossier, DossierFile, InstructionCase, utc_now
from central.sealed import NONCE_BYTES, SealError, aad, unwrap_key
from central.storage import ChunkStore
from kiosk.protocol.models import Manifest, SignedManifest, UploadStatus

ANSWERS_FILE = "answers.json"


# (session, complement's manifest, complement's row, its applicant key, now) -> why it is rejected
ComplementHandler = Callable[[Session, Manifest, Dossier, str | None, datetime], str | None]
APPLICANT_KEY = "applicant_key"  # Opened.notes: the HMAC of the foreigner number, or None


class AnswersUnreadable(Exception):
    """The stored answers of a deposited dossier cannot be read back (storage damaged)."""


class ApplicantIntake(Intake):
    kept_plaintext = frozenset({ANSWERS_FILE})
    kept_plaintext_max_bytes = MAX_ANSWERS_BYTES

    def __init__(self, db: Database, chunks: ChunkStore, keys: CentralKeys, settings: CentralSettings,
                 clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(db, chunks, keys, settings, clock)
        self.identifiers = Identifiers(keys)
        # Set by central.online.install: the instruction's checks and notices, the mail wake-up.
        self.on_complement: ComplementHandler | None = None
        self.after_commit: Callable[[], None] = lambda: None
        self._may_queue_mail = threading.local()  # this thread's commit handled a complement

    # -- commit -----------------------------------------------------------------------
    def after_decrypting(self, opened: Opened) -> None:
        # An answers file too large to be kept reads as no answers, as parse_answers does.
        number = foreigner_number(parse_answers(opened.plaintext.get(ANSWERS_FILE, b"")))
        opened.notes[APPLICANT_KEY] = None if number is None else self.identifiers.applicant(number)

    def on_deposit(self, session: Session, device: Device, row: Dossier, opened: Opened,
                   now: datetime) -> str | None:
        applicant_key = opened.notes.get(APPLICANT_KEY)
        manifest = opened.manifest
        if manifest.complement_of is not None:
            assert self.on_complement is not None, "central.online.install sets the complement handler"
            self._may_queue_mail.value = True
            return self.on_complement(session, manifest, row, applicant_key, now)
        session.add(InstructionCase(dossier_id=row.id, applicant_key=applicant_key, state=DEPOSITED,
                                    updated_at=now))
        return None

    def commit(self, device: Device, dossier_id: str) -> UploadStatus:
        self._may_queue_mail.value = False
        try:
            return super().commit(device, dossier_id)
        finally:
            if self._may_queue_mail.value:  # a complement may have queued mail; a deposit mails nothing
                self.after_commit()

    # -- reading a deposited dossier's answers ------------------------------------------
    def answers(self, dossier_id: str) -> dict[str, Any]:
        """The decrypted answers of a deposited dossier ({} if they cannot be read as JSON)."""
        with self.db.reading() as session:
            row = session.get(Dossier, dossier_id)
            if row is None or row.state != DEPOSITED:
                raise NotFound("no such deposited dossier")
            entry = session.exec(select(DossierFile).where(DossierFile.dossier_id == dossier_id,
                                                           DossierFile.name == ANSWERS_FILE)).first()
            if entry is None:
                return {}
            stored = {(c.file_index, c.n): c.sha256 for c in session.exec(
                select(Chunk).where(Chunk.dossier_id == dossier_id, Chunk.file_index == entry.file_index))}
        manifest = SignedManifest.model_validate_json(row.signed_manifest).manifest
        try:
            return parse_answers(self._decrypt(manifest, entry, stored))
        except Exception as exc:  # a chunk file gone or changed since the deposit
            raise AnswersUnreadable(f"dossier {dossier_id}: {type(exc).__name__}") from exc

    def _decrypt(self, manifest: Manifest, entry: DossierFile, stored: dict[tuple[int, int], str]) -> bytes:
        if entry.size > MAX_ANSWERS_BYTES:
            return b""
        sealed = b"".join(self._pieces(manifest.dossier_id, entry, stored))
        key = unwrap_key(self.keys, manifest.wrapped_key)
        try:
            return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:],
                                       aad(manifest.dossier_id, entry.name))
        except InvalidTag:
            raise SealError(f"file {entry.file_index} ({entry.name}): decryption failed") from None

