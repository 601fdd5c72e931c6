"""Finding the machine-readable zone in an image, at any rotation, and cutting it into
upright line crops for the recogniser.

Two entry points:
- `find_zone_hint(frame)`: the fast answer for a live frame (is there an MRZ, where,
  sharp enough?), on a downscaled copy, a few milliseconds.
- `locate_zones(image)`: the precise one for a still: each candidate band is
  perspective-corrected from the full-resolution pixels and split into its 2 or 3 lines.

The search is rotation-invariant: isotropic morphology (square black-hat, then a square
closing that merges characters and lines into one blob) and `minAreaRect` on the blobs,
so a zone tilted by any angle is found the same way. What tells an MRZ from other text
is checked on the blob turned upright: 2 or 3 lines of the same length, each inked along
its whole width (the `<` fillers leave no holes), with a band shape that fits 30, 36 or
44 characters a line. Which way up the zone reads (0° or 180°) cannot be told by
morphology; `locate_zones` returns both, the likelier first, and the reader keeps the one
whose check digits hold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.scanning.mrz.types import LineCrop, Quad, Zone, ZoneHint

# Pixel height of a character in the rectified band; line crops are cut at this scale
# (a line recogniser at 32 px then sees the characters at ~22 px).
CHAR_HEIGHT = 32
MARGIN_Y = 0.3  # of the character height, above and below a line crop
MARGIN_X = 0.8  # of the character height, left and right

HINT_WORK_SIZE = 640  # longest side of the copy a live frame is searched on
LOCATE_WORK_SIZE = 1024  # the same for a still (smaller zones, more time)
_MIN_SIDE = 48  # images smaller than this hold no readable MRZ

# Ratio of a line's length to its character height, per format, OCR-B at ICAO sizes
# (pitch 2.54 mm, character height ≈ 2.3 mm, so ≈ 1.1 × characters): TD1 30, French ID
# 36, TD2/MRV-B 36, TD3/MRV-A 44 characters. Accepted with a wide tolerance because
# printers and renders vary.
_LINE_ASPECT_MIN = 22.0
_LINE_ASPECT_MAX = 70.0


@dataclass(frozen=True)
class _Candidate:
    """A band that looks like an MRZ, in the coordinates of the full image."""

    center: tuple[float, float]
    length: float  # along the text
    thickness: float  # across the lines
    angle: float  # degrees of the text axis from the image's x axis, in (-90, 90]
    line_count: int
    score: float
    textured: bool = False  # found on the map made for a dense background pattern


# --------------------------------------------------------------------------- input


def to_gray(image: object) -> np.ndarray | None:
    """A 2-D uint8 view of any image array a caller may give (gray, BGR, BGRA, 16-bit,
    float), or None when it is not an image or too small to hold an MRZ."""
    if not isinstance(image, np.ndarray) or image.size == 0:
        return None
    array = image
    if array.ndim == 3 and array.shape[2] == 1:
        array = array[:, :, 0]
    if array.ndim == 3 and array.shape[2] in (3, 4):
        if array.dtype != np.uint8:
            array = _to_uint8(array)
        code = cv2.COLOR_BGR2GRAY if array.shape[2] == 3 else cv2.COLOR_BGRA2GRAY
        gray = cv2.cvtColor(array, code)
    elif array.ndim == 2:
        gray = array if array.dtype == np.uint8 else _to_uint8(array)
    else:
        return None
    if min(gray.shape[:2]) < _MIN_SIDE:
        return None
    return gray


def _to_uint8(array: np.ndarray) -> np.ndarray:
    if array.dtype == np.uint16:
        return (array >> 8).astype(np.uint8)
    values = np.nan_to_num(array.astype(np.float32))
    top = float(values.max()) if values.size else 0.0
    scale = 255.0 if top <= 1.0 else 255.0 / top
    return np.clip(values * scale, 0, 255).astype(np.uint8)


def _downscale(gray: np.ndarray, longest: int) -> tuple[np.ndarray, float]:
    """The image with its longest side at most `longest`, and the factor applied."""
    h, w = gray.shape[:2]
    factor = min(1.0, longest / max(h, w))
    if factor >= 1.0:
        return gray, 1.0
    size = (max(1, round(w * factor)), max(1, round(h * factor)))
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA), factor


# ------------------------------------------------------------------ candidate search


def _ink_map(small: np.ndarray, text_px: int, textured: bool = False, by_edges: bool = False) -> np.ndarray:
    """Binary map of thin dark strokes (text) of about `text_px` character height.
    `textured`: the image is covered with a dense, contrasted pattern (guilloche) the
    plain map drowned the text in; the threshold is raised above the pattern, which is
    paler than the MRZ's ink, and the thinner lines that pass are eroded away."""
    k = max(3, int(text_px * 0.9) | 1)
    blackhat = cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    otsu, _ = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    # The strongest strokes (top 0.5 %) set the scale: a security print's guilloche or
    # paper grain stays under 40 % of the printed text's contrast. The floor keeps noise
    # out on blank frames.
    hist = cv2.calcHist([blackhat], [0], None, [256], [0, 256]).ravel().cumsum()
    strong = float(np.searchsorted(hist, hist[-1] * 0.995))
    level = min(max(otsu, 0.4 * strong, 14.0), max(14.0, 0.6 * strong))
    _, ink = cv2.threshold(blackhat, level, 255, cv2.THRESH_BINARY)
    if textured:
        ink &= _above_texture(blackhat, text_px, strong, by_edges)
        ink = _drop_dots(ink, 0.4 * text_px)
    return _drop_rules(ink, text_px)


def _drop_dots(ink: np.ndarray, size: float) -> np.ndarray:
    """Erase the components smaller than `size` both ways (every MRZ glyph, `<` included,
    is larger at any angle): what a dense pattern leaves of its lines, which the closing
    would weld to the MRZ's."""
    return _erase_small(ink, size, (cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT))


def _erase_small(ink: np.ndarray, size: float, sides: tuple[int, ...]) -> np.ndarray:
    """`ink` without its components whose largest of `sides` (connectedComponents stats
    columns) is under `size`."""
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    small = stats[:, list(sides)].max(axis=1) < size
    small[0] = False
    if small.any():
        ink[small[labels]] = 0
    return ink


def _above_texture(blackhat: np.ndarray, text_px: float, strong: float | None = None,
                   by_edges: bool = False) -> np.ndarray:
    """Where the strokes stand out of a dense pattern: above 3 times the mean black-hat
    over 6 character heights around (the pattern is paler and thinner than the MRZ's
    ink, so it sets a local mean that its own lines do not reach), capped at 80 % of the
    strongest strokes. `by_edges`: the mean is taken over the printed area only (where a
    stroke lies within a character height), as by a card's edge the blank beyond halves
    it and lets the pattern through, welding an MRZ that runs along the edge into a frame
    (tried last: it also fades lines that the plain mean keeps)."""
    if strong is None:
        strong = float(np.percentile(blackhat, 99.5))
    w = max(3, int(text_px * 6) | 1)
    mean = cv2.blur(blackhat, (w, w)).astype(np.float32)
    if by_edges:
        reach = max(3, int(text_px) | 1)
        stroke = (blackhat > max(6.0, 0.1 * strong)).astype(np.uint8)
        printed = cv2.dilate(stroke, np.ones((reach, reach), np.uint8))
        mean /= np.clip(cv2.blur(printed.astype(np.float32), (w, w)), 0.5, 1.0)
    local = np.minimum(mean * 3.0, 0.8 * strong)
    return np.where(blackhat > local, 255, 0).astype(np.uint8)


def _drop_rules(ink: np.ndarray, text_px: int) -> np.ndarray:
    """Erase long thin straight strokes (printed rules, table lines, card edges): the
    closing would weld them to an MRZ line that runs along or across them. A rule that
    does not touch anything is a thin component of its own; one that touches characters
    is found as a straight segment (Hough) on the long components and erased where its
    stroke, measured across, stays thin."""
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    long = np.flatnonzero(np.maximum(stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT])
                          > 4 * text_px) + 1
    merged = []
    for label in long:
        x, y, w, h = stats[label, :4]
        mask = (labels[y : y + h, x : x + w] == label).astype(np.uint8)
        points = cv2.findNonZero(mask)
        if points is None:
            continue
        _, (rw, rh), _ = cv2.minAreaRect(points)
        if min(rw, rh) < 0.3 * text_px:
            ink[y : y + h, x : x + w][mask > 0] = 0
        else:
            merged.append(label)
    if merged:
        _erase_segments(ink, np.isin(labels, merged).astype(np.uint8) * 255, text_px)
    return ink


def _erase_segments(ink: np.ndarray, mask: np.ndarray, text_px: int) -> None:
    """Erase from `ink` the thin straight segments, at least 4 characters long, of `mask`."""
    min_len = 4 * text_px
    segments = cv2.HoughLinesP(mask, 1, np.pi / 180, threshold=min_len, minLineLength=min_len, maxLineGap=1)
    if segments is None:
        return
    h, w = ink.shape
    reach = max(2, text_px // 2)
    offsets = np.arange(-reach, reach + 1)
    thin = max(2.0, 0.3 * text_px)
    for x0, y0, x1, y1 in segments.reshape(-1, 4)[:64].astype(float):
        length = math.hypot(x1 - x0, y1 - y0)
        nx, ny = -(y1 - y0) / length, (x1 - x0) / length
        t = np.linspace(0.0, 1.0, 24)
        px = x0 + t[:, None] * (x1 - x0) + offsets[None, :] * nx
        py = y0 + t[:, None] * (y1 - y0) + offsets[None, :] * ny
        inside = (px >= 0) & (px < w - 0.5) & (py >= 0) & (py < h - 0.5)
        across = np.zeros(px.shape, bool)
        across[inside] = mask[np.round(py[inside]).astype(int), np.round(px[inside]).astype(int)] > 0
        # Ink run through the segment at each sample, across it: a rule is thin along
        # most of its length, even where characters touch it.
        runs = [_run_through(row, reach) for row in across]
        run = float(np.median(runs))
        if run <= thin:
            cv2.line(ink, (round(x0), round(y0)), (round(x1), round(y1)), 0, max(1, round(run)) + 1)


def _run_through(row: np.ndarray, center: int) -> int:
    """Length of the run of True through `row[center]` (0 if that is False)."""
    if not row[center]:
        return 0
    left = center
    while left > 0 and row[left - 1]:
        left -= 1
    right = center
    while right < row.size - 1 and row[right + 1]:
        right += 1
    return right - left + 1


_Rect = tuple[tuple[float, float], tuple[float, float], float]  # center, (length, thickness), text angle


def _line_blobs(ink: np.ndarray, text_px: int) -> list[_Rect]:
    """Rotated rectangles (center, (length, thickness), text angle) of the blobs left once
    the characters of a line are merged; the closing is square, so it merges along a
    line at any angle, and smaller than the gap between MRZ lines, so lines stay apart.
    A letter-spaced line breaks into pieces at the wider gaps: collinear pieces are
    joined back into one line."""
    k = max(3, round(text_px * 0.7) | 1)
    merged = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    # Outer boundaries of every component, also those inside another's hole (a card's
    # printed frame encloses everything).
    contours, hierarchy = cv2.findContours(merged, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    rects: list[_Rect] = []
    pieces: list[_Rect] = []
    for index, contour in enumerate(contours):
        if hierarchy[0][index][3] != -1 or len(contour) < 4:
            continue
        _, _, w, h = cv2.boundingRect(contour)
        if max(w, h) < 2 * text_px:
            continue
        (cx, cy), (rw, rh), angle = cv2.minAreaRect(contour)
        length, thick = max(rw, rh), min(rw, rh)
        # Lines (thickness ≈ one character) and bands of 2–3 lines merged together.
        if not 0.5 * text_px <= thick <= 5.0 * text_px or length < 2 * thick:
            continue
        if cv2.contourArea(contour) < 0.4 * rw * rh:
            continue
        if rw < rh:
            angle -= 90.0
        angle = ((angle + 90.0) % 180.0) - 90.0  # text axis in [-90, 90)
        rect = ((cx, cy), (length, thick), angle)
        if thick <= 1.8 * text_px:
            pieces.append(rect)
        elif length >= 12 * text_px and length >= 3 * thick:
            rects.append(rect)
    for group in _collinear(pieces, text_px):
        line = group[0] if len(group) == 1 else _band(group)
        if line[1][0] >= 12 * text_px and line[1][0] >= 3 * line[1][1]:
            rects.append(line)
    return rects


def _collinear(pieces: list[_Rect], text_px: int) -> list[list[_Rect]]:
    """The pieces grouped into lines: same direction, centres on one axis, same thickness,
    at most 3 character heights apart end to end; longest piece first in each group."""
    n = len(pieces)
    if n < 2:
        return [[p] for p in pieces]
    cx = np.array([p[0][0] for p in pieces])
    cy = np.array([p[0][1] for p in pieces])
    length = np.array([p[1][0] for p in pieces])
    thick = np.array([p[1][1] for p in pieces])
    angle = np.array([p[2] for p in pieces])
    # The longer piece of each pair gives the axis.
    ref = np.where(length[:, None] >= length[None, :], np.arange(n)[:, None], np.arange(n)[None, :])
    ux, uy = np.cos(np.radians(angle[ref])), np.sin(np.radians(angle[ref]))
    dx, dy = cx[None, :] - cx[:, None], cy[None, :] - cy[:, None]
    along = np.abs(dx * ux + dy * uy)
    across = np.abs(-dx * uy + dy * ux)
    gap = along - (length[:, None] + length[None, :]) / 2
    turn = np.abs(angle[:, None] - angle[None, :]) % 180.0
    turn = np.minimum(turn, 180.0 - turn)
    short = np.minimum(length[:, None], length[None, :]) / np.maximum(thick[:, None], thick[None, :])
    t_hi, t_lo = np.maximum(thick[:, None], thick[None, :]), np.minimum(thick[:, None], thick[None, :])
    join = ((gap <= 3.0 * text_px) & (across <= 0.35 * t_hi) & (t_hi <= 1.6 * t_lo)
            & (turn <= np.where(short < 5, 10.0, 4.0)))
    np.fill_diagonal(join, False)
    labels = _components(join | join.T)
    groups: dict[int, list[_Rect]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(pieces[i])
    return [sorted(g, key=lambda r: -r[1][0]) for g in groups.values()]


def _components(adjacency: np.ndarray) -> list[int]:
    """Connected components of a symmetric boolean adjacency matrix (union–find)."""
    parent = list(range(adjacency.shape[0]))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(*np.nonzero(np.triu(adjacency)), strict=True):
        ri, rj = root(int(i)), root(int(j))
        if ri != rj:
            parent[ri] = rj
    return [root(i) for i in range(len(parent))]


def _angle_gap(a: float, b: float) -> float:
    d = abs(a - b) % 180.0
    return min(d, 180.0 - d)


def _groups(rects: list) -> list[tuple[list, float]]:
    """Runs of 2 or 3 parallel lines of the same length, ends aligned, stacked at an MRZ's
    line pitch; with their regularity score. A run of 4 or more is a paragraph."""
    n = len(rects)
    # Neighbours: j lies below i (across the text axis), at 1.1–3.2 line heights.
    below: dict[int, list[tuple[int, float]]] = {i: [] for i in range(n)}
    for i in range(n):
        (ci, (li, ti), ai) = rects[i]
        ux, uy = math.cos(math.radians(ai)), math.sin(math.radians(ai))
        for j in range(n):
            if i == j:
                continue
            (cj, (lj, tj), aj) = rects[j]
            if _angle_gap(ai, aj) > 6.0 or min(li, lj) < 0.8 * max(li, lj):
                continue
            if max(ti, tj) > 1.8 * min(ti, tj):
                continue
            dx, dy = cj[0] - ci[0], cj[1] - ci[1]
            along = dx * ux + dy * uy
            across = -dx * uy + dy * ux
            t = (ti + tj) / 2
            if not 1.1 * t <= across <= 3.2 * t or abs(along) > 0.12 * max(li, lj):
                continue
            fit = 1.0 - abs(along) / max(li, lj) * 4 - abs(li - lj) / max(li, lj) * 2.5
            below[i].append((j, fit))
    groups = []
    for i in range(n):
        for j, fit_ij in below[i]:
            chain, fits = [i, j], [fit_ij]
            if below[j]:
                k, fit_jk = max(below[j], key=lambda e: e[1])
                chain.append(k)
                fits.append(fit_jk)
                if below[k]:
                    continue  # four lines or more: not an MRZ
            if any(i in [c for c, _ in below[m]] for m in range(n)):
                continue  # i is not the top line of its run
            groups.append(([rects[c] for c in chain], float(min(fits))))
    return groups


def _band(lines: list) -> tuple[tuple[float, float], tuple[float, float], float]:
    """The rotated rectangle around a run of lines, along their mean text axis."""
    angle = lines[0][2]
    pts = np.array([p for r in lines for p in _box(r[0], r[1][0], r[1][1], r[2])], dtype=np.float64)
    a = math.radians(angle)
    ux, uy = math.cos(a), math.sin(a)
    along = pts[:, 0] * ux + pts[:, 1] * uy
    across = -pts[:, 0] * uy + pts[:, 1] * ux
    ca, cc = (along.min() + along.max()) / 2, (across.min() + across.max()) / 2
    center = (ca * ux - cc * uy, ca * uy + cc * ux)
    return center, (float(along.max() - along.min()), float(across.max() - across.min())), angle


# A candidate this good ends the search: the other text sizes are not tried.
CONFIDENT = 0.75
EDGE_LEVELS = 2  # the likeliest text sizes only are searched again for a pattern cut by an edge


def _search(gray: np.ndarray, work_size: int, levels: tuple[int, ...],
            equalised: bool = False) -> list[_Candidate]:
    """Candidate bands, best first: runs of separate lines, and blobs where the closing
    already merged the lines into a band. `levels` are the character heights tried, the
    likeliest first; the search stops at the first that gives a confident candidate (the
    cost is then one or two levels instead of all). When no level gives a confident one,
    the search is repeated with the map made for a dense background pattern, and when
    that still gives nothing, with its variant for a pattern cut by the card's edge. Character
    heights above 12 px are searched on a half-size copy, which costs a quarter and keeps
    the kernels small. `equalised`: on a copy whose contrast is evened out region by
    region (_equalised)."""
    if equalised:  # on a copy at most twice the work size: the tiles must see the strokes
        larger, first = _downscale(gray, 2 * work_size)
        small, second = _downscale(_equalised(larger), work_size)
        factor = first * second
    else:
        small, factor = _downscale(gray, work_size)
    half = cv2.pyrDown(small) if min(small.shape) >= 64 else None
    found: list[_Candidate] = []
    for textured, by_edges in ((False, False), (True, False), (True, True)):
        if by_edges and found:
            break
        for level in levels[:EDGE_LEVELS] if by_edges else levels:
            found += _search_level(small, half, factor, level, textured, by_edges)
            if found and max(c.score for c in found) >= CONFIDENT:
                return _dedupe(found)
    return _dedupe(found)


# Contrast-limited histogram equalisation over an 8×8 grid of tiles, clipped high: a glare
# or a shadow over part of a zone leaves its strokes there too faint beside the rest of the
# image for the search's thresholds (those set by the strongest strokes of the picture).
_EQUALISE_CLIP = 8.0
_EQUALISE_TILES = (8, 8)


def _equalised(small: np.ndarray) -> np.ndarray:
    return cv2.createCLAHE(_EQUALISE_CLIP, _EQUALISE_TILES).apply(small)


def _search_level(small: np.ndarray, half: np.ndarray | None, factor: float, level: int,
                  textured: bool, by_edges: bool = False) -> list[_Candidate]:
    image, scale, text_px = small, factor, level
    if level > 12:
        if half is None:
            return []
        image, scale, text_px = half, factor / 2, level // 2
    ink = _ink_map(image, text_px, textured, by_edges)
    rects = _line_blobs(ink, text_px)
    lines = [r for r in rects if r[1][1] <= 1.8 * text_px]
    bands = [_band(group) for group, fit in _groups(lines) if fit > 0.2]
    bands += [r for r in rects if r[1][1] > 1.5 * text_px]
    found = []
    for rect in bands:
        rect, score, count = _judge_turning(ink, rect, text_px)
        if score <= 0.3:
            continue
        if count == 2:
            rect, score, count = _third_line(ink, rect, score)
        (cx, cy), (length, thick), angle = rect
        found.append(_Candidate((cx / scale, cy / scale), length / scale, thick / scale, angle, count, score,
                                textured))
    return found


def _third_line(ink: np.ndarray, rect: _Rect, score: float) -> tuple[_Rect, float, int]:
    """A 2-line band that is two lines of a TD1 (the third one kept apart by a rule or a
    wider gap): the band grown by one line on either side, if that judges as 3 lines."""
    (cx, cy), (length, thick), angle = rect
    a = math.radians(angle)
    nx, ny = -math.sin(a), math.cos(a)
    best: tuple[_Rect, float, int] = (rect, score, 2)
    for side in (-1.0, 1.0):
        shift = side * 0.4 * thick
        grown = ((cx + shift * nx, cy + shift * ny), (length, thick * 1.8), angle)
        s3, n3 = _judge(ink, grown)
        if n3 == 3 and s3 >= score - 0.15 and s3 > best[1] - (0.15 if best[2] == 2 else 0.0):
            best = (grown, s3, 3)
    return best


_PATCH_H = 64  # rows of the upright patch a candidate band is checked on


def _line_bands(ink_patch: np.ndarray) -> list[tuple[int, int]]:
    """Rows of the text lines in an upright binary patch, by horizontal projection."""
    profile = ink_patch.mean(axis=1) / 255.0
    if profile.max() <= 0:
        return []
    smooth = np.convolve(profile, np.ones(3) / 3, mode="same")
    bands = _runs(smooth > max(0.1, 0.3 * float(smooth.max())))
    return [b for b in bands if b[1] - b[0] >= 3]


# Turns (degrees) tried on a band whose lines did not come apart: the angle of a blob
# that merged the lines (and maybe a mark beside them) can be off by a degree or two, and
# over 40 characters that is enough to blur the gaps between lines in the projection.
_TURNS = (-1.0, 1.0, -2.0, 2.0, -3.0, 3.0)


def _judge_turning(ink: np.ndarray, rect: _Rect, text_px: float) -> tuple[_Rect, float, int]:
    """`_judge`, and when a band thick enough for 2–3 lines fails it, the same band turned
    by the small angles of `_TURNS` (the first that passes, its angle kept)."""
    score, count = _judge(ink, rect)
    if score > 0.3 or rect[1][1] <= 1.8 * text_px:
        return rect, score, count
    for turn in _TURNS:
        turned = (rect[0], rect[1], rect[2] + turn)
        s, n = _judge(ink, turned)
        if s > 0.3:
            return turned, s, n
    return rect, score, count


def _judge(ink: np.ndarray, rect: _Rect) -> tuple[float, int]:
    """How much a band looks like an MRZ (0 = not at all) and its line count: 2 or 3
    lines of about the same height, each inked along the band's whole length, starting
    and ending together, with the length of 30 to 44 characters."""
    center, (length, thick), angle = rect
    width = int(min(600, max(120, length)))
    across = thick * 1.4  # blank rows on both sides for the projection
    patch, _ = _upright(ink, center, (length * 1.02, across), angle, (width, _PATCH_H), cv2.INTER_AREA)
    patch = np.where(patch > 64, 255, 0).astype(np.uint8)
    bands = _line_bands(patch)
    if not 2 <= len(bands) <= 3:
        return 0.0, 0
    heights = [e - s for s, e in bands]
    if max(heights) > 2.0 * min(heights):
        return 0.0, 0
    line_h = float(np.mean(heights)) * across / _PATCH_H
    aspect = length / max(line_h, 1e-3)
    if not _LINE_ASPECT_MIN <= aspect <= _LINE_ASPECT_MAX:
        return 0.0, 0
    bins = max(8, int(aspect * 0.6))
    cover, ends = [], []
    for s, e in bands:
        cols = patch[s:e].max(axis=0) > 0
        filled = cols[: len(cols) // bins * bins].reshape(bins, -1).any(axis=1)
        cover.append(float(filled[1:-1].mean()))
        inked = np.flatnonzero(cols)
        ends.append((inked[0], inked[-1]))
    worst = min(cover)
    if worst < 0.8:
        return 0.0, 0
    starts, stops = [a for a, _ in ends], [b for _, b in ends]
    spread = (max(starts) - min(starts) + max(stops) - min(stops)) / width
    aligned = max(0.0, 1.0 - 4.0 * spread)
    periodic = float(np.median([_periodicity(patch[s:e]) for s, e in bands]))
    regular = min(1.0, max(0.0, (periodic - 0.2) / 0.3))
    return worst * (0.4 + 0.6 * aligned) * regular, len(bands)



def _periodicity(strip: np.ndarray) -> float:
    """How regularly the characters of a line repeat (OCR-B is monospaced): the height
    of the column profile's autocorrelation peak at a pitch of 1/20 to 1/60 of the
    line, relative to its value at 0."""
    profile = strip.astype(np.float32).sum(axis=0)
    profile -= profile.mean()
    energy = float((profile * profile).sum())
    n = profile.size
    if energy <= 0 or n < 60:
        return 0.0
    spectrum = np.fft.rfft(profile, 2 * n)
    corr = np.fft.irfft(spectrum * np.conj(spectrum))[:n] / energy
    lo, hi = max(2, n // 62), max(3, n // 18)
    return float(corr[lo : hi + 1].max())


def _dedupe(found: list[_Candidate]) -> list[_Candidate]:
    """One candidate per place: the same band seen at two scales is kept once."""
    found.sort(key=lambda c: (-c.score, -c.length))
    kept: list[_Candidate] = []
    for cand in found:
        for index, other in enumerate(kept):
            if math.dist(cand.center, other.center) <= 0.5 * max(other.thickness, cand.thickness):
                # Two lines of a TD1 pass the checks too: the third line wins a near tie.
                if cand.line_count > other.line_count and cand.score >= other.score - 0.15:
                    kept[index] = cand
                break
        else:
            kept.append(cand)
    return kept


def _upright(image: np.ndarray, center: tuple[float, float], size: tuple[float, float], angle: float,
             out_size: tuple[int, int], flags: int = cv2.INTER_LINEAR) -> tuple[np.ndarray, np.ndarray]:
    """The rotated rectangle (center, (length, thickness), text angle) cut out upright at
    `out_size` (w, h); also the 2×3 affine map from the image to the patch."""
    length, thick = size
    ow, oh = out_size
    sx, sy = ow / max(length, 1e-3), oh / max(thick, 1e-3)
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)
    # Patch x runs along the text axis (ca, sa), patch y across it (-sa, ca).
    m = np.array([[ca * sx, sa * sx, 0.0], [-sa * sy, ca * sy, 0.0]], dtype=np.float64)
    m[0, 2] = ow / 2 - (m[0, 0] * center[0] + m[0, 1] * center[1])
    m[1, 2] = oh / 2 - (m[1, 0] * center[0] + m[1, 1] * center[1])
    patch = cv2.warpAffine(image, m, (ow, oh), flags=flags, borderMode=cv2.BORDER_REPLICATE)
    return patch, m


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of the runs of True in a 1-D mask."""
    padded = np.concatenate(([False], mask.astype(bool), [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return [(int(edges[i]), int(edges[i + 1])) for i in range(0, len(edges), 2)]


def _box(center: tuple[float, float], length: float, thick: float, angle: float) -> Quad:
    """Corners of a rotated rectangle, clockwise from the top-left along its text axis."""
    a = math.radians(angle)
    ux, uy = math.cos(a) * length / 2, math.sin(a) * length / 2
    vx, vy = -math.sin(a) * thick / 2, math.cos(a) * thick / 2
    cx, cy = center
    return (
        (cx - ux - vx, cy - uy - vy),
        (cx + ux - vx, cy + uy - vy),
        (cx + ux + vx, cy + uy + vy),
        (cx - ux + vx, cy - uy + vy),
    )


# ------------------------------------------------------------------------ fast hint

# Character heights (pixels of the 640-px copy) the live search tries: a passport held
# at arm's length up to one filling the frame.
# Likeliest first (a document held to fill most of the frame): the search stops at the
# first level that finds a confident zone.
_HINT_LEVELS = (7, 12, 4, 20)
_LOCATE_LEVELS = (12, 18, 8, 28, 5)


def find_zone_hint(frame: np.ndarray) -> ZoneHint | None:
    """Whether a live frame shows an MRZ, where, and how usable it is; None if no zone.
    Fast: it works on a copy at most 640 pixels wide."""
    gray = to_gray(frame)
    if gray is None:
        return None
    candidates = _search(gray, HINT_WORK_SIZE, _HINT_LEVELS)
    if not candidates:
        return None
    best = candidates[0]
    quad = _box(best.center, best.length, best.thickness, best.angle)
    sharpness, glare = _quality(gray, frame, best)
    return ZoneHint(
        quad=quad,
        line_count=best.line_count,
        sharpness=sharpness,
        glare=glare,
        size=min(1.0, best.length / gray.shape[1]),
    )


def _quality(gray: np.ndarray, frame: np.ndarray, cand: _Candidate) -> tuple[float, float]:
    """Sharpness and glare of the zone. Sharpness is the variance of the Laplacian on the
    zone turned upright at a fixed scale (10 px a character), so it does not grow just
    because the document is closer; glare is the share of saturated pixels."""
    scale = 440.0 / max(cand.length, 1.0)
    out = (440, max(8, round(cand.thickness * scale)))
    patch, _ = _upright(gray, cand.center, (cand.length, cand.thickness), cand.angle, out, cv2.INTER_AREA)
    sharpness = float(cv2.Laplacian(patch, cv2.CV_32F).var())
    if frame.ndim == 3 and frame.shape[2] >= 3 and frame.dtype == np.uint8:
        color, _ = _upright(np.ascontiguousarray(frame[:, :, :3]), cand.center,
                            (cand.length, cand.thickness), cand.angle, out, cv2.INTER_AREA)
        saturated = (color >= 250).any(axis=2)
    else:
        saturated = patch >= 250
    return sharpness, float(saturated.mean())


# ----------------------------------------------------------------- precise location


def locate_zones(image: np.ndarray, max_zones: int = 3, hint: ZoneHint | None = None) -> list[Zone]:
    """The MRZ candidates of a still image, best first, each as upright line crops.

    A zone whose reading direction is not known is returned twice, turned by `angle` and
    by `angle + 180`, the likelier first; the reader keeps the one that parses. At most
    `max_zones` distinct places are returned (×2 for the two directions). `hint`, the
    live detector's answer on the same image, makes the search start at its text size."""
    gray = to_gray(image)
    if gray is None:
        return []
    zones: list[Zone] = []
    levels = _levels_from(hint, gray)
    # Nothing found: searched again evened out (a glare across the zone), which a still
    # can afford; a live frame's hint cannot, and the live guide asks to avoid glare.
    found = _search(gray, LOCATE_WORK_SIZE, levels) or _search(gray, LOCATE_WORK_SIZE, levels, equalised=True)
    for cand in found[:max_zones]:
        zone = _rectify(gray, cand)
        if zone is None:
            continue
        flipped = _turn(zone)
        # The filler evidence is antisymmetric: the turned zone scores the opposite.
        zones.extend([zone, flipped] if _upright_score(zone) >= 0 else [flipped, zone])
    return zones


def _levels_from(hint: ZoneHint | None, gray: np.ndarray) -> tuple[int, ...]:
    """The still search's levels, the one nearest the hint's character height first."""
    if hint is None or hint.line_count < 2:
        return _LOCATE_LEVELS
    thick = (math.dist(hint.quad[0], hint.quad[3]) + math.dist(hint.quad[1], hint.quad[2])) / 2
    factor = min(1.0, LOCATE_WORK_SIZE / max(gray.shape[:2]))
    char_h = thick / (hint.line_count * 1.7) * factor
    return tuple(sorted(_LOCATE_LEVELS, key=lambda level: abs(math.log(level / max(char_h, 1.0)))))


def expected_length(zone: Zone) -> int | None:
    """Characters a line of this zone holds, when its shape tells: 30 for 3 lines; 36 or
    44 from the lines' length over their height when it is clearly one (measured on the
    shared and generated sets: 2×36 zones give 29–39, 2×44 ones 36–52); else None."""
    if len(zone.lines) == 3:
        return 30
    if len(zone.lines) != 2:
        return None
    ratios = [(line.image.shape[1] - 2 * MARGIN_X * CHAR_HEIGHT)
              / max(1.0, line.image.shape[0] - 2 * MARGIN_Y * CHAR_HEIGHT) for line in zone.lines]
    ratio = float(np.mean(ratios))
    if ratio < 35.5:
        return 36
    if ratio > 40.0:
        return 44
    return None


def char_pitch(quad: Quad, line_count: int, length: int | None = None) -> float:
    """Pixels from one character to the next in the image, for a zone found at `quad`
    holding `line_count` lines of `length` characters; unknown length: the longest the
    line count allows (30 for 3 lines, else 44), so the pitch is never overstated."""
    chars = length or (30 if line_count == 3 else 44)
    return math.dist(quad[0], quad[1]) / chars


def widen(image: np.ndarray, zone: Zone, left: float, right: float) -> Zone | None:
    """The same zone cut again from `image` (the one it was located on), its text block
    stretched along the lines by `left` and `right` pixels of its line crops (the
    CHAR_HEIGHT scale), reading direction kept: for a zone cut short, where pale or thin
    end characters (a screenshot's `<` fillers) did not survive the binarisation."""
    gray = to_gray(image)
    scale = _crop_scale(zone)
    if gray is None or scale is None:
        return None
    return _cut_again(gray, _stretched(zone.quad, left / scale, right / scale), scale, zone.angle,
                      len(zone.lines))


def _stretched(quad: Quad, left: float, right: float) -> Quad:
    """The quad stretched along its lines by `left` and `right` pixels of the image."""
    q = np.array(quad, dtype=np.float64)
    top, bottom = q[1] - q[0], q[2] - q[3]
    ut, ub = top / max(np.linalg.norm(top), 1e-6), bottom / max(np.linalg.norm(bottom), 1e-6)
    corners = (q[0] - ut * left, q[1] + ut * right, q[2] + ub * right, q[3] - ub * left)
    return tuple((float(x), float(y)) for x, y in corners)  # type: ignore[return-value]


def with_line(image: np.ndarray, zone: Zone, side: int) -> Zone | None:
    """A 2-line zone cut again with room for a third line below it (`side` 1) or above it
    (-1): a TD1 card whose third line the search kept apart (a wider gap, a fold)."""
    gray = to_gray(image)
    scale = _crop_scale(zone)
    if gray is None or scale is None or len(zone.lines) != 2:
        return None
    q = np.array(zone.quad, dtype=np.float64)
    # two lines span about 1.6 line pitches top to bottom: grow by one pitch and a little
    step = ((q[3] - q[0]) + (q[2] - q[1])) / 2 * 0.7
    grown = (q[0], q[1], q[2] + step, q[3] + step) if side > 0 else (q[0] - step, q[1] - step, q[2], q[3])
    return _cut_again(gray, grown, scale, zone.angle, 3, exact=True)


def regrow(image: np.ndarray, zone: Zone, reach: float) -> Zone | None:
    """The zone's text block found again in a window `reach` pixels (of its line crops)
    longer at each end, and cut there: for a zone found over a small part of its lines (a
    dense pattern or a glare broke the band), whose missing length is too long to guess."""
    gray = to_gray(image)
    scale = _crop_scale(zone)
    if gray is None or scale is None:
        return None
    warped = _warp_band(gray, _stretched(zone.quad, reach / scale, reach / scale), scale)
    if warped is None:
        return None
    band, h = warped
    return _cut_text_block(gray, band, np.linalg.inv(h), BINARIZATIONS, scale, zone.angle, len(zone.lines),
                           exact=True)


def _crop_scale(zone: Zone) -> float | None:
    """Pixels of the zone's line crops per pixel of the image it was cut from."""
    if not zone.lines:
        return None
    q = np.array(zone.quad, dtype=np.float64)
    length = (np.linalg.norm(q[1] - q[0]) + np.linalg.norm(q[2] - q[3])) / 2
    crop_w = float(np.mean([line.image.shape[1] for line in zone.lines]))
    scale = (crop_w - 2 * MARGIN_X * CHAR_HEIGHT) / max(length, 1.0)
    return scale if scale > 0 else None


def _cut_again(gray: np.ndarray, corners: tuple, scale: float, angle: float, lines: int,
               exact: bool = False, first: str = "plain") -> Zone | None:
    """The zone at `corners` cut into its lines, found by the binarisation `first`, else by
    another (on a dense pattern only the textured or the dark one may find them)."""
    quad = tuple((float(x), float(y)) for x, y in corners)
    for way in (first, *(w for w in BINARIZATIONS if w != first)):
        zone = _cut(gray, quad, scale, angle, lines, way, exact=exact)  # type: ignore[arg-type]
        if zone is not None:
            return zone
    return None


# The ways a zone's band is binarised to find its lines, in the order tried (see _binarize).
BINARIZATIONS = ("plain", "textured", "dark")


def _rectify(gray: np.ndarray, cand: _Candidate) -> Zone | None:
    """The band cut upright from the full-resolution image, its perspective corrected
    from the lines themselves, split into line crops."""
    lines_guess = max(2, cand.line_count)
    char_h = cand.thickness / (lines_guess * 1.7)
    scale = CHAR_HEIGHT / max(char_h, 1.0)
    # Room across for a third line the search missed (a TD1 line welded to a rule).
    extra = 4 * char_h if cand.line_count == 2 else char_h
    length, thick = cand.length * 1.12 + 2 * char_h, cand.thickness * 1.2 + extra
    out = (max(64, round(length * scale)), max(32, round(thick * scale)))
    if out[0] * out[1] > 12_000_000:
        return None
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    patch, m = _upright(gray, cand.center, (length, thick), cand.angle, out, interp)
    inverse = np.vstack([cv2.invertAffineTransform(m), (0.0, 0.0, 1.0)])
    # A band the plain map found may still sit on a guilloche that, at full resolution,
    # welds its lines together: then the textured and the dark binarisations are tried too.
    ways = BINARIZATIONS[1:] if cand.textured else BINARIZATIONS
    return _cut_text_block(gray, patch, inverse, ways, scale, cand.angle, cand.line_count)


def _cut_text_block(gray: np.ndarray, patch: np.ndarray, inverse: np.ndarray, ways: tuple[str, ...],
                    scale: float, angle: float, lines: int, exact: bool = False) -> Zone | None:
    """The text block found in `patch` (a band turned upright; `inverse`, the 3×3 transform
    back to `gray`) by the first of `ways` that finds it, and cut from `gray` into its lines."""
    for way in ways:
        found = _text_quad(patch, lines, way)
        if found is None:
            continue
        back = np.hstack([np.array(found, dtype=np.float64), np.ones((4, 1))]) @ inverse.T
        zone = _cut_again(gray, tuple(back[:, :2] / back[:, 2:]), scale, angle, lines, exact=exact, first=way)
        if zone is not None:
            return zone
    return None


def _binarize(patch: np.ndarray, way: str = "plain") -> np.ndarray:
    """The text strokes of an upright patch at CHAR_HEIGHT scale, as 0/255, one of
    BINARIZATIONS: "plain"; "textured", the same local threshold over a dense background
    pattern as the search's; "dark", a second threshold among what the first kept, for a
    pattern contrasted enough to pass the first whole but still paler than the ink."""
    k = int(CHAR_HEIGHT * 0.9) | 1
    blackhat = cv2.morphologyEx(patch, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    otsu, ink = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    if otsu < 10:
        _, ink = cv2.threshold(blackhat, 10, 255, cv2.THRESH_BINARY)
    if way == "textured":
        ink &= _above_texture(blackhat, CHAR_HEIGHT)
    elif way == "dark" and (kept := blackhat[blackhat > otsu]).size:
        darker, _ = cv2.threshold(kept.reshape(-1, 1), 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        ink = np.where(blackhat > darker, 255, 0).astype(np.uint8)
    return _drop_specks(_drop_rules(ink, CHAR_HEIGHT), CHAR_HEIGHT)


def _drop_specks(ink: np.ndarray, char_h: float) -> np.ndarray:
    """Erase components lower than 0.4 character heights (every MRZ glyph, `<` included,
    is taller): background microtext and guilloche dots would stretch a line's ends."""
    return _erase_small(ink, 0.4 * char_h, (cv2.CC_STAT_HEIGHT,))


def _line_rows(ink: np.ndarray, expected: int = 0, exact: bool = False) -> list[tuple[int, int]]:
    """The 2 or 3 text lines of an upright band: rows by projection, a band that holds
    two lines touching split at its weakest row, stray rows (a stamp, the text above)
    dropped by keeping the lines of the most common height. `exact`: `expected` lines or none."""
    profile = ink.mean(axis=1) / 255.0
    smooth = np.convolve(profile, np.ones(5) / 5, mode="same")
    peak = float(smooth.max()) if smooth.size else 0.0
    if peak <= 0:
        return []
    bands = [b for b in _runs(smooth > 0.3 * peak) if b[1] - b[0] >= CHAR_HEIGHT * 0.4]
    split: list[tuple[int, int]] = []
    for s, e in bands:
        if e - s > 1.7 * CHAR_HEIGHT:
            inner = smooth[s + CHAR_HEIGHT // 2 : e - CHAR_HEIGHT // 2]
            if inner.size:
                cut = s + CHAR_HEIGHT // 2 + int(np.argmin(inner))
                split.extend([(s, cut), (cut, e)])
                continue
        split.append((s, e))
    good = [b for b in split if 0.5 * CHAR_HEIGHT <= b[1] - b[0] <= 1.8 * CHAR_HEIGHT]
    return _pick_lines(ink, good, expected, exact)


def _pick_lines(ink: np.ndarray, rows: list[tuple[int, int]], expected: int,
                exact: bool = False) -> list[tuple[int, int]]:
    """Among the text rows of a band, the 2 or 3 consecutive ones that are the MRZ: same
    start and end columns (every MRZ line has the same number of characters), evenly
    spaced; the line count the search saw is preferred when it fits as well."""
    if exact and len(rows) < expected:
        return []
    if len(rows) <= 2:
        return rows
    extents = []
    for s, e in rows:
        cols = np.flatnonzero(ink[s:e].max(axis=0) > 0)
        extents.append(_main_run(cols, gap=int(CHAR_HEIGHT * 1.5)) if cols.size else (0, 0))
    width = max(1, ink.shape[1])
    best: tuple[float, int, int] | None = None
    for count in (expected,) if exact else (3, 2):
        for first in range(len(rows) - count + 1):
            window = range(first, first + count)
            starts = [extents[i][0] for i in window]
            stops = [extents[i][1] for i in window]
            length = float(np.mean([b - a for a, b in zip(starts, stops, strict=True)])) / width
            # A few characters lost to glare at one end are forgiven.
            spread = max(0.0, max(starts) - min(starts) + max(stops) - min(stops) - 2.5 * CHAR_HEIGHT) / width
            gaps = [rows[i + 1][0] - rows[i][1] for i in list(window)[:-1]]
            uneven = (max(gaps) - min(gaps)) / CHAR_HEIGHT if len(gaps) > 1 else 0.0
            cost = spread * 4 + max(0.0, uneven - 0.3) * 0.5 - length + (0.0 if count == expected else 0.05)
            if best is None or cost < best[0]:
                best = (cost, first, count)
    assert best is not None
    return rows[best[1] : best[1] + best[2]]


def _text_quad(patch: np.ndarray, expected: int,
               way: str = "plain") -> tuple[tuple[float, float], ...] | None:
    """Corners of the text block in an upright band, from a straight line fitted on each
    text line's middle, so a band seen in perspective (lines converging) comes out as
    the right trapezium."""
    ink = _binarize(patch, way)
    rows = _line_rows(ink, expected)
    if not 2 <= len(rows) <= 3:
        return None
    fits = []
    for s, e in rows:
        strip = ink[s:e]
        cols = np.flatnonzero(strip.max(axis=0) > 0)
        if cols.size < 10:
            return None
        x0, x1 = _main_run(cols, gap=int(CHAR_HEIGHT * 1.5))
        ys, xs = np.nonzero(strip[:, x0 : x1 + 1])
        if xs.size < 20:
            return None
        slope, intercept = np.polyfit(xs + x0, ys + s, 1)
        half = (e - s) / 2
        fits.append((x0, x1, slope, intercept, half))
    x_left = min(f[0] for f in fits)
    x_right = max(f[1] for f in fits)
    top, bottom = fits[0], fits[-1]

    def y_at(fit: tuple[float, float, float, float, float], x: float, side: float) -> float:
        return fit[2] * x + fit[3] + side * fit[4] * 1.15

    pad = CHAR_HEIGHT * 0.1
    return (
        (x_left - pad, y_at(top, x_left, -1)),
        (x_right + pad, y_at(top, x_right, -1)),
        (x_right + pad, y_at(bottom, x_right, 1)),
        (x_left - pad, y_at(bottom, x_left, 1)),
    )


def _main_run(cols: np.ndarray, gap: int) -> tuple[int, int]:
    """The longest stretch of inked columns with no gap wider than `gap`."""
    breaks = np.flatnonzero(np.diff(cols) > gap)
    starts = np.concatenate(([0], breaks + 1))
    ends = np.concatenate((breaks, [cols.size - 1]))
    best = int(np.argmax(cols[ends] - cols[starts]))
    return int(cols[starts[best]]), int(cols[ends[best]])


def _cut(gray: np.ndarray, quad: Quad, scale: float, angle: float, expected: int,
         way: str = "plain", exact: bool = False) -> Zone | None:
    """Warp the zone's quad to an upright rectangle and cut one crop per line (`exact`:
    `expected` lines, or no zone)."""
    warped = _warp_band(gray, quad, scale)
    if warped is None:
        return None
    band, h = warped
    out_h, out_w = band.shape[:2]
    rows = _line_rows(_binarize(band, way), expected, exact)
    if not 2 <= len(rows) <= 3:
        return None
    inverse = np.linalg.inv(h)
    lines = []
    for s, e in rows:
        mid, half = (s + e) / 2, max(e - s, CHAR_HEIGHT) / 2 + MARGIN_Y * CHAR_HEIGHT
        top, bottom = max(0, round(mid - half)), min(out_h, round(mid + half))
        left, right = 0, out_w
        crop = np.ascontiguousarray(band[top:bottom, left:right])
        corners = np.array([[[left, top], [right, top], [right, bottom], [left, bottom]]], np.float32)
        back = cv2.perspectiveTransform(corners, inverse)[0]
        lines.append(LineCrop(image=crop, quad=tuple((float(x), float(y)) for x, y in back)))  # type: ignore[arg-type]
    return Zone(quad=quad, angle=float(angle), lines=tuple(lines))


def _warp_band(gray: np.ndarray, quad: Quad, scale: float) -> tuple[np.ndarray, np.ndarray] | None:
    """The quad warped upright at `scale`, with margins, contrast stretched; and the
    perspective transform that did it. None if too small to hold two lines."""
    src = np.array(quad, dtype=np.float32)
    width = (math.dist(quad[0], quad[1]) + math.dist(quad[3], quad[2])) / 2 * scale
    height = (math.dist(quad[0], quad[3]) + math.dist(quad[1], quad[2])) / 2 * scale
    mx, my = MARGIN_X * CHAR_HEIGHT, CHAR_HEIGHT * 0.8
    out_w, out_h = round(width + 2 * mx), round(height + 2 * my)
    if out_w < 64 or out_h < 2 * CHAR_HEIGHT:
        return None
    dst = np.array([[mx, my], [mx + width, my], [mx + width, my + height], [mx, my + height]], np.float32)
    h = cv2.getPerspectiveTransform(src, dst)
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    band = cv2.warpPerspective(gray, h, (out_w, out_h), flags=interp, borderMode=cv2.BORDER_REPLICATE)
    return _stretch(band), h


def _stretch(band: np.ndarray) -> np.ndarray:
    """Contrast stretched between the ink and the paper, so glare and dim light give the
    recogniser the same dark-on-light line."""
    lo, hi = np.percentile(band, (2, 98))
    if hi - lo < 8:
        return band
    return cv2.convertScaleAbs(band, alpha=255.0 / (hi - lo), beta=-255.0 * lo / (hi - lo))


def _turn(zone: Zone) -> Zone:
    """The same zone read the other way up."""
    q = zone.quad
    lines = tuple(
        LineCrop(image=np.ascontiguousarray(line.image[::-1, ::-1]),
                 quad=(line.quad[2], line.quad[3], line.quad[0], line.quad[1]))
        for line in reversed(zone.lines)
    )
    angle = ((zone.angle + 180.0 + 180.0) % 360.0) - 180.0
    return Zone(quad=(q[2], q[3], q[0], q[1]), angle=angle, lines=lines)


def _upright_score(zone: Zone) -> float:
    """Evidence that the zone reads this way up, from the `<` filler: in an upright line
    its point is on the left, so the middle rows of a line carry their ink further left
    than the top and bottom rows do, glyph by glyph. Positive = upright."""
    total = 0.0
    for line in zone.lines:
        img = line.image
        ink = _binarize(img) > 0
        h = ink.shape[0]
        n, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
        for i in range(1, n):
            x, y, w, hh, area = stats[i]
            if hh < CHAR_HEIGHT * 0.4 or hh > CHAR_HEIGHT * 1.4 or w < 3 or area < 10:
                continue
            glyph = labels[y : y + hh, x : x + w] == i
            third = max(1, hh // 3)
            cols = np.arange(w, dtype=np.float64)
            mid = glyph[third : hh - third]
            outer = np.vstack([glyph[:third], glyph[hh - third :]])
            if not mid.any() or not outer.any():
                continue
            mid_x = float((mid.sum(axis=0) * cols).sum() / mid.sum())
            outer_x = float((outer.sum(axis=0) * cols).sum() / outer.sum())
            total += (outer_x - mid_x) / w
        del h
    return total
