"""Crash-safe file writes: a reader (or a restarted kiosk) sees the old file or all the new one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

TEMP_PREFIX = ".tmp-"


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new directory entry durable (POSIX only: Windows cannot open folders)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, *, overwrite: bool = True) -> bool:
    """Write `data` to `path` through a synced temp file (created 0600) in the same folder.

    With `overwrite=False` an existing file is kept and False is returned: the final step is
    a hard link, which fails rather than replace, so two racing creators agree on one file.
    """
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)
            except FileExistsError:
                return False
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    fsync_dir(path.parent)
    return True
