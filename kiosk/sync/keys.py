"""The kiosk's keys: its own Ed25519 identity, and what it trusts of the central service.

- `<data_dir>/keys/device.key`: the device's Ed25519 private key (PKCS#8 PEM, 0600 in a
  0700 folder), made on first use. It signs every request and each sealed manifest.
- `<data_dir>/keys/central.json`: written at enrollment: the device id the service gave,
  the service's URL, its receipt-signing key (raw Ed25519, base64) and its encryption
  key (RSA PEM) that each dossier key is wrapped for.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.protocol.models import UUID_PATTERN, EnrollResponse, SignedReceipt
from kiosk.store.fsutil import write_atomic

KEYS_DIR = "keys"
DEVICE_KEY_FILE = "device.key"
CENTRAL_FILE = "central.json"
CENTRAL_FORMAT = 1
MIN_RSA_BITS = 3072  # docs/protocol.md: RSA-3072; a smaller key is refused, not used
OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


class KeyFileError(RuntimeError):
    """A key file is damaged, of the wrong kind, or not protected."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def keys_dir(data_dir: Path) -> Path:
    folder = data_dir / KEYS_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)  # mkdir leaves an existing folder's mode alone
    return folder


def _check_private(path: Path) -> None:
    # A private key others could read may already have leaked: refuse it rather than use it.
    if os.name != "posix":
        return  # Windows: ACLs, not modes; the installer protects the folder
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise KeyFileError(f"{path}: readable by others (mode {mode:o}); chmod it to 600")


# -- the device's own key ---------------------------------------------------------------
@dataclass(frozen=True)
class DeviceIdentity:
    private_key: Ed25519PrivateKey = field(repr=False)

    @classmethod
    def load_or_create(cls, data_dir: Path) -> DeviceIdentity:
        """The key of `<data_dir>/keys/device.key`, made on first use."""
        path = keys_dir(data_dir) / DEVICE_KEY_FILE
        if not path.exists():
            pem = Ed25519PrivateKey.generate().private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption())
            # Temp file made 0600; overwrite=False: two racing first starts keep one key.
            write_atomic(path, pem, overwrite=False)
        _check_private(path)
        return cls(_read_private_key(path))

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()

    def public_key_raw(self) -> bytes:
        return self.public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def public_key_b64(self) -> str:
        """Raw 32-byte public key, base64: what `EnrollRequest.public_key` carries."""
        return b64(self.public_key_raw())

    def sign(self, data: bytes) -> str:
        """Ed25519 signature of `data`, base64."""
        return b64(self.private_key.sign(data))


def _read_private_key(path: Path) -> Ed25519PrivateKey:
    data = path.read_bytes()
    try:
        # Raw 32 bytes are accepted too: a key provisioned by a script may come that way.
        key = (Ed25519PrivateKey.from_private_bytes(data) if len(data) == 32
               else serialization.load_pem_private_key(data, password=None))
    except (ValueError, TypeError) as exc:
        raise KeyFileError(f"{path}: cannot read the device key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path}: not an Ed25519 private key")
    return key


# -- what the kiosk trusts of the central service ---------------------------------------
@dataclass(frozen=True)
class CentralTrust:
    device_id: str
    base_url: str
    signing_key: Ed25519PublicKey = field(repr=False)
    encryption_key: rsa.RSAPublicKey = field(repr=False)

    @classmethod
    def from_enrollment(cls, base_url: str, response: EnrollResponse) -> CentralTrust:
        """Check and parse an enrollment answer; ValueError says what is wrong with it."""
        return cls.parse(device_id=response.device_id, base_url=base_url,
                         signing_key=response.central_signing_key,
                         encryption_key=response.central_encryption_key)

    @classmethod
    def parse(cls, *, device_id: str, base_url: str, signing_key: str, encryption_key: str) -> CentralTrust:
        if not re.fullmatch(UUID_PATTERN, device_id):
            raise ValueError("the device id is not a lowercase UUID")
        parsed = urlparse(base_url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError("the central service's URL is not an http(s) URL")
        try:
            signing = Ed25519PublicKey.from_public_bytes(base64.b64decode(signing_key, validate=True))
        except (binascii.Error, ValueError):
            raise ValueError("the central signing key is not a raw Ed25519 public key in base64") from None
        try:
            encryption = serialization.load_pem_public_key(encryption_key.encode("ascii"))
        except (UnicodeEncodeError, ValueError, TypeError):
            raise ValueError("the central encryption key is not a PEM public key") from None
        if not isinstance(encryption, rsa.RSAPublicKey) or encryption.key_size < MIN_RSA_BITS:
            raise ValueError(f"the central encryption key is not an RSA key of {MIN_RSA_BITS} bits or more")
        return cls(device_id=device_id, base_url=base_url.rstrip("/"), signing_key=signing,
                   encryption_key=encryption)

    @classmethod
    def load(cls, data_dir: Path) -> CentralTrust | None:
        """The saved enrollment, or None if this kiosk is not enrolled yet."""
        path = data_dir / KEYS_DIR / CENTRAL_FILE
        try:
            raw = json.loads(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise KeyFileError(f"{path}: cannot read ({exc})") from None
        try:
            if raw.get("format") != CENTRAL_FORMAT:
                raise ValueError(f"unknown format {raw.get('format')!r}")
            return cls.parse(device_id=raw["device_id"], base_url=raw["base_url"],
                             signing_key=raw["central_signing_key"],
                             encryption_key=raw["central_encryption_key"])
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise KeyFileError(f"{path}: damaged ({exc})") from None

    def save(self, data_dir: Path) -> Path:
        """Write `<data_dir>/keys/central.json` atomically (a crash keeps the old or the new)."""
        path = keys_dir(data_dir) / CENTRAL_FILE
        content = {"format": CENTRAL_FORMAT, "device_id": self.device_id, "base_url": self.base_url,
                   "central_signing_key": self.signing_key_b64(),
                   "central_encryption_key": self.encryption_key_pem()}
        write_atomic(path, json.dumps(content, indent=2, sort_keys=True).encode())
        return path

    def signing_key_b64(self) -> str:
        return b64(self.signing_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))

    def encryption_key_pem(self) -> str:
        return self.encryption_key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")

    def verify_receipt(self, signed: SignedReceipt) -> bool:
        """True if the central service's signing key signed this receipt, as it is."""
        try:
            signature = base64.b64decode(signed.signature, validate=True)
            self.signing_key.verify(signature, signed.receipt.canonical_bytes())
        except (binascii.Error, InvalidSignature):
            return False
        return True

    def wrap_key(self, key: bytes) -> str:
        """`key` encrypted for the central service (RSA-OAEP, SHA-256 and MGF1-SHA-256), base64."""
        return b64(self.encryption_key.encrypt(key, OAEP))
