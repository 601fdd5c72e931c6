"""The encrypted, content-addressed blob store."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from kiosk.store.blobs import BlobStore
from kiosk.store.crypto import KEY_SIZE, StoreCipher
from kiosk.store.errors import BlobNotFound, StoreIntegrityError

CONTENT = b"Zyxwvutsrq passport scan " * 100


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path, StoreCipher(os.urandom(KEY_SIZE)))


def test_put_get_round_trip_under_the_hash(blobs: BlobStore, tmp_path: Path) -> None:
    sha = blobs.put(CONTENT)
    assert sha == hashlib.sha256(CONTENT).hexdigest()
    path = tmp_path / "blobs" / sha[:2] / sha
    assert blobs.path(sha) == path
    assert path.is_file()
    assert blobs.exists(sha)
    assert blobs.get(sha) == CONTENT
    assert list(blobs.hashes()) == [sha]
    assert sorted(p.name for p in path.parent.iterdir()) == [sha]  # no temp file left


def test_content_is_encrypted_on_disk(blobs: BlobStore) -> None:
    raw = blobs.path(blobs.put(CONTENT)).read_bytes()
    assert b"Zyxwvutsrq" not in raw


def test_same_content_is_stored_once(blobs: BlobStore) -> None:
    assert blobs.put(CONTENT) == blobs.put(CONTENT)
    assert len(list(blobs.hashes())) == 1


def test_tampered_blob_is_refused(blobs: BlobStore) -> None:
    path = blobs.path(blobs.put(CONTENT))
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(StoreIntegrityError):
        blobs.get(path.name)


def test_swapped_blobs_are_refused(blobs: BlobStore) -> None:
    first, second = blobs.put(b"first file"), blobs.put(b"second file")
    first_raw = blobs.path(first).read_bytes()
    blobs.path(first).write_bytes(blobs.path(second).read_bytes())
    blobs.path(second).write_bytes(first_raw)
    for sha in (first, second):
        with pytest.raises(StoreIntegrityError):
            blobs.get(sha)


def test_delete_and_missing_blobs(blobs: BlobStore) -> None:
    sha = blobs.put(CONTENT)
    blobs.delete(sha)
    blobs.delete(sha)  # deleting twice is harmless
    assert not blobs.exists(sha)
    with pytest.raises(BlobNotFound):
        blobs.get(sha)


@pytest.mark.parametrize("name", ["../../etc/passwd", "ABC", "0" * 63, "A" * 64])
def test_only_hashes_name_blobs(blobs: BlobStore, name: str) -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        blobs.path(name)
