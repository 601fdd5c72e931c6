"""Encryption at rest for what the store writes: answers, file names and file contents.

Today the key is a device key kept beside the data. It protects against a copied database
or blob folder on its own (a stolen disk image without the key folder, a backup, a file
picked off a USB stick). Later issues replace it with per-session keys that live only as
long as the applicant's session (ARCHITECTURE.md, rule 4).
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import AEADDecryptionContext, Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.store.errors import StoreIntegrityError
from kiosk.store.fsutil import write_atomic

KEY_SIZE = 32  # AES-256
NONCE_SIZE = 12  # 96 bits, the size GCM is designed for
TAG_SIZE = 16
# First byte of every message; bound into the AAD so a future format cannot be faked.
FORMAT_V1 = b"\x01"
HEADER_SIZE = len(FORMAT_V1) + NONCE_SIZE  # what precedes the ciphertext in a message


class StoreCipher:
    """AES-256-GCM with a random nonce per message; the AAD names the place the bytes belong.

    Message layout: format byte | nonce | ciphertext and tag. Decrypting with another AAD
    (e.g. dossier A's answers pasted into dossier B's row) fails like tampering does.
    """

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_SIZE:
            raise ValueError(f"a store key is {KEY_SIZE} bytes, got {len(key)}")
        self._key = key  # for `decryptor` (streaming); `_aead` holds its own copy
        self._aead = AESGCM(key)

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> StoreCipher:
        """The cipher with the device key of `data_dir`, created on first use."""
        return cls(load_or_create_key(data_dir))

    def encrypt(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        return FORMAT_V1 + nonce + self._aead.encrypt(nonce, plaintext, FORMAT_V1 + aad)

    def decrypt(self, message: bytes, aad: bytes) -> bytes:
        if message[:1] != FORMAT_V1 or len(message) < HEADER_SIZE + TAG_SIZE:
            raise StoreIntegrityError("encrypted data is truncated or in an unknown format")
        nonce = message[1:HEADER_SIZE]
        try:
            # A view, not a slice: no copy of a large ciphertext before decrypting it.
            return self._aead.decrypt(nonce, memoryview(message)[HEADER_SIZE:], FORMAT_V1 + aad)
        except InvalidTag:
            raise failed_authentication() from None

    def derive(self, purpose: bytes, length: int = 32) -> bytes:
        """A secret of this key for one `purpose` (HKDF-SHA256): e.g. the salt of resume codes.
        Knowing it reveals nothing of the key, nor of another purpose's secret."""
        return HKDF(algorithm=hashes.SHA256(), length=length, salt=None,
                    info=b"escale:" + purpose).derive(self._key)

    def decryptor(self, header: bytes, tag: bytes, aad: bytes) -> AEADDecryptionContext:
        """A streaming decryptor for the message that starts with `header` (format byte and
        nonce) and ends with `tag`: feed it the ciphertext between them in pieces.

        What it gives back is unauthenticated until `finalize()` returned (it raises
        `cryptography.exceptions.InvalidTag` on a wrong tag): keep it to yourself until then.
        """
        if header[:1] != FORMAT_V1 or len(header) != HEADER_SIZE or len(tag) != TAG_SIZE:
            raise StoreIntegrityError("encrypted data is truncated or in an unknown format")
        context = Cipher(algorithms.AES(self._key), modes.GCM(header[1:], tag)).decryptor()
        context.authenticate_additional_data(FORMAT_V1 + aad)
        return context


def failed_authentication() -> StoreIntegrityError:
    return StoreIntegrityError("encrypted data failed authentication: wrong key, tampered or misplaced data")


def key_path(data_dir: Path) -> Path:
    return data_dir / "keys" / "store.key"


def load_or_create_key(data_dir: Path) -> bytes:
    """Read `<data_dir>/keys/store.key`, creating it (0600 in a 0700 folder) if missing."""
    path = key_path(data_dir)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)  # mkdir leaves an existing folder's mode alone
    if not path.exists():
        # The temp file is created 0600; a concurrent first start keeps whichever key won.
        write_atomic(path, AESGCM.generate_key(bit_length=KEY_SIZE * 8), overwrite=False)
    key = path.read_bytes()
    if len(key) != KEY_SIZE:
        raise StoreIntegrityError(f"the store key {path} is damaged ({len(key)} bytes)")
    return key
