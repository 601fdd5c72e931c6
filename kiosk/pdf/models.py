"""Plain data the PDF documents are made from.

The rest of the application fills these; `kiosk.pdf` never reads the procedure
engine, the store or the UI, so any front end (or a test) can print a document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

FileKind = Literal["document", "translation"]


@dataclass(frozen=True)
class ChecklistEntry:
    """One supporting document of the Annexe 1 checklist (French texts)."""

    code: str
    section: str
    label: str
    required: bool
    detail: str | None = None
    conditional: bool = False  # depends on answers not given yet ("selon votre situation")


@dataclass(frozen=True)
class ChecklistDocument:
    """The personalised list of supporting documents; `title` is the procedure's name."""

    title: str
    entries: list[ChecklistEntry]
    generated_on: date
    applicant_name: str | None = None
    procedure_version: int | None = None


@dataclass(frozen=True)
class FileSummary:
    """One deposited file: its name as shown, its page count, and whether it is a translation."""

    name: str
    pages: int
    kind: FileKind = "document"

    @property
    def is_translation(self) -> bool:
        return self.kind == "translation"


@dataclass(frozen=True)
class DocumentSummary:
    """One requirement of the dossier and the files given for it."""

    code: str
    label: str
    files: list[FileSummary]


@dataclass(frozen=True)
class ConfirmationData:
    """Everything the deposit confirmation shows."""

    dossier_id: str
    procedure_title: str
    deposited_at: datetime
    surname: str
    given_names: str
    usage_name: str | None
    birth_date: date
    nationality: str
    foreigner_number: str
    documents: list[DocumentSummary]
    status: str
    site_name: str | None = None
    deposit_number: str | None = None

    def __post_init__(self) -> None:
        # A naive time would be printed as if it were Paris time, whatever it meant: refuse it.
        if self.deposited_at.tzinfo is None or self.deposited_at.utcoffset() is None:
            raise ValueError("deposited_at must be timezone-aware")


@dataclass(frozen=True)
class AttestationData:
    """The "attestation de décision favorable" the central service issues on acceptance."""

    deposit_number: str
    decided_at: datetime  # aware
    surname: str
    given_names: str
    birth_date: date
    nationality: str
    foreigner_number: str
    card_title: str  # e.g. « CE – Séjour permanent – Toutes activités professionnelles »
    prefecture: str
    verification_code: str  # lets an agent check the attestation with the central service
