"""Chunk files on disk: `<root>/<dossier id>/<file index>/<n>-<sha256>`.

A chunk's file name carries its hash, so bytes of a racing or refused upload can never
overwrite a stored chunk: the database row (written after the file is durable) says
which file is the chunk. Every write is temp file + fsync + rename + fsync of the folder.
With several service instances, the root must be shared storage.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from pathlib import Path

from kiosk.protocol.models import UUID_PATTERN

_SHA256 = re.compile(r"[0-9a-f]{64}")


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
        # The ids come from validated routes; checked again because they become paths.
        if not re.fullmatch(UUID_PATTERN, dossier_id) or not _SHA256.fullmatch(sha256):
            raise ValueError("not a dossier id or a SHA-256")
        if file_index < 0 or n < 0:
            raise ValueError("negative index")
        return self.root / dossier_id / str(file_index) / f"{n}-{sha256}"

    def write(self, dossier_id: str, file_index: int, n: int, sha256: str, data: bytes) -> None:
        target = self.path(dossier_id, file_index, n, sha256)
        folder = target.parent
        if not folder.is_dir():
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            _fsync_dir(folder.parent)
            _fsync_dir(folder.parent.parent)
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp_name, target)  # same name = same bytes: replacing is harmless
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)
        _fsync_dir(folder)

    def read(self, dossier_id: str, file_index: int, n: int, sha256: str) -> bytes:
        return self.path(dossier_id, file_index, n, sha256).read_bytes()

    def remove_dossier(self, dossier_id: str) -> None:
        if re.fullmatch(UUID_PATTERN, dossier_id):
            shutil.rmtree(self.root / dossier_id, ignore_errors=True)
