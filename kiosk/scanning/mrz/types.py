"""The values passed between the stages of MRZ reading. Frozen and Qt-free: they cross
threads (camera worker → UI) and go into JSON (`kiosk scan mrz`)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

MRZ_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"

# Points are (x, y) in the pixels of the image given to the stage, clockwise from the
# top-left corner of the zone as it reads (so an upside-down zone has its "top-left"
# at the bottom-right of the image).
Quad = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class ZoneHint:
    """The fast answer for a live frame: is there an MRZ, where, and is it usable."""

    quad: Quad
    line_count: int  # 2 or 3 (0 if not yet known)
    sharpness: float  # higher is sharper; the UI says "tenez immobile" below a threshold
    glare: float  # share of saturated pixels in the zone, 0..1 ("évitez les reflets")
    size: float  # zone width / frame width, 0..1 ("approchez" when small)


@dataclass(frozen=True)
class LineCrop:
    """One text line of the zone, upright, in grayscale (dark text on light)."""

    image: np.ndarray = field(repr=False)  # 2-D uint8
    quad: Quad


@dataclass(frozen=True)
class Zone:
    """A located MRZ: its lines in reading order, upright."""

    quad: Quad
    angle: float  # degrees the image was turned to make the zone upright
    lines: tuple[LineCrop, ...]


@dataclass(frozen=True)
class LineReading:
    """What the recogniser read on one line, with per-position alternatives:
    `candidates[i]` lists (character, probability) best first, probabilities summing to
    at most 1; check-digit correction picks among them."""

    text: str
    candidates: tuple[tuple[tuple[str, float], ...], ...]
    # The count of characters is in doubt: the caller's expected length was imposed on
    # another count, or the characters do not keep the fixed pitch (one read twice, one
    # lost). A name on such a line may be shifted, with every check digit still holding.
    miscounted: bool = False

    @property
    def confidences(self) -> tuple[float, ...]:
        return tuple(c[0][1] if c else 0.0 for c in self.candidates)
