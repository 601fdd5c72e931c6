"""The answer to a complement request (PROCEDURE.md §5, docs/protocol.md "Complements"):
files attached to the requested requirement codes, sealed and queued like a deposit,
whose manifest names the dossier it completes (`complement_of`).

It is kept in the store as a dossier of the pseudo-procedure `complement`, so it goes
through the same encryption at rest, sealing, outbox and sync as a deposit. Its answers
name the applicant (the central service checks the parent is theirs) and nothing else.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.store.dossiers import AttachmentRecord, DossierRecord, DossierStore

COMPLEMENT_PROCEDURE = "complement"
COMPLEMENT_VERSION = 1


class ComplementRefused(ValueError):
    """The complement cannot be sent as it is; the message says why, in French."""


def is_complement(record: DossierRecord) -> bool:
    return record.procedure_id == COMPLEMENT_PROCEDURE


def complement_of(record: DossierRecord) -> str | None:
    """The parent dossier's id, for the manifest (None for a deposit)."""
    value = record.answers.get("complement_of") if is_complement(record) else None
    return str(value) if value else None


class ComplementSession:
    """One applicant answering one complement request at the kiosk."""

    def __init__(self, store: DossierStore, parent_id: str, foreigner_number: str,
                 requirements: list[str]) -> None:
        if not requirements:
            raise ComplementRefused("La demande ne cite aucune pièce.")
        self.store = store
        self.parent_id = parent_id
        self.foreigner_number = foreigner_number
        self.requirements = list(requirements)
        self.dossier_id: str | None = None  # made at the first file: nothing stored before

    def attach(self, code: str, path: Path, kind: str = "document") -> AttachmentRecord:
        if code not in self.requirements:
            raise ComplementRefused("Cette pièce n'est pas demandée.")
        if self.dossier_id is None:
            self.dossier_id = self.store.create_draft(COMPLEMENT_PROCEDURE, COMPLEMENT_VERSION)
        return self.store.add_attachment(self.dossier_id, code, path, kind=kind, original_name=path.name)

    def detach(self, attachment_id: int) -> None:
        if self.dossier_id is not None:
            self.store.remove_attachment(self.dossier_id, attachment_id)

    def files(self) -> dict[str, list[AttachmentRecord]]:
        by_code: dict[str, list[AttachmentRecord]] = {code: [] for code in self.requirements}
        if self.dossier_id is not None:
            for attachment in self.store.load(self.dossier_id).attachments:
                by_code.setdefault(attachment.requirement, []).append(attachment)
        return by_code

    def missing(self) -> list[str]:
        return [code for code, files in self.files().items()
                if not any(f.kind == "document" for f in files)]

    def send(self) -> DossierRecord:
        """Ready for sealing and the outbox. Every requested piece need not be there (the
        applicant may send what they have), but at least one document must."""
        if self.dossier_id is None or len(self.missing()) == len(self.requirements):
            raise ComplementRefused("Ajoutez au moins une des pièces demandées.")
        answers: dict[str, Any] = {
            "answers": {"identity.foreigner_number": self.foreigner_number},
            "complement_of": self.parent_id,
            "requirements": self.requirements,
        }
        return self.store.mark_ready(self.dossier_id, answers)

    def discard(self) -> None:
        if self.dossier_id is not None:
            self.store.delete(self.dossier_id)
            self.dossier_id = None
