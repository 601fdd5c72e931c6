"""The kiosk's online client (kiosk/sync/online.py) against the real central service on
loopback, with its mail going to a real SMTP server (aiosmtpd): an applicant creates an
account, activates it with the mailed code, logs in, reads notifications and fetches the
attestation of a dossier the kiosk deposited through its real outbox and sync engine."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader
from sqlmodel import update
from support.central import EnrolledKiosk, shared_key_dir
from support.smtp import MailedService, code_in, free_port, mailed_service, new_foreigner_number

from central.models import ApplicantSession, utc_now
from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.store.dossiers import DossierStore
from kiosk.sync.client import CentralClient, NetworkError, Unauthorized, enroll_kiosk
from kiosk.sync.keys import DeviceIdentity
from kiosk.sync.online import AccountLocked, OnlineClient, OnlineRefused, SessionExpired

TIMEOUT = httpx.Timeout(20.0)
PASSWORD = "un mot de passe solide"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MailedService]:
    root = tmp_path_factory.mktemp("online")
    key_dir = shared_key_dir(tmp_path_factory.getbasetemp())
    with mailed_service(root, key_dir, f"sqlite:///{root / 'central.db'}") as running:
        yield running


@pytest.fixture
def kiosk(service: MailedService, tmp_path: Path) -> Iterator[EnrolledKiosk]:
    data_dir = tmp_path / "kiosk"
    trust = enroll_kiosk(data_dir, service.url, service.enrollment_code(), "Guichet 1", timeout=TIMEOUT)
    enrolled = EnrolledKiosk(data_dir=data_dir, store=DossierStore(data_dir),
                             device=DeviceIdentity.load_or_create(data_dir), trust=trust)
    yield enrolled
    enrolled.close()


@pytest.fixture
def client(kiosk: EnrolledKiosk) -> Iterator[OnlineClient]:
    with OnlineClient.connect(kiosk.data_dir, timeout=TIMEOUT) as online:
        yield online


def sign_up(client: OnlineClient, service: MailedService, number: str, email: str) -> None:
    client.create_account(number, "residence_permit", "ab 12 34 567", email)
    code = code_in(service.sink.wait_for(email)[-1])
    assert client.activate_account(number, f"{code[:4]} {code[4:]}", PASSWORD).state == "active"


def test_an_applicant_signs_up_logs_in_and_out(client: OnlineClient, service: MailedService) -> None:
    number, email = new_foreigner_number(), "leila.haddad@example.test"
    created = client.create_account(f"{number[:5]} {number[5:]}", "visa", "FRA 1234567", email)
    assert created.state == "pending"
    with pytest.raises(OnlineRefused) as wrong:
        client.activate_account(number, "00000000", PASSWORD)
    assert wrong.value.code in ("code_invalid",) and "essai" in wrong.value.detail
    code = code_in(service.sink.wait_for(email)[-1])
    assert client.activate_account(number, code, PASSWORD).state == "active"
    session = client.login(number, PASSWORD)
    assert client.logged_in and session.expires_at > created.code_expires_at
    assert client.notifications() == []
    client.logout()
    assert not client.logged_in
    with pytest.raises(SessionExpired):
        client.notifications()


def test_refusals_are_typed_for_the_screens(client: OnlineClient, service: MailedService) -> None:
    number = new_foreigner_number()
    with pytest.raises(OnlineRefused) as unknown:
        client.login(number, PASSWORD)
    assert unknown.value.code == "bad_credentials" and unknown.value.status == 401
    assert not isinstance(unknown.value, Unauthorized)  # about the applicant, not the kiosk
    sign_up(client, service, number, "refus@example.test")
    with pytest.raises(OnlineRefused) as exists:
        client.create_account(number, "visa", "FRA1234567", "refus@example.test")
    assert exists.value.code == "account_exists" and "connectez-vous" in exists.value.detail
    for _ in range(service.settings.login_max_failures - 1):
        with pytest.raises(OnlineRefused):
            client.login(number, "pas le bon mot de passe")
    with pytest.raises(AccountLocked) as locked:
        client.login(number, "pas le bon mot de passe")
    assert "verrouillé" in locked.value.detail
    with pytest.raises(ValueError):
        client.login("123", PASSWORD)  # malformed: refused before anything is sent


def test_an_expired_session_asks_to_log_in_again(client: OnlineClient, service: MailedService) -> None:
    number = new_foreigner_number()
    sign_up(client, service, number, "expire@example.test")
    client.login(number, PASSWORD)
    with service.central.db.transaction() as session:  # half an hour later
        session.exec(update(ApplicantSession).values(expires_at=utc_now() - timedelta(seconds=1)))
    with pytest.raises(SessionExpired) as expired:
        client.notifications()
    assert "reconnectez-vous" in expired.value.detail
    assert not client.logged_in
    client.logout()  # harmless: the session is already over


def test_no_network_is_a_network_error(kiosk: EnrolledKiosk) -> None:
    nowhere = CentralClient(f"http://127.0.0.1:{free_port()}", kiosk.device, kiosk.trust.device_id,
                            timeout=httpx.Timeout(2.0))
    with OnlineClient(nowhere) as online, pytest.raises(NetworkError):
        online.create_account(new_foreigner_number(), "visa", "FRA1234567", "x@example.test")


def test_a_deposited_dossier_is_accepted_and_its_attestation_downloaded(
        kiosk: EnrolledKiosk, client: OnlineClient, service: MailedService) -> None:
    number, email = new_foreigner_number(), "attestation@example.test"
    deposited = kiosk.deposit("accepted", answers={**DEMO_ANSWERS, "identity.foreigner_number": number})
    report = kiosk.engine().run_once()
    assert report.deposited == [deposited.id]
    sign_up(client, service, number, email)
    with service.agent() as agent:
        assert agent.post(f"/v1/instruction/dossiers/{deposited.id}/review").status_code == 200
        decision = agent.post(f"/v1/instruction/dossiers/{deposited.id}/decision",
                              json={"decision": "accepted"})
        assert decision.status_code == 200, decision.text
    deposit_number = decision.json()["deposit_number"]
    assert [m["Subject"] for m in service.sink.wait_for(email, 3)[1:]] == [
        "Escale – Demande en cours d'instruction", "Escale – Décision favorable"]
    client.login(number, PASSWORD)
    notes = client.notifications()
    assert [n.kind for n in notes] == ["accepted", "under_review"]
    assert notes[0].attestation_available and notes[0].deposit_number == deposit_number
    assert not notes[0].read
    client.mark_read(notes[0].id)
    assert client.notifications()[0].read
    pdf = client.attestation(deposited.id)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "HADDAD" in text and number in text and deposit_number in text
    with pytest.raises(OnlineRefused) as other:
        client.attestation(str(uuid.uuid4()))
    assert other.value.status == 404
