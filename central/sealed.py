"""Opening a sealed dossier, as docs/protocol.md "Sealing" describes it: each file is
`nonce (12) || AES-256-GCM ciphertext || tag (16)` with AAD `"<dossier id>/<name>"`, and
the dossier key is wrapped with RSA-OAEP-SHA256 for the service's encryption key.

Files are streamed chunk by chunk (never whole in memory): `FileOpener` checks a file's
SHA-256 and decrypts it in the same pass over its chunks. Plaintext is hashed, not kept
(except what a caller asks for, small): the reference service proves the dossier intact
and leaves it encrypted at rest.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable
from typing import Any

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


class FileOpener:
    """One sealed file of `size` bytes, fed its bytes in order (`update`, any piece sizes):
    the SHA-256 of the ciphertext and the decryption run in the same pass, so the stored
    chunks are read once. `finish` checks the manifest's SHA-256, then the GCM tag.

    Memory: one piece and its plaintext at a time (and the plaintext, when `keep`).

    `sealed_sha256`: the SHA-256 of the whole file, when the caller has already computed it
    over exactly the bytes it feeds (a file of one chunk, checked against its chunk's hash):
    `finish` compares that one instead of hashing the bytes a second time.
    """

    def __init__(self, key: bytes, associated_data: bytes, size: int, *, keep: bool = False,
                 sealed_sha256: str | None = None) -> None:
        if size < MIN_FILE_BYTES:
            raise SealError("shorter than a nonce and a tag")
        self._key = key
        self._aad = associated_data
        self._size = size
        self._offset = 0
        self._known_sha256 = sealed_sha256
        self._sealed: Any = hashlib.sha256() if sealed_sha256 is None else None
        self._plain = hashlib.sha256()
        self._nonce = bytearray()
        self._tag = bytearray()
        self._decryptor: Any = None
        self.plaintext: bytearray | None = bytearray() if keep else None

    def update(self, piece: bytes) -> None:
        if self._sealed is not None:
            self._sealed.update(piece)
        view = memoryview(piece)
        start = self._offset
        self._offset += len(view)
        if self._offset > self._size:
            raise SealError(f"longer than the {self._size} bytes of the manifest")
        tag_at = self._size - TAG_BYTES
        if start < NONCE_BYTES:
            take = min(NONCE_BYTES - start, len(view))
            self._nonce += view[:take]
            view, start = view[take:], start + take
            if len(self._nonce) == NONCE_BYTES:
                self._decryptor = Cipher(algorithms.AES(self._key), modes.GCM(bytes(self._nonce))).decryptor()
                self._decryptor.authenticate_additional_data(self._aad)
        if view and start < tag_at:
            take = min(tag_at - start, len(view))
            self._decrypted(self._decryptor.update(view[:take]))
            view = view[take:]
        self._tag += view  # what is left lies past tag_at

    def finish(self, expected_sha256: str) -> str:
        """The plaintext's SHA-256; SealError if the bytes are not the manifest's or do not decrypt."""
        if self._offset != self._size:
            raise SealError(f"{self._offset} bytes received, {self._size} expected")
        sealed_sha256 = self._known_sha256 if self._sealed is None else self._sealed.hexdigest()
        if sealed_sha256 != expected_sha256:
            raise SealError("the SHA-256 of the received bytes does not match the manifest")
        try:
            self._decrypted(self._decryptor.finalize_with_tag(bytes(self._tag)))
        except InvalidTag:
            raise SealError("decryption failed: the authentication tag does not match") from None
        return self._plain.hexdigest()

    def _decrypted(self, data: bytes) -> None:
        self._plain.update(data)
        if self.plaintext is not None:
            self.plaintext += data
