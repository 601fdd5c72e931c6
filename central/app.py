"""The FastAPI application of the reference central service."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from central import devices, intake, online
from central.config import CentralSettings
from central.context import Central
from central.db import Database
from central.dossiers import IntakeError
from central.instruction_intake import ApplicantIntake
from central.keys import load_or_create_keys
from central.models import utc_now
from central.storage import ChunkStore
from kiosk.protocol.models import PROTOCOL_VERSION, FieldError, InvalidRequest

log = logging.getLogger("central")

DEFAULT_MAX_BODY_BYTES = 64 * 1024  # routes that take more (manifest, chunk) say so themselves

DESCRIPTION = """Reference central service of Escale: enrolls kiosks, takes in sealed dossiers
(docs/protocol.md) and answers with signed receipts. Kiosk calls are signed by the device key
(X-Escale-Device, X-Escale-Timestamp, X-Escale-Signature); /v1/admin calls take the IT bearer token.
Applicants' accounts and notifications go through a kiosk (signed, plus the session token after
login); /v1/instruction calls take the agents' bearer token."""


async def _intake_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, IntakeError)
    return JSONResponse({"detail": exc.detail, **exc.extra}, status_code=exc.status)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    # FastAPI's own handler echoes the offending input back; a body with NaN or Infinity
    # (which Python's JSON parser accepts) then fails to serialise and becomes a 500.
    # Where and what is wrong is enough, and echoes nothing the caller sent.
    assert isinstance(exc, RequestValidationError)
    body = InvalidRequest(detail=[
        FieldError(loc=[str(part) for part in error.get("loc", ())], msg=str(error.get("msg", "")),
                   type=str(error.get("type", ""))) for error in exc.errors()])
    return JSONResponse(body.model_dump(mode="json"), status_code=422)


def create_app(settings: CentralSettings, *, clock: Callable[[], datetime] = utc_now) -> FastAPI:
    """A ready app: keys loaded (made on first start), database migrated, storage open.

    `clock` (aware UTC) is the service's time: receipts, code expiry, request freshness.
    """
    keys = load_or_create_keys(settings.key_dir)
    db = Database.open(settings.database_url)
    chunks = ChunkStore(settings.storage_dir)
    central = Central(settings=settings, db=db, keys=keys,
                      intake=ApplicantIntake(db, chunks, keys, settings, clock), clock=clock)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if settings.admin_token is None:
            log.info("admin API disabled (no ESCALE_CENTRAL_ADMIN_TOKEN); use the CLI")
        services.mail.start()
        try:
            yield
        finally:
            services.mail.stop()
            db.close()

    app = FastAPI(title="Escale central service", version=f"protocol {PROTOCOL_VERSION}",
                  description=DESCRIPTION, lifespan=lifespan, max_body_size=DEFAULT_MAX_BODY_BYTES)
    app.state.central = central
    app.include_router(devices.router)
    app.include_router(devices.admin)
    app.include_router(intake.router)
    app.add_exception_handler(IntakeError, _intake_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    services = online.install(app, central)  # accounts, notifications, instruction, mail

    @app.get("/v1/health", tags=["service"])
    def health() -> dict[str, int | str]:
        """Unauthenticated liveness probe: says nothing but that the service answers."""
        return {"status": "ok", "protocol": PROTOCOL_VERSION}

    return app
