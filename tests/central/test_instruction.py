"""The instruction of deposited dossiers (PROCEDURE.md §5, seed I1/I2): the agents' API,
its token, the state machine, and what each move leaves behind (audit, mail)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import get_args

import pytest
from sqlmodel import select
from support.smtp import (
    ADMIN_TOKEN,
    AGENT_TOKEN,
    Applicant,
    MailedService,
    body_of,
    deposit,
    mailed_service,
    mailed_service_fixture,
    new_foreigner_number,
)

from central.models import INSTRUCTION_STATES, AuditEvent
from kiosk.procedure.definition import default_procedure
from kiosk.protocol.online import InstructionState, RequirementCode

ALL_MOVES = {  # action -> (path, payload)
    "review": ("review", None),
    "complement_requested": ("complement-requests", {"requirements": ["passport"], "reason": "Illisible"}),
    "accepted": ("decision", {"decision": "accepted"}),
    "refused": ("decision", {"decision": "refused", "reason": "Conditions non remplies"}),
    "closed_without_action": ("decision", {"decision": "closed_without_action"}),
}


service = mailed_service_fixture("instruction")


@pytest.fixture
def applicant(service: MailedService, kiosk) -> Applicant:
    return Applicant(kiosk, service.sink).sign_up()


def audit_of(service: MailedService, dossier_id: str) -> list[tuple[str, str, str | None]]:
    with service.central.db.reading() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.target == dossier_id)
                              .order_by(AuditEvent.id))
        return [(e.actor, e.action, e.detail) for e in events]


def test_a_dossier_goes_from_deposit_to_acceptance(service, agent, applicant, kiosk) -> None:
    dossier_id = deposit(kiosk, applicant.foreigner_number)
    listed = agent.get(dossier_id)
    assert listed["state"] == "deposited" and listed["applicant_linked"] and listed["deposit_number"]
    waiting = agent.client.get("/v1/instruction/dossiers", params={"state": "deposited"}).json()
    assert dossier_id in [d["dossier_id"] for d in waiting]
    assert agent.review(dossier_id).json()["state"] == "under_review"
    requested = agent.request_complement(dossier_id, "passport", "passport", "proof_of_address")
    assert requested.status_code == 200
    assert requested.json()["complements"][0]["requirements"] == ["passport", "proof_of_address"]
    assert agent.decide(dossier_id, "closed_without_action").json()["state"] == "closed_without_action"
    second = deposit(kiosk, applicant.foreigner_number)
    agent.review(second)
    accepted = agent.decide(second, "accepted")
    assert accepted.status_code == 200 and accepted.json()["decided_at"]
    assert [a for _, a, _ in audit_of(service, dossier_id)] == [
        "dossier.received", "dossier.deposited", "instruction.under_review",
        "instruction.complement_requested", "instruction.closed_without_action"]
    actor, _, detail = audit_of(service, dossier_id)[3]
    assert actor == "agent" and detail == "under_review -> complement_requested: passport proof_of_address"


def test_every_move_is_mailed_to_the_applicant(service, agent, applicant, kiosk) -> None:
    dossier_id = deposit(kiosk, applicant.foreigner_number)
    number = agent.get(dossier_id)["deposit_number"]
    agent.review(dossier_id)
    agent.request_complement(dossier_id, "passport", reason="Le passeport est expiré depuis 2019")
    assert agent.decide(dossier_id, "closed_without_action", reason="Pas de réponse").status_code == 200
    mails = service.sink.wait_for(applicant.email, 4)[1:]  # after the account code
    assert [m["Subject"] for m in mails] == ["Escale – Demande en cours d'instruction",
                                             "Escale – Pièces complémentaires demandées",
                                             "Escale – Demande classée sans suite"]
    for mail in mails:
        text = body_of(mail)
        assert number in text and "connectez-vous" in text
        assert "2019" not in text and "Pas de réponse" not in text  # the words stay behind the login


@pytest.mark.parametrize(("start", "illegal"), [
    ([], ["complement_requested", "accepted", "refused", "closed_without_action"]),
    (["review"], ["review"]),
    (["review", "complement_requested"], ["review", "complement_requested", "accepted", "refused"]),
    (["review", "accepted"], list(ALL_MOVES)),
    (["review", "refused"], list(ALL_MOVES)),
    (["review", "closed_without_action"], list(ALL_MOVES)),
])
def test_moves_outside_the_state_machine_are_409(agent, kiosk, start: list[str], illegal: list[str]) -> None:
    dossier_id = deposit(kiosk, new_foreigner_number())  # an applicant without an account
    for move in start:
        assert agent.post(dossier_id, *ALL_MOVES[move]).status_code == 200, move
    state = agent.state(dossier_id)
    for move in illegal:
        answer = agent.post(dossier_id, *ALL_MOVES[move])
        assert answer.status_code == 409, move
        body = answer.json()
        assert body["code"] == "illegal_transition" and body["state"] == state
        assert f"the dossier is {state}" in body["detail"]
    assert agent.state(dossier_id) == state  # nothing moved


def test_a_409_says_where_the_dossier_can_go(agent, kiosk) -> None:
    dossier_id = deposit(kiosk, None)
    answer = agent.decide(dossier_id, "accepted")
    assert answer.json()["detail"] == ("the dossier is deposited: it cannot go to accepted "
                                       "(from deposited: under_review)")
    agent.review(dossier_id)
    agent.decide(dossier_id, "refused")
    assert "decided dossier does not move" in agent.review(dossier_id).json()["detail"]


def test_a_dossier_without_foreigner_number_is_instructed_but_nobody_is_told(service, agent, kiosk) -> None:
    dossier_id = deposit(kiosk, None)
    before = len(service.sink.messages)
    assert not agent.get(dossier_id)["applicant_linked"]
    agent.review(dossier_id)
    assert agent.decide(dossier_id, "refused").status_code == 200
    assert len(service.sink.messages) == before


def test_acceptance_needs_the_identity_the_attestation_prints(agent, kiosk) -> None:
    dossier_id = deposit(kiosk, "1234567890", **{"identity.birth_date": "31/02/1990"})
    agent.review(dossier_id)
    answer = agent.decide(dossier_id, "accepted")
    assert answer.status_code == 409 and answer.json()["code"] == "answers_incomplete"
    assert "identity.birth_date" in answer.json()["detail"]
    assert agent.state(dossier_id) == "under_review"


def test_only_the_agent_token_opens_the_instruction_api(service, agent, kiosk) -> None:
    dossier_id = deposit(kiosk, None)
    for token in (None, ADMIN_TOKEN, "x" * 40):
        with service.agent(token) as client:
            assert client.post(f"/v1/instruction/dossiers/{dossier_id}/review").status_code == 401
            assert client.get("/v1/instruction/dossiers").status_code == 401
    with service.agent(AGENT_TOKEN) as client:
        assert client.get("/v1/admin/devices").status_code == 401  # and it opens nothing else
    assert agent.state(dossier_id) == "deposited"


def test_without_an_agent_token_the_instruction_api_is_off(tmp_path: Path, key_dir: Path) -> None:
    with mailed_service(tmp_path, key_dir, f"sqlite:///{tmp_path / 'c.db'}", agent_token=None) as off, \
            off.agent() as client:
        answer = client.get("/v1/instruction/dossiers")
    assert answer.status_code == 403 and "ESCALE_CENTRAL_AGENT_TOKEN" in answer.json()["detail"]


@pytest.mark.parametrize("payload", [
    {"requirements": ["passport", "birth_certificate"], "reason": "x"},  # not a §4 code
    {"requirements": [], "reason": "x"},
    {"requirements": ["passport"], "reason": ""},
    {"requirements": ["passport"], "reason": "x" * 1001},
    {"requirements": ["passport"], "reason": "bell \x07"},
    {"requirements": ["passport"]},
    {"requirements": "passport", "reason": "x"},
    {"requirements": ["passport"], "reason": "x", "extra": 1},
])
def test_malformed_complement_requests_are_422(agent, kiosk, payload) -> None:
    dossier_id = deposit(kiosk, None)
    agent.review(dossier_id)
    assert agent.post(dossier_id, "complement-requests", payload).status_code == 422
    assert agent.state(dossier_id) == "under_review"


def test_unknown_and_malformed_dossier_ids(agent) -> None:
    assert agent.review(str(uuid.uuid4())).status_code == 404
    assert agent.review("not-an-id").status_code == 422
    assert agent.decide(str(uuid.uuid4()), "maybe").status_code == 422


def test_the_wire_codes_are_the_procedures_and_the_services() -> None:
    assert list(get_args(RequirementCode)) == [r.code for r in default_procedure().documents]
    assert get_args(InstructionState) == INSTRUCTION_STATES
