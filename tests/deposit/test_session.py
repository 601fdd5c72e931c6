"""The deposit session: the Annexe 1 list gets personal as answers come in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
from support.files import make_pdf

from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.deposit.session import DepositSession
from kiosk.store.dossiers import DossierStore


def session(tmp_path: Path) -> tuple[DossierStore, DepositSession]:
    store = DossierStore(tmp_path / "data")
    return store, DepositSession.start(store, today=lambda: date(2026, 11, 26))


def test_checklist_before_any_answer_is_the_whole_annexe(tmp_path: Path) -> None:
    store, deposit = session(tmp_path)
    with store:
        entries = deposit.checklist_document().entries
        assert [e.code for e in entries if not e.conditional] == ["passport", "proof_of_address"]
        assert len(entries) == 22, "every requirement is listed, marked 'selon votre situation'"
        marriage = next(e for e in entries if e.code == "marriage_certificate")
        assert marriage.conditional and "Si vous êtes marié(e)" in (marriage.detail or "")


def test_checklist_after_the_answers_is_personal_and_printable(tmp_path: Path) -> None:
    store, deposit = session(tmp_path)
    with store:
        for key, value in DEMO_ANSWERS.items():
            deposit.set_answer(key, value)
        entries = deposit.checklist_document().entries
        assert [e.code for e in entries] == [
            "passport", "proof_of_address", "other_state_residence_card", "marriage_certificate",
            "host_identity_document", "host_residence_in_france"]
        assert all(e.required and not e.conditional for e in entries)
        pdf = deposit.write_checklist(tmp_path / "annexe1.pdf")
        text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
        assert "Leïla Nour HADDAD" in " ".join(text.split())
        assert "Carte de séjour délivrée par l'autre État" in text


def test_answers_to_hidden_questions_are_dropped_at_deposit(tmp_path: Path) -> None:
    store, deposit = session(tmp_path)
    with store:
        for key, value in DEMO_ANSWERS.items():
            deposit.set_answer(key, value)
        deposit.set_answer("host.permit_type", "permanent")  # hidden: the host is French
        problem = deposit.deposit_problem()
        assert problem is not None and problem.page_id == "documents"
        scan = make_pdf(tmp_path / "scan.pdf", 2)
        for state in deposit.document_states():
            deposit.attach(state.item.code, scan)
        assert deposit.deposit_problem() is None
        record = deposit.deposit()
        assert record.state == "ready"
        assert "host.permit_type" not in store.load(record.id).answers["answers"]
        assert store.latest_draft() is None
