"""Reading the MRZ of an image: locate → recognise → parse and correct, trying the other
way up and the next candidate zone until one reading passes every check digit.

Decisions:
- Only a reading whose every check holds (`MrzResult.valid`) is `found`. A zone that was
  located but never read consistently gives `found=False` with the reason and, in
  `result`, the best inconsistent reading, for logs and for the UI's "retry" message —
  never something to prefill from.
- Two documents in one picture: every candidate zone is read; if two of them give
  different valid MRZs, the answer is `found=False`, reason "several MRZ", with both in
  `others`: prefilling from the wrong one (a spouse's passport lying next to the
  applicant's) is worse than asking to show one document. Two sightings of the same MRZ
  count as one.
- The recogniser (ocr.py and its model) and the parser are imported lazily, so locating
  works, and says so, in a build without them.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from itertools import product
from typing import Any

import cv2
import numpy as np

from kiosk.scanning.mrz.locate import (
    CHAR_HEIGHT,
    MARGIN_X,
    char_pitch,
    expected_length,
    find_zone_hint,
    locate_zones,
    regrow,
    to_gray,
    widen,
    with_line,
)
from kiosk.scanning.mrz.types import LineCrop, LineReading, Quad, Zone, ZoneHint

# Below this sharpness (variance of the Laplacian of the zone at 10 px a character) a live
# frame is not worth a full read: motion blur; the UI asks to hold still.
MIN_SHARPNESS = 60.0
MAX_GLARE = 0.08  # share of saturated pixels in the zone above which a frame is skipped
MAX_PLACES = 3  # candidate zones read at most per image (each tried both ways up)
# Characters a line may come out short by and still be re-cut wider: half a 2×44 zone
# (one was found over 28 of its 44, up to where a card's wave pattern crossed its lines;
# a visa on a dense pattern over 23 of its 44, a glare over the rest). A re-cut's reading
# passes the same checks as the first; it only costs time on a zone not read anyway.
MAX_SHORT = 22
# Characters two lines must read each to be tried as part of a TD1 card (see _as_td1).
TD1_MIN_READ = 12
MAX_OVERRUN = 2  # characters a line may come out long by and still be trimmed (see _trimmed)
# ... and still be read again held to its format (_format_read): there the recogniser drops
# what it is least sure of (three `<` read on a dense pattern before a line's first letter).
HELD_OVERRUN = 3
# Framings of the line crops tried, in this order, when no reading held: 0.2 character
# heights more above and below, as much less, a 3×3 Gaussian blur. Measured on the
# benchmark's generated set (seed 2026, the first recogniser): of 33 unread zones with a
# valid truth, 9 read right this way and none wrong; one wrong reading seen since (seed 11)
# is why a retry's reading must also pass RETRY_SURE_FIELDS.
RETRY_VARIANTS = ("loose", "tight", "soft")
# A 2×36 zone cut again 8 characters longer that reads at least this long on both
# lines was a 2×44 one cut short (see _whole).
CONTINUED = 41
RETRY_SURENESS = 0.9  # mean character confidence below which a zone is not worth the retries
CHECKED = ("document_number", "birth_date", "expiry_date")
RETRY_SURE_FIELDS = 0.5  # least confidence of CHECKED a reading found by a retry must have

# Pixels from one character to the next under which a zone is too small to read: exact
# readings on the benchmark's generated photos (seed 2026) by the pitch of their zone:
# 5/12 at 6–8 px, 11/16 at 8–10, 25/30 at 10–12, 38/39 at 12–15. The live guide asks
# to come closer below it, and a still image not read there says so.
MIN_PITCH = 10.0

REASON_NOT_IMAGE = "not an image"
REASON_NO_ZONE = "no MRZ found"
REASON_NO_RECOGNISER = "MRZ recogniser unavailable"
REASON_UNREADABLE = "MRZ found but not read consistently (check digits fail)"
REASON_SEVERAL = "several MRZ"
REASON_TOO_SMALL = "MRZ too small to read: characters under 10 px apart"


@dataclass(frozen=True)
class MrzReading:
    """The answer for one image. `result` is a `kiosk.scanning.mrz.parse.MrzResult`."""

    found: bool
    reason: str = ""  # why not found
    result: Any = None  # the valid reading when found, else the best attempt (or None)
    quad: Quad | None = None  # the zone in the image's pixels, clockwise from its top-left
    angle: float = 0.0  # degrees the image was turned to read the zone upright
    timings: dict[str, float] = field(default_factory=dict)  # ms per stage
    others: tuple[Any, ...] = ()  # other valid MRZs in the picture (several documents)
    zones: int = 0  # candidate zones located

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"found": self.found, "ms": round(sum(self.timings.values()), 1)}
        if self.reason:
            out["reason"] = self.reason
        if self.result is not None and hasattr(self.result, "to_json"):
            out.update(self.result.to_json())
        return out


@dataclass(frozen=True)
class FrameReading:
    """The live loop's answer for one camera frame: the hint always, a read when the
    frame was good enough to try."""

    hint: ZoneHint | None
    reading: MrzReading | None = None
    ms: float = 0.0


def _recogniser() -> tuple[Any, Any] | None:
    """`(read_lines, correct)` or None when the recogniser or its model is missing."""
    try:
        from kiosk.scanning.mrz.correct import correct
        from kiosk.scanning.mrz.ocr import model_path, read_lines
    except ImportError:
        return None
    # The model and its card (alphabet, stride) land together; until both are there (a
    # training run writes one, then the other) the recogniser is not usable.
    if not model_path().exists() or not model_path().with_suffix(".json").exists():
        return None
    return read_lines, correct


def read_mrz(image: np.ndarray, hint: ZoneHint | None = None) -> MrzReading:
    """Read the MRZ of a still image (BGR, BGRA or grey numpy array, any size). `hint`,
    `find_zone_hint`'s answer on the same image, only speeds the search up."""
    timings: dict[str, float] = {}
    start = time.perf_counter()
    if to_gray(image) is None:
        return MrzReading(False, REASON_NOT_IMAGE, timings=timings)
    zones = locate_zones(image, max_zones=MAX_PLACES, hint=hint)
    timings["locate"] = (time.perf_counter() - start) * 1000
    if not zones:
        return MrzReading(False, REASON_NO_ZONE, timings=timings)
    stages = _recogniser()
    if stages is None:
        return MrzReading(False, REASON_NO_RECOGNISER, quad=zones[0].quad, angle=zones[0].angle,
                          timings=timings, zones=len(zones) // 2)
    read_lines, correct = stages
    timings["recognise"] = timings["correct"] = 0.0
    valid: list[tuple[Zone, Any]] = []
    best_invalid: tuple[int, Zone, Any] | None = None
    # locate_zones gives each place twice (both ways up), the likelier first.
    first_place: list[tuple[float, Zone, list[Any]]] = []
    for place in range(0, len(zones), 2):
        for zone in zones[place : place + 2]:
            result, plain = _read_zone(zone, read_lines, correct, timings)
            if result.valid:
                valid.append((zone, result))
                break
            if place == 0 and plain:
                first_place.append((_sureness(plain), zone, plain))
            passed = sum(bool(v) for v in getattr(result, "checks", {}).values())
            if result.format is not None and (best_invalid is None or passed > best_invalid[0]):
                best_invalid = (passed, zone, result)
    longer: tuple[Zone, Any] | None = None  # a second chance cut longer, already whole
    if not valid:
        # Second chances, on the best place only, the way up the recogniser was surer of
        # (the other reads noise); every reading passes the same checks as the first.
        sure, zone, plain = max(first_place, key=lambda f: f[0], default=(0.0, zones[0], []))
        lengths = [len(r.text) for r in plain]
        gaps, pitch = _shortfalls(lengths), _pitch(zone, lengths)
        if (not gaps or not gaps[0]) and sure >= RETRY_SURENESS:
            # Lines read a character or two too long: the same reading trimmed at its ends
            # (no new recognition, so first).
            start = time.perf_counter()
            trimmed = _trimmed(plain, correct)
            timings["correct"] += (time.perf_counter() - start) * 1000
            # The length the lines read as, when they read as a format, rules over the
            # zone's shape (a dense pattern through the lines misleads the shape): lines
            # that overran it are read again held to it (the first reading was held to the
            # shape's).
            shape, read_as = expected_length(zone), _format_read(lengths)
            if trimmed is None and read_as != shape:
                trimmed = _held_to_format(zone, plain, read_lines, correct, timings)
            if trimmed is not None:
                valid.append((zone, trimmed))
            # The same crops with more room above and below, then less, then softened:
            # the recogniser's reading of a blurred or tightly cut line shifts with its
            # framing. One reading each (with that length, if known), to keep a miss cheap.
            length = read_as or shape
            for variant in RETRY_VARIANTS if trimmed is None else ():
                result, _ = _read_zone(_reframed(zone, variant), read_lines, correct, timings, length,
                                       once=True)
                # Each framing is one more draw: a wrong reading passes a lone check digit
                # (a visa's document number) one time in ten. So a second chance must read
                # the fields the check digits guard without doubt.
                if result.valid and _least_sure_checked(result) >= RETRY_SURE_FIELDS:
                    valid.append((zone, result))
                    break
        if not valid:
            # The lines came out short of a format: the zone was cut short (pale or thin
            # end characters lost to the binarisation, a pattern or a glare across an end).
            # Or two lines of a TD1 card were found without the third.
            longer = _read_longer(image, zone, gaps, pitch, read_lines, correct, timings)
            two_short = len(lengths) == 2 and min(lengths) >= TD1_MIN_READ and max(lengths) <= 30
            if longer is None and two_short and sure >= RETRY_SURENESS:
                longer = _as_td1(image, zone, lengths, pitch, read_lines, correct, timings)
            if longer is None and _far_short(lengths) and sure >= RETRY_SURENESS:
                longer = _regrown(image, zone, pitch, read_lines, correct, timings)
    valid = [v for zone, result in valid if (v := _whole(image, zone, result, read_lines, correct, timings))]
    if longer is not None:  # already whole
        valid.append(longer)
    if not valid:
        zone, result = (zones[0], None) if best_invalid is None else best_invalid[1:]
        reason = REASON_TOO_SMALL if _too_small(first_place, zone) else REASON_UNREADABLE
        return MrzReading(False, reason, result, zone.quad, zone.angle, timings, zones=len(zones) // 2)
    distinct: list[tuple[Zone, Any]] = []
    for zone, result in valid:
        if all(tuple(result.lines) != tuple(other.lines) for _, other in distinct):
            distinct.append((zone, result))
    zone, result = distinct[0]
    if len(distinct) > 1:
        return MrzReading(False, REASON_SEVERAL, result, zone.quad, zone.angle, timings,
                          others=tuple(r for _, r in distinct[1:]), zones=len(zones) // 2)
    result = _pooled_if_held(zone, result, read_lines, correct, timings)
    return MrzReading(True, "", _unsure_if_small(zone, result, zones), zone.quad, zone.angle, timings,
                      zones=len(zones) // 2)


def _pooled_if_held(zone: Zone, result: Any, read_lines: Any, correct: Any, timings: dict[str, float]) -> Any:
    """A valid reading with fields held back (vote.fields_to_check: a name with a letter
    read with doubt, a visa's optional data a rival spells otherwise) read again pooled
    over the framings (_pooled). The pooled reading is taken if it holds, spells every
    field the first gave as certain as it did (what it held back may change) and holds
    back none of them (a framing that reads a name worse lowers its pooled confidence):
    its names are as sure as the framings agree (names_to_check applies to them as to any)."""
    from kiosk.scanning.mrz.parse import FIELD_NAMES  # lazily, as the recogniser (see _recogniser)
    from kiosk.scanning.mrz.vote import fields_to_check

    held = fields_to_check(result)
    if not held:
        return result
    again = _pooled(zone, len(result.lines[0]), read_lines, correct, timings)
    if again is None or not again.valid or again.format != result.format:
        return result
    same = all(again.fields[k] == result.fields[k] for k in FIELD_NAMES if k not in held)
    return again if same and set(fields_to_check(again)) <= set(held) else result


def _pooled(zone: Zone, length: int, read_lines: Any, correct: Any, timings: dict[str, float]) -> Any:
    """The zone read under its own framing and each of RETRY_VARIANTS, held to `length`,
    each line's readings pooled (ocr.pooled: alternatives averaged, so a letter one
    framing misreads and the others read right comes out right) and corrected; None when
    the lines cannot be pooled (fewer than two readings of a line kept the pitch)."""
    from kiosk.scanning.mrz.ocr import pooled

    framings = [zone, *(_reframed(zone, variant) for variant in RETRY_VARIANTS)]
    crops = [line.image for framed in framings for line in framed.lines]
    start = time.perf_counter()
    readings = read_lines(crops, [length] * len(crops))
    mid = time.perf_counter()
    count = len(zone.lines)
    lines = [pooled(readings[i::count]) for i in range(count)]
    again = correct(lines) if all(lines) else None
    timings["recognise"] += (mid - start) * 1000
    timings["correct"] += (time.perf_counter() - mid) * 1000
    return again


def _unsure_if_small(zone: Zone, result: Any, located: list[Zone]) -> Any:
    """The reading, its names, document number and document code given no confidence when
    its characters are under MIN_PITCH apart: there the recogniser can be sure and wrong (W
    read U at 0.99; a visa's number KQ read KG, G and Q weighing the same under its check
    digit, and its code VM read VR), and no check digit guards a name or the code (of which
    the kiosk takes only the first letter, the kind of document, which the format fixes).
    They are left for the applicant to check (vote.fields_to_check), even when frames agree
    on them: the live guide asks to come closer at that size anyway.
    A zone cut again wider spans more than its text: the pitch is also measured on the zone
    it was cut from (as located, it spans at most the text), and the smaller one counts."""
    source = min(located, key=lambda z: math.dist(_centre(z.quad), _centre(zone.quad)), default=zone)
    pitch = min(char_pitch(z.quad, len(result.lines), len(result.lines[0])) for z in (zone, source))
    if pitch >= MIN_PITCH:
        return result
    from kiosk.scanning.mrz.parse import NAME_FIELDS  # lazily, as the recogniser (see above)

    held = (*NAME_FIELDS, "document_number", "document_type")
    unsure = {name: 0.0 for name in held if name in result.confidence}
    return replace(result, confidence=dict(result.confidence) | unsure)


def _whole(image: np.ndarray, zone: Zone, result: Any, read_lines: Any, correct: Any,
           timings: dict[str, float]) -> tuple[Zone, Any] | None:
    """A valid 2×36 reading kept only if its lines end where the zone ends: a 2×44
    passport or visa whose ends faded is, cut at 36, a consistent 2×36 visa (the layouts
    agree up to there). The zone is cut again longer on the right; when the text goes on
    there, the longer zone is read instead, and if that does not hold, nothing is."""
    if len(result.lines) != 2 or len(result.lines[0]) != 36:
        return zone, result
    wide = _cut_again(timings, widen, image, zone, 0, (44 - 36) * _pitch(zone, [36, 36]))
    if wide is None:
        return zone, result
    longer, plain = _read_zone(wide, read_lines, correct, timings, None)
    if min((len(r.text) for r in plain), default=0) < CONTINUED:
        return zone, result
    return (wide, longer) if longer.valid else None


def _read_longer(image: np.ndarray, zone: Zone, gaps: list[int], pitch: float, read_lines: Any,
                 correct: Any, timings: dict[str, float]) -> tuple[Zone, Any] | None:
    """The zone cut longer for each of `gaps` (_shortfalls), nearest format first, and read:
    unconstrained only, the missing characters must be seen, not forced in (a 2×44 zone
    read 34 long, forced to 36, can pass as a 2×36 visa); cut wider at both ends, a line may
    take in a fleck beyond its end: trimmed, or read again held to the format it reads as
    (then only characters are dropped). A 2×36 reading whose text goes on is no answer (the
    next gap may be one). The first whole reading that holds, or None."""
    for gap in gaps:
        for wide in _cut_longer(image, zone, gap, pitch, timings) if gap else ():
            if whole := _read_cut(image, wide, read_lines, correct, timings):
                return whole
    return None


def _regrown(image: np.ndarray, zone: Zone, pitch: float, read_lines: Any, correct: Any,
             timings: dict[str, float]) -> tuple[Zone, Any] | None:
    """A zone found over less than the shortest format its line count allows (12 of 36:
    a dense pattern broke the band where a line holds only fillers), its text block found
    again as far as a passport line may reach each way (locate.regrow) and read as
    _read_longer reads its cuts."""
    grown = _cut_again(timings, regrow, image, zone, 44 * pitch)
    return None if grown is None else _read_cut(image, grown, read_lines, correct, timings)


def _read_cut(image: np.ndarray, zone: Zone, read_lines: Any, correct: Any,
              timings: dict[str, float]) -> tuple[Zone, Any] | None:
    """A zone cut again longer, read unconstrained; if that does not hold, trimmed or held
    to the format it reads as; kept only whole (_whole)."""
    result, plain = _read_zone(zone, read_lines, correct, timings, None)
    if not result.valid:
        result = (_trimmed(plain, correct) or _held_to_format(zone, plain, read_lines, correct, timings)
                  or result)
    return _whole(image, zone, result, read_lines, correct, timings) if result.valid else None


def _held_to_format(zone: Zone, plain: list[Any], read_lines: Any, correct: Any,
                    timings: dict[str, float]) -> Any | None:
    """The zone read again held to the format its lines read as, when some came out a
    character or two long (a doubled filler, a fleck at an end) and trimming them did not
    settle which: the recogniser drops what it is least sure of; nothing is forced in. Kept
    only reading the checked fields without doubt, else None."""
    lengths = [len(r.text) for r in plain]
    target = _format_read(lengths)
    if target is None or max(lengths) == target:
        return None
    result, _ = _read_zone(zone, read_lines, correct, timings, target, once=True)
    return result if result.valid and _least_sure_checked(result) >= RETRY_SURE_FIELDS else None


def _format_read(lengths: list[int]) -> int | None:
    """The format (line length) lines read this long stand for: the longest the line count
    allows that every line reaches, none over it by more than HELD_OVERRUN; else None."""
    fits = [n for n in _formats(len(lengths)) if n <= min(lengths) and max(lengths) <= n + HELD_OVERRUN]
    return fits[-1] if fits else None


def _as_td1(image: np.ndarray, zone: Zone, lengths: list[int], pitch: float, read_lines: Any,
            correct: Any, timings: dict[str, float]) -> tuple[Zone, Any] | None:
    """Two lines of at most 30 read as the last two (or first two) lines of a TD1 card, its
    other line kept apart by the search (a wider gap, a fold, a glare): the zone cut again
    to 30 characters if it was found shorter (_cut_longer), then with room for a third line
    below, then above. The cut must hold exactly three lines, and the reading must read
    the checked fields as surely as any second chance. None if none holds."""
    gap = 30 - min(lengths)
    for base in _cut_longer(image, zone, gap, pitch, timings) if gap else (zone,):
        for side in (1, -1):
            grown = _cut_again(timings, with_line, image, base, side)
            if grown is None:
                continue
            result, plain = _read_zone(grown, read_lines, correct, timings, 30)
            if not result.valid:
                result = _trimmed(plain, correct) or result
            if result.valid and _least_sure_checked(result) >= RETRY_SURE_FIELDS:
                return grown, result
    return None


def _cut_longer(image: np.ndarray, zone: Zone, gap: int, pitch: float,
                timings: dict[str, float]) -> Iterator[Zone]:
    """The zone cut again longer for `gap` characters missing, at both ends, then at the
    end, then at the start, each time by a character more than missing and one per six
    missing (the pitch is measured on the part found; an error on it grows with the
    stretch). Lazily: a caller stops at the first cut that reads."""
    room = gap + 1 + gap // 6
    for left, right in ((room, room), (0, room), (room, 0)):
        wide = _cut_again(timings, widen, image, zone, left * pitch, right * pitch)
        if wide is not None:
            yield wide


def _cut_again(timings: dict[str, float], cut: Callable[..., Zone | None], *args: Any) -> Zone | None:
    """A zone cut again (locate.widen, locate.with_line), its time counted as locating."""
    start = time.perf_counter()
    zone = cut(*args)
    timings["locate"] += (time.perf_counter() - start) * 1000
    return zone


def _read_zone(zone: Zone, read_lines: Any, correct: Any, timings: dict[str, float],
               length: int | None = -1, once: bool = False) -> tuple[Any, list[Any]]:
    """Recognise and correct one zone one way up; also the unconstrained reading's lines
    (when it was made). The line length the zone's shape tells
    goes to the recogniser (it repairs dropped or doubled fillers); if that reading does
    not hold, the unconstrained one is tried, in case the shape misled. `length`: the
    line length to use instead of the shape's (None: unknown); `once`: only the first
    of the two readings."""
    crops = [line.image for line in zone.lines]
    if length == -1:  # not given: from the zone's shape
        length = expected_length(zone)
    result = None
    plain: list[Any] = []
    for constraint in ([length] * len(crops), None) if length else (None,):
        t0 = time.perf_counter()
        readings = read_lines(crops, constraint)
        t1 = time.perf_counter()
        result = correct(readings)
        timings["recognise"] += (t1 - t0) * 1000
        timings["correct"] += (time.perf_counter() - t1) * 1000
        if constraint is None:
            plain = readings
        if result.valid or once:
            break
    return result, plain


def _reframed(zone: Zone, variant: str) -> Zone:
    """The zone's line crops framed otherwise (see RETRY_VARIANTS), quads unchanged."""
    lines = []
    for line in zone.lines:
        img = line.image
        pad = max(1, round(CHAR_HEIGHT * 0.2))
        if variant == "loose":
            img = cv2.copyMakeBorder(img, pad, pad, 0, 0, cv2.BORDER_REPLICATE)
        elif variant == "tight" and img.shape[0] > 2 * pad + CHAR_HEIGHT:
            img = img[pad:-pad]
        elif variant == "soft":
            img = cv2.GaussianBlur(img, (3, 3), 0)
        lines.append(LineCrop(np.ascontiguousarray(img), line.quad))
    return Zone(zone.quad, zone.angle, tuple(lines))


def _least_sure_checked(result: Any) -> float:
    """The least confidence among the fields check digits guard that the zone holds."""
    return min((result.confidence.get(k, 0.0) for k in CHECKED if result.fields.get(k)), default=1.0)


def _centre(quad: Quad) -> tuple[float, float]:
    return (sum(p[0] for p in quad) / 4, sum(p[1] for p in quad) / 4)


def _too_small(first_place: list[tuple[float, Zone, list[Any]]], zone: Zone) -> bool:
    """Whether the characters of the zone not read are under MIN_PITCH apart: measured as
    the zone's length over the characters the recogniser counted on it, the way up it was
    surer of (a zone found over part of its lines holds fewer); else over the count its
    shape tells."""
    if first_place:
        _, zone, plain = max(first_place, key=lambda f: f[0])
        counted = max((len(r.text) for r in plain), default=0)
        if counted >= 10:
            return char_pitch(zone.quad, len(zone.lines), counted) < MIN_PITCH
    return char_pitch(zone.quad, len(zone.lines), expected_length(zone)) < MIN_PITCH


def _trimmed(plain: list[Any], correct: Any) -> Any | None:
    """The reading of lines that came out one or two characters longer than their format
    (a fleck of a security pattern, or the card's edge, read as a character at an end),
    with the extra characters dropped — at the left end, the right one or both. Kept only
    if a single way of trimming holds, reading the checked fields without doubt; names on
    a trimmed line are held back (its count was in doubt)."""
    lengths = [len(r.text) for r in plain]
    target = max((n for n in _formats(len(lengths)) if n <= min(lengths, default=0)), default=0)
    if not target or max(lengths) == target or max(lengths) > target + MAX_OVERRUN:
        return None
    ways = [[(0, 0)] if n == target else
            sorted({(n - target, 0), (0, n - target), ((n - target) // 2, (n - target + 1) // 2)})
            for n in lengths]
    found: dict[tuple[str, ...], Any] = {}
    for cuts in product(*ways):
        lines = [_cut_reading(r, left, right) for r, (left, right) in zip(plain, cuts, strict=True)]
        result = correct(lines)
        if result.valid and _least_sure_checked(result) >= RETRY_SURE_FIELDS:
            found.setdefault(tuple(result.lines), result)
    return next(iter(found.values())) if len(found) == 1 else None


def _cut_reading(reading: Any, left: int, right: int) -> Any:
    """A line reading without its first `left` and last `right` characters."""
    if not left and not right:
        return reading
    end = len(reading.text) - right
    return LineReading(reading.text[left:end], reading.candidates[left:end], miscounted=True)


def _shortfalls(lengths: list[int]) -> list[int]:
    """Characters the shortest line lacks to each format the line count allows (3 lines:
    30; 2 lines: 36, 44) that is at least as long as the longest line, nearest first: 0
    for a line already that long, those over MAX_SHORT left out."""
    if len(lengths) not in (2, 3) or min(lengths) < 20:
        return []
    gaps = [n - min(lengths) for n in _formats(len(lengths)) if n >= max(lengths)]
    return [gap for gap in gaps if gap <= MAX_SHORT]


def _far_short(lengths: list[int]) -> bool:
    """Lines read at least TD1_MIN_READ long but short of the shortest format their count
    allows (36 for 2 lines, 30 for 3), by more than the fixed re-cuts reach (_shortfalls)."""
    formats = _formats(len(lengths))
    return bool(formats) and TD1_MIN_READ <= min(lengths) < formats[0] and not any(_shortfalls(lengths))


def _formats(line_count: int) -> tuple[int, ...]:
    """The line lengths a zone of `line_count` lines may have, shortest first."""
    return (30,) if line_count == 3 else (36, 44) if line_count == 2 else ()


def _sureness(readings: list[Any]) -> float:
    """Mean confidence of the characters read (noise read the wrong way up scores low)."""
    values = [c for r in readings for c in r.confidences]
    return float(np.mean(values)) if values else 0.0


def _pitch(zone: Zone, lengths: list[int]) -> float:
    """Character pitch, in pixels of the zone's line crops, of a line read `max(lengths)` long."""
    text_w = np.mean([line.image.shape[1] for line in zone.lines]) - 2 * MARGIN_X * CHAR_HEIGHT
    return float(text_w) / max(1, max(lengths))


def read_frame(frame: np.ndarray, min_sharpness: float = MIN_SHARPNESS) -> FrameReading:
    """The live loop's step: the fast hint, then a full read only when the zone is there,
    sharp and free of glare (so a blurred frame costs milliseconds, not a read)."""
    start = time.perf_counter()
    hint = find_zone_hint(frame)
    if hint is None or hint.sharpness < min_sharpness or hint.glare > MAX_GLARE:
        return FrameReading(hint, None, (time.perf_counter() - start) * 1000)
    reading = read_mrz(frame, hint)
    return FrameReading(hint, reading, (time.perf_counter() - start) * 1000)
