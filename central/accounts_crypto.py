"""The secrets of applicant accounts: password hashes, one-time codes, session tokens and
the keyed hashes that stand for foreigner and document numbers.

- Passwords: Argon2id (memory-hard) with a fresh 16-byte salt each, stored as a PHC string
  (`$argon2id$v=19$m=65536,t=3,p=4$salt$hash`): each hash names its own parameters, so the
  settings can change and old hashes still verify (and are upgraded at the next login).
- Identifiers: HMAC-SHA256 with a key derived (HKDF) from the service's signing key, so a
  stolen database alone does not turn back into foreigner numbers by trying them all.
- One-time codes: 8 random digits; the same HMAC, so the table never holds one in clear.
- Session tokens: 32 random bytes (URL-safe base64); only their SHA-256 is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from central.config import CentralSettings
from central.keys import CentralKeys

SALT_BYTES = 16
HASH_BYTES = 32
CODE_DIGITS = 8
_HKDF_INFO = b"escale central: applicant identifiers v1"


@dataclass(frozen=True)
class PasswordPolicy:
    memory_kib: int
    iterations: int
    lanes: int

    @classmethod
    def of(cls, settings: CentralSettings) -> PasswordPolicy:
        return cls(settings.password_memory_kib, settings.password_iterations, settings.password_lanes)

    @property
    def phc_parameters(self) -> str:
        return f"m={self.memory_kib},t={self.iterations},p={self.lanes}"

    def hash(self, password: str) -> str:
        kdf = Argon2id(salt=secrets.token_bytes(SALT_BYTES), length=HASH_BYTES, iterations=self.iterations,
                       lanes=self.lanes, memory_cost=self.memory_kib)
        return kdf.derive_phc_encoded(password.encode("utf-8"))

    @staticmethod
    def verify(password: str, encoded: str) -> bool:
        try:
            Argon2id.verify_phc_encoded(password.encode("utf-8"), encoded)
        except (InvalidKey, ValueError):
            return False
        return True

    def is_current(self, encoded: str) -> bool:
        """Whether `encoded` was made with these parameters (else: rehash at login)."""
        parts = encoded.split("$")
        return len(parts) == 6 and parts[1] == "argon2id" and parts[3] == self.phc_parameters

    def waste_time(self, password: str) -> None:
        """As long as a verification: unknown accounts answer no faster than known ones."""
        self.hash(password)


class Identifiers:
    """Keyed hashes (hex) of foreigner numbers, document numbers and one-time codes."""

    def __init__(self, keys: CentralKeys) -> None:
        raw = keys.signing.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                         serialization.NoEncryption())
        self._key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_HKDF_INFO).derive(raw)

    def _mac(self, kind: str, value: str) -> str:
        return hmac.new(self._key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()

    def applicant(self, foreigner_number: str) -> str:
        return self._mac("foreigner", normal_number(foreigner_number))

    def document(self, document_number: str) -> str:
        return self._mac("document", normal_number(document_number))

    def code(self, account_id: str, code: str) -> str:
        return self._mac(f"code:{account_id}", normal_number(code))


def normal_number(text: str) -> str:
    """Numbers as typed: spaces and dashes dropped, letters in capitals."""
    return "".join(text.split()).replace("-", "").upper()


def new_code() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))


def new_session_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
