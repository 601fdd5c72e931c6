"""Account endpoints (docs/protocol.md "Accounts"). Applicants act at a kiosk, so every
call is device-signed; logout (and the notification calls) also carry the applicant's
session token as `Authorization: Bearer`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from central.accounts import Applicant
from central.devices import SIGNED_RESPONSES, AuthenticatedDevice
from central.online import OnlineDep, OnlineError, error_responses
from kiosk.protocol.online import (
    AccountCreated,
    AccountStatus,
    ActivateAccountRequest,
    CreateAccountRequest,
    LoginRequest,
    LoginResponse,
)

ACCOUNT_BODY_MAX_BYTES = 4 * 1024

_session_bearer = HTTPBearer(scheme_name="applicant-session", auto_error=False,
                             description="the session token of POST /v1/accounts/login")


Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_session_bearer)]


def session_token(credentials: Credentials) -> str:
    if credentials is None or not 20 <= len(credentials.credentials) <= 200:
        raise OnlineError(401, "session_required", "Connectez-vous d'abord.",
                          headers={"WWW-Authenticate": "Bearer"})
    return credentials.credentials


SessionToken = Annotated[str, Depends(session_token)]


def current_applicant(device: AuthenticatedDevice, token: SessionToken, online: OnlineDep) -> Applicant:
    return online.accounts.applicant(device, token)


CurrentApplicant = Annotated[Applicant, Depends(current_applicant)]
SESSION_RESPONSES = {**SIGNED_RESPONSES, **error_responses(401)}

router = APIRouter(prefix="/v1/accounts", tags=["accounts"], responses=SIGNED_RESPONSES)


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=AccountCreated,
             max_body_size=ACCOUNT_BODY_MAX_BYTES, responses=error_responses(409))
def create_account(body: CreateAccountRequest, device: AuthenticatedDevice,
                   online: OnlineDep) -> AccountCreated:
    """Start an account (seed A4): a one-time code is mailed to `email`. Again for a pending
    account with the same document: a new code (the old one dies)."""
    return online.accounts.create(device, body)


@router.post("/activate", response_model=AccountStatus, max_body_size=ACCOUNT_BODY_MAX_BYTES,
             responses=error_responses(400, 404, 409, 410))
def activate_account(body: ActivateAccountRequest, device: AuthenticatedDevice,
                     online: OnlineDep) -> AccountStatus:
    """The mailed code and a new password: the account becomes active. A wrong code
    counts; too many and the code dies (410)."""
    return online.accounts.activate(device, body)


@router.post("/login", response_model=LoginResponse, max_body_size=ACCOUNT_BODY_MAX_BYTES,
             responses=error_responses(401, 403, 423))
def login(body: LoginRequest, device: AuthenticatedDevice, online: OnlineDep) -> LoginResponse:
    """Foreigner number and password (seed A3): a session token for this kiosk. Too many
    wrong passwords in a row lock the account for a while (423, with `locked_until`)."""
    return online.accounts.login(device, body)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
             responses=SESSION_RESPONSES)
def logout(device: AuthenticatedDevice, token: SessionToken, online: OnlineDep) -> Response:
    """End the session now (the kiosk does it when the applicant leaves or on idle timeout)."""
    online.accounts.logout(device, token)
    return Response(status_code=status.HTTP_204_NO_CONTENT)

