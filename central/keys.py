"""The service's own keys, made on first start in the key directory.

- `signing.key`: Ed25519, signs receipts; kiosks get the raw public key (base64).
- `encryption.key`: RSA-3072, kiosks wrap each dossier key for it (RSA-OAEP-SHA256).

Private keys are PKCS#8 PEM files, 0600 in a 0700 directory. A key file readable by
others is refused rather than used: it may already have leaked.
"""

from __future__ import annotations

import base64
import contextlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.protocol.models import Receipt, SignedReceipt

SIGNING_FILE = "signing.key"
ENCRYPTION_FILE = "encryption.key"
RSA_BITS = 3072
PrivateKey = Ed25519PrivateKey | rsa.RSAPrivateKey
OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


class KeyFileError(RuntimeError):
    """A key file is missing its protection or cannot be read."""


@dataclass(frozen=True)
class CentralKeys:
    signing: Ed25519PrivateKey
    encryption: rsa.RSAPrivateKey

    @property
    def signing_public(self) -> str:
        """Raw Ed25519 public key, base64 (as in `EnrollResponse`)."""
        raw = self.signing.public_key().public_bytes(serialization.Encoding.Raw,
                                                      serialization.PublicFormat.Raw)
        return base64.b64encode(raw).decode("ascii")

    @property
    def encryption_public_pem(self) -> str:
        return self.encryption.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")

    def sign_receipt(self, receipt: Receipt) -> SignedReceipt:
        signature = self.signing.sign(receipt.canonical_bytes())
        return SignedReceipt(receipt=receipt, signature=base64.b64encode(signature).decode("ascii"))

    def unwrap(self, wrapped: bytes) -> bytes:
        """The dossier key; raises ValueError when it was not wrapped for this key."""
        return self.encryption.decrypt(wrapped, OAEP)


def load_or_create_keys(key_dir: Path) -> CentralKeys:
    key_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    _check_private(key_dir, 0o700)
    signing = _load_or_create(key_dir / SIGNING_FILE, Ed25519PrivateKey.generate)
    encryption = _load_or_create(key_dir / ENCRYPTION_FILE,
                                 lambda: rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS))
    if not isinstance(signing, Ed25519PrivateKey):
        raise KeyFileError(f"{key_dir / SIGNING_FILE}: not an Ed25519 private key")
    if not isinstance(encryption, rsa.RSAPrivateKey) or encryption.key_size < RSA_BITS:
        raise KeyFileError(f"{key_dir / ENCRYPTION_FILE}: not an RSA private key of {RSA_BITS} bits or more")
    return CentralKeys(signing=signing, encryption=encryption)


def _check_private(path: Path, allowed: int) -> None:
    if os.name != "posix":
        return  # Windows: ACLs, not modes; the installer protects the folder
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & ~allowed & 0o077:
        raise KeyFileError(f"{path}: readable by others (mode {mode:o}); chmod it to {allowed:o}")


def _load_or_create(path: Path, generate: Callable[[], PrivateKey]) -> object:
    if not path.exists():
        key = generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        _write_new(path, pem)
    _check_private(path, 0o600)
    try:
        return serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise KeyFileError(f"{path}: cannot read the key ({exc})") from None


def _write_new(path: Path, data: bytes) -> None:
    """Create `path` 0600 with `data`; if another process made it first, keep theirs."""
    tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)  # fails rather than replace a key a racing start just made
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
