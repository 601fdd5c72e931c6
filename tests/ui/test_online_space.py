"""The applicant's online space, in the real window, against a real central service on
loopback with a real SMTP sink: create the account (code by mail), activate it, log in,
read the prefecture's notifications, show the attestation; and a clear message offline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from support.files import make_pdf
from support.smtp import MailedService, code_in, mailed_service

from central.keys import load_or_create_keys
from kiosk.config import load_settings
from kiosk.deposit.batch import deposit_from_answers
from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.procedure.answers import unflatten
from kiosk.store.dossiers import DossierStore
from kiosk.sync.client import enroll_kiosk
from kiosk.sync.runtime import SyncRuntime
from kiosk.sync.worker import SyncReport
from kiosk.ui.app import apply_style
from kiosk.ui.main_window import MainWindow

FOREIGNER_NUMBER = DEMO_ANSWERS["identity.foreigner_number"]
EMAIL = "amina.haddad@example.test"
PASSWORD = "un mot de passe assez long"
DOCUMENTS = ["passport", "proof_of_address", "other_state_residence_card", "marriage_certificate",
             "host_identity_document", "host_residence_in_france"]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MailedService]:
    root = tmp_path_factory.mktemp("central")
    load_or_create_keys(root / "keys")
    with mailed_service(root, root / "keys", f"sqlite:///{root / 'central.db'}") as running:
        yield running


class Kiosk:
    def __init__(self, qtbot: Any, window: MainWindow, store: DossierStore, runtime: SyncRuntime) -> None:
        self.qtbot, self.window, self.store, self.runtime = qtbot, window, store, runtime
        self.shown_pdfs: list[bytes] = []
        self.next_files: list[Path] = []
        window.online_space.show_pdf = lambda pdf, _title: self.shown_pdfs.append(pdf)

    @property
    def screen(self) -> QWidget:
        return self.window.current_screen()

    def fill(self, key: str, text: str) -> None:
        [edit] = [e for e in self.screen.findChildren(QLineEdit) if e.objectName() == f"field:{key}"]
        edit.setText(text)

    def click(self, action: str) -> None:
        QApplication.processEvents()
        [button] = [b for b in self.screen.findChildren(QPushButton)
                    if action in (b.property("action"), b.objectName()) and b.isVisibleTo(self.screen)]
        assert button.isEnabled(), f"{action} is disabled"
        button.click()

    def choose_files(self) -> list[Path]:
        files, self.next_files = self.next_files, []
        return files

    def wait_for(self, screen: str, timeout: int = 30_000) -> None:
        self.qtbot.waitUntil(lambda: self.window.current == screen, timeout=timeout)

    def text(self) -> str:
        QApplication.processEvents()
        return "\n".join(label.text() for label in self.screen.findChildren(QLabel)
                         if label.isVisibleTo(self.screen))


def open_kiosk(qtbot: Any, qapp: Any, data_dir: Path, central_url: str) -> Kiosk:
    settings = load_settings(data_dir=data_dir, central_url=central_url, http_timeout_seconds=5)
    store = DossierStore(data_dir)
    runtime = SyncRuntime(settings, store)
    apply_style(qapp)
    holder: dict[str, Kiosk] = {}
    window = MainWindow(store, online=runtime.online_client, choose_files=lambda: holder["k"].choose_files())
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    holder["k"] = Kiosk(qtbot, window, store, runtime)
    return holder["k"]


@pytest.fixture
def kiosk(qtbot: Any, qapp: Any, tmp_path: Path, service: MailedService) -> Iterator[Kiosk]:
    data_dir = tmp_path / "kiosk"
    enroll_kiosk(data_dir, service.url, service.enrollment_code(), "Guichet 1", timeout=httpx.Timeout(10))
    opened = open_kiosk(qtbot, qapp, data_dir, service.url)
    yield opened
    opened.runtime.close()
    opened.store.close()


def deposit_and_send(kiosk: Kiosk, tmp_path: Path, foreigner_number: str = FOREIGNER_NUMBER) -> str:
    scan = make_pdf(tmp_path / "scan.pdf", 1)
    answers = unflatten({**DEMO_ANSWERS, "identity.foreigner_number": foreigner_number})
    record = deposit_from_answers(kiosk.store, answers, [(c, scan) for c in DOCUMENTS])
    engine = kiosk.runtime.engine()
    assert engine is not None
    report: SyncReport = engine.run_once()
    assert report.deposited == [record.id]
    return record.id


def test_account_creation_login_notifications_and_attestation(kiosk: Kiosk, service: MailedService,
                                                              tmp_path: Path) -> None:
    kiosk.window.welcome.findChild(QPushButton, "OpenAccount").click()
    assert kiosk.window.current == "screen:login"
    kiosk.click("CreateAccount")
    kiosk.fill("foreigner_number", "75 0123 4567")  # typed with spaces, as on the card
    kiosk.fill("document_number", "ab123456")
    kiosk.fill("email", EMAIL)
    kiosk.click("SendCode")
    kiosk.wait_for("screen:activate_account")
    assert "Un code à 8 chiffres a été envoyé" in kiosk.text()

    [mail] = service.sink.wait_for(EMAIL)
    kiosk.fill("code", code_in(mail))
    kiosk.fill("password", PASSWORD)
    kiosk.fill("password_again", PASSWORD + "x")
    kiosk.click("Activate")
    assert "différents" in kiosk.text()  # checked here, nothing sent
    kiosk.fill("password_again", PASSWORD)
    kiosk.click("Activate")
    kiosk.wait_for("screen:login")
    assert "Votre compte est actif" in kiosk.text()

    kiosk.fill("password", "pas le bon mot de passe")
    kiosk.click("Login")
    kiosk.qtbot.waitUntil(lambda: "Impossible pour le moment" in kiosk.text(), timeout=30_000)
    assert kiosk.window.current == "screen:login"

    dossier_id = deposit_and_send(kiosk, tmp_path)
    with service.agent() as agent:
        assert agent.post(f"/v1/instruction/dossiers/{dossier_id}/review").status_code == 200
        accepted = agent.post(f"/v1/instruction/dossiers/{dossier_id}/decision",
                              json={"decision": "accepted"})
        assert accepted.status_code == 200, accepted.text

    kiosk.fill("password", PASSWORD)
    kiosk.click("Login")
    kiosk.wait_for("screen:notifications")
    text = kiosk.text()
    deposit_number = kiosk.store.outbox.get(dossier_id).deposit_number
    assert deposit_number and f"Demande n° {deposit_number}" in text
    assert text.index("Décision favorable") < text.index("en cours d'instruction")  # newest first

    kiosk.click(f"attestation:{dossier_id}")
    kiosk.qtbot.waitUntil(lambda: bool(kiosk.shown_pdfs), timeout=30_000)
    assert kiosk.shown_pdfs[0].startswith(b"%PDF-")

    kiosk.click("Logout")
    assert kiosk.window.current == "welcome"
    assert all(not edit.text() for screen in kiosk.window.online_space.screens
               for edit in screen.findChildren(QLineEdit))
    assert kiosk.window.online_space.client is None


def log_in_with_a_new_account(kiosk: Kiosk, service: MailedService, number: str, email: str) -> None:
    online = kiosk.window.online_space
    online.open()
    kiosk.click("CreateAccount")
    kiosk.fill("foreigner_number", number)
    kiosk.fill("document_number", "CD654321")
    kiosk.fill("email", email)
    kiosk.click("SendCode")
    kiosk.wait_for("screen:activate_account")
    [mail] = service.sink.wait_for(email)
    kiosk.fill("code", code_in(mail))
    kiosk.fill("password", PASSWORD)
    kiosk.fill("password_again", PASSWORD)
    kiosk.click("Activate")
    kiosk.wait_for("screen:login")
    kiosk.fill("password", PASSWORD)
    kiosk.click("Login")
    kiosk.wait_for("screen:notifications")


def test_a_complement_request_is_answered_from_the_inbox(kiosk: Kiosk, service: MailedService,
                                                         tmp_path: Path) -> None:
    number = "7509876543"  # another applicant than the first test's
    dossier_id = deposit_and_send(kiosk, tmp_path, number)
    with service.agent() as agent:
        assert agent.post(f"/v1/instruction/dossiers/{dossier_id}/review").status_code == 200
        asked = agent.post(f"/v1/instruction/dossiers/{dossier_id}/complement-requests",
                           json={"requirements": ["passport"], "reason": "Copie illisible"})
        assert asked.status_code == 200, asked.text
    log_in_with_a_new_account(kiosk, service, number, "complement@example.test")
    assert "Copie illisible" in kiosk.text()

    kiosk.click(f"complement:{dossier_id}")
    kiosk.wait_for("screen:complement")
    kiosk.click("SendComplement")
    assert "Ajoutez au moins une des pièces demandées" in kiosk.text()  # nothing attached yet
    kiosk.next_files = [make_pdf(tmp_path / "passeport lisible.pdf", 2)]
    kiosk.click("complement-attach:passport")
    assert "passeport lisible.pdf" in kiosk.text()
    kiosk.click("SendComplement")
    kiosk.wait_for("screen:notifications")
    assert "Vos pièces sont enregistrées sur la borne" in kiosk.text()

    engine = kiosk.runtime.engine()
    assert engine is not None
    report = engine.run_once()
    assert len(report.deposited) == 1 and report.quarantined == []
    with service.agent() as agent:
        dossier = agent.get(f"/v1/instruction/dossiers/{dossier_id}").json()
    assert dossier["state"] == "under_review"
    assert dossier["complements"][0]["answer_dossier_id"] == report.deposited[0]
    kiosk.click("Refresh")
    kiosk.qtbot.waitUntil(lambda: "complement:" not in "".join(
        b.objectName() for b in kiosk.screen.findChildren(QPushButton)), timeout=30_000)


def test_offline_the_applicant_is_told_the_step_needs_the_network(qtbot: Any, qapp: Any, tmp_path: Path,
                                                                    service: MailedService) -> None:
    data_dir = tmp_path / "kiosk"
    enroll_kiosk(data_dir, service.url, service.enrollment_code(), "Guichet 2", timeout=httpx.Timeout(10))
    kiosk = open_kiosk(qtbot, qapp, data_dir, "http://127.0.0.1:9")  # nothing listens there
    try:
        kiosk.window.show_online_space()
        kiosk.fill("foreigner_number", FOREIGNER_NUMBER)
        kiosk.fill("password", PASSWORD)
        kiosk.click("Login")
        kiosk.qtbot.waitUntil(lambda: "besoin d'internet" in kiosk.text(), timeout=30_000)
        assert "Le dépôt d'une demande reste possible sans connexion" in kiosk.text()
        assert kiosk.window.current == "screen:login"
    finally:
        kiosk.runtime.close()
        kiosk.store.close()


def test_a_kiosk_not_enrolled_sends_the_applicant_to_the_desk(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    kiosk = open_kiosk(qtbot, qapp, tmp_path / "kiosk", "http://127.0.0.1:9")
    try:
        kiosk.window.show_online_space()
        kiosk.fill("foreigner_number", FOREIGNER_NUMBER)
        kiosk.fill("password", PASSWORD)
        kiosk.click("Login")
        kiosk.qtbot.waitUntil(lambda: "Adressez-vous à l'accueil" in kiosk.text(), timeout=30_000)
    finally:
        kiosk.runtime.close()
        kiosk.store.close()
