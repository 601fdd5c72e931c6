"""`kiosk scan mrz IMAGE…`: one image file in, the contract's dict out. Files are loaded
by kiosk/scanning/images.py (size limits, decompression bombs, PDFs, corrupt images,
non-ASCII paths); the reading (locate → recognise → correct) is `read`, by default
reader.read_mrz."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from kiosk.scanning.images import ImageLoadError, load_image
from kiosk.scanning.mrz.parse import FIELD_NAMES
from kiosk.scanning.mrz.reader import MrzReading, read_mrz
from kiosk.scanning.mrz.vote import fields_to_check

Reader = Callable[[np.ndarray], MrzReading]


def scan_mrz_file(path: Path, read: Reader = read_mrz) -> dict[str, object]:
    """`{"file", "found", "format", "lines", "valid", "fields", "ms"}`, plus "reason" when
    nothing was found (only a reading that passes every check is given as found),
    `"refused": true` when the file is not an image we read (bad input), and "to_check"
    when found names or optional data were not read with certainty (vote.fields_to_check:
    the kiosk leaves such names for the applicant to check, "à vérifier")."""
    start = time.perf_counter()
    refused = False
    try:
        reading: MrzReading | None = read(load_image(Path(path)))
        reason = "" if reading.found else reading.reason or "no machine-readable zone found"
    except ImageLoadError as error:
        reading, reason, refused = None, str(error), True
    out: dict[str, object] = {"file": str(path), "found": reading is not None and reading.found}
    if reading is not None and reading.found:
        out |= reading.result.to_json()
        if held := fields_to_check(reading.result):  # what the kiosk would not prefill as read
            out["to_check"] = list(held)
    else:
        out |= {"format": None, "lines": [], "valid": False, "fields": dict.fromkeys(FIELD_NAMES, ""),
                "reason": reason}
    if refused:
        out["refused"] = True
    out["ms"] = round((time.perf_counter() - start) * 1000, 1)
    return out
