"""Barcodes from camera frames and files: QR, DataMatrix, PDF417, Aztec and 1D codes.

zxing-cpp first, restricted to the formats asked for (it reads DataMatrix and PDF417,
which zbar cannot: 2D-Doc is a DataMatrix); when it finds nothing, zxing again with the
global-histogram binariser (uneven light), then on a 2× enlarged copy (small, soft
codes); when 1D formats are asked for and still nothing is found, zbar (pyzbar), which
reads some worn EAN-13 that zxing misses. Each stage runs only if the ones before found
nothing, so a readable code costs one decoder; `thorough=False` (live frames: the next
frame is another try) stops after the first.

Text is returned as the symbol carries it (zxing's Plain mode): the GS/RS separators of
2D-Doc and GS1 stay bytes, not "␝" glyphs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

Point = tuple[int, int]

# Our names are zxing-cpp's; zbar's are mapped onto them.
MATRIX_FORMATS = ("QRCode", "DataMatrix", "PDF417", "Aztec")
LINEAR_FORMATS = ("EAN13", "EAN8", "UPCA", "UPCE", "Code128", "Code39", "Code93", "ITF", "Codabar")
ALL_FORMATS = MATRIX_FORMATS + LINEAR_FORMATS
_ZBAR_NAMES = {"EAN13": "EAN13", "EAN8": "EAN8", "UPCA": "UPCA", "UPCE": "UPCE", "CODE128": "Code128",
               "CODE39": "Code39", "CODE93": "Code93", "I25": "ITF", "CODABAR": "Codabar"}
LOCAL, GLOBAL = zxingcpp.Binarizer.LocalAverage, zxingcpp.Binarizer.GlobalHistogram
RETRY_SCALE = 2.0
MAX_RETRY_PIXELS = 4096 * 4096  # the enlarged copy of a big photo would cost more than it finds


@dataclass(frozen=True)
class Code:
    format: str
    text: str
    raw: bytes = b""
    corners: tuple[Point, Point, Point, Point] | None = None  # in the given image's pixels
    decoder: str = "zxing"  # "zxing", "zxing-retry" or "zbar": which pass read it

    def as_json(self) -> dict[str, str]:
        return {"format": self.format, "text": self.text}


class BarcodeError(ValueError):
    """The image cannot be searched (empty, wrong type); says why."""


def _formats(names: Iterable[str] | None) -> tuple[str, ...]:
    chosen = tuple(names) if names is not None else ALL_FORMATS
    unknown = [n for n in chosen if n not in ALL_FORMATS]
    if unknown:
        raise BarcodeError(f"unknown barcode format {unknown[0]!r}; known: {', '.join(ALL_FORMATS)}")
    return chosen


def _gray(image: np.ndarray) -> np.ndarray:
    if not isinstance(image, np.ndarray) or image.size == 0 or image.dtype != np.uint8:
        raise BarcodeError("not an 8-bit image")
    if image.ndim == 2:
        return image
    if image.ndim == 3 and image.shape[2] == 3:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    if image.ndim == 3 and image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY)
    if image.ndim == 3 and image.shape[2] == 1:
        return image[:, :, 0]
    raise BarcodeError(f"unsupported image shape {image.shape}")


def _zxing(gray: np.ndarray, formats: tuple[str, ...], binarizer: zxingcpp.Binarizer,
           scale: float = 1.0, decoder: str = "zxing") -> list[Code]:
    wanted = zxingcpp.barcode_formats_from_str(",".join(formats))
    found = zxingcpp.read_barcodes(gray, formats=wanted, text_mode=zxingcpp.TextMode.Plain,
                                   binarizer=binarizer)
    codes = []
    for barcode in found:
        p = barcode.position
        corners = tuple((round(pt.x / scale), round(pt.y / scale))
                        for pt in (p.top_left, p.top_right, p.bottom_right, p.bottom_left))
        codes.append(Code(format=barcode.format.name, text=barcode.text, raw=bytes(barcode.bytes),
                          corners=corners, decoder=decoder))  # type: ignore[arg-type]
    return codes


def _zbar(gray: np.ndarray, formats: tuple[str, ...]) -> list[Code]:
    try:
        from pyzbar import pyzbar
    except ImportError:  # libzbar0 missing: zxing alone still reads most 1D codes
        return []
    symbols = [s for s, ours in _ZBAR_NAMES.items() if ours in formats]
    if not symbols:
        return []
    wanted = [getattr(pyzbar.ZBarSymbol, s) for s in symbols]
    codes = []
    for symbol in pyzbar.decode(gray, symbols=wanted):
        x, y, w, h = symbol.rect
        raw = bytes(symbol.data)
        codes.append(Code(format=_ZBAR_NAMES[symbol.type], text=raw.decode("utf-8", "replace"), raw=raw,
                          corners=((x, y), (x + w, y), (x + w, y + h), (x, y + h)), decoder="zbar"))
    return codes


def read_codes(image: np.ndarray, formats: Iterable[str] | None = None, *,
               thorough: bool = True) -> list[Code]:
    """Every code of `formats` (default: all) found in `image` (BGR, BGRA or grayscale)."""
    chosen = _formats(formats)
    gray = _gray(image)
    codes = _zxing(gray, chosen, LOCAL)
    if codes or not thorough:
        return codes
    codes = _zxing(gray, chosen, GLOBAL, decoder="zxing-retry")
    if codes:
        return codes
    if gray.size * RETRY_SCALE ** 2 <= MAX_RETRY_PIXELS:
        bigger = cv2.resize(gray, None, fx=RETRY_SCALE, fy=RETRY_SCALE, interpolation=cv2.INTER_CUBIC)
        for binarizer in (LOCAL, GLOBAL):  # each reads codes the other misses
            codes = _zxing(bigger, chosen, binarizer, RETRY_SCALE, "zxing-retry")
            if codes:
                return codes
    return _zbar(gray, chosen)
