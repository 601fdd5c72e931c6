"""The central service's HTTP API as the kiosk calls it (docs/protocol.md), over httpx.

Every call after enrollment is signed (kiosk/protocol/auth.py) over the exact bytes
sent. Every failure is a `SyncError` telling the worker whether to try again later:

- `NetworkError`: no answer (cannot connect, reset, timeout): retry;
- `ServerError`: 5xx, 408, 429, an unexpected redirect, or an answer that does not parse:
  retry; `Incomplete` (commit with chunks missing) is one of them;
- `Rejected`: any other 4xx, with the service's detail: do not retry this dossier as is;
  `Unauthorized` (401) is about the device (signature, clock, enrollment), not the dossier;
- `Conflict`: 409, the dossier id or a chunk is already taken with other bytes.

Synchronous on purpose: it runs in the sync worker's thread, one call at a time.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from kiosk.protocol.auth import (
    CHUNK_SHA256_HEADER,
    DEVICE_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    signing_string,
    signing_string_of_hash,
)
from kiosk.protocol.models import (
    UUID_PATTERN,
    EnrollRequest,
    EnrollResponse,
    SignedManifest,
    UploadStatus,
)
from kiosk.sync.keys import CentralTrust, DeviceIdentity

MAX_RESPONSE_BYTES = 4 * 1024 * 1024  # the largest UploadStatus (200 files × 1024 chunks) fits
MAX_DETAIL_CHARS = 300
USER_AGENT = "escale-kiosk"
RETRYABLE_4XX = frozenset({408, 429})  # "too early / too many": the service asks to come back

Model = TypeVar("Model", bound=BaseModel)


# -- typed failures -----------------------------------------------------------------------
class SyncError(Exception):
    retryable: ClassVar[bool] = False

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class NetworkError(SyncError):
    retryable = True


class ServerError(SyncError):
    retryable = True


class Incomplete(ServerError):
    """Commit refused because chunks are missing (the service may have lost some): send
    them again, then commit. Retryable, so a worker that only knows ServerError heals."""

    def __init__(self, message: str, missing: dict[int, list[int]]) -> None:
        super().__init__(message, status=409)
        self.missing = missing


class Rejected(SyncError):
    """`code`: the stable error code of the online calls' error body (kiosk.protocol.online), if any."""

    def __init__(self, message: str, *, status: int, detail: str, code: str | None = None) -> None:
        super().__init__(message, status=status)
        self.detail = detail
        self.code = code


class Unauthorized(Rejected):
    """401: unknown device, bad signature or clock off by more than 300 s."""


class Conflict(SyncError):
    def __init__(self, message: str, *, detail: str, code: str | None = None) -> None:
        super().__init__(message, status=409)
        self.detail = detail
        self.code = code


# -- the client -----------------------------------------------------------------------------
class CentralClient:
    def __init__(self, base_url: str, device: DeviceIdentity, device_id: str | None, *,
                 timeout: httpx.Timeout, transport: httpx.BaseTransport | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.base_url = base_url.rstrip("/")
        self.device = device
        self.device_id = device_id
        self._clock = clock
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, transport=transport,
                                  headers={"User-Agent": USER_AGENT}, follow_redirects=False)

    # -- protocol calls -------------------------------------------------------------------
    def enroll(self, code: str, device_name: str) -> EnrollResponse:
        """Unsigned: the one-time code vouches for the device. Sets `device_id`."""
        body = EnrollRequest(code=code, device_name=device_name,
                             public_key=self.device.public_key_b64()).model_dump_json().encode()
        response = self._parse(EnrollResponse, self._call("POST", "/v1/devices/enroll", body,
                                                          {"Content-Type": "application/json"},
                                                          signed=False), "enroll")
        try:
            CentralTrust.from_enrollment(self.base_url, response)  # keys and id must be usable
        except ValueError as exc:
            raise ServerError(f"enroll: unusable answer: {exc}", status=200) from None
        self.device_id = response.device_id
        return response

    def put_manifest(self, signed: SignedManifest) -> UploadStatus:
        dossier_id = signed.manifest.dossier_id
        response = self._call("PUT", _dossier_path(dossier_id), signed.model_dump_json().encode(),
                              {"Content-Type": "application/json"})
        return self._status(response, dossier_id, "put manifest")

    def put_chunk(self, dossier_id: str, index: int, n: int, data: bytes) -> None:
        if index < 0 or n < 0:
            raise ValueError(f"no chunk {n} of file {index}")
        sha256 = hashlib.sha256(data).hexdigest()  # once: the header and the signature both carry it
        self._call("PUT", f"{_dossier_path(dossier_id)}/files/{index}/chunks/{n}", data,
                   {"Content-Type": "application/octet-stream", CHUNK_SHA256_HEADER: sha256},
                   body_sha256=sha256)

    def status(self, dossier_id: str) -> UploadStatus:
        return self._status(self._call("GET", _dossier_path(dossier_id)), dossier_id, "status")

    def commit(self, dossier_id: str) -> UploadStatus:
        return self._status(self._call("POST", f"{_dossier_path(dossier_id)}/commit"), dossier_id, "commit")

    # -- lifecycle ----------------------------------------------------------------------
    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------------
    def _call(self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None,
              *, signed: bool = True, body_sha256: str | None = None) -> _Answer:
        """Send one request: a 2xx answer (body at most MAX_RESPONSE_BYTES) or a SyncError.
        `body_sha256`: the body's SHA-256 (hex) when the caller has it already."""
        request = self._http.build_request(method, path, content=body, headers=headers)
        if signed:
            self._sign(request, body, body_sha256)
        what = f"{method} {request.url.path}"
        status: int | None = None
        try:
            response = self._http.send(request, stream=True)
            try:
                status = response.status_code
                answer = _Answer(status, _read_capped(response, what), response.reason_phrase)
            finally:
                response.close()
        except httpx.TransportError as exc:  # connect, read, write, pool, protocol, proxy
            raise NetworkError(f"{what}: {type(exc).__name__}: {exc}") from exc
        except httpx.HTTPError as exc:  # e.g. a body that does not decode: the answer is broken
            raise ServerError(f"{what}: {type(exc).__name__}: {exc}", status=status) from exc
        _raise_for_status(answer, what)
        return answer

    def _sign(self, request: httpx.Request, body: bytes, body_sha256: str | None = None) -> None:
        if self.device_id is None:
            raise RuntimeError("this kiosk is not enrolled: no device id to sign with")
        # raw_path: the path and query exactly as they go on the request line (signed as such).
        path = request.url.raw_path.decode("ascii")
        timestamp = str(int(self._clock()))
        request.headers[DEVICE_HEADER] = self.device_id
        request.headers[TIMESTAMP_HEADER] = timestamp
        if body_sha256 is None:
            message = signing_string(request.method, path, timestamp, body)
        else:
            message = signing_string_of_hash(request.method, path, timestamp, body_sha256)
        request.headers[SIGNATURE_HEADER] = self.device.sign(message)

    @staticmethod
    def _parse(model: type[Model], answer: _Answer, what: str) -> Model:
        try:
            return model.model_validate_json(answer.content)
        except ValidationError as exc:
            raise ServerError(f"{what}: malformed answer ({exc.error_count()} errors)",
                              status=answer.status) from None

    def _status(self, answer: _Answer, dossier_id: str, what: str) -> UploadStatus:
        status = self._parse(UploadStatus, answer, what)
        if status.dossier_id != dossier_id:
            raise ServerError(f"{what}: the answer is about another dossier", status=answer.status)
        return status


def _dossier_path(dossier_id: str) -> str:
    # Ids are made by the kiosk; anything else in a URL path is a bug, refused before sending.
    if not re.fullmatch(UUID_PATTERN, dossier_id):
        raise ValueError(f"not a dossier id: {dossier_id!r}")
    return f"/v1/dossiers/{dossier_id}"


@dataclass(frozen=True)
class _Answer:
    status: int
    content: bytes
    reason: str


def _read_capped(response: httpx.Response, what: str) -> bytes:
    body = bytearray()
    for piece in response.iter_bytes():
        body += piece
        if len(body) > MAX_RESPONSE_BYTES:
            raise ServerError(f"{what}: answer larger than {MAX_RESPONSE_BYTES} bytes",
                              status=response.status_code)
    return bytes(body)


def _raise_for_status(answer: _Answer, what: str) -> None:
    code = answer.status
    if 200 <= code < 300:
        return
    detail, extra = _detail(answer)
    message = f"{what}: {code} {detail}"
    error_code = extra.get("code") if isinstance(extra.get("code"), str) else None
    if code == 409:
        missing = _missing(extra.get("missing"))
        if missing is not None:
            raise Incomplete(message, missing)
        raise Conflict(message, detail=detail, code=error_code)
    if code == 401:
        raise Unauthorized(message, status=code, detail=detail, code=error_code)
    if 400 <= code < 500 and code not in RETRYABLE_4XX:
        raise Rejected(message, status=code, detail=detail, code=error_code)
    raise ServerError(message, status=code)  # 5xx, 408, 429, and 1xx/3xx nobody asked for


def _detail(answer: _Answer) -> tuple[str, dict[str, Any]]:
    """The service's `detail` (ErrorBody) and the rest of a JSON error body, or the raw text."""
    try:
        body = json.loads(answer.content)
    except (ValueError, RecursionError):  # not JSON, or nested to exhaust the parser
        body = None
    if isinstance(body, dict) and "detail" in body:
        detail = body["detail"]
        text = detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False)
        return text[:MAX_DETAIL_CHARS], body
    text = answer.content[:MAX_DETAIL_CHARS].decode("utf-8", "replace").strip()
    return text or answer.reason, {}


def _missing(value: Any) -> dict[int, list[int]] | None:
    """The `missing` of a 409 at commit (file index → chunk numbers), if well formed."""
    if not isinstance(value, dict) or not value:
        return None
    try:
        return {int(index): [int(n) for n in chunks] for index, chunks in value.items()}
    except (TypeError, ValueError):
        return None


def enroll_kiosk(data_dir: Path, base_url: str, code: str, device_name: str, *,
                 timeout: httpx.Timeout, transport: httpx.BaseTransport | None = None) -> CentralTrust:
    """Enroll this kiosk with a one-time code and save what it now trusts (central.json)."""
    device = DeviceIdentity.load_or_create(data_dir)
    with CentralClient(base_url, device, None, timeout=timeout, transport=transport) as client:
        response = client.enroll(code, device_name)
    trust = CentralTrust.from_enrollment(client.base_url, response)
    trust.save(data_dir)
    return trust
