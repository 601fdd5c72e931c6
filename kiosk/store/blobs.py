"""Encrypted, content-addressed file store: `<data_dir>/blobs/ab/<sha256 of the plaintext>`."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import AEADDecryptionContext

from kiosk.store.crypto import HEADER_SIZE, TAG_SIZE, StoreCipher, failed_authentication
from kiosk.store.errors import BlobNotFound, StoreIntegrityError
from kiosk.store.fsutil import TEMP_PREFIX, write_atomic

_SHA256 = re.compile(r"[0-9a-f]{64}")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def blob_aad(sha: str) -> bytes:
    # Binds each file to its name: swapping two blob files is detected on read.
    return b"blob:" + sha.encode("ascii")


class BlobStore:
    """Same content, same name: a file attached twice is stored once.

    Deleting a blob is only safe once no row references it; `DossierStore` decides that
    under the database write lock.
    """

    def __init__(self, data_dir: Path, cipher: StoreCipher) -> None:
        self.root = data_dir / "blobs"
        self._cipher = cipher

    def path(self, sha: str) -> Path:
        if not _SHA256.fullmatch(sha):  # also keeps any other string out of the path
            raise ValueError(f"not a lowercase SHA-256 hex digest: {sha!r}")
        return self.root / sha[:2] / sha

    def put(self, data: bytes) -> str:
        sha = sha256_hex(data)
        path = self.path(sha)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Always rewrite: a damaged copy is healed and the result never depends on a race.
        write_atomic(path, self._cipher.encrypt(data, blob_aad(sha)))
        return sha

    def get(self, sha: str) -> bytes:
        try:
            message = self.path(sha).read_bytes()
        except FileNotFoundError:
            raise BlobNotFound(f"no blob {sha}") from None
        data = self._cipher.decrypt(message, blob_aad(sha))
        if sha256_hex(data) != sha:
            raise StoreIntegrityError(f"blob {sha} does not match its hash")
        return data

    def open(self, sha: str) -> BlobReader:
        """The blob's plaintext as a stream (bounded memory, whatever its size): see BlobReader."""
        try:
            file = self.path(sha).open("rb", buffering=0)
        except FileNotFoundError:
            raise BlobNotFound(f"no blob {sha}") from None
        try:
            size = os.fstat(file.fileno()).st_size
            header = _read_exactly(file, HEADER_SIZE)
            if size < HEADER_SIZE + TAG_SIZE or len(header) != HEADER_SIZE:
                raise StoreIntegrityError("encrypted data is truncated or in an unknown format")
            file.seek(size - TAG_SIZE)  # the tag first (GCM checks it at the end), then back
            tag = _read_exactly(file, TAG_SIZE)
            file.seek(HEADER_SIZE)
            decryptor = self._cipher.decryptor(header, tag, blob_aad(sha))
        except BaseException:
            file.close()
            raise
        return BlobReader(file, size - HEADER_SIZE - TAG_SIZE, decryptor, sha)

    def exists(self, sha: str) -> bool:
        return self.path(sha).is_file()

    def delete(self, sha: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path(sha).unlink()

    def hashes(self) -> Iterator[str]:
        """Every stored hash (in no particular order)."""
        for path in self.root.glob("??/*"):
            if _SHA256.fullmatch(path.name) and path.parent.name == path.name[:2]:
                yield path.name

    def remove_temp_files(self) -> None:
        """Drop half-written files left by a crash (only while no `put` can be running)."""
        for path in self.root.glob(f"??/{TEMP_PREFIX}*"):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


class BlobReader:
    """One blob's plaintext, decrypted piece by piece into buffers the caller owns.

    What `readinto` hands out is not authenticated yet: it returns 0 (the end) only once the
    GCM tag and the plaintext's SHA-256 both checked out, and raises StoreIntegrityError
    otherwise. A caller keeps the pieces to itself until then (sealing, for one, only
    encrypts them into a folder it deletes on any error).
    """

    def __init__(self, file: BinaryIO, size: int, decryptor: AEADDecryptionContext, sha: str) -> None:
        self.size = size  # of the plaintext
        self._file = file
        self._left = size
        self._decryptor = decryptor
        self._sha = sha
        self._digest = hashlib.sha256()
        self._done = False

    def readinto(self, buffer: bytearray | memoryview) -> int:
        """Fill `buffer` with the next plaintext bytes (as many as fit); 0 at the verified end."""
        if self._left == 0:
            self._finish()
            return 0
        view = memoryview(buffer)[: min(len(buffer), self._left)]
        got = self._file.readinto(view)
        if not got:
            raise StoreIntegrityError(f"blob {self._sha} is shorter than when it was opened")
        piece = view[:got]
        self._decryptor.update_into(piece, piece)  # in place: GCM is a stream cipher
        self._digest.update(piece)
        self._left -= got
        return got

    def _finish(self) -> None:
        if self._done:
            return
        try:
            self._decryptor.finalize()
        except InvalidTag:
            raise failed_authentication() from None
        if self._digest.hexdigest() != self._sha:
            raise StoreIntegrityError(f"blob {self._sha} does not match its hash")
        self._done = True

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()


def _read_exactly(file: BinaryIO, size: int) -> bytes:
    data = b""
    while len(data) < size:
        piece = file.read(size - len(data))
        if not piece:
            break
        data += piece
    return data
