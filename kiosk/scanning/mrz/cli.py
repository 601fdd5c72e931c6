"""`kiosk scan mrz IMAGE…`: one image file in, the contract's dict out. The reading
itself (locate → recognise → correct) is passed in as `read`, so this module only
deals with files: size limits, decompression bombs, PDFs, corrupt images, non-ASCII
paths, timing."""

from __future__ import annotations

import struct
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from kiosk.scanning.mrz.parse import FIELD_NAMES, MrzResult

MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_PIXELS = 80_000_000  # a 10 000 × 8 000 scan; beyond that it is a bomb, not a document

Reader = Callable[[np.ndarray], MrzResult | None]


class ImageRefused(Exception):
    """The file is not an image we will decode; the message is the reason."""


def scan_mrz_file(path: Path, read: Reader) -> dict[str, object]:
    """`{"file", "found", "format", "lines", "valid", "fields", "ms"}` (+ "reason" when
    nothing was found for a reason worth telling)."""
    start = time.perf_counter()
    try:
        image = load_image(Path(path))
        result = read(image)
        reason = "" if result is not None and result.format else _not_found_reason(result)
    except ImageRefused as refused:
        result, reason = None, str(refused)
    ms = round((time.perf_counter() - start) * 1000, 1)
    out: dict[str, object] = {"file": str(path), "found": bool(result is not None and result.format)}
    if result is not None and result.format:
        out |= result.to_json()
    else:
        out |= {"format": None, "lines": [], "valid": False, "fields": dict.fromkeys(FIELD_NAMES, "")}
        out["reason"] = reason
    out["ms"] = ms
    return out


def _not_found_reason(result: MrzResult | None) -> str:
    if result is None:
        return "no machine-readable zone found"
    return f"zone found but not readable: {result.reason}" if result.reason else "zone not readable"


def load_image(path: Path) -> np.ndarray:
    """The image as BGR uint8 (EXIF orientation applied), or ImageRefused."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImageRefused(f"cannot read file: {exc.strerror or exc}") from exc
    if size > MAX_FILE_BYTES:
        mb = 1024 * 1024
        raise ImageRefused(f"file too large ({size // mb} MB > {MAX_FILE_BYTES // mb} MB)")
    try:
        data = path.read_bytes()  # bytes + imdecode: cv2.imread cannot open non-ASCII paths on Windows
    except OSError as exc:
        raise ImageRefused(f"cannot read file: {exc.strerror or exc}") from exc
    if data[:5] == b"%PDF-":
        raise ImageRefused("PDF is not an image: export the page as JPEG or PNG")
    dims = header_size(data)
    if dims is not None and dims[0] * dims[1] > MAX_PIXELS:
        raise ImageRefused(f"image too large ({dims[0]}×{dims[1]} pixels): refused as a decompression bomb")
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        raise ImageRefused("not a readable image (corrupt or unsupported format)")
    if image.shape[0] * image.shape[1] > MAX_PIXELS:  # formats whose header we do not read
        raise ImageRefused("image too large: refused as a decompression bomb")
    return image


def header_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG, JPEG, GIF, BMP or WebP header, read before decoding so
    a small file announcing a huge image is refused without allocating it."""
    try:
        if data[:8] == b"\x89PNG\r\n\x1a\n":
            return struct.unpack(">II", data[16:24])
        if data[:6] in (b"GIF87a", b"GIF89a"):
            return struct.unpack("<HH", data[6:10])
        if data[:2] == b"BM":
            width, height = struct.unpack("<ii", data[18:26])
            return abs(width), abs(height)
        if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            return _webp_size(data)
        if data[:2] == b"\xff\xd8":
            return _jpeg_size(data)
    except struct.error:
        return None
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X":
        return 1 + int.from_bytes(data[24:27], "little"), 1 + int.from_bytes(data[27:30], "little")
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            i += 2
            continue
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # start of frame
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    return None
