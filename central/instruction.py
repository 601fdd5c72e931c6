"""The instruction of deposited dossiers (PROCEDURE.md §5, docs/protocol.md "Instruction").

    deposited → under_review → (complement_requested ⇄ under_review)* →
    accepted | refused | closed_without_action

Agents move a dossier with `review`, `request_complement` and `decide`; the applicant's
complement moves it from `complement_requested` back to `under_review` (at the complement's
commit, see central.instruction_intake). Each move happens under a row lock, is audited,
and, when the answers named the applicant, adds a notification and queues a mail to the
applicant's active account, all in one transaction.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from datetime import datetime
from typing import get_args

from sqlmodel import Session, col, select

from central import audit
from central.context import Central
from central.dossiers import NotFound
from central.instruction_answers import MissingAnswer, attestation_data, render
from central.instruction_intake import AnswersUnreadable, ApplicantIntake
from central.mail import MailSender, enqueue
from central.models import (
    ACCEPTED,
    ACTIVE,
    CLOSED,
    COMPLEMENT_REQUESTED,
    DEPOSITED,
    REFUSED,
    UNDER_REVIEW,
    ApplicantAccount,
    ComplementRequest,
    Dossier,
    InstructionCase,
    Notification,
)
from central.notifications_texts import mail as mail_text
from central.online import OnlineError
from central.registry import CODE_ALPHABET
from kiosk.pdf.models import AttestationData
from kiosk.protocol.models import Manifest
from kiosk.protocol.online import (
    ComplementInfo,
    ComplementRequestBody,
    DecisionBody,
    InstructionDossier,
    RequirementCode,
)

log = logging.getLogger(__name__)

AGENT = "agent"  # the audit's actor for the instruction API (one shared agent token)
TRANSITIONS: dict[str, frozenset[str]] = {
    DEPOSITED: frozenset({UNDER_REVIEW}),
    UNDER_REVIEW: frozenset({COMPLEMENT_REQUESTED, ACCEPTED, REFUSED, CLOSED}),
    COMPLEMENT_REQUESTED: frozenset({UNDER_REVIEW, CLOSED}),  # back to review: the complement's commit
}
FINAL = frozenset({ACCEPTED, REFUSED, CLOSED})


def check_transition(state: str, target: str) -> None:
    """Raise a 409 saying what is possible from `state` unless `state` → `target` is allowed."""
    allowed = TRANSITIONS.get(state, frozenset())
    if target in allowed:
        return
    if state in FINAL:
        detail = f"the dossier is {state}: a decided dossier does not move any more"
    else:
        detail = (f"the dossier is {state}: it cannot go to {target} "
                  f"(from {state}: {', '.join(sorted(allowed))})")
    raise OnlineError(409, "illegal_transition", detail, state=state)


def new_verification_code() -> str:
    groups = ("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(3))
    return "-".join(groups)


class Instruction:
    def __init__(self, central: Central, mail: MailSender) -> None:
        assert isinstance(central.intake, ApplicantIntake), "create_app builds an ApplicantIntake"
        self.central = central
        self.intake: ApplicantIntake = central.intake
        self.db = central.db
        self.clock = central.clock
        self.mail = mail
        self.intake.on_complement = self.complement_arrived
        self.intake.after_commit = mail.wake

    # -- reading ----------------------------------------------------------------------
    def list(self, state: str | None = None) -> list[InstructionDossier]:
        with self.db.reading() as session:
            query = select(InstructionCase)
            if state is not None:
                query = query.where(InstructionCase.state == state)
            cases = session.exec(query.order_by(col(InstructionCase.updated_at),
                                                col(InstructionCase.dossier_id))).all()
            return [self._out(session, case) for case in cases]

    def get(self, dossier_id: str) -> InstructionDossier:
        with self.db.reading() as session:
            out = self._out(session, self._case(session, dossier_id))
        return out.model_copy(update={"document_checks": self._document_checks(dossier_id)})

    def _document_checks(self, dossier_id: str) -> dict[str, str]:
        """The kiosk's verdicts on documents (a proof of address's 2D-Doc), as sealed with
        the answers: {"checks": {code: {"summary": "2D-Doc vérifié", ...}}}."""
        try:
            checks = self.intake.answers(dossier_id).get("checks")
        except (AnswersUnreadable, NotFound):
            return {}
        if not isinstance(checks, dict):
            return {}
        known = set(get_args(RequirementCode))
        return {code: str(check["summary"])[:200] for code, check in checks.items()
                if code in known and isinstance(check, dict) and isinstance(check.get("summary"), str)}

    # -- agent moves ------------------------------------------------------------------
    def review(self, dossier_id: str) -> InstructionDossier:
        """deposited → under_review. From complement_requested, only the complement (or closing)
        moves the dossier: the applicant may be answering right now."""
        with self.db.transaction() as session:
            case = self._case(session, dossier_id, lock=True)
            if case.state == COMPLEMENT_REQUESTED:
                raise OnlineError(409, "illegal_transition", "the dossier is complement_requested: it "
                                  "waits for the applicant's complement, whose arrival puts it back under "
                                  "review (or close the dossier)", state=case.state)
            self._move(session, case, UNDER_REVIEW, AGENT, self.clock())
            out = self._out(session, case)
        self.mail.wake()
        return out

    def request_complement(self, dossier_id: str, body: ComplementRequestBody) -> InstructionDossier:
        codes = list(dict.fromkeys(body.requirements))  # once each, in the agent's order
        with self.db.transaction() as session:
            case = self._case(session, dossier_id, lock=True)
            check_transition(case.state, COMPLEMENT_REQUESTED)
            now = self.clock()
            request = ComplementRequest(id=str(uuid.uuid4()), dossier_id=dossier_id,
                                        requirements=" ".join(codes), reason=body.reason, requested_at=now)
            session.add(request)
            session.flush()  # the request before the notification that names it
            self._move(session, case, COMPLEMENT_REQUESTED, AGENT, now, detail=" ".join(codes),
                       complement_request_id=request.id, reason=body.reason)
            out = self._out(session, case)
        self.mail.wake()
        return out

    def decide(self, dossier_id: str, body: DecisionBody) -> InstructionDossier:
        with self.db.reading() as session:
            check_transition(self._case(session, dossier_id).state, body.decision)
        code = new_verification_code() if body.decision == ACCEPTED else None
        if code is not None:  # the attestation must be possible before the decision stands
            self.attestation_of(dossier_id, code, self.clock())
        with self.db.transaction() as session:
            case = self._case(session, dossier_id, lock=True)
            now = self.clock()
            case.decided_at, case.verification_code = now, code
            self._move(session, case, body.decision, AGENT, now, reason=body.reason)
            out = self._out(session, case)
        self.mail.wake()
        return out

    # -- the attestation --------------------------------------------------------------
    def attestation_pdf(self, dossier_id: str, applicant_key: str) -> bytes:
        """The attestation of an accepted dossier of this applicant, made from its answers."""
        with self.db.reading() as session:
            case = session.get(InstructionCase, dossier_id)
        if case is None or case.applicant_key != applicant_key or case.state != ACCEPTED:
            raise OnlineError(404, "no_attestation", "Aucune attestation pour cette demande.")
        assert case.verification_code is not None and case.decided_at is not None
        return render(self.attestation_of(dossier_id, case.verification_code, case.decided_at))

    def attestation_of(self, dossier_id: str, code: str, decided_at: datetime) -> AttestationData:
        with self.db.reading() as session:
            dossier = session.get(Dossier, dossier_id)
        assert dossier is not None and dossier.deposit_number is not None
        try:
            answers = self.intake.answers(dossier_id)
            return attestation_data(answers, deposit_number=dossier.deposit_number, decided_at=decided_at,
                                    verification_code=code, prefecture=self.central.settings.prefecture_name)
        except MissingAnswer as exc:
            raise OnlineError(409, "answers_incomplete", f"the dossier's answers lack {exc}: no attestation "
                              "can be made") from None
        except AnswersUnreadable:
            log.exception("dossier %s: answers unreadable", dossier_id)
            raise OnlineError(503, "answers_unreadable", "the dossier's stored answers cannot be read; "
                              "IT staff are told") from None

    # -- complements (called by the intake, inside its commit transaction) --------------
    def complement_arrived(self, session: Session, manifest: Manifest, complement: Dossier,
                           applicant_key: str | None, now: datetime) -> str | None:
        """Attach a complement to its parent; or why it is rejected (then nothing changed)."""
        assert manifest.complement_of is not None
        case = session.get(InstructionCase, manifest.complement_of, with_for_update=True)
        if case is None:
            return "complement_of names no deposited dossier"
        if case.applicant_key is None or applicant_key != case.applicant_key:
            return "the complement's answers do not name the dossier's applicant"
        if case.state != COMPLEMENT_REQUESTED:
            return f"the dossier is {case.state}: it does not wait for a complement"
        request = self._open_request(session, case.dossier_id)
        assert request is not None, "complement_requested always has an open request"
        requested = set(request.requirements.split())
        given = {f.requirement for f in manifest.files if f.kind != "answers"}
        if not given:
            return "the complement has no document"
        unrequested = sorted(str(code) for code in given - requested)
        if unrequested:
            return f"requirements not requested: {', '.join(unrequested)}"
        request.answer_dossier_id, request.answered_at = complement.id, now
        session.add(request)
        # `now` is the receipt's time, in whole seconds: the move gets the clock's own time,
        # so the applicant's notifications keep their order.
        self._move(session, case, UNDER_REVIEW, audit.device_actor(complement.device_id), self.clock(),
                   detail=f"complement {complement.id}", notify_kind="complement_received",
                   complement_request_id=request.id)
        return None

    # -- plumbing ---------------------------------------------------------------------
    def _move(self, session: Session, case: InstructionCase, target: str, actor: str, now: datetime, *,
              detail: str | None = None, notify_kind: str | None = None,
              complement_request_id: str | None = None, reason: str | None = None) -> None:
        before = case.state
        check_transition(before, target)
        case.state, case.updated_at = target, now
        session.add(case)
        audit.record(session, actor, f"instruction.{target}", target=case.dossier_id,
                     detail=f"{before} -> {target}" + (f": {detail}" if detail else ""), at=now)
        log.info("dossier %s: %s -> %s", case.dossier_id, before, target)
        if case.applicant_key is not None:
            self._notify(session, case, notify_kind or target, now, complement_request_id, reason)

    def _notify(self, session: Session, case: InstructionCase, kind: str, now: datetime,
                complement_request_id: str | None, reason: str | None) -> None:
        assert case.applicant_key is not None
        session.add(Notification(id=str(uuid.uuid4()), applicant_key=case.applicant_key,
                                 dossier_id=case.dossier_id, kind=kind, reason=reason, created_at=now,
                                 complement_request_id=complement_request_id))
        account = session.exec(select(ApplicantAccount).where(
            ApplicantAccount.applicant_key == case.applicant_key, ApplicantAccount.state == ACTIVE)).first()
        if account is None:  # no verified address yet: the notification waits for the first login
            return
        dossier = session.get(Dossier, case.dossier_id)
        subject, body = mail_text(kind, dossier.deposit_number if dossier else None)
        enqueue(session, f"instruction.{kind}", account.email, subject, body, now)

    @staticmethod
    def _case(session: Session, dossier_id: str, *, lock: bool = False) -> InstructionCase:
        case = session.get(InstructionCase, dossier_id, with_for_update=lock)
        if case is None:
            raise OnlineError(404, "no_dossier", "no deposited dossier with this id")
        return case

    @staticmethod
    def _open_request(session: Session, dossier_id: str) -> ComplementRequest | None:
        return session.exec(select(ComplementRequest)
                            .where(ComplementRequest.dossier_id == dossier_id,
                                   col(ComplementRequest.answer_dossier_id).is_(None))
                            .order_by(col(ComplementRequest.requested_at).desc())).first()

    @staticmethod
    def _out(session: Session, case: InstructionCase) -> InstructionDossier:
        dossier = session.get(Dossier, case.dossier_id)
        requests = session.exec(select(ComplementRequest)
                                .where(ComplementRequest.dossier_id == case.dossier_id)
                                .order_by(col(ComplementRequest.requested_at))).all()
        return InstructionDossier(
            dossier_id=case.dossier_id, deposit_number=dossier.deposit_number if dossier else None,
            state=case.state, updated_at=case.updated_at, decided_at=case.decided_at,  # type: ignore[arg-type]
            applicant_linked=case.applicant_key is not None,
            complements=[ComplementInfo(id=r.id, requirements=r.requirements.split(), reason=r.reason,  # type: ignore[arg-type]
                                        requested_at=r.requested_at, answer_dossier_id=r.answer_dossier_id,
                                        answered_at=r.answered_at) for r in requests])
