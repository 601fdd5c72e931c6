"""The deposit confirmation's data: built from the dossier at deposit, kept (encrypted)
with the sealed dossier once its plaintext is wiped, and printed again with the
deposit number when the central service's receipt arrives."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from kiosk.procedure.countries import country_name
from kiosk.procedure.definition import Procedure

if TYPE_CHECKING:
    from kiosk.pdf.models import ConfirmationData
    from kiosk.store.dossiers import DossierRecord
    from kiosk.store.outbox import OutboxRecord

PENDING_STATUS = "Déposé au guichet, en attente de transmission"
STATUS_BY_STATE = {
    "ready": PENDING_STATUS,
    "sealed": PENDING_STATUS,
    "sending": "Transmission en cours",
    "sent": "Transmission en cours",
    "retry_wait": PENDING_STATUS,
    "quarantined": "Transmission suspendue : le médiateur est prévenu",
    "deposited": "Transmis au service instructeur",
}


def confirmation_for(record: DossierRecord, procedure: Procedure,
                     site_name: str | None = None) -> ConfirmationData:
    from kiosk.pdf.models import ConfirmationData, DocumentSummary, FileSummary

    answers = record.answers.get("answers", {})
    labels = {r.code: r.label for r in procedure.documents}
    files: dict[str, list[FileSummary]] = {}
    for a in record.attachments:
        files.setdefault(a.requirement, []).append(FileSummary(a.original_name, a.pages, a.kind))
    order = [r.code for r in procedure.documents]
    return ConfirmationData(
        dossier_id=record.id,
        procedure_title=procedure.title,
        deposited_at=record.ready_at or datetime.now(UTC),
        surname=answers.get("identity.surname", ""),
        given_names=answers.get("identity.given_names", ""),
        usage_name=answers.get("identity.usage_name"),
        birth_date=date.fromisoformat(answers["identity.birth_date"]),
        nationality=country_name(answers.get("identity.nationality", "")),
        foreigner_number=answers.get("identity.foreigner_number", ""),
        documents=[DocumentSummary(code, labels.get(code, code), files[code])
                   for code in sorted(files, key=order.index)],
        status=PENDING_STATUS,
        site_name=site_name,
    )


def to_json(data: ConfirmationData) -> dict[str, Any]:
    raw = asdict(data)
    raw["deposited_at"] = data.deposited_at.isoformat()
    raw["birth_date"] = data.birth_date.isoformat()
    return raw


def from_json(raw: dict[str, Any]) -> ConfirmationData:
    from kiosk.pdf.models import ConfirmationData, DocumentSummary, FileSummary

    documents = [DocumentSummary(d["code"], d["label"], [FileSummary(**f) for f in d["files"]])
                 for d in raw["documents"]]
    return ConfirmationData(**{
        **raw,
        "deposited_at": datetime.fromisoformat(raw["deposited_at"]),
        "birth_date": date.fromisoformat(raw["birth_date"]),
        "documents": documents,
    })


def for_outbox(raw: dict[str, Any], row: OutboxRecord) -> ConfirmationData:
    """The confirmation of a sealed dossier as it stands: number and status from its row."""
    return replace(from_json(raw), deposit_number=row.deposit_number,
                   status=STATUS_BY_STATE.get(row.state, PENDING_STATUS))
