"""Cross-frame voting for the live camera: names and other fields no check digit covers
are trusted only when successive frames read them the same.

Feed every frame's `MrzResult` (or None when nothing was read); `feed` returns a result
once `agree` of the last `window` valid reads are identical in format and every field.
With the defaults (2 of 2) that is two consecutive valid reads that agree, and a valid
read that disagrees starts the count again. Invalid frames carry no evidence and are
skipped, but more than `max_misses` of them in a row (the document left the view)
forget everything.

The agreed result is an `AgreedMrz`: an `MrzResult` that says how many frames agreed.
`names_to_check` is the names' safety net for a single read (a still photo or an imported
image): a name is given as certain only when the recogniser was sure of every character
of the name field (its confidence, the least sure character's probability, at least
`NAME_CONFIDENCE_FLOOR`) or when frames agreed on it; otherwise the prefill leaves it
empty with a NAME_TO_CHECK warning ("à vérifier", deposit/prefill.py)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from kiosk.scanning.mrz.parse import FIELD_NAMES, NAME_FIELDS, MrzResult

# Below this confidence a name read from one image is not prefilled. Measured on the shared
# samples (also blurred, noisy, downscaled, JPEG-compressed) and generated photos: of 1,226
# names read in valid MRZs, the one wrong (the French card blurred: BERTHIER read BERYMIER,
# two substitutions its global check digit let through) had 0.06; the floor holds back 17
# right ones (1.4 %: mostly letters the grammar forced, 0 read at 0.83 → O at 0.16).
NAME_CONFIDENCE_FLOOR = 0.5
NO_CONFIDENCE = 1e-6  # below this a name's confidence is nil (see correct._field_confidence)


@dataclass(frozen=True)
class AgreedMrz(MrzResult):
    """A result the live vote accepted: `frames` valid reads agreed on every field."""

    frames: int = 2


def names_to_check(result: MrzResult, floor: float = NAME_CONFIDENCE_FLOOR) -> tuple[str, ...]:
    """The name fields of `result` not to prefill as certain: read (not empty), from a
    single read (not an `AgreedMrz` of two frames or more), with a confidence below
    `floor` (a missing confidence counts as 0). The French card's global check digit is no
    exception: two substitutions in a name can keep it. Frames that agree certify a name
    unless every one of them read it with no confidence at all (on a line whose count of
    characters was in doubt: the same shift seen twice is no evidence)."""
    confidence = getattr(result, "confidence", None) or {}
    if getattr(result, "frames", 1) >= 2:
        floor = NO_CONFIDENCE
    return tuple(name for name in NAME_FIELDS
                 if result.fields.get(name) and confidence.get(name, 0.0) < floor)


def fields_to_check(result: MrzResult) -> tuple[str, ...]:
    """What a reader of `result` should not take as read with certainty: names_to_check,
    number_to_check, and the optional data and the document code when read with no confidence (another
    reading, as consistent, spells them otherwise: correct._result; for the code, one of
    the same kind of document), and a country code off ICAO's list (parse.unlisted_codes_kept)."""
    confidence = getattr(result, "confidence", None) or {}
    unsure = tuple(k for k in ("document_type", "optional_data", "issuing_state", "nationality")
                   if result.fields.get(k) and confidence.get(k, 0.0) < NO_CONFIDENCE)
    return (*names_to_check(result), *(("document_number",) if number_to_check(result) else ()), *unsure)


def number_to_check(result: MrzResult) -> bool:
    """Whether the document number was read with no confidence (in print too small to
    trust, reader.MIN_PITCH), so not to be prefilled as read, whatever frames agree on."""
    confidence = getattr(result, "confidence", None) or {}
    number = result.fields.get("document_number")
    return bool(number) and confidence.get("document_number", 1.0) < NO_CONFIDENCE


def _key(result: MrzResult) -> tuple[str | None, ...]:
    return (result.format, *(result.fields.get(k, "") for k in FIELD_NAMES))


class MrzVote:
    def __init__(self, agree: int = 2, window: int = 2, max_misses: int = 15) -> None:
        if not 1 <= agree <= window:
            raise ValueError("need 1 <= agree <= window")
        self.agree, self.window, self.max_misses = agree, window, max_misses
        self._recent: deque[tuple[tuple[str | None, ...], MrzResult]] = deque(maxlen=window)
        self._misses = 0

    def reset(self) -> None:
        self._recent.clear()
        self._misses = 0

    def feed(self, result: MrzResult | None) -> AgreedMrz | None:
        """The agreed result, or None while the frames have not agreed yet."""
        if result is None or not result.valid:
            self._misses += 1
            if self._misses > self.max_misses:
                self.reset()
            return None
        self._misses = 0
        key = _key(result)
        if self.window == self.agree and self._recent and self._recent[-1][0] != key:
            self._recent.clear()  # strict mode: a disagreement starts over
        self._recent.append((key, result))
        if sum(k == key for k, _ in self._recent) >= self.agree:
            return _merged(result, [r for k, r in self._recent if k == key])
        return None


def _merged(result: MrzResult, agreeing: list[MrzResult]) -> AgreedMrz:
    """The newest agreeing read, with each field's confidence the best the frames gave."""
    confidence = {k: max(r.confidence.get(k, 0.0) for r in agreeing) for k in result.confidence}
    return AgreedMrz(result.format, result.lines, result.fields, result.checks, confidence, result.problems,
                     result.ambiguous, result.truncated, result.corrections, result.extra, result.reason,
                     frames=len(agreeing))
