"""The agents' instruction API (docs/protocol.md "Instruction"): bearer token
ESCALE_CENTRAL_AGENT_TOKEN, distinct from the IT admin token; disabled when unset."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from central.context import CentralDep
from central.online import OnlineDep, OnlineError, error_responses
from kiosk.protocol.models import UUID_PATTERN
from kiosk.protocol.online import ComplementRequestBody, DecisionBody, InstructionDossier, InstructionState

BODY_MAX_BYTES = 16 * 1024

_agent_bearer = HTTPBearer(scheme_name="agent", auto_error=False,
                           description="ESCALE_CENTRAL_AGENT_TOKEN: the prefecture's instruction agents")


Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_agent_bearer)]


def require_agent(central: CentralDep, credentials: Credentials) -> None:
    expected = central.settings.agent_token
    if expected is None:
        raise OnlineError(403, "instruction_disabled",
                          "the instruction API is disabled: set ESCALE_CENTRAL_AGENT_TOKEN")
    given = credentials.credentials if credentials else ""
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise OnlineError(401, "agent_token", "agent token missing or wrong",
                          headers={"WWW-Authenticate": "Bearer"})


DossierId = Annotated[str, Path(pattern=UUID_PATTERN)]

router = APIRouter(prefix="/v1/instruction", tags=["instruction"], dependencies=[Depends(require_agent)],
                   responses=error_responses(401, 403))


@router.get("/dossiers", response_model=list[InstructionDossier])
def list_dossiers(online: OnlineDep, state: Annotated[InstructionState | None, Query()] = None,
                  ) -> list[InstructionDossier]:
    """Deposited dossiers, least recently moved first; `state` filters."""
    return online.instruction.list(state)


@router.get("/dossiers/{dossier_id}", response_model=InstructionDossier, responses=error_responses(404))
def get_dossier(dossier_id: DossierId, online: OnlineDep) -> InstructionDossier:
    return online.instruction.get(dossier_id)


@router.post("/dossiers/{dossier_id}/review", response_model=InstructionDossier,
             responses=error_responses(404, 409))
def review(dossier_id: DossierId, online: OnlineDep) -> InstructionDossier:
    """deposited → under_review."""
    return online.instruction.review(dossier_id)


@router.post("/dossiers/{dossier_id}/complement-requests", response_model=InstructionDossier,
             max_body_size=BODY_MAX_BYTES, responses=error_responses(404, 409))
def request_complement(dossier_id: DossierId, body: ComplementRequestBody,
                       online: OnlineDep) -> InstructionDossier:
    """under_review → complement_requested: the missing requirement codes and why."""
    return online.instruction.request_complement(dossier_id, body)


@router.post("/dossiers/{dossier_id}/decision", response_model=InstructionDossier,
             max_body_size=BODY_MAX_BYTES, responses=error_responses(404, 409, 503))
def decide(dossier_id: DossierId, body: DecisionBody, online: OnlineDep) -> InstructionDossier:
    """under_review → accepted | refused | closed_without_action (closing also from
    complement_requested). Acceptance makes the attestation available to the applicant."""
    return online.instruction.decide(dossier_id, body)
