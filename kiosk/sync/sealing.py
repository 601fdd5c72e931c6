"""Sealing a finished dossier for the central service (docs/protocol.md, "Sealing").

A fresh AES-256-GCM key per dossier encrypts each file to `<outbox>/<id>/<index>.bin`
(`nonce || ciphertext || tag`, AAD `"<id>/<name>"`); the key leaves the kiosk only
wrapped for the central service's RSA key; the manifest is signed by the device key
and written last, as `manifest.json`: its presence means the sealed folder is complete.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import math
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Literal, Protocol

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.deposit.complement import complement_of
from kiosk.protocol.models import (
    FILE_NAME_PATTERN,
    UUID_PATTERN,
    FileEntry,
    Manifest,
    SignedManifest,
    canonical_json,
)
from kiosk.store.dossiers import AttachmentRecord, DossierRecord, DossierStore
from kiosk.store.fsutil import TEMP_PREFIX, fsync_dir, write_atomic
from kiosk.store.models import READY
from kiosk.sync.keys import CentralTrust, DeviceIdentity

MANIFEST_FILE = "manifest.json"
ANSWERS_FILE = "answers.json"
NONCE_SIZE = 12
TAG_SIZE = 16
KEY_BITS = 256
# Sealing streams each file through PIPELINE_BUFFERS buffers of BUFFER_SIZE bytes: large
# enough that per-piece overhead vanishes, small enough to stay in cache between passes.
BUFFER_SIZE = 1024 * 1024
PIPELINE_BUFFERS = 3
SYNC_THREADS = 4  # files of one dossier fsynced at once
MAX_FILES = 200  # Manifest.files' bound
MIN_CHUNK_SIZE, MAX_CHUNK_SIZE = 4096, 8 * 1024 * 1024  # Manifest.chunk_size's bounds
# Chunk size of new manifests (each manifest names its own: those sealed with the protocol's
# 256 KiB CHUNK_SIZE stay valid and are sent as they are). 1 MiB: a typical scan in one or a
# few requests, a fourth of the per-request cost of 256 KiB (measured by
# tests/bench/bench_drain.py); a cut costs at most 1 MiB to resend; one chunk in memory per side.
DEFAULT_CHUNK_SIZE = 1024 * 1024

Kind = Literal["answers", "document", "translation"]
MediaType = Literal["application/json", "application/pdf", "image/jpeg", "image/png"]
# The store's attachment kinds and media types, as the protocol names them.
_KINDS: dict[str, Kind] = {"document": "document", "translation": "translation"}
_MEDIA: dict[str, tuple[MediaType, str]] = {"application/pdf": ("application/pdf", "pdf"),
                                            "image/jpeg": ("image/jpeg", "jpg"),
                                            "image/png": ("image/png", "png")}


class SealingError(ValueError):
    """The dossier cannot be sealed as the protocol wants it (a bug upstream, not bad luck)."""


@dataclass(frozen=True)
class _Planned:
    """One file to seal: its protocol name, and the attachment it comes from (None: answers)."""

    name: str
    kind: Kind
    media_type: MediaType
    requirement: str | None
    attachment: AttachmentRecord | None


def sealed_dir(outbox_dir: Path, dossier_id: str) -> Path:
    # The id comes from our own database, but it names a folder we delete: check it anyway.
    if not re.fullmatch(UUID_PATTERN, dossier_id):
        raise ValueError(f"not a dossier id: {dossier_id!r}")
    return outbox_dir / dossier_id


def file_name(attachment: AttachmentRecord) -> str:
    """`<requirement>/<NN>-<kind>.<ext>`, NN counting from 01 within (requirement, kind)."""
    if attachment.media_type not in _MEDIA:
        raise SealingError(f"attachment {attachment.id}: media type {attachment.media_type!r} "
                           "has no place in the protocol")
    ext = _MEDIA[attachment.media_type][1]
    name = f"{attachment.requirement}/{attachment.position + 1:02d}-{attachment.kind}.{ext}"
    if not re.fullmatch(FILE_NAME_PATTERN, name):
        raise SealingError(f"attachment {attachment.id}: {name!r} is not a protocol file name")
    return name


def answers_bytes(record: DossierRecord) -> bytes:
    """The answers file: `record.answers` (the deposit keeps them as {"answers": {...}}) with
    the procedure they were filled with, as canonical JSON."""
    procedure = {"procedure_id": record.procedure_id, "procedure_version": record.procedure_version}
    for key, value in procedure.items():
        if key in record.answers and record.answers[key] != value:
            raise SealingError(f"the answers name another {key} than the dossier")
    return canonical_json({**record.answers, **procedure})


def _plan(record: DossierRecord) -> list[_Planned]:
    # Every name is checked before anything is written or encrypted.
    planned = [_Planned(ANSWERS_FILE, "answers", "application/json", None, None)]
    for attachment in record.attachments:
        if attachment.kind not in _KINDS:
            raise SealingError(f"attachment {attachment.id}: unknown kind {attachment.kind!r}")
        name = file_name(attachment)  # checks the media type too
        planned.append(_Planned(name, _KINDS[attachment.kind], _MEDIA[attachment.media_type][0],
                                attachment.requirement, attachment))
    if len(planned) > MAX_FILES:
        raise SealingError(f"{len(planned)} files: the protocol takes at most {MAX_FILES}")
    if len({p.name for p in planned}) != len(planned):
        raise SealingError("two files of the dossier would have the same name")
    return planned


def seal_dossier(record: DossierRecord, store: DossierStore, outbox_dir: Path, device: DeviceIdentity,
                 trust: CentralTrust, device_id: str, *,
                 chunk_size: int = DEFAULT_CHUNK_SIZE,
                 pipeline: SealPipeline | None = None) -> SignedManifest:
    """Encrypt `record`'s answers and files into `<outbox_dir>/<id>/`, one file at a time,
    and return the signed manifest (also written there, last).

    Anything left of an earlier attempt is removed first. On an error the folder is
    removed again; after a crash it stays without `manifest.json`, i.e. incomplete.
    `pipeline`: one to reuse (its buffers and threads) when sealing several dossiers in a
    row, one at a time; by default one is made for this dossier.
    """
    folder = sealed_dir(outbox_dir, record.id)
    if record.state != READY:  # a draft may still change: what is sealed must be final
        raise SealingError(f"dossier {record.id} is {record.state}, not ready")
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk size {chunk_size} is outside {MIN_CHUNK_SIZE}..{MAX_CHUNK_SIZE}")
    planned = _plan(record)
    answers = answers_bytes(record)  # small; made first so its refusals come before any write
    purge_sealed(outbox_dir, record.id)
    outbox_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.mkdir(mode=0o700)
    with contextlib.ExitStack() as own:
        if pipeline is None:
            pipeline = own.enter_context(SealPipeline())
        try:
            # The plaintext key lives only in this frame (and in OpenSSL's contexts, per file).
            key = AESGCM.generate_key(bit_length=KEY_BITS)
            wrapped_key = trust.wrap_key(key)
            entries: list[FileEntry] = []
            for index, item in enumerate(planned):
                source: _Source = (io.BytesIO(answers) if item.attachment is None
                                   else store.open_blob(item.attachment.sha256))
                with source:
                    size, sha256 = pipeline.seal(source, folder / f"{index}.bin", key,
                                                 f"{record.id}/{item.name}".encode())
                entries.append(FileEntry(name=item.name, requirement=item.requirement, kind=item.kind,
                                         media_type=item.media_type, size=size, sha256=sha256,
                                         chunks=math.ceil(size / chunk_size)))
            pipeline.wait_durable()
            del key
            fsync_dir(folder)  # every sealed file's name durable before the manifest says "complete"
            manifest = Manifest(dossier_id=record.id, device_id=device_id, procedure_id=record.procedure_id,
                                procedure_version=record.procedure_version,
                                # Whole seconds: nothing finer means anything, and the JSON stays plain.
                                sealed_at=datetime.now(UTC).replace(microsecond=0),
                                wrapped_key=wrapped_key, chunk_size=chunk_size, files=entries,
                                complement_of=complement_of(record))
            signed = SignedManifest(manifest=manifest, signature=device.sign(manifest.canonical_bytes()))
            write_atomic(folder / MANIFEST_FILE, signed.model_dump_json().encode())  # last: "complete"
        except BaseException:
            # Nothing may still write or rename once the folder is purged.
            pipeline.settle()
            with contextlib.suppress(OSError):
                purge_sealed(outbox_dir, record.id)
            raise
    return signed


class _Source(Protocol):
    """Plaintext to seal: `readinto` fills a buffer, 0 at the end (for a blob: the verified end)."""

    def readinto(self, buffer: memoryview, /) -> int: ...

    def __enter__(self) -> object: ...

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> object: ...


class SealPipeline:
    """Seals files through a few fixed buffers, whatever their size (bounded memory).
    One file at a time (one thread calls `seal`); reusable from one dossier to the next
    (`SyncEngine` keeps one for a pass: no buffers to allocate and zero, no threads to start,
    per dossier).

    This thread reads, decrypts (the store's key) and encrypts (the dossier's) each piece
    in place; a writer thread hashes the ciphertext and writes it; sync threads sync each
    finished file to disk and rename it while the next one is being sealed. SHA-256,
    file writes and fsync release the GIL, so the stages overlap on several cores. (A file
    that fits in one buffer is hashed and written here: there is nothing to overlap.)
    """

    def __init__(self, buffers: int = PIPELINE_BUFFERS, size: int = BUFFER_SIZE) -> None:
        self._views = [memoryview(bytearray(size)) for _ in range(buffers)]
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="escale-seal-write")
        # Several: each file's fsync waits for the disk, not the CPU; they overlap (and the
        # file system commits them together) instead of adding up, one per file.
        self._syncer = ThreadPoolExecutor(max_workers=SYNC_THREADS, thread_name_prefix="escale-seal-sync")
        self._syncing: list[Future[None]] = []

    def seal(self, source: _Source, path: Path, key: bytes, aad: bytes) -> tuple[int, str]:
        """Write `nonce || ciphertext || tag` of `source` to `path` (through a temp file; synced
        and renamed in the background: see `wait_durable`); return its size and SHA-256."""
        nonce = os.urandom(NONCE_SIZE)
        encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
        encryptor.authenticate_additional_data(aad)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX)
        out = os.fdopen(fd, "wb", buffering=0)
        in_flight: list[Future[None] | None] = [None] * len(self._views)
        # A file of one piece has nothing to overlap with: no hand-over to the writer then.
        submit = self._writer.submit if getattr(source, "size", 0) > len(self._views[0]) else _now
        size = 0
        try:
            try:
                in_flight[0] = submit(_hash_and_write, digest, out, nonce)
                turn = 1
                while True:
                    slot = turn % len(self._views)
                    _wait(in_flight[slot])  # its buffer is free again
                    view = self._views[slot]
                    got = source.readinto(view)  # 0: the end, and the source checked out
                    if not got:
                        break
                    piece = view[:got]
                    encryptor.update_into(piece, piece)  # in place: GCM is a stream cipher
                    in_flight[slot] = submit(_hash_and_write, digest, out, piece)
                    size += got
                    turn += 1
                for future in in_flight:
                    _wait(future)
            finally:  # on an error too: no write may still run once the file is closed
                futures.wait([f for f in in_flight if f is not None])
            encryptor.finalize()
            _hash_and_write(digest, out, encryptor.tag)
        except BaseException:
            out.close()
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)
            raise
        self._syncing.append(self._syncer.submit(_sync_and_rename, out, Path(tmp_name), path))
        return NONCE_SIZE + size + TAG_SIZE, digest.hexdigest()

    def wait_durable(self) -> None:
        """Every file sealed so far synced and under its name (the folder is not synced);
        raises the first failure, once all are over."""
        syncing, self._syncing = self._syncing, []
        futures.wait(syncing)
        for future in syncing:
            future.result()

    def settle(self) -> None:
        """After a failure: wait until no sync or rename of a file sealed so far still runs
        (their own failures ignored). `seal` leaves no write running behind it."""
        syncing, self._syncing = self._syncing, []
        futures.wait(syncing)

    def close(self) -> None:
        # Also after an error: nothing may still write or rename once the folder is purged.
        self._writer.shutdown(wait=True)
        self._syncer.shutdown(wait=True)

    def __enter__(self) -> SealPipeline:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()


def _now(work: Callable[..., None], *args: object) -> Future[None]:
    """Run `work` here and now, as a future (what `ThreadPoolExecutor.submit` would give)."""
    done: Future[None] = Future()
    try:
        work(*args)
    except BaseException as exc:
        done.set_exception(exc)
    else:
        done.set_result(None)
    return done


def _wait(future: Future[None] | None) -> None:
    if future is not None:
        future.result()


def _hash_and_write(digest: hashlib._Hash, out: BinaryIO, data: bytes | memoryview) -> None:
    digest.update(data)
    view = memoryview(data)
    while view:  # an unbuffered write may take less than it is given
        written = out.write(view)
        view = view[written:]


def _sync_and_rename(out: BinaryIO, tmp: Path, path: Path) -> None:
    try:
        with out:
            os.fsync(out.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def is_sealed(outbox_dir: Path, dossier_id: str) -> bool:
    """True once sealing finished: the manifest is written last."""
    return (sealed_dir(outbox_dir, dossier_id) / MANIFEST_FILE).is_file()


def read_manifest(outbox_dir: Path, dossier_id: str) -> SignedManifest:
    return SignedManifest.model_validate_json((sealed_dir(outbox_dir, dossier_id) / MANIFEST_FILE)
                                              .read_bytes())


def read_chunk(outbox_dir: Path, dossier_id: str, index: int, n: int, chunk_size: int) -> bytes:
    """Chunk `n` of sealed file `index`: `chunk_size` bytes, fewer for a file's last chunk."""
    if index < 0 or n < 0 or chunk_size <= 0:
        raise ValueError(f"no chunk {n} of file {index} in chunks of {chunk_size}")
    path = sealed_dir(outbox_dir, dossier_id) / f"{index}.bin"
    with path.open("rb") as sealed:
        sealed.seek(n * chunk_size)
        data = sealed.read(chunk_size)
    if not data:
        raise ValueError(f"{dossier_id}: file {index} has no chunk {n}")
    return data


def purge_sealed(outbox_dir: Path, dossier_id: str, *, durable: bool = True) -> None:
    """Delete a sealed folder (after the receipt, or before sealing again).

    `durable=False` (after the receipt): no fsync; a crash may bring the folder back, and
    the next pass's `SyncEngine.tidy` deletes the folders of deposited dossiers."""
    folder = sealed_dir(outbox_dir, dossier_id)
    if not folder.exists():
        return
    # The manifest goes first, durably: a crash halfway leaves a folder marked incomplete.
    with contextlib.suppress(FileNotFoundError):
        (folder / MANIFEST_FILE).unlink()
        if durable:
            fsync_dir(folder)
    shutil.rmtree(folder)
    if durable:
        fsync_dir(outbox_dir)
