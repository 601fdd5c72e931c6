"""The applicant's side after login (seed I1/I2, docs/protocol.md "Notifications"): the
notifications about their dossiers, marking one read, and the attestation of favourable
decision. An applicant is whoever the session token stands for: they see only the
notifications and dossiers linked to their own foreigner number (its keyed hash)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response, status
from sqlmodel import col, select, update

from central.accounts_api import SESSION_RESPONSES, CurrentApplicant
from central.models import ACCEPTED, ComplementRequest, Dossier, InstructionCase, Notification
from central.notifications_texts import TITLES, message
from central.online import OnlineDep, OnlineError, error_responses
from kiosk.protocol.models import UUID_PATTERN
from kiosk.protocol.online import Notification as NotificationOut
from kiosk.protocol.online import NotificationList

MAX_LISTED = 200  # newest first; older ones are of no use at a kiosk

Id = Annotated[str, Path(pattern=UUID_PATTERN)]

router = APIRouter(prefix="/v1/applicant", tags=["notifications"], responses=SESSION_RESPONSES)


@router.get("/notifications", response_model=NotificationList)
def list_notifications(applicant: CurrentApplicant, online: OnlineDep) -> NotificationList:
    """The applicant's notifications, newest first."""
    db = online.instruction.db
    with db.reading() as session:
        rows = session.exec(
            select(Notification, Dossier.deposit_number, InstructionCase.state, ComplementRequest)
            .join(Dossier, col(Dossier.id) == Notification.dossier_id)
            .join(InstructionCase, col(InstructionCase.dossier_id) == Notification.dossier_id)
            .outerjoin(ComplementRequest, col(ComplementRequest.id) == Notification.complement_request_id)
            .where(Notification.applicant_key == applicant.applicant_key)
            .order_by(col(Notification.created_at).desc(), col(Notification.id)).limit(MAX_LISTED)).all()
    out = []
    for note, deposit_number, state, request in rows:
        asked = request is not None and note.kind == "complement_requested"
        codes = request.requirements.split() if asked else []
        reason = request.reason if asked else note.reason
        out.append(NotificationOut(
            id=note.id, dossier_id=note.dossier_id, deposit_number=deposit_number, kind=note.kind,
            title=TITLES[note.kind], message=message(note.kind, deposit_number, codes), requirements=codes,
            reason=reason, created_at=note.created_at, read=note.read_at is not None,
            attestation_available=note.kind == ACCEPTED and state == ACCEPTED))
    return NotificationList(notifications=out)


@router.post("/notifications/{notification_id}/read", status_code=status.HTTP_204_NO_CONTENT,
             response_class=Response, responses=error_responses(404))
def mark_read(notification_id: Id, applicant: CurrentApplicant, online: OnlineDep) -> Response:
    """The applicant opened it (seed I1 step 3). Again: harmless."""
    with online.instruction.db.transaction() as session:
        note = session.get(Notification, notification_id)
        if note is None or note.applicant_key != applicant.applicant_key:
            raise OnlineError(404, "no_notification", "Notification introuvable.")
        session.exec(update(Notification).where(col(Notification.id) == notification_id,
                                                col(Notification.read_at).is_(None))
                     .values(read_at=online.instruction.clock()))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/dossiers/{dossier_id}/attestation", response_class=Response,
            responses={**error_responses(404, 503), 200: {"content": {"application/pdf": {}},
                                                     "description": "the attestation (PDF)"}})
def attestation(dossier_id: Id, applicant: CurrentApplicant, online: OnlineDep) -> Response:
    """The attestation of favourable decision of one of the applicant's accepted dossiers
    (seed I2), made afresh from the sealed answers: no copy with personal data is kept."""
    pdf = online.instruction.attestation_pdf(dossier_id, applicant.applicant_key)
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": 'attachment; filename="attestation.pdf"',
                             "Cache-Control": "no-store"})
