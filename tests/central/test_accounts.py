"""Applicant accounts (seed A3/A4): creation with a mailed one-time code, activation,
login, lockout, logout; the mail queue over real SMTP (aiosmtpd on loopback) and in demo
mode; what the database and the logs keep of applicants."""

from __future__ import annotations

import logging
import time
from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlmodel import select
from support.smtp import (
    Applicant,
    MailedService,
    SmtpSink,
    body_of,
    code_in,
    free_port,
    mailed_service,
    mailed_service_fixture,
)

from central.accounts_crypto import PasswordPolicy
from central.models import ApplicantAccount, AuditEvent, MailMessage, utc_now

service = mailed_service_fixture("accounts")


@pytest.fixture
def applicant(service: MailedService, kiosk) -> Applicant:
    return Applicant(kiosk, service.sink)


def account_of(service: MailedService, applicant: Applicant) -> ApplicantAccount:
    key = service.online.accounts.ids.applicant(applicant.foreigner_number)
    with service.central.db.reading() as session:
        row = session.exec(select(ApplicantAccount).where(ApplicantAccount.applicant_key == key)).one()
    return row


def audit_actions(service: MailedService, target: str) -> list[str]:
    with service.central.db.reading() as session:
        return [e.action for e in session.exec(select(AuditEvent).where(AuditEvent.target == target)
                                               .order_by(AuditEvent.id))]


def test_the_mailed_code_activates_the_account_and_the_password_logs_in(service, applicant) -> None:
    created = applicant.create()
    assert created.status_code == 202, created.text
    [mail] = service.sink.wait_for(applicant.email)
    assert "code" in mail["Subject"] and mail["From"] == service.settings.smtp_sender
    assert service.sink.envelopes[-1][1] == [applicant.email]
    assert "15 minutes" in body_of(mail)
    activated = applicant.activate(code_in(mail))
    assert activated.status_code == 200 and activated.json() == {"state": "active"}
    login = applicant.login()
    assert login.status_code == 200, login.text
    assert len(login.json()["session_token"]) >= 40
    assert applicant.notifications() == []  # the session opens the applicant's space
    assert applicant.call("POST", "/v1/accounts/logout").status_code == 204
    again = applicant.call("GET", "/v1/applicant/notifications")
    assert again.status_code == 401 and again.json()["code"] == "session_expired"


def test_a_code_works_once(applicant) -> None:
    assert applicant.create().status_code == 202
    code = applicant.mailed_code()
    assert applicant.activate(code).status_code == 200
    second = applicant.activate(code, password="another password 123")
    assert second.status_code == 409 and second.json()["code"] == "account_exists"
    assert applicant.login().status_code == 200
    assert applicant.login("another password 123").status_code == 401


def test_wrong_codes_count_down_then_the_code_dies_and_a_new_one_works(service, applicant) -> None:
    assert applicant.create().status_code == 202
    good = applicant.mailed_code()
    wrong = "00000000" if good != "00000000" else "11111111"
    for left in range(service.settings.account_code_max_attempts - 1, 0, -1):
        answer = applicant.activate(wrong)
        assert answer.status_code == 400 and f"{left} essai" in answer.json()["detail"]
    last = applicant.activate(wrong)
    assert last.status_code == 410 and last.json()["code"] == "code_expired"
    assert applicant.activate(good).status_code == 410  # dead, even the right one
    assert applicant.create().status_code == 202  # same document: a new code
    assert applicant.activate(applicant.mailed_code(2)).status_code == 200


def test_an_expired_code_is_refused(service, applicant) -> None:
    assert applicant.create().status_code == 202
    code = applicant.mailed_code()
    with service.central.db.transaction() as session:  # 16 minutes later
        row = session.get(ApplicantAccount, account_of(service, applicant).id)
        row.code_expires_at = utc_now() - timedelta(minutes=1)
        session.add(row)
    answer = applicant.activate(code)
    assert answer.status_code == 410 and "nouveau" in answer.json()["detail"]


def test_one_account_per_foreigner_number(service, kiosk) -> None:
    first = Applicant(kiosk, service.sink).sign_up()
    same = Applicant(kiosk, service.sink, foreigner_number=first.foreigner_number)
    answer = same.create()
    assert answer.status_code == 409 and answer.json()["code"] == "account_exists"
    pending = Applicant(kiosk, service.sink)
    assert pending.create().status_code == 202
    other_document = Applicant(kiosk, service.sink, foreigner_number=pending.foreigner_number)
    answer = other_document.create()
    assert answer.status_code == 409 and answer.json()["code"] == "account_pending"


def test_unknown_and_pending_accounts_cannot_log_in(applicant) -> None:
    unknown = applicant.login()
    assert unknown.status_code == 401 and unknown.json() == {
        "detail": "Numéro étranger ou mot de passe incorrect.", "code": "bad_credentials"}
    assert applicant.create().status_code == 202
    pending = applicant.login()
    assert pending.status_code == 403 and pending.json()["code"] == "account_not_active"


def test_repeated_failures_lock_the_account_for_a_while(service, applicant) -> None:
    applicant.sign_up()
    limit = service.settings.login_max_failures
    for _ in range(limit - 1):
        assert applicant.login("wrong password!").status_code == 401
    locked = applicant.login("wrong password!")
    assert locked.status_code == 423 and locked.json()["code"] == "account_locked"
    assert int(locked.headers["Retry-After"]) > 60 * 14
    assert applicant.login().status_code == 423  # even the right password, while locked
    account = account_of(service, applicant)
    assert audit_actions(service, account.id).count("account.locked") == 1
    with service.central.db.transaction() as session:  # 15 minutes later
        row = session.get(ApplicantAccount, account.id)
        row.locked_until = utc_now() - timedelta(seconds=1)
        session.add(row)
    assert applicant.login().status_code == 200
    assert applicant.login("wrong password!").status_code == 401  # the count starts again


def test_a_session_works_only_on_its_kiosk_and_a_revoked_kiosk_is_refused(service, new_kiosk) -> None:
    here, there = new_kiosk("Guichet A"), new_kiosk("Guichet B")
    applicant = Applicant(here, service.sink).sign_up()
    elsewhere = applicant.call("GET", "/v1/applicant/notifications", kiosk=there)
    assert elsewhere.status_code == 401
    with service.admin() as admin:
        assert admin.post(f"/v1/admin/devices/{here.device_id}/revoke").status_code == 200
    assert applicant.call("GET", "/v1/applicant/notifications").status_code == 403
    assert applicant.login().status_code == 403


def test_passwords_are_argon2id_and_old_parameters_are_upgraded_at_login(service, applicant) -> None:
    applicant.sign_up()
    account = account_of(service, applicant)
    policy = PasswordPolicy.of(service.settings)
    assert account.password_hash.startswith(f"$argon2id$v=19${policy.phc_parameters}$")
    older = PasswordPolicy(memory_kib=32, iterations=2, lanes=1).hash(applicant.password)
    with service.central.db.transaction() as session:
        row = session.get(ApplicantAccount, account.id)
        row.password_hash = older
        session.add(row)
    assert applicant.login().status_code == 200  # old parameters still verify...
    upgraded = account_of(service, applicant).password_hash
    assert upgraded != older and policy.is_current(upgraded)  # ...and are replaced
    assert applicant.login().status_code == 200


def test_nothing_personal_in_clear_in_the_database_or_the_logs(service, applicant,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="central")  # the service's own logs, at their most talkative
    applicant.create()
    code = applicant.mailed_code()
    applicant.activate(code)
    applicant.login("Zx-mauvais-mot-de-passe")
    applicant.login()
    secrets = [applicant.foreigner_number, applicant.document_number, code, applicant.password,
               "Zx-mauvais-mot-de-passe", applicant.token]
    with service.central.db.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                flat = " ".join(map(str, row))
                assert not any(s in flat for s in secrets), table
                if table != "applicant_account":  # the address is kept to send mail, only there
                    assert applicant.email not in flat, table
    logged = "\n".join(record.getMessage() for record in caplog.records if record.name.startswith("central"))
    assert "one-time code queued" in logged
    assert not any(s in logged for s in [*secrets, applicant.email])


def test_mail_waits_for_a_down_server_and_is_delivered_when_it_comes_back(
        tmp_path: Path, key_dir: Path, kiosk) -> None:
    port = free_port()  # nothing listens there yet
    with mailed_service(tmp_path, key_dir, f"sqlite:///{tmp_path / 'c.db'}", smtp_port=port) as down:
        there = type(kiosk)(down.url)
        assert there.enroll(down.enrollment_code()).status_code == 200
        late = SmtpSink(port)
        applicant = Applicant(there, late)
        assert applicant.create().status_code == 202
        deadline = time.monotonic() + 10
        while True:
            with down.central.db.reading() as session:
                queued = session.exec(select(MailMessage)).one()
            if queued.attempts >= 2 or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert queued.state == "queued" and queued.attempts >= 2 and queued.last_error
        late.start()
        try:
            assert applicant.activate(applicant.mailed_code()).status_code == 200
        finally:
            late.stop()
        with down.central.db.reading() as session:
            sent = session.exec(select(MailMessage)).one()
        assert sent.state == "sent" and sent.recipient is None and sent.body is None
        there.client.close()


def test_without_smtp_mail_is_written_as_eml_files(tmp_path: Path, key_dir: Path, kiosk) -> None:
    with mailed_service(tmp_path, key_dir, f"sqlite:///{tmp_path / 'c.db'}", smtp_host=None) as demo:
        there = type(kiosk)(demo.url)
        assert there.enroll(demo.enrollment_code()).status_code == 200
        applicant = Applicant(there, demo.sink)
        assert applicant.create().status_code == 202
        folder = demo.settings.mail_folder
        deadline = time.monotonic() + 10
        while not list(folder.glob("*.eml")) and time.monotonic() < deadline:
            time.sleep(0.05)
        [eml] = folder.glob("*.eml")
        assert eml.stat().st_mode & 0o077 == 0
        message = message_from_bytes(eml.read_bytes(), policy=policy.default)
        assert message["To"] == applicant.email
        assert applicant.activate(code_in(message)).status_code == 200  # type: ignore[arg-type]
        assert demo.sink.messages == []
        there.client.close()


def test_a_new_code_is_not_sent_more_than_once_a_minute(service, applicant) -> None:
    assert applicant.create().status_code == 202
    again = applicant.create()
    assert again.status_code == 409 and again.json()["code"] == "code_recently_sent"
    assert len(service.sink.wait_for(applicant.email)) == 1
