"""Encrypted, content-addressed file store: `<data_dir>/blobs/ab/<sha256 of the plaintext>`."""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

from kiosk.store.crypto import StoreCipher
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
