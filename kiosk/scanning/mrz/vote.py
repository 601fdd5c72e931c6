"""Cross-frame voting for the live camera: names and other fields no check digit covers
are trusted only when successive frames read them the same.

Feed every frame's `MrzResult` (or None when nothing was read); `feed` returns a result
once `agree` of the last `window` valid reads are identical in format and every field.
With the defaults (2 of 2) that is two consecutive valid reads that agree, and a valid
read that disagrees starts the count again. Invalid frames carry no evidence and are
skipped, but more than `max_misses` of them in a row (the document left the view)
forget everything."""

from __future__ import annotations

from collections import deque

from kiosk.scanning.mrz.parse import FIELD_NAMES, MrzResult


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

    def feed(self, result: MrzResult | None) -> MrzResult | None:
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


def _merged(result: MrzResult, agreeing: list[MrzResult]) -> MrzResult:
    """The newest agreeing read, with each field's confidence the best the frames gave."""
    confidence = {k: max(r.confidence.get(k, 0.0) for r in agreeing) for k in result.confidence}
    return MrzResult(result.format, result.lines, result.fields, result.checks, confidence, result.problems,
                     result.ambiguous, result.truncated, result.corrections, result.extra, result.reason)
