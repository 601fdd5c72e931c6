"""Devices over HTTP: enrollment, the IT admin API, and the signed-request check every
kiosk call goes through (`authenticated_device`)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import re
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Annotated, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from fastapi import APIRouter, Depends, HTTPException, Path, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field

from central import audit, registry
from central.context import CentralDep
from central.dossiers import DeviceRefused, device_revoked, dossier_summaries
from central.models import Device
from kiosk.protocol.auth import (
    DEVICE_HEADER,
    MAX_CLOCK_SKEW_SECONDS,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    signing_string_of_hash,
)
from kiosk.protocol.models import (
    UUID_PATTERN,
    DeviceRefusal,
    DeviceRefusalCode,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    InvalidRequest,
)

log = logging.getLogger(__name__)

# Declared as a security scheme so the OpenAPI document shows what a kiosk must send (one
# scheme: OpenAPI would read three as alternatives); auto_error=False: the checks below
# answer the protocol's 401 rather than FastAPI's own.
_signed_request = APIKeyHeader(
    name=DEVICE_HEADER, scheme_name="signed-request", auto_error=False,
    description=f"the device id; with {TIMESTAMP_HEADER} (Unix seconds) and {SIGNATURE_HEADER} (base64 "
                "Ed25519 signature of kiosk.protocol.auth.signing_string over the raw body)")
_admin_bearer = HTTPBearer(scheme_name="admin", auto_error=False)

DeviceId = Annotated[str, Path(pattern=UUID_PATTERN)]


def _unauthorized(code: DeviceRefusalCode, detail: str) -> DeviceRefused:
    return DeviceRefused(status.HTTP_401_UNAUTHORIZED, code, detail)


def _signed_path(request: Request) -> str:
    # What the kiosk signed: the path as sent on the request line (not percent-decoded).
    path = request.scope.get("raw_path") or request.url.path.encode()
    query = request.scope.get("query_string") or b""
    text = path.decode("latin-1")
    return f"{text}?{query.decode('latin-1')}" if query else text


async def _verified_request(request: Request, central: CentralDep, device_id: str | None
                            ) -> tuple[str, bytes, bytes]:
    """The checks of a signed request that need no database: headers, clock, body read.
    Returns the device id, the raw signature and the signed message; the body's SHA-256
    (hex) is left in `request.state.body_sha256` for the route (a chunk's own check)."""
    timestamp = request.headers.get(TIMESTAMP_HEADER)
    signature = request.headers.get(SIGNATURE_HEADER)
    if not device_id or not timestamp or not signature:
        raise _unauthorized("unsigned", f"unsigned request: {DEVICE_HEADER}, {TIMESTAMP_HEADER} and "
                            f"{SIGNATURE_HEADER} are required")
    if not re.fullmatch(UUID_PATTERN, device_id):
        raise _unauthorized("unknown_device", "unknown device")
    if not re.fullmatch(r"[0-9]{1,12}", timestamp):
        raise _unauthorized("bad_timestamp", f"{TIMESTAMP_HEADER} must be Unix seconds")
    if abs(central.clock().timestamp() - int(timestamp)) > MAX_CLOCK_SKEW_SECONDS:
        raise _unauthorized("clock_skew", f"{TIMESTAMP_HEADER} is more than {MAX_CLOCK_SKEW_SECONDS} s away "
                            "from the service's clock; set the kiosk's clock")
    try:
        raw_signature = base64.b64decode(signature, validate=True)
    except binascii.Error:
        raise _unauthorized("bad_signature", f"{SIGNATURE_HEADER} is not base64") from None
    body = await request.body()  # bounded by the route's max_body_size
    body_sha256 = hashlib.sha256(body).hexdigest()  # once: the chunk route checks it too
    request.state.body_sha256 = body_sha256
    message = signing_string_of_hash(request.method, _signed_path(request), timestamp, body_sha256)
    return device_id, raw_signature, message


def _check_signature(key: Ed25519PublicKey, device_id: str, raw_signature: bytes,
                     message: bytes) -> None:
    try:
        key.verify(raw_signature, message)
    except InvalidSignature:
        log.warning("bad request signature for device %s", device_id)
        raise _unauthorized("bad_signature", "bad signature") from None


def _refuse_revoked(device: Device) -> None:
    if device.revoked_at is not None:
        raise device_revoked()


async def authenticated_device(
    request: Request, central: CentralDep, device_id: Annotated[str | None, Depends(_signed_request)],
) -> Device:
    """The enrolled, unrevoked device that signed this request over its raw body."""
    device_id, raw_signature, message = await _verified_request(request, central, device_id)
    return await _enrolled_device(central, device_id, raw_signature, message)


async def _enrolled_device(central: CentralDep, device_id: str, raw_signature: bytes,
                           message: bytes) -> Device:
    """The device read from the database, its signature checked, refused if unknown or revoked."""
    device = await run_in_threadpool(registry.find_device, central.db, device_id)
    if device is None:
        raise _unauthorized("unknown_device", "unknown device")
    _check_signature(central.public_keys.of(device), device_id, raw_signature, message)
    _refuse_revoked(device)
    return device


def signed_device_id(params_valid: Callable[[Request], bool]) -> Callable[..., Awaitable[str]]:
    """A dependency for a hot route whose own transaction reads whether the device is revoked
    (and refuses it, 403, before anything else): the id of the enrolled device that signed the
    request, checked against its cached key without a database read. A revocation still takes
    effect at once, from any process: it is read for every request, by the route.

    FastAPI validates a route's parameters after its dependencies, and a revoked device must
    get 403 whatever else is wrong: unless `params_valid(request)` says that the parameters
    will validate (it may say False when unsure, never True wrongly), and for a device whose
    key is not cached yet, this runs every check of `authenticated_device` instead."""

    async def dependency(request: Request, central: CentralDep,
                         device_id: Annotated[str | None, Depends(_signed_request)]) -> str:
        device_id, raw_signature, message = await _verified_request(request, central, device_id)
        key = central.public_keys.get(device_id)
        if key is None or not params_valid(request):
            await _enrolled_device(central, device_id, raw_signature, message)
            return device_id
        _check_signature(key, device_id, raw_signature, message)
        return device_id

    return dependency


AuthenticatedDevice = Annotated[Device, Depends(authenticated_device)]

SIGNED_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": DeviceRefusal, "description": "unsigned, badly signed, stale, or unknown device"},
    403: {"model": DeviceRefusal, "description": "the device is revoked (code device_revoked)"},
}
# For routes that refuse a well-formed request with 422 too: FastAPI's own 422 alone would
# document only the field errors.
UNPROCESSABLE: dict[str, Any] = {
    "model": ErrorBody | InvalidRequest,
    "description": "the request does not validate (field errors), or is refused as it stands (the reason)"}


# -- enrollment -----------------------------------------------------------------------
router = APIRouter(prefix="/v1/devices", tags=["devices"])


@router.post("/enroll", response_model=EnrollResponse,
             responses={403: {"model": ErrorBody, "description": "unknown, used or expired code"},
                        422: UNPROCESSABLE})
def enroll(body: EnrollRequest, central: CentralDep) -> EnrollResponse:
    try:
        device = registry.enroll(central.db, body.code, body.device_name, body.public_key,
                                 now=central.clock())
    except registry.InvalidPublicKey as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from None
    except registry.EnrollmentRefused as exc:
        raise HTTPException(status.HTTP_403_FORBIDDEN, str(exc)) from None
    log.info("device %s enrolled", device.id)
    return EnrollResponse(device_id=device.id, central_signing_key=central.keys.signing_public,
                          central_encryption_key=central.keys.encryption_public_pem)


# -- IT admin API ---------------------------------------------------------------------
AdminCredentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_admin_bearer)]


def require_admin(central: CentralDep, credentials: AdminCredentials) -> None:
    expected = central.settings.admin_token
    if expected is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            "the admin API is disabled: set ESCALE_CENTRAL_ADMIN_TOKEN")
    given = credentials.credentials if credentials else ""
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "admin token missing or wrong",
                            headers={"WWW-Authenticate": "Bearer"})


class EnrollmentCodeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ttl_seconds: int | None = Field(default=None, ge=60, le=30 * 24 * 3600)


class EnrollmentCodeOut(BaseModel):
    code: str  # shown once: only its hash is kept
    expires_at: datetime


class DeviceOut(BaseModel):
    id: str
    name: str
    enrolled_at: datetime
    revoked_at: datetime | None

    @classmethod
    def of(cls, device: Device) -> DeviceOut:
        return cls(id=device.id, name=device.name, enrolled_at=device.enrolled_at,
                   revoked_at=device.revoked_at)


class FileSummary(BaseModel):
    name: str
    sha256: str | None  # of the decrypted file; null until the dossier is deposited


class DossierSummary(BaseModel):
    id: str
    state: str
    files: list[FileSummary]


admin = APIRouter(prefix="/v1/admin", tags=["admin"], dependencies=[Depends(require_admin)],
                  responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}})


@admin.post("/enrollment-codes", response_model=EnrollmentCodeOut, status_code=status.HTTP_201_CREATED)
def create_enrollment_code(central: CentralDep,
                           body: EnrollmentCodeRequest | None = None) -> EnrollmentCodeOut:
    ttl = (body.ttl_seconds if body else None) or central.settings.enrollment_code_ttl_seconds
    issued = registry.create_enrollment_code(central.db, timedelta(seconds=ttl), audit.ADMIN,
                                             now=central.clock())
    return EnrollmentCodeOut(code=issued.code, expires_at=issued.expires_at)


@admin.get("/devices", response_model=list[DeviceOut])
def list_devices(central: CentralDep) -> list[DeviceOut]:
    return [DeviceOut.of(device) for device in registry.list_devices(central.db)]


@admin.post("/devices/{device_id}/revoke", response_model=DeviceOut,
            responses={404: {"model": ErrorBody}})
def revoke_device(device_id: DeviceId, central: CentralDep) -> DeviceOut:
    device = registry.revoke(central.db, device_id, audit.ADMIN, now=central.clock())
    if device is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such device")
    log.info("device %s revoked", device_id)
    return DeviceOut.of(device)


@admin.get("/dossiers", response_model=list[DossierSummary])
def list_dossiers(central: CentralDep) -> list[DossierSummary]:
    return [DossierSummary.model_validate(item) for item in dossier_summaries(central.db)]
