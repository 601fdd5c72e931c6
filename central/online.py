"""The applicant and instruction side of the service, wired into the app: accounts,
notifications, the agents' instruction API and the mail sender (docs/protocol.md
"Accounts", "Notifications", "Instruction", "Complements").

`install` builds the parts once and hangs them on `app.state.online`; endpoints reach
them through `OnlineDep`. Refusals are `OnlineError`s: a status, a French `detail` the
kiosk may show, and a stable `code` it can act on (kiosk.protocol.online.OnlineError).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse

from kiosk.protocol.online import OnlineError as OnlineErrorBody

if TYPE_CHECKING:
    from central.accounts import Accounts
    from central.context import Central
    from central.instruction import Instruction
    from central.mail import MailSender


class OnlineError(Exception):
    def __init__(self, status: int, code: str, detail: str, *, headers: dict[str, str] | None = None,
                 **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.headers = headers
        self.extra = extra


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": OnlineErrorBody} for code in codes}


async def _online_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, OnlineError)
    return JSONResponse({"detail": exc.detail, "code": exc.code, **exc.extra}, status_code=exc.status,
                        headers=exc.headers)


@dataclass(frozen=True)
class Online:
    accounts: Accounts
    instruction: Instruction
    mail: MailSender


def online_of(request: Request) -> Online:
    online: Online = request.app.state.online
    return online


OnlineDep = Annotated[Online, Depends(online_of)]


def install(app: FastAPI, central: Central) -> Online:
    """Build the parts, add their routers and error handler; the caller starts and stops `mail`."""
    from central import accounts_api, instruction_api, notifications
    from central.accounts import Accounts
    from central.accounts_crypto import Identifiers
    from central.instruction import Instruction
    from central.mail import MailSender

    mail = MailSender(central.db, central.settings, clock=central.clock)
    identifiers = Identifiers(central.keys)
    online = Online(
        accounts=Accounts(central.db, central.settings, identifiers, mail, central.clock),
        instruction=Instruction(central, mail),
        mail=mail,
    )
    app.state.online = online
    app.add_exception_handler(OnlineError, _online_error)
    app.include_router(accounts_api.router)
    app.include_router(notifications.router)
    app.include_router(instruction_api.router)
    return online
