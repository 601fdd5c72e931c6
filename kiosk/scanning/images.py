"""Loading an image file for scanning, with the limits a kiosk needs: a clear reason for
what cannot be read (a PDF, a corrupt file, a decompression bomb), never a crash."""

from __future__ import annotations

import warnings
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_PIXELS = 80_000_000  # a 40-megapixel photo passes; decoded BGR at the limit is ~240 MB


class ImageLoadError(ValueError):
    """The file is not an image we can scan; the message says why, in one line."""


def load_image(path: Path, *, max_bytes: int = MAX_FILE_BYTES, max_pixels: int = MAX_PIXELS) -> np.ndarray:
    """The image at `path` as a BGR uint8 array."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ImageLoadError(f"file too large: {size} bytes (limit {max_bytes})")
        data = path.read_bytes()
    except OSError as exc:
        raise ImageLoadError(f"cannot read the file: {exc.strerror or exc}") from None
    return decode_image(data, max_pixels=max_pixels)


def decode_image(data: bytes, *, max_pixels: int = MAX_PIXELS) -> np.ndarray:
    """8-bit BGR, turned upright as the photo's EXIF orientation says (phones store
    portrait shots sideways)."""
    if not data:
        raise ImageLoadError("empty file")
    if data.startswith(b"%PDF-"):
        raise ImageLoadError("a PDF, not an image: export its pages as images or scan them")
    _check_dimensions(data, max_pixels)
    image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_COLOR)
    if image is None or image.size == 0:
        raise ImageLoadError("not an image, or a damaged one")
    if image.shape[0] * image.shape[1] > max_pixels:  # a format whose header PIL does not read
        raise ImageLoadError("image too large to decode safely")
    return image


def _check_dimensions(data: bytes, max_pixels: int) -> None:
    """Read the dimensions from the header, before any decoding: a small file can claim
    a huge image (decompression bomb). Formats PIL does not know are left to OpenCV."""
    import io

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as header:
                width, height = header.size
    except Image.DecompressionBombError:
        raise ImageLoadError("image too large to decode safely") from None
    except Exception:  # PIL raises many types for what it cannot parse: OpenCV decides
        return
    if width * height > max_pixels:
        raise ImageLoadError(f"image too large: {width}×{height} pixels (limit {max_pixels // 1_000_000} MP)")
