"""The intake endpoints of docs/protocol.md, with the shared wire models as request and
response models (so the OpenAPI document is generated from `kiosk.protocol.models`).

Handlers are plain `def` (FastAPI runs them in its thread pool) or hand their work to the
thread pool: database, disk and decryption work never stall the event loop.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Request, Response, status
from fastapi.concurrency import run_in_threadpool

from central.context import CentralDep
from central.devices import SIGNED_RESPONSES, UNPROCESSABLE, AuthenticatedDevice, signed_device_id
from kiosk.protocol.auth import CHUNK_SHA256_HEADER
from kiosk.protocol.models import (
    SHA256_PATTERN,
    UUID_PATTERN,
    ErrorBody,
    SignedManifest,
    SignedReceipt,
    UploadStatus,
)

MANIFEST_MAX_BYTES = 1024 * 1024  # 200 files of a few hundred bytes each, with room to spare
CHUNK_MAX_BYTES = 8 * 1024 * 1024  # Manifest.chunk_size's ceiling; the exact length is checked after
MAX_FILES, MAX_CHUNKS = 200, 1024  # FileEntry and Manifest bounds

DossierId = Annotated[str, Path(pattern=UUID_PATTERN, description="made by the kiosk at sealing")]
FileIndex = Annotated[int, Path(ge=0, lt=MAX_FILES)]
ChunkNumber = Annotated[int, Path(ge=0, lt=MAX_CHUNKS)]


def _chunk_params_valid(request: Request) -> bool:
    """Whether put_chunk's parameters will surely validate (False when unsure): then its own
    transaction can refuse a revoked device before anything else (`signed_device_id`)."""
    params = request.path_params
    index, n = str(params.get("file_index", "")), str(params.get("n", ""))
    hashes = request.headers.getlist(CHUNK_SHA256_HEADER)
    return (re.fullmatch(UUID_PATTERN, str(params.get("dossier_id", ""))) is not None
            and re.fullmatch(r"[0-9]{1,4}", index) is not None and int(index) < MAX_FILES
            and re.fullmatch(r"[0-9]{1,4}", n) is not None and int(n) < MAX_CHUNKS
            and len(hashes) == 1 and re.fullmatch(SHA256_PATTERN, hashes[0]) is not None)


# Signed by an enrolled device, whose revocation put_chunk reads itself.
ChunkDeviceId = Annotated[str, Depends(signed_device_id(_chunk_params_valid))]


def _responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    documented = {code: UNPROCESSABLE if code == 422 else {"model": ErrorBody} for code in codes}
    return {**SIGNED_RESPONSES, **documented}


router = APIRouter(prefix="/v1/dossiers", tags=["intake"])


@router.put("/{dossier_id}", response_model=UploadStatus, max_body_size=MANIFEST_MAX_BYTES,
            responses=_responses(404, 409, 413, 422))
def put_manifest(dossier_id: DossierId, signed: SignedManifest, device: AuthenticatedDevice,
                 central: CentralDep) -> UploadStatus:
    """Declare a sealed dossier. Same manifest again: its current status (the receipt if
    deposited). Another manifest for the same id: 409."""
    return central.intake.put_manifest(device, dossier_id, signed)


@router.put(
    "/{dossier_id}/files/{file_index}/chunks/{n}", status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response, max_body_size=CHUNK_MAX_BYTES, responses=_responses(400, 404, 409, 413),
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}},
)
async def put_chunk(dossier_id: DossierId, file_index: FileIndex, n: ChunkNumber, request: Request,
                    device_id: ChunkDeviceId, central: CentralDep,
                    chunk_sha256: Annotated[str, Header(alias=CHUNK_SHA256_HEADER, pattern=SHA256_PATTERN)],
                    ) -> Response:
    """Store chunk `n` of file `file_index`: exactly `chunk_size` bytes, except the last
    chunk of a file. The same chunk again: 204; other bytes for a stored chunk: 409."""
    body = await request.body()  # already read (and bounded) by the signature check
    # The device's revocation is read with the dossier, in put_chunk's own transaction; the
    # body's SHA-256 was made by the signature check.
    await run_in_threadpool(central.intake.put_chunk, device_id, dossier_id, file_index, n, body,
                            chunk_sha256, request.state.body_sha256)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{dossier_id}", response_model=UploadStatus, responses=_responses(404))
def get_status(dossier_id: DossierId, device: AuthenticatedDevice, central: CentralDep) -> UploadStatus:
    """What the service holds: the chunks still missing per file index, the receipt, or
    why the dossier was rejected."""
    return central.intake.status(device, dossier_id)


@router.post("/{dossier_id}/commit", response_model=UploadStatus,
             responses={**_responses(404, 422), 409: {"description": "chunks missing: `detail` and "
                                                      "`missing` (file index → chunk numbers)"}})
def commit(dossier_id: DossierId, device: AuthenticatedDevice, central: CentralDep) -> UploadStatus:
    """Check each file's SHA-256, unwrap the dossier key, decrypt every file; deposit with a
    signed receipt, or reject (422, with the reason). Committing again: the same answer."""
    return central.intake.commit(device, dossier_id)


@router.get("/{dossier_id}/receipt", response_model=SignedReceipt, responses=_responses(404))
def get_receipt(dossier_id: DossierId, device: AuthenticatedDevice, central: CentralDep) -> SignedReceipt:
    """The signed receipt of a deposited dossier of the caller."""
    return central.intake.receipt(device, dossier_id)
