"""The kiosk's online calls for applicants (docs/protocol.md "Accounts", "Notifications"):
create an account, activate it with the mailed code, log in, read notifications, fetch
the attestation of favourable decision, log out.

Built on `CentralClient` (signed requests, bounded answers, typed failures). Failures:

- `NetworkError` / `ServerError`: the service cannot be reached or misbehaves; the UI
  says that this step needs the network (PROCEDURE.md §6);
- `OnlineRefused`: the service said no for a reason the applicant can read (`detail`,
  French) and the UI can branch on (`code`, e.g. "bad_credentials", "code_invalid");
  `SessionExpired` (log in again) and `AccountLocked` are the ones a screen must handle;
- `Unauthorized` / `Rejected` without a code: the kiosk itself is refused (enrollment,
  clock, revoked): a matter for IT staff, not for the applicant.

Malformed input (a foreigner number of 3 digits...) raises pydantic's ValidationError (a
ValueError) before anything is sent. The session token lives in this object only: drop
the object (after `logout`) when the applicant leaves.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from types import TracebackType
from typing import TypeVar

import httpx
from pydantic import BaseModel

from kiosk.protocol.models import UUID_PATTERN
from kiosk.protocol.online import (
    AccountCreated,
    AccountStatus,
    ActivateAccountRequest,
    CreateAccountRequest,
    LoginRequest,
    LoginResponse,
    Notification,
    NotificationList,
)
from kiosk.sync.client import CentralClient, Conflict, Rejected, ServerError, SyncError, _Answer
from kiosk.sync.keys import CentralTrust, DeviceIdentity

JSON = {"Content-Type": "application/json"}
Model = TypeVar("Model", bound=BaseModel)


class OnlineRefused(Rejected):
    """A refusal with a stable `code` and a French `detail` to show."""


class SessionExpired(OnlineRefused):
    """The session token is gone (expired, logged out, another kiosk): log in again."""


class AccountLocked(OnlineRefused):
    """Too many wrong passwords: `detail` says for how long."""


class OnlineClient:
    def __init__(self, central: CentralClient) -> None:
        self.central = central
        self._token: str | None = None

    @classmethod
    def connect(cls, data_dir: Path, *, timeout: httpx.Timeout,
                transport: httpx.BaseTransport | None = None) -> OnlineClient:
        """A client for this enrolled kiosk (its device key and central.json in `data_dir`)."""
        trust = CentralTrust.load(data_dir)
        if trust is None:
            raise RuntimeError("this kiosk is not enrolled with a central service")
        device = DeviceIdentity.load_or_create(data_dir)
        return cls(CentralClient(trust.base_url, device, trust.device_id, timeout=timeout,
                                 transport=transport))

    # -- accounts ---------------------------------------------------------------------
    def create_account(self, foreigner_number: str, document_kind: str, document_number: str,
                       email: str) -> AccountCreated:
        """Seed A4: the service mails a one-time code to `email`."""
        body = CreateAccountRequest.model_validate({
            "foreigner_number": _digits(foreigner_number), "document_kind": document_kind,
            "document_number": _compact(document_number).upper(), "email": email.strip()})
        return self._json(AccountCreated, "POST", "/v1/accounts", body.model_dump_json().encode())

    def activate_account(self, foreigner_number: str, code: str, password: str) -> AccountStatus:
        body = ActivateAccountRequest(foreigner_number=_digits(foreigner_number), code=_digits(code),
                                      password=password)
        return self._json(AccountStatus, "POST", "/v1/accounts/activate", body.model_dump_json().encode())

    def login(self, foreigner_number: str, password: str) -> LoginResponse:
        """Seed A3. Keeps the session token for the calls below."""
        body = LoginRequest(foreigner_number=_digits(foreigner_number), password=password)
        session = self._json(LoginResponse, "POST", "/v1/accounts/login", body.model_dump_json().encode())
        self._token = session.session_token
        return session

    @property
    def logged_in(self) -> bool:
        return self._token is not None

    def logout(self) -> None:
        """End the session on the service; the token is forgotten here whatever happens."""
        token, self._token = self._token, None
        if token is None:
            return
        with contextlib.suppress(SessionExpired):  # already over
            self._call("POST", "/v1/accounts/logout", token=token)

    # -- after login ------------------------------------------------------------------
    def notifications(self) -> list[Notification]:
        """Seed I1/I2: the applicant's notifications, newest first."""
        return self._json(NotificationList, "GET", "/v1/applicant/notifications", session=True).notifications

    def mark_read(self, notification_id: str) -> None:
        self._call("POST", f"/v1/applicant/notifications/{_id(notification_id)}/read", token=self._session())

    def attestation(self, dossier_id: str) -> bytes:
        """The attestation of favourable decision (PDF bytes) of an accepted dossier."""
        answer = self._call("GET", f"/v1/applicant/dossiers/{_id(dossier_id)}/attestation",
                            token=self._session())
        if not answer.content.startswith(b"%PDF-"):
            raise ServerError("attestation: the answer is not a PDF", status=answer.status)
        return answer.content

    # -- lifecycle ----------------------------------------------------------------------
    def close(self) -> None:
        self._token = None
        self.central.close()

    def __enter__(self) -> OnlineClient:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------------
    def _session(self) -> str:
        if self._token is None:
            raise SessionExpired("not logged in", status=401, detail="Connectez-vous d'abord.",
                                 code="session_required")
        return self._token

    def _json(self, model: type[Model], method: str, path: str, body: bytes = b"", *,
              session: bool = False) -> Model:
        answer = self._call(method, path, body, token=self._session() if session else None)
        return CentralClient._parse(model, answer, f"{method} {path}")

    def _call(self, method: str, path: str, body: bytes = b"", *, token: str | None = None) -> _Answer:
        headers = dict(JSON) if body else {}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        try:
            return self.central._call(method, path, body, headers)
        except (Rejected, Conflict) as exc:
            refusal = _refusal(exc)
            if isinstance(refusal, SessionExpired):
                self._token = None  # over on the service: `logged_in` says so
            raise refusal from exc


def _refusal(exc: Rejected | Conflict) -> SyncError:
    """The typed refusal of an online call; a refusal without a code is about the kiosk: as is."""
    if exc.code is None:
        return exc
    status = exc.status or 409
    kind = {"session_expired": SessionExpired, "session_required": SessionExpired,
            "account_locked": AccountLocked}.get(exc.code, OnlineRefused)
    return kind(str(exc), status=status, detail=exc.detail, code=exc.code)


def _compact(text: str) -> str:
    return "".join(text.split()).replace("-", "")


def _digits(text: str) -> str:
    """Numbers as typed at a kiosk: spaces and dashes dropped."""
    return _compact(text)


def _id(value: str) -> str:
    if not re.fullmatch(UUID_PATTERN, value):
        raise ValueError(f"not an id: {value!r}")
    return value
