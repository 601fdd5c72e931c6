"""Encryption at rest: AES-256-GCM, bound to its place, with a device key on disk."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kiosk.store.crypto import KEY_SIZE, StoreCipher, key_path, load_or_create_key
from kiosk.store.errors import StoreIntegrityError


@pytest.fixture
def cipher() -> StoreCipher:
    return StoreCipher(os.urandom(KEY_SIZE))


def test_round_trip_with_a_fresh_nonce_each_time(cipher: StoreCipher) -> None:
    first = cipher.encrypt(b"Zyxwvutsrq", b"dossier:1")
    second = cipher.encrypt(b"Zyxwvutsrq", b"dossier:1")
    assert first != second
    assert b"Zyxwvutsrq" not in first
    assert cipher.decrypt(first, b"dossier:1") == cipher.decrypt(second, b"dossier:1")


def test_ciphertext_moved_to_another_place_is_refused(cipher: StoreCipher) -> None:
    message = cipher.encrypt(b"answers of dossier 1", b"dossier:1")
    with pytest.raises(StoreIntegrityError, match="authentication"):
        cipher.decrypt(message, b"dossier:2")


def test_wrong_key_is_refused(cipher: StoreCipher) -> None:
    message = cipher.encrypt(b"secret", b"x")
    with pytest.raises(StoreIntegrityError):
        StoreCipher(os.urandom(KEY_SIZE)).decrypt(message, b"x")


@pytest.mark.parametrize("offset", [0, 1, 12, 13, -1])  # format, nonce, nonce end, body, tag
def test_any_flipped_byte_is_refused(cipher: StoreCipher, offset: int) -> None:
    message = bytearray(cipher.encrypt(b"some plaintext", b"x"))
    message[offset] ^= 0x01
    with pytest.raises(StoreIntegrityError):
        cipher.decrypt(bytes(message), b"x")


def test_truncated_message_is_refused(cipher: StoreCipher) -> None:
    message = cipher.encrypt(b"some plaintext", b"x")
    for length in (0, 10, len(message) - 1):
        with pytest.raises(StoreIntegrityError):
            cipher.decrypt(message[:length], b"x")


def test_key_must_be_256_bits() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        StoreCipher(b"short")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_key_is_created_private_once_and_reused(tmp_path: Path) -> None:
    key = load_or_create_key(tmp_path)
    path = key_path(tmp_path)
    assert len(key) == KEY_SIZE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_or_create_key(tmp_path) == key
    assert [p.name for p in path.parent.iterdir()] == ["store.key"]  # no temp file left


def test_a_damaged_key_file_is_refused(tmp_path: Path) -> None:
    load_or_create_key(tmp_path)
    key_path(tmp_path).write_bytes(b"cut")
    with pytest.raises(StoreIntegrityError, match="damaged"):
        load_or_create_key(tmp_path)
