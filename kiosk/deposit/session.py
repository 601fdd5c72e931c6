"""One applicant's deposit: answers autosaved on every change, the engine asked what
to show, the documents attached, and the dossier marked ready at deposit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.deposit.confirmation import PENDING_STATUS
from kiosk.deposit.prefill import HAND, PROVENANCE_KEY, after_edit, kept_provenance
from kiosk.procedure.answers import unflatten
from kiosk.procedure.definition import Page, Procedure, default_procedure
from kiosk.procedure.engine import DocumentItem, DocumentStatus, Evaluation
from kiosk.procedure.values import normalize
from kiosk.store.dossiers import AttachmentRecord, DossierRecord, DossierStore
from kiosk.store.errors import DossierNotFound

if TYPE_CHECKING:
    from kiosk.deposit.resume import ResumeCodes, ResumeOutcome, SavedTicket
    from kiosk.pdf.models import ChecklistDocument, ConfirmationData

__all__ = ["PENDING_STATUS", "DepositRefused", "DepositSession"]

# Checks made on the documents (a 2D-Doc's verdicts), by requirement code, beside the
# answers in the sealed answers.json: {"checks": {"proof_of_address": {...}}}.
CHECKS_KEY = "checks"



class DepositRefused(Exception):
    """The dossier cannot be deposited yet; `page_id` is where to go to fix it."""

    def __init__(self, message: str, page_id: str | None = None) -> None:
        super().__init__(message)
        self.page_id = page_id


@dataclass(frozen=True)
class DocumentState:
    item: DocumentItem
    documents: list[AttachmentRecord]
    translations: list[AttachmentRecord]
    check: dict[str, Any] | None = None  # a check made on the requirement's document (2D-Doc)

    @property
    def complete(self) -> bool:
        return bool(self.documents) or self.item.status is not DocumentStatus.REQUIRED

    @property
    def pages(self) -> int:
        return sum(a.pages for a in self.documents + self.translations)


class DepositSession:
    """Not thread-safe: one session belongs to the GUI thread of one kiosk."""

    def __init__(self, store: DossierStore, dossier_id: str, *,
                 procedure: Procedure | None = None,
                 today: Callable[[], date] = date.today) -> None:
        self.store = store
        self.procedure = procedure or default_procedure()
        self._today = today
        record = store.load(dossier_id)
        self.record = record
        self.answers: dict[str, Any] = dict(record.answers.get("answers", {}))
        # key → "document" (prefilled from a read MRZ) or "hand" (such a value edited).
        self.provenance: dict[str, str] = dict(record.answers.get(PROVENANCE_KEY, {}))
        self.current_page: str | None = record.current_page
        self.checks: dict[str, dict[str, Any]] = dict(record.answers.get(CHECKS_KEY, {}))

    # -- life cycle -----------------------------------------------------------------
    @classmethod
    def start(cls, store: DossierStore, **kwargs: Any) -> DepositSession:
        procedure = kwargs.get("procedure") or default_procedure()
        dossier_id = store.create_draft(procedure.id, procedure.version)
        return cls(store, dossier_id, **kwargs)

    @classmethod
    def resume_latest(cls, store: DossierStore, **kwargs: Any) -> DepositSession | None:
        procedure = kwargs.get("procedure") or default_procedure()
        draft = store.latest_draft(procedure.id)
        return cls(store, draft.id, **kwargs) if draft else None

    @classmethod
    def resume_with_code(cls, store: DossierStore, codes: ResumeCodes, code: str,
                         **kwargs: Any) -> tuple[ResumeOutcome, DepositSession | None]:
        """Reopen a draft saved for later, where it stopped; the outcome says why not."""
        outcome = codes.resume(code)
        if outcome.dossier_id is None:
            return outcome, None
        return outcome, cls(store, outcome.dossier_id, **kwargs)

    def save_for_later(self, codes: ResumeCodes) -> SavedTicket:
        """Put the draft aside under a new resume code (answers and page saved first). The
        session is over: the draft is no longer a dossier until the code brings it back."""
        self._save()
        return codes.save(self.dossier_id)

    @property
    def dossier_id(self) -> str:
        return self.record.id

    @property
    def deposit_date(self) -> date:
        return self._today()

    def discard(self) -> None:
        self.store.delete(self.dossier_id)

    # -- answers --------------------------------------------------------------------
    def set_answer(self, key: str, value: Any, *, source: str = HAND) -> None:
        """Record one answer (None or "" clears it) and save the draft at once. `source`
        "document" marks a value read from the applicant's document (see prefill.py)."""
        self._set(key, value, source)
        self._save()

    def set_answers(self, values: dict[str, Any], *, source: str = HAND) -> None:
        """Several answers in one save (a prefill from a document)."""
        for key, value in values.items():
            self._set(key, value, source)
        self._save()

    def _set(self, key: str, value: Any, source: str) -> None:
        question = self.procedure.question(key)
        value = normalize(question, value)
        before = self.answers.get(key)
        cleared = value is None or value == ""
        if cleared:
            self.answers.pop(key, None)
        else:
            self.answers[key] = value
        self.provenance = after_edit(self.provenance, key, source, changed=value != before,
                                     cleared=cleared)

    def set_page(self, page_id: str) -> None:
        self.current_page = page_id
        self._save()

    def _stored(self, answers: dict[str, Any]) -> dict[str, Any]:
        """The dossier's answers JSON: the answers, and their provenance when there is one."""
        provenance = kept_provenance(self.provenance, answers)
        stored: dict[str, Any] = {"answers": answers}
        if provenance:
            stored[PROVENANCE_KEY] = provenance
        if self.checks:
            stored[CHECKS_KEY] = self.checks
        return stored

    def _save(self) -> None:
        self.store.save_answers(self.dossier_id, self._stored(self.answers), self.current_page)

    def evaluation(self) -> Evaluation:
        return Evaluation(self.procedure, self.answers, self.deposit_date)

    # -- navigation -----------------------------------------------------------------
    def visible_pages(self) -> list[Page]:
        return self.evaluation().visible_pages()

    def next_page(self, page_id: str) -> Page | None:
        return self._neighbour(page_id, +1)

    def previous_page(self, page_id: str) -> Page | None:
        return self._neighbour(page_id, -1)

    def _neighbour(self, page_id: str, direction: int) -> Page | None:
        pages = list(self.procedure.pages)
        index = next(i for i, p in enumerate(pages) if p.id == page_id)
        evaluation = self.evaluation()
        index += direction
        while 0 <= index < len(pages):
            if evaluation.page_visible(pages[index]):
                return pages[index]
            index += direction
        return None

    # -- documents ------------------------------------------------------------------
    def document_states(self) -> list[DocumentState]:
        record = self.store.load(self.dossier_id)
        items = self.evaluation().documents_so_far()
        states = []
        for item in items:
            if item.status is DocumentStatus.UNDECIDED:
                continue
            files = [a for a in record.attachments if a.requirement == item.code]
            states.append(DocumentState(
                item,
                [a for a in files if a.kind == "document"],
                [a for a in files if a.kind == "translation"],
                self.checks.get(item.code),
            ))
        return states

    def attach(self, code: str, path: Path, kind: str = "document") -> AttachmentRecord:
        self.procedure.requirement(code)  # KeyError-free guard: the code must exist
        return self.store.add_attachment(self.dossier_id, code, path, kind=kind,
                                         original_name=path.name)

    def detach(self, attachment_id: int) -> None:
        attachments = self.store.load(self.dossier_id).attachments
        removed = next((a for a in attachments if a.id == attachment_id), None)
        self.store.remove_attachment(self.dossier_id, attachment_id)
        if removed is not None and any(c.get("attachment") == removed.sha256 for c in self.checks.values()):
            self.checks = {k: c for k, c in self.checks.items() if c.get("attachment") != removed.sha256}
            self._save()

    def record_check(self, code: str, check: dict[str, Any], attachment: AttachmentRecord) -> None:
        """Keep a check made on `attachment` (it goes when the file is removed)."""
        self.checks[code] = {**check, "attachment": attachment.sha256}
        self._save()

    # -- deposit ----------------------------------------------------------------------
    def deposit_problem(self) -> DepositRefused | None:
        """Why the dossier cannot be deposited now, or None when it can."""
        evaluation = self.evaluation()
        incomplete = evaluation.first_incomplete_page()
        if incomplete:
            page, errors = incomplete
            return DepositRefused(f"« {page.title} » : {next(iter(errors.values()))}", page.id)
        blockers = evaluation.blockers()
        if blockers:
            page_id = self._page_of_rule(blockers[0].when)
            return DepositRefused(blockers[0].message, page_id)
        missing = [s for s in self.document_states() if not s.complete]
        if missing:
            return DepositRefused(
                f"Pièce manquante : {missing[0].item.requirement.label}", "documents")
        return None

    def _page_of_rule(self, node: Any) -> str | None:
        from kiosk.procedure.conditions import names

        pages = [self.procedure.page_of[n] for n in names(node) if n in self.procedure.page_of]
        order = [p.id for p in self.procedure.pages]
        return max(pages, key=order.index) if pages else None

    def deposit(self) -> DossierRecord:
        """Mark the dossier ready, keeping only the answers to questions shown."""
        problem = self.deposit_problem()
        if problem:
            raise problem
        kept = self.evaluation().kept_answers()
        self.record = self.store.mark_ready(self.dossier_id, self._stored(kept))
        self.answers = kept
        self.provenance = kept_provenance(self.provenance, kept)
        return self.record

    # -- documents to print -------------------------------------------------------------
    # reportlab is imported only when a document is made: the kiosk starts faster.
    def checklist_document(self) -> ChecklistDocument:
        from kiosk.pdf.models import ChecklistDocument, ChecklistEntry

        entries = []
        for item in self.evaluation().documents_so_far():
            req = item.requirement
            undecided = item.status is DocumentStatus.UNDECIDED
            detail = req.detail
            if undecided and req.applies:
                condition = req.applies[0].upper() + req.applies[1:] + "."
                detail = f"{condition} {detail}" if detail else condition
            entries.append(ChecklistEntry(
                code=req.code,
                section=self.procedure.sections[req.section],
                label=req.label,
                required=item.status is DocumentStatus.REQUIRED,
                detail=detail,
                conditional=undecided,
            ))
        surname = self.answers.get("identity.surname")
        given = self.answers.get("identity.given_names")
        name = " ".join(part for part in (given, surname) if part) or None
        return ChecklistDocument(
            title=self.procedure.title, entries=entries, generated_on=self.deposit_date,
            applicant_name=name, procedure_version=self.procedure.version,
        )

    def write_checklist(self, out: Path) -> Path:
        from kiosk.pdf.checklist import render_checklist

        render_checklist(self.checklist_document(), out)
        return out

    def confirmation_data(self, site_name: str | None = None) -> ConfirmationData:
        """The confirmation as it stands: from the dossier while it is here, from the
        outbox (with the deposit number once received) after sealing."""
        from kiosk.deposit import confirmation

        try:
            record = self.store.load(self.dossier_id)
        except DossierNotFound:
            row = self.store.outbox.get(self.dossier_id)
            return confirmation.for_outbox(self.store.outbox.confirmation(self.dossier_id), row)
        if record.state == "draft":
            raise DepositRefused("Le dossier n'est pas encore déposé.")
        return confirmation.confirmation_for(record, self.procedure, site_name)

    def write_confirmation(self, out: Path, site_name: str | None = None) -> Path:
        from kiosk.pdf.confirmation import render_confirmation

        render_confirmation(self.confirmation_data(site_name), out)
        return out

    def nested_answers(self) -> dict[str, Any]:
        return unflatten(self.answers)
