"""Complements (seed I1, docs/protocol.md "Complements"): the applicant's answer to a
complement request travels as a sealed dossier whose manifest names its parent
(`complement_of`); at commit it is attached to the parent, which goes back under review,
or it is rejected with the reason."""

from __future__ import annotations

import json
import uuid

import pytest
from support.smtp import (
    Applicant,
    deposit,
    mailed_service_fixture,
    seal_complement,
)

from kiosk.protocol.models import Manifest, SignedManifest, SignedReceipt, canonical_json

service = mailed_service_fixture("complements")


@pytest.fixture
def asked(service, agent, kiosk) -> tuple[Applicant, str]:
    """An applicant with an account and a dossier waiting for passport and proof of address."""
    applicant = Applicant(kiosk, service.sink).sign_up()
    dossier_id = deposit(kiosk, applicant.foreigner_number)
    agent.review(dossier_id)
    assert agent.request_complement(dossier_id, "passport", "proof_of_address").status_code == 200
    return applicant, dossier_id


def send(kiosk, sealed):
    assert kiosk.put_manifest(sealed).status_code == 200
    kiosk.upload(sealed)
    return kiosk.commit(sealed.id)


def test_the_complement_goes_to_its_dossier_which_goes_back_under_review(service, agent, kiosk,
                                                                         asked) -> None:
    applicant, parent = asked
    complement = seal_complement(kiosk, parent, applicant.foreigner_number, "passport")
    committed = send(kiosk, complement)
    assert committed.status_code == 200, committed.text
    assert committed.json()["state"] == "deposited"  # with its own signed receipt
    kiosk.verify_receipt(SignedReceipt.model_validate(committed.json()["receipt"]))
    dossier = agent.get(parent)
    assert dossier["state"] == "under_review"
    [request] = dossier["complements"]
    assert request["answer_dossier_id"] == complement.id and request["answered_at"]
    kinds = [n["kind"] for n in applicant.notifications()]
    assert kinds[:2] == ["complement_received", "complement_requested"]
    mails = service.sink.wait_for(applicant.email, 4)
    assert mails[-1]["Subject"] == "Escale – Complément reçu"
    assert send(kiosk, complement).status_code == 200  # sent again: the same answer, nothing moves twice
    assert len(agent.get(parent)["complements"]) == 1
    assert agent.decide(parent, "accepted").status_code == 200  # the instruction goes on


@pytest.mark.parametrize(("make", "reason"), [
    (lambda parent, number: (parent, number, "marriage_certificate"),
     "requirements not requested: marriage_certificate"),
    (lambda parent, number: (parent, number), "the complement has no document"),
    (lambda parent, number: (parent, "1111111111", "passport"), "do not name the dossier's applicant"),
    (lambda parent, number: (parent, None, "passport"), "do not name the dossier's applicant"),
    (lambda parent, number: (str(uuid.uuid4()), number, "passport"),
     "complement_of names no deposited dossier"),
])
def test_a_complement_that_does_not_fit_is_rejected_with_the_reason(agent, kiosk, asked, make,
                                                                    reason) -> None:
    applicant, parent = asked
    target, number, *codes = make(parent, applicant.foreigner_number)
    sealed = seal_complement(kiosk, target, number, *codes)
    committed = send(kiosk, sealed)
    assert committed.status_code == 422 and reason in committed.json()["detail"]
    assert kiosk.status(sealed.id).json()["state"] == "rejected"
    assert agent.state(parent) == "complement_requested"  # still waiting


def test_a_dossier_that_waits_for_nothing_takes_no_complement(agent, kiosk, asked) -> None:
    applicant, parent = asked
    first = seal_complement(kiosk, parent, applicant.foreigner_number, "passport", "proof_of_address")
    assert send(kiosk, first).status_code == 200
    late = seal_complement(kiosk, parent, applicant.foreigner_number, "passport")
    committed = send(kiosk, late)
    assert committed.status_code == 422
    assert committed.json()["detail"] == "the dossier is under_review: it does not wait for a complement"
    assert agent.request_complement(parent, "passport").status_code == 200  # asked again: it may come
    again = seal_complement(kiosk, parent, applicant.foreigner_number, "passport")
    assert send(kiosk, again).status_code == 200
    assert [c["answer_dossier_id"] is not None for c in agent.get(parent)["complements"]] == [True, True]


def test_complement_of_is_signed_with_the_manifest(kiosk, asked) -> None:
    applicant, parent = asked
    sealed = seal_complement(kiosk, parent, applicant.foreigner_number, "passport")
    moved = sealed.signed.manifest.model_copy(update={"complement_of": str(uuid.uuid4())})
    forged = SignedManifest(manifest=moved, signature=sealed.signed.signature)
    answer = kiosk.put_manifest(forged)
    assert answer.status_code == 422 and "signature" in answer.json()["detail"]


def test_manifests_without_complement_of_keep_their_bytes(kiosk) -> None:
    sealed = kiosk.seal()
    manifest = sealed.signed.manifest
    raw = json.loads(manifest.model_dump_json())
    assert "complement_of" not in raw and "complement_of" not in sealed.signed.model_dump_json()
    # What a kiosk from before the field signed is what the service verifies today.
    assert manifest.canonical_bytes() == canonical_json(raw)
    assert Manifest.model_validate(raw).canonical_bytes() == manifest.canonical_bytes()
    with_parent = Manifest.model_validate(raw | {"complement_of": str(uuid.uuid4())})
    assert b'"complement_of":' in with_parent.canonical_bytes()
    with pytest.raises(ValueError):
        Manifest.model_validate(raw | {"complement_of": "../etc"})
