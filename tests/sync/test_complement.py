"""Answering a complement request from the kiosk, end to end: the prefecture asks for a
document, the applicant attaches it at the kiosk, it is sealed and sent like a deposit
(its manifest names the dossier it completes), and the dossier is back under review."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from support.files import make_pdf
from support.smtp import MailedService, mailed_service

from central.keys import load_or_create_keys
from kiosk.config import load_settings
from kiosk.deposit.batch import deposit_from_answers
from kiosk.deposit.complement import ComplementRefused, ComplementSession
from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.deposit.session import DepositSession
from kiosk.procedure.answers import unflatten
from kiosk.store.dossiers import DossierStore
from kiosk.sync.client import enroll_kiosk
from kiosk.sync.runtime import SyncRuntime
from kiosk.sync.worker import SyncEngine

FOREIGNER_NUMBER = DEMO_ANSWERS["identity.foreigner_number"]
DOCUMENTS = ["passport", "proof_of_address", "other_state_residence_card", "marriage_certificate",
             "host_identity_document", "host_residence_in_france"]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MailedService]:
    root = tmp_path_factory.mktemp("central")
    load_or_create_keys(root / "keys")
    with mailed_service(root, root / "keys", f"sqlite:///{root / 'central.db'}") as running:
        yield running


@pytest.fixture
def kiosk(tmp_path: Path, service: MailedService) -> Iterator[tuple[DossierStore, SyncEngine]]:
    data_dir = tmp_path / "kiosk"
    enroll_kiosk(data_dir, service.url, service.enrollment_code(), "Guichet 1", timeout=httpx.Timeout(10))
    store = DossierStore(data_dir)
    runtime = SyncRuntime(load_settings(data_dir=data_dir, central_url=service.url), store)
    engine = runtime.engine()
    assert engine is not None
    yield store, engine
    runtime.close()
    store.close()


def deposited(store: DossierStore, engine: SyncEngine, tmp_path: Path) -> str:
    scan = make_pdf(tmp_path / "scan.pdf", 1)
    record = deposit_from_answers(store, unflatten(DEMO_ANSWERS), [(code, scan) for code in DOCUMENTS])
    assert engine.run_once().deposited == [record.id]
    return record.id


def agent_call(service: MailedService, dossier_id: str, action: str, body: object = None) -> dict:
    with service.agent() as agent:
        response = agent.post(f"/v1/instruction/dossiers/{dossier_id}/{action}", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_requested_document_sent_from_the_kiosk_puts_the_dossier_back_under_review(
        service: MailedService, kiosk: tuple[DossierStore, SyncEngine], tmp_path: Path) -> None:
    store, engine = kiosk
    parent = deposited(store, engine, tmp_path)
    agent_call(service, parent, "review")
    asked = agent_call(service, parent, "complement-requests",
                       {"requirements": ["passport"], "reason": "Copie illisible"})
    assert asked["state"] == "complement_requested"

    complement = ComplementSession(store, parent, FOREIGNER_NUMBER, ["passport"])
    with pytest.raises(ComplementRefused):
        complement.send()  # nothing attached yet
    with pytest.raises(ComplementRefused):
        complement.attach("marriage_certificate", make_pdf(tmp_path / "other.pdf", 1))  # not asked
    assert store.latest_draft("eu_family_renewal") is None  # never offered as a deposit to resume
    complement.attach("passport", make_pdf(tmp_path / "passeport.pdf", 2))
    record = complement.send()

    report = engine.run_once()
    assert report.deposited == [record.id] and report.quarantined == []
    with service.agent() as agent:
        dossier = agent.get(f"/v1/instruction/dossiers/{parent}").json()
    assert dossier["state"] == "under_review"
    assert dossier["complements"][0]["answer_dossier_id"] == record.id
    assert not (engine.outbox_dir / record.id).exists()  # ciphertext purged after the receipt


def test_a_complement_the_prefecture_did_not_ask_for_is_quarantined_with_the_reason(
        service: MailedService, kiosk: tuple[DossierStore, SyncEngine], tmp_path: Path) -> None:
    store, engine = kiosk
    parent = deposited(store, engine, tmp_path)
    agent_call(service, parent, "review")  # under review: no complement is awaited
    complement = ComplementSession(store, parent, FOREIGNER_NUMBER, ["passport"])
    complement.attach("passport", make_pdf(tmp_path / "passeport.pdf", 1))
    record = complement.send()
    report = engine.run_once()
    assert report.quarantined == [record.id]
    row = store.outbox.get(record.id)
    assert row.state == "quarantined" and "complement" in (row.error or "")


def test_the_agent_sees_the_kiosks_2d_doc_verdict(
        service: MailedService, kiosk: tuple[DossierStore, SyncEngine], tmp_path: Path) -> None:
    store, engine = kiosk
    session = DepositSession.start(store)
    for key, value in DEMO_ANSWERS.items():
        session.set_answer(key, value)
    scan = make_pdf(tmp_path / "scan.pdf", 1)
    attached = {code: session.attach(code, scan) for code in DOCUMENTS}
    session.record_check("proof_of_address", {"summary": "2D-Doc vérifié", "signature": "valid"},
                         attached["proof_of_address"])
    record = session.deposit()
    assert engine.run_once().deposited == [record.id]
    with service.agent() as agent:
        detail = agent.get(f"/v1/instruction/dossiers/{record.id}").json()
        listed = agent.get("/v1/instruction/dossiers").json()
    assert detail["document_checks"] == {"proof_of_address": "2D-Doc vérifié"}
    assert all(d["document_checks"] == {} for d in listed)  # the list does not decrypt answers
