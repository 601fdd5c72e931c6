"""Wire models of protocol version 1. See docs/protocol.md for the exchanges.

Everything signed is signed over `canonical_bytes()`: the model as JSON with sorted
keys, no spaces, UTF-8, so both sides compute the same bytes from the same values.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
CHUNK_SIZE = 256 * 1024
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
B64_PATTERN = r"^[A-Za-z0-9+/]+={0,2}$"
SEALED_FILE_MIN_BYTES = 12 + 16  # AES-GCM nonce and tag: the ciphertext of an empty file
FILE_NAME_PATTERN = r"^[a-z0-9_]+(/[0-9]{2}-(document|translation)\.(pdf|jpg|png))?(\.json)?$"


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class Canonical(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    def canonical_bytes(self) -> bytes:
        return canonical_json(self.model_dump(mode="json"))

    def digest(self) -> str:
        """SHA-256 (hex) of the canonical bytes."""
        return hashlib.sha256(self.canonical_bytes()).hexdigest()


class FileEntry(Canonical):
    """One sealed file: its ciphertext (nonce + AES-GCM output) is what travels."""

    name: str = Field(pattern=FILE_NAME_PATTERN, max_length=80)
    requirement: str | None = Field(default=None, pattern=r"^[a-z0-9_]+$", max_length=60)
    kind: Literal["answers", "document", "translation"]
    media_type: Literal["application/json", "application/pdf", "image/jpeg", "image/png"]
    size: int = Field(ge=SEALED_FILE_MIN_BYTES, le=64 * 1024 * 1024)  # ciphertext bytes
    sha256: str = Field(pattern=SHA256_PATTERN)  # of the ciphertext
    chunks: int = Field(ge=1, le=1024)


class Manifest(Canonical):
    protocol: Literal[1] = PROTOCOL_VERSION
    dossier_id: str = Field(pattern=UUID_PATTERN)
    device_id: str = Field(pattern=UUID_PATTERN)
    procedure_id: str = Field(pattern=r"^[a-z0-9_]+$", max_length=60)
    procedure_version: int = Field(ge=1)
    sealed_at: AwareDatetime
    cipher: Literal["AES-256-GCM"] = "AES-256-GCM"
    key_wrap: Literal["RSA-OAEP-SHA256"] = "RSA-OAEP-SHA256"
    wrapped_key: str = Field(pattern=B64_PATTERN, max_length=2048)
    chunk_size: int = Field(default=CHUNK_SIZE, ge=4096, le=8 * 1024 * 1024)
    files: list[FileEntry] = Field(min_length=1, max_length=200)
    # A complement (docs/protocol.md "Complements"): the id of the dossier it completes.
    # Left out of every dump when absent, so manifests without it keep their canonical bytes.
    complement_of: str | None = Field(default=None, pattern=UUID_PATTERN,
                                      exclude_if=lambda value: value is None)


class SignedManifest(Canonical):
    manifest: Manifest
    signature: str = Field(pattern=B64_PATTERN, max_length=200)  # device Ed25519


class Receipt(Canonical):
    dossier_id: str = Field(pattern=UUID_PATTERN)
    device_id: str = Field(pattern=UUID_PATTERN)
    deposit_number: str = Field(max_length=40)
    received_at: AwareDatetime
    manifest_sha256: str = Field(pattern=SHA256_PATTERN)


class SignedReceipt(Canonical):
    receipt: Receipt
    signature: str = Field(pattern=B64_PATTERN, max_length=200)  # central Ed25519


class UploadStatus(BaseModel):
    """What the central service holds of a dossier: chunks still missing per file
    index, or the receipt once it is deposited, or why it was rejected."""

    model_config = ConfigDict(extra="forbid")

    dossier_id: str
    state: Literal["receiving", "deposited", "rejected"]
    missing: dict[int, list[int]] = Field(default_factory=dict)
    receipt: SignedReceipt | None = None
    reason: str | None = None


class EnrollRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(min_length=8, max_length=64, pattern=r"^[^\x00-\x1f\x7f]*$")
    # No control characters: shown to IT staff, and PostgreSQL text refuses NUL.
    device_name: str = Field(min_length=1, max_length=80, pattern=r"^[^\x00-\x1f\x7f]*$")
    public_key: str = Field(pattern=B64_PATTERN, max_length=64)  # raw Ed25519, 32 bytes


class EnrollResponse(BaseModel):
    model_config = ConfigDict(extra="forbid")

    device_id: str
    central_signing_key: str  # raw Ed25519 public key, base64: verifies receipts
    central_encryption_key: str  # RSA public key, PEM: dossier keys are wrapped for it


class ErrorBody(BaseModel):
    """Every refusal of the service: the reason, for a person (a 409 of a commit adds `missing`)."""

    detail: str


DeviceRefusalCode = Literal["unsigned", "unknown_device", "bad_timestamp", "clock_skew", "bad_signature",
                            "device_revoked"]


class DeviceRefusal(ErrorBody):
    """A signed call refused at the door (401, or 403 for a revoked device): `code` says
    what the kiosk can do (set its clock, be enrolled again)."""

    code: DeviceRefusalCode


class FieldError(BaseModel):
    loc: list[str]  # where: "body", "manifest", "files", "0", ...
    msg: str
    type: str


class InvalidRequest(BaseModel):
    """A 422 for a request that does not validate: where and what is wrong, never the input."""

    detail: list[FieldError]
