"""Chunk files on disk: `<root>/<dossier id>/<file index>-<n>-<sha256>`, one flat folder per dossier.

A chunk's file name carries its hash, so bytes of a racing or refused upload can never
overwrite a stored chunk: the database row says which file is the chunk.

Durability (docs/protocol.md "Storage and durability"): a chunk is written atomically
(temp file + rename: a reader sees the whole chunk or none) but NOT fsynced when it
arrives; its database row may thus outlive it in a crash. That is safe because nothing
is promised before the receipt: commit re-reads every chunk against its hash (a chunk
lost or torn is asked for again, 409 `missing`), fsyncs every chunk file, the dossier
folder and the root (`start_sync`: all at once, on a few threads, while the chunks are
read and decrypted; the file system commits them together), waits for all of them, and
only then signs the receipt. One fsync per chunk file and two per dossier, instead of a
file and several folder fsyncs per chunk; their waits overlap instead of adding up.

Chunks stored by earlier versions at `<root>/<dossier id>/<file index>/<n>-<sha256>` are
still read (deposited dossiers' answers are read back by the instruction).
With several service instances, the root must be shared storage.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from kiosk.protocol.models import UUID_PATTERN

_SHA256 = re.compile(r"[0-9a-f]{64}")
# fsync waits for the disk, not the CPU: a few at once let the file system commit them in
# one journal transaction. Shared by every commit of the process (bounded threads).
SYNC_THREADS = 8
_syncer = ThreadPoolExecutor(max_workers=SYNC_THREADS, thread_name_prefix="escale-chunk-sync")


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder; NTFS journals the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class ChunkStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(mode=0o700, parents=True, exist_ok=True)

    def path(self, dossier_id: str, file_index: int, n: int, sha256: str) -> Path:
        return self._folder(dossier_id, file_index, n, sha256) / f"{file_index}-{n}-{sha256}"

    def _folder(self, dossier_id: str, file_index: int, n: int, sha256: str) -> Path:
        # The ids come from validated routes; checked again because they become paths.
        if not re.fullmatch(UUID_PATTERN, dossier_id) or not _SHA256.fullmatch(sha256):
            raise ValueError("not a dossier id or a SHA-256")
        if file_index < 0 or n < 0:
            raise ValueError("negative index")
        return self.root / dossier_id

    def _legacy_path(self, dossier_id: str, file_index: int, n: int, sha256: str) -> Path:
        return self._folder(dossier_id, file_index, n, sha256) / str(file_index) / f"{n}-{sha256}"

    def write(self, dossier_id: str, file_index: int, n: int, sha256: str, data: bytes) -> None:
        """Atomic, not durable: commit makes the dossier's chunks durable (module docstring)."""
        target = self.path(dossier_id, file_index, n, sha256)
        target.parent.mkdir(mode=0o700, exist_ok=True)  # its name is made durable at commit too
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp_name, target)  # same name = same bytes: replacing is harmless
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)

    def read(self, dossier_id: str, file_index: int, n: int, sha256: str) -> bytes:
        return self._read(dossier_id, file_index, n, sha256, durably=False)

    def read_durably(self, dossier_id: str, file_index: int, n: int, sha256: str) -> bytes:
        """The chunk's bytes, and its file fsynced: what was read is what is on disk."""
        return self._read(dossier_id, file_index, n, sha256, durably=True)

    def _read(self, dossier_id: str, file_index: int, n: int, sha256: str, *, durably: bool) -> bytes:
        try:
            fd = os.open(self.path(dossier_id, file_index, n, sha256), os.O_RDONLY)
        except FileNotFoundError:
            fd = os.open(self._legacy_path(dossier_id, file_index, n, sha256), os.O_RDONLY)
        try:
            with os.fdopen(fd, "rb", closefd=False) as source:
                data = source.read()
            if durably:
                os.fsync(fd)
            return data
        finally:
            os.close(fd)

    def sync_chunk(self, dossier_id: str, file_index: int, n: int, sha256: str) -> None:
        """fsync one chunk file (its data and size); FileNotFoundError if it is gone."""
        try:
            fd = os.open(self.path(dossier_id, file_index, n, sha256), os.O_RDONLY)
        except FileNotFoundError:
            fd = os.open(self._legacy_path(dossier_id, file_index, n, sha256), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def start_sync(self, dossier_id: str, chunks: Iterable[tuple[int, int, str]]) -> DossierSync:
        """Start making the dossier durable: each chunk file (file index, n, sha256), its
        folder and the root fsynced, in parallel. `DossierSync.wait` says when all are done."""
        if not re.fullmatch(UUID_PATTERN, dossier_id):
            raise ValueError("not a dossier id")
        futures = [_syncer.submit(self.sync_chunk, dossier_id, index, n, sha256)
                   for index, n, sha256 in chunks]
        futures.append(_syncer.submit(self.sync_dossier, dossier_id))
        return DossierSync(futures)

    def sync_dossier(self, dossier_id: str) -> None:
        """Make the dossier's chunk names durable: its folder, and its entry in the root."""
        if not re.fullmatch(UUID_PATTERN, dossier_id):
            raise ValueError("not a dossier id")
        folder = self.root / dossier_id
        _fsync_dir(folder)
        _fsync_dir(self.root)  # chunks in the legacy layout were made durable as they came

    def remove_dossier(self, dossier_id: str) -> None:
        if re.fullmatch(UUID_PATTERN, dossier_id):
            shutil.rmtree(self.root / dossier_id, ignore_errors=True)


class DossierSync:
    """fsyncs of one dossier running on the sync threads (ChunkStore.start_sync)."""

    def __init__(self, futures: list[Future[None]]) -> None:
        self._futures = futures

    def wait(self) -> None:
        """Return once every fsync is done; raise the first failure (after all are done)."""
        error: BaseException | None = None
        for future in self._futures:
            exc = future.exception()  # waits
            if exc is not None and error is None:
                error = exc
        if error is not None:
            raise error
