"""The applicant's notifications after login (seed I1/I2) and the attestation download:
each applicant sees their own, and only theirs."""

from __future__ import annotations

import io
import uuid

from pypdf import PdfReader
from support.smtp import Applicant, deposit, mailed_service_fixture

service = mailed_service_fixture("notifications")


def test_a_complement_request_and_a_refusal_as_the_applicant_reads_them(service, agent, kiosk) -> None:
    applicant = Applicant(kiosk, service.sink).sign_up()
    dossier_id = deposit(kiosk, applicant.foreigner_number)
    agent.review(dossier_id)
    agent.request_complement(dossier_id, "proof_of_address", "passport",
                             reason="Le justificatif de domicile a plus de 6 mois.")
    agent.decide(dossier_id, "closed_without_action", reason="Aucune réponse dans le délai.")
    closed, requested, review = applicant.notifications()
    assert [closed["kind"], requested["kind"], review["kind"]] == [
        "closed_without_action", "complement_requested", "under_review"]
    assert requested["requirements"] == ["proof_of_address", "passport"]
    assert requested["reason"] == "Le justificatif de domicile a plus de 6 mois."
    assert requested["title"] == "Pièces complémentaires demandées"
    assert "Justificatif de domicile" in requested["message"] and "Passeport" in requested["message"]
    assert closed["reason"] == "Aucune réponse dans le délai." and not closed["attestation_available"]
    number = agent.get(dossier_id)["deposit_number"]
    for note in (closed, requested, review):
        assert note["dossier_id"] == dossier_id and note["deposit_number"] == number
    no_pdf = applicant.call("GET", f"/v1/applicant/dossiers/{dossier_id}/attestation")
    assert no_pdf.status_code == 404 and no_pdf.json()["code"] == "no_attestation"


def test_an_applicant_sees_only_their_own(service, agent, new_kiosk) -> None:
    kiosk = new_kiosk()
    alice, bob = Applicant(kiosk, service.sink).sign_up(), Applicant(kiosk, service.sink).sign_up()
    hers, his = deposit(kiosk, alice.foreigner_number), deposit(kiosk, bob.foreigner_number)
    for dossier_id in (hers, his):
        agent.review(dossier_id)
        assert agent.decide(dossier_id, "accepted").status_code == 200
    assert {n["dossier_id"] for n in alice.notifications()} == {hers}
    assert {n["dossier_id"] for n in bob.notifications()} == {his}
    his_note = bob.notifications()[0]["id"]
    assert alice.call("POST", f"/v1/applicant/notifications/{his_note}/read").status_code == 404
    assert not bob.notifications()[0]["read"]
    assert alice.call("GET", f"/v1/applicant/dossiers/{his}/attestation").status_code == 404
    assert alice.call("GET", f"/v1/applicant/dossiers/{hers}/attestation").status_code == 200


def test_the_attestation_is_the_accepted_dossiers_own(service, agent, kiosk) -> None:
    applicant = Applicant(kiosk, service.sink).sign_up()
    dossier_id = deposit(kiosk, applicant.foreigner_number)
    agent.review(dossier_id)
    accepted = agent.decide(dossier_id, "accepted").json()
    [note, _review] = applicant.notifications()
    assert note["kind"] == "accepted" and note["attestation_available"]
    response = applicant.call("GET", f"/v1/applicant/dossiers/{dossier_id}/attestation")
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    assert response.headers["cache-control"] == "no-store"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    for expected in ("Attestation de décision favorable", accepted["deposit_number"], "HADDAD", "Leïla Nour",
                     applicant.foreigner_number, "Algérie", "Préfecture de test", "Séjour permanent"):
        assert expected in text, expected
    again = applicant.call("GET", f"/v1/applicant/dossiers/{dossier_id}/attestation").content
    assert PdfReader(io.BytesIO(again)).pages[0].extract_text() == PdfReader(
        io.BytesIO(response.content)).pages[0].extract_text()  # the same attestation each time


def test_notifications_wait_for_an_account_made_later(service, agent, kiosk) -> None:
    applicant = Applicant(kiosk, service.sink)
    dossier_id = deposit(kiosk, applicant.foreigner_number)
    agent.review(dossier_id)
    agent.request_complement(dossier_id, "passport")
    applicant.sign_up()
    assert [n["kind"] for n in applicant.notifications()] == ["complement_requested", "under_review"]
    assert len(service.sink.to(applicant.email)) == 1  # only the account code: no address was known


def test_reading_a_notification_is_remembered(service, agent, kiosk) -> None:
    applicant = Applicant(kiosk, service.sink).sign_up()
    agent.review(deposit(kiosk, applicant.foreigner_number))
    [note] = applicant.notifications()
    assert not note["read"]
    for _ in range(2):
        assert applicant.call("POST", f"/v1/applicant/notifications/{note['id']}/read").status_code == 204
    assert applicant.notifications()[0]["read"]
    assert applicant.call("POST", f"/v1/applicant/notifications/{uuid.uuid4()}/read").status_code == 404
    assert applicant.call("POST", "/v1/applicant/notifications/nope/read").status_code == 422


def test_notifications_need_a_session(service, kiosk) -> None:
    applicant = Applicant(kiosk, service.sink)
    missing = applicant.call("GET", "/v1/applicant/notifications")
    assert missing.status_code == 401 and missing.json()["code"] == "session_required"
    forged = applicant.call("GET", "/v1/applicant/notifications", token="A" * 43)
    assert forged.status_code == 401 and forged.json()["code"] == "session_expired"


def test_a_session_outlives_no_unsigned_request(service, kiosk) -> None:
    applicant = Applicant(kiosk, service.sink).sign_up()
    with service.admin(applicant.token) as unsigned:  # the bearer token alone, from no kiosk
        assert unsigned.get("/v1/applicant/notifications").status_code == 401

