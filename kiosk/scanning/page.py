"""A sheet of paper in a camera frame: where it is, whether the shot is good enough, and
the flat, cropped page from it. Pure (numpy + OpenCV), no Qt.

`find_sheet` works on a copy downscaled to `DETECT_SIDE` pixels (a 12-megapixel photo
costs a few milliseconds) and measures the quality on a small flattened copy of the
sheet (a measure per sheet, whatever the camera's resolution); `warp_sheet` then cuts
the page from the full-resolution frame. `AutoCapture` decides when to take the page:
the sheet has been still and without problem for a few frames, and it is not a page
already taken.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import cv2
import numpy as np

if TYPE_CHECKING:
    from kiosk.scanning.address_check import AddressCheck
    from kiosk.scanning.twoddoc import CertificateSource, TwoDDoc

DETECT_SIDE = 1000  # longest side of the copy the sheet is searched on
A4_MM = (210.0, 297.0)
A4_RATIO = A4_MM[1] / A4_MM[0]
MIN_DPI = 150
MAX_DPI = 200  # more costs bytes (2 MB per file) for no gain in legibility
MEASURE_SIZE = (600, 849)  # the flattened copy quality is measured on (A4 at ~72 dpi)
MIN_AREA = 0.02  # of the frame: below this, a quadrilateral is not taken for the sheet
MIN_COVERAGE = 0.2  # below this the applicant is asked to come closer
MIN_SHARPNESS = 0.15  # variance of the Laplacian / variance of the grey, on the flattened copy
MIN_BRIGHTNESS = 80.0  # median grey of the sheet
MAX_GLARE = 0.015  # share of the sheet burnt white well above the paper's own white
BORDER = 0.012  # a corner this close to the frame's edge (share of the side) is cut off
THUMB = (48, 68)
COLOUR_SATURATION, COLOUR_SHARE = 70, 0.03  # a page with 3 % of clearly coloured pixels is in colour

# Problem codes, in the order they are worth fixing (worded by the UI).
NO_SHEET, CUT_OFF, SMALL, DARK, GLARE, BLURRED = "no_sheet", "cut_off", "small", "dark", "glare", "blurred"

Quad = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class SheetHint:
    quad: Quad  # corners in the frame's pixels: top-left, top-right, bottom-right, bottom-left
    frame_size: tuple[int, int]  # (width, height)
    coverage: float  # sheet area / frame area
    sharpness: float
    brightness: float
    glare: float
    cut_edges: tuple[str, ...]  # frame edges the sheet runs over: "top", "right", "bottom", "left"
    dpi: float  # resolution the sheet has in the frame, for an A4 sheet
    thumb: np.ndarray = field(repr=False, compare=False)  # tiny grey copy: is it another page?


def _order(points: np.ndarray) -> np.ndarray:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    pts = points.reshape(-1, 2).astype(np.float32)
    s, d = pts.sum(axis=1), np.diff(pts, axis=1).ravel()
    return np.array([pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]],
                    dtype=np.float32)


def _quad_of(contour: np.ndarray) -> np.ndarray:
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    for epsilon in (0.02, 0.03, 0.05, 0.08):
        approx = cv2.approxPolyDP(hull, epsilon * perimeter, True)
        if len(approx) == 4:
            return _order(approx)
    return _order(cv2.boxPoints(cv2.minAreaRect(hull)))


def _candidates(gray: np.ndarray) -> list[np.ndarray]:
    """Outlines of bright regions (Otsu) and of closed edges (Canny): the sheet is among them."""
    blurred = cv2.GaussianBlur(gray, (5, 5), 0)
    _, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, kernel)
    edges = cv2.dilate(cv2.Canny(blurred, 40, 120), np.ones((3, 3), np.uint8))
    found = []
    for mask in (bright, edges):
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        found += sorted(contours, key=cv2.contourArea, reverse=True)[:2]
    return found


def output_size(quad: np.ndarray | Quad, dpi: float) -> tuple[int, int]:
    """(width, height) of the flat page: A4 proportions when the sheet is close to A4
    (portrait or landscape), else its own; the long side is A4's at `dpi`."""
    q = np.asarray(quad, dtype=np.float32)
    width = (np.linalg.norm(q[1] - q[0]) + np.linalg.norm(q[2] - q[3])) / 2
    height = (np.linalg.norm(q[3] - q[0]) + np.linalg.norm(q[2] - q[1])) / 2
    long_px = A4_MM[1] / 25.4 * dpi
    ratio = max(width, height) / max(min(width, height), 1.0)
    if abs(ratio / A4_RATIO - 1) < 0.15:  # perspective makes a true A4 look 10 % off
        ratio = A4_RATIO
    short_px = long_px / ratio
    return (round(short_px), round(long_px)) if height >= width else (round(long_px), round(short_px))


def sheet_dpi(quad: np.ndarray | Quad) -> float:
    """The resolution an A4 sheet at `quad` has in its frame (its longest side / 297 mm)."""
    q = np.asarray(quad, dtype=np.float32)
    sides = [np.linalg.norm(q[(i + 1) % 4] - q[i]) for i in range(4)]
    return float(max(sides) / (A4_MM[1] / 25.4))


def _warp(image: np.ndarray, quad: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    w, h = size
    quad = quad.astype(np.float32)
    # A big reduction: halve first (cheap, no aliasing), then warp with bilinear sampling.
    while np.linalg.norm(quad[1] - quad[0]) > 2.5 * w and min(image.shape[:2]) > 64:
        image = cv2.pyrDown(image)
        quad = quad / 2
    target = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(quad, target)
    return cv2.warpPerspective(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def find_sheet(frame: np.ndarray) -> SheetHint | None:
    """The sheet of paper in a BGR (or grey) frame, with its quality measures; None when
    no sheet-like quadrilateral covers at least `MIN_AREA` of the frame."""
    h, w = frame.shape[:2]
    scale = min(1.0, DETECT_SIDE / max(h, w))
    gray = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    if scale < 1.0:  # grey first: area-averaging one channel is three times cheaper
        gray = cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    sh, sw = gray.shape
    best: np.ndarray | None = None
    best_area = MIN_AREA * sh * sw
    for contour in _candidates(gray):
        if cv2.contourArea(contour) < best_area:
            continue
        quad = _quad_of(contour)
        area = cv2.contourArea(quad)
        if area >= best_area and area < 0.995 * sh * sw:  # the whole frame is no sheet
            best, best_area = quad, area
    if best is None:
        return None
    margin_x, margin_y = BORDER * sw, BORDER * sh
    cut = []
    if best[:, 1].min() <= margin_y:
        cut.append("top")
    if best[:, 0].max() >= sw - 1 - margin_x:
        cut.append("right")
    if best[:, 1].max() >= sh - 1 - margin_y:
        cut.append("bottom")
    if best[:, 0].min() <= margin_x:
        cut.append("left")
    landscape = np.linalg.norm(best[1] - best[0]) > np.linalg.norm(best[3] - best[0])
    measure = _warp(gray, best, MEASURE_SIZE[::-1] if landscape else MEASURE_SIZE)
    mh, mw = measure.shape
    inner = measure[mh // 20: mh - mh // 20, mw // 20: mw - mw // 20]
    paper = float(np.percentile(inner, 90))
    burnt = (inner >= 250) & (inner.astype(np.int16) >= paper + 12) if paper < 243 else inner >= 255
    quad_full = best / scale
    return SheetHint(
        quad=tuple((float(x), float(y)) for x, y in quad_full),  # type: ignore[arg-type]
        frame_size=(w, h),
        coverage=float(best_area / (sh * sw)),
        # Divided by the contrast: the same blur scores the same in dim or bright light.
        sharpness=float(cv2.Laplacian(inner, cv2.CV_64F).var() / (inner.astype(np.float32).var() + 25.0)),
        brightness=float(np.median(inner)),
        glare=float(burnt.mean()),
        cut_edges=tuple(cut),
        dpi=sheet_dpi(quad_full),
        thumb=cv2.resize(measure, THUMB, interpolation=cv2.INTER_AREA),
    )


def quality_problems(hint: SheetHint | None) -> list[str]:
    """What is wrong with the shot, most important first; [] = good to take."""
    if hint is None:
        return [NO_SHEET]
    problems = []
    if hint.cut_edges:
        problems.append(CUT_OFF)
    if hint.coverage < MIN_COVERAGE:
        problems.append(SMALL)
    if hint.brightness < MIN_BRIGHTNESS:
        problems.append(DARK)
    if hint.glare > MAX_GLARE:
        problems.append(GLARE)
    if hint.sharpness < MIN_SHARPNESS:
        problems.append(BLURRED)
    return problems


def is_colour(image: np.ndarray) -> bool:
    """Does colour matter on this page (a photo, a coloured stamp or logo of some size)?"""
    if image.ndim == 2:
        return False
    step = max(1, max(image.shape[:2]) // 300)
    sample = np.ascontiguousarray(image[::step, ::step])  # a sample of pixels is enough
    hsv = cv2.cvtColor(sample, cv2.COLOR_BGR2HSV)
    coloured = (hsv[..., 1] > COLOUR_SATURATION) & (hsv[..., 2] > 60)
    return float(coloured.mean()) > COLOUR_SHARE


def warp_sheet(image: np.ndarray, quad: Quad | np.ndarray, dpi: float | None = None, *,
               colour: bool | None = None) -> np.ndarray:
    """The flat page cut from the full-resolution `image`: A4-proportioned, at `dpi`
    (default: the sheet's own resolution, kept between `MIN_DPI` and `MAX_DPI`; a
    webcam's sheet is enlarged to `MIN_DPI` so every page has the same size on paper).
    Grey (2-D) unless colour matters (`colour` None: judged on a small copy first, so a
    text page costs one channel's warp)."""
    q = _order(np.asarray(quad, dtype=np.float32))
    chosen = dpi if dpi is not None else min(max(sheet_dpi(q), MIN_DPI), MAX_DPI)
    size = output_size(q, chosen)
    if image.ndim == 3 and colour is None:
        colour = is_colour(_warp(image, q, (size[0] // 8, size[1] // 8)))
    if image.ndim == 3 and not colour:
        image = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return _warp(image, q, size)


def same_page(a: np.ndarray, b: np.ndarray, tolerance: float = 0.1) -> bool:
    """Two thumbnails show the same page: mean difference once each is evened out to zero
    mean and unit contrast (another exposure of the same page scores ~0.03, another page
    of text ~0.2)."""
    if a.shape != b.shape:
        b = cv2.resize(b, (a.shape[1], a.shape[0]), interpolation=cv2.INTER_AREA)
    fa = (a.astype(np.float32) - a.mean()) / (a.std() + 1.0)
    fb = (b.astype(np.float32) - b.mean()) / (b.std() + 1.0)
    return float(np.abs(fa - fb).mean()) < tolerance


@dataclass
class AutoCapture:
    """Take the page once the sheet has been found without problem in `still_frames`
    frames in a row, its corners moving less than `max_motion` (share of the frame's
    diagonal) between them, and it is not a page in `taken` (a page is taken once,
    however long it stays in view). Feed every frame's hint; `feed` says when to take."""

    still_frames: int = 3
    max_motion: float = 0.01
    taken: list[np.ndarray] = field(default_factory=list)  # thumbnails of the pages taken
    _run: int = 0
    _last: np.ndarray | None = None

    def feed(self, hint: SheetHint | None) -> bool:
        if hint is None or quality_problems(hint):
            self._run, self._last = 0, None
            return False
        quad = np.asarray(hint.quad, dtype=np.float32)
        diagonal = float(np.hypot(*hint.frame_size))
        moved = self._last is not None and float(np.abs(quad - self._last).max()) > self.max_motion * diagonal
        self._last = quad
        if any(same_page(hint.thumb, t) for t in self.taken):
            self._run = 0
            return False
        if moved:
            self._run = 1  # a new still run starts here
            return False
        self._run += 1
        if self._run >= self.still_frames:
            self._run = 0
            self.taken.append(hint.thumb)
            return True
        return False

    @property
    def progress(self) -> float:
        """0..1: how far the current still run is towards a capture (for a progress ring)."""
        return min(1.0, self._run / self.still_frames)

    def forget(self, thumb: np.ndarray) -> None:
        """A page deleted or to be retaken may be taken again."""
        self.taken = [t for t in self.taken if t is not thumb and not same_page(t, thumb, 0.01)]


# ------------------------------------------------------------------ 2D-Doc on captured pages

def find_2ddoc(images: list[np.ndarray]) -> TwoDDoc | None:
    """The first 2D-Doc (a DataMatrix that parses as one) on the pages, or None."""
    from kiosk.scanning.barcodes import read_codes
    from kiosk.scanning.twoddoc import TwoDDocError, parse_2ddoc
    from kiosk.scanning.twoddoc_cli import _payload

    for image in images:
        for code in read_codes(image, ["DataMatrix"]):
            payload = _payload(code)
            if payload is None:
                continue
            try:
                return parse_2ddoc(payload)
            except TwoDDocError:
                continue
    return None


def check_address_pages(images: list[np.ndarray], answers: Mapping[str, Any], today: date,
                        trust: CertificateSource) -> AddressCheck | None:
    """The proof-of-address check of the 2D-Doc found on the pages (None: no 2D-Doc).
    A tampered code is "invalid", an unknown signer "unknown_certificate": never valid."""
    from kiosk.scanning.address_check import check_proof_of_address
    from kiosk.scanning.twoddoc import verify

    doc = find_2ddoc(images)
    if doc is None:
        return None
    return check_proof_of_address(doc, verify(doc, trust), answers, today)
