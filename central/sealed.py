"""Opening a sealed dossier, as docs/protocol.md "Sealing" describes it: each file is
`nonce (12) || AES-256-GCM ciphertext || tag (16)` with AAD `"<dossier id>/<name>"`, and
the dossier key is wrapped with RSA-OAEP-SHA256 for the service's encryption key.

Files are streamed chunk by chunk (never whole in memory). Plaintext is hashed, not
kept: the reference service proves the dossier intact and leaves it encrypted at rest.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from central.keys import CentralKeys

NONCE_BYTES = 12
TAG_BYTES = 16
KEY_BYTES = 32
MIN_FILE_BYTES = NONCE_BYTES + TAG_BYTES  # the ciphertext of an empty file


class SealError(Exception):
    """Why a dossier cannot be opened; the text goes into the rejection reason (no
    personal data: file indexes and names of checks only)."""


def unwrap_key(keys: CentralKeys, wrapped_key: str) -> bytes:
    try:
        key = keys.unwrap(base64.b64decode(wrapped_key, validate=True))
    except (binascii.Error, ValueError):
        raise SealError("the dossier key was not wrapped for this service's encryption key") from None
    if len(key) != KEY_BYTES:
        raise SealError(f"the dossier key is {len(key)} bytes, not {KEY_BYTES} (AES-256)")
    return key


def sha256_of(pieces: Iterable[bytes]) -> str:
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(piece)
    return digest.hexdigest()


def aad(dossier_id: str, name: str) -> bytes:
    return f"{dossier_id}/{name}".encode()


def decrypted_sha256(key: bytes, associated_data: bytes, pieces: Iterable[bytes]) -> str:
    """SHA-256 of the plaintext of `nonce || ciphertext || tag` given in pieces.

    The tag is checked at the end; the hash is returned only when it matches. Raises
    SealError otherwise.
    """
    head = bytearray()
    decryptor = None
    pending = b""  # the last TAG_BYTES seen: the tag, once the stream ends
    digest = hashlib.sha256()
    for piece in pieces:
        if decryptor is None:
            head += piece
            if len(head) < NONCE_BYTES:
                continue
            nonce, piece = bytes(head[:NONCE_BYTES]), bytes(head[NONCE_BYTES:])
            decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).decryptor()
            decryptor.authenticate_additional_data(associated_data)
        data = pending + piece
        if len(data) > TAG_BYTES:
            digest.update(decryptor.update(data[:-TAG_BYTES]))
            pending = data[-TAG_BYTES:]
        else:
            pending = data
    if decryptor is None or len(pending) < TAG_BYTES:
        raise SealError("shorter than a nonce and a tag")
    try:
        digest.update(decryptor.finalize_with_tag(pending))
    except InvalidTag:
        raise SealError("decryption failed: the authentication tag does not match") from None
    return digest.hexdigest()
