"""Recognise one MRZ text line: a small convolutional CTC model (resources/models/mrz_ocr.onnx,
trained by tools/mrz/train_ocr.py on real crops and generated OCR-B lines) run with OpenCV's dnn.

The model maps a line crop normalised to 32 px high to one class distribution (blank + 37 MRZ
characters) per 4-pixel column. Decoding is CTC best path; when the caller knows the line length
(30, 36 or 44) and the best path has another count, the best path with exactly that count is taken
instead (a Viterbi over "characters emitted so far"), which fixes dropped or doubled fillers.
Each read character keeps the top classes at its strongest frame, temperature-calibrated, as
alternatives for the check-digit corrector.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from kiosk.paths import resources_dir
from kiosk.scanning.mrz.types import MRZ_ALPHABET, LineReading

INPUT_HEIGHT = 32
MIN_WIDTH = 16
MAX_WIDTH = 2048  # a 44-character line is ~750 px at 32 px high; wider means a loose crop
TOP_K = 3
MODEL_NAME = "mrz_ocr"
MAX_BATCH = 8  # lines per forward pass: a zone's 2–3 in one, a caller's thousand in bounded memory
EMPTY = LineReading("", ())


def preprocess(crop: np.ndarray) -> np.ndarray:
    """A crop (grey, BGR or BGRA, any size) → float32 (32, W) of ink strength: 0 paper, 1 ink.

    Raises ValueError for what cannot be a line: not 2-D/3-D, empty, or under 4 px high."""
    img = np.asarray(crop)
    if img.ndim == 3 and img.shape[2] in (3, 4):
        img = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY if img.shape[2] == 3 else cv2.COLOR_BGRA2GRAY)
    elif img.ndim == 3 and img.shape[2] == 1:
        img = img[:, :, 0]
    if img.ndim != 2:
        raise ValueError(f"a line crop is a 2-D grey or 3-D colour image, not shape {img.shape}")
    if img.shape[0] < 4 or img.shape[1] < 4:
        raise ValueError(f"line crop too small: {img.shape}")
    if img.dtype != np.uint8:
        img = cv2.normalize(img.astype(np.float32), None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    h, w = img.shape
    width = int(np.clip(round(w * INPUT_HEIGHT / h), MIN_WIDTH, MAX_WIDTH))
    interp = cv2.INTER_AREA if h > INPUT_HEIGHT else cv2.INTER_CUBIC
    small = cv2.resize(img, (width, INPUT_HEIGHT), interpolation=interp).astype(np.float32)
    lo, mid, hi = np.percentile(small, (2, 50, 98))
    if hi - lo < 1:
        return np.zeros_like(small)
    ink = (hi - small) / (hi - lo)
    if mid - lo < hi - mid:  # the paper (most pixels) is dark: light text on dark, turn it round
        ink = 1 - ink
    return np.clip(ink, 0, 1)


@dataclass
class _Model:
    net: cv2.dnn.Net
    stride: int
    temperature: float
    lock: threading.Lock


_model: _Model | None = None
_model_lock = threading.Lock()


def model_path() -> Path:
    return resources_dir() / "models" / f"{MODEL_NAME}.onnx"


def _load() -> _Model:
    global _model
    with _model_lock:
        if _model is None:
            card = json.loads(model_path().with_suffix(".json").read_text())
            if card["alphabet"] != MRZ_ALPHABET or card["blank"] != 0:
                raise RuntimeError("mrz_ocr model card does not match the MRZ alphabet")
            net = cv2.dnn.readNetFromONNX(str(model_path()))
            _model = _Model(net, int(card["stride"]), float(card.get("temperature", 1.0)), threading.Lock())
        return _model


def _forward(inks: list[np.ndarray]) -> tuple[list[np.ndarray], float]:
    """Per-line log-softmax (T, 38) (blank first) for a batch of preprocessed lines."""
    model = _load()
    width = max(i.shape[1] for i in inks)
    width += -width % model.stride
    batch = np.zeros((len(inks), 1, INPUT_HEIGHT, width), np.float32)
    for k, ink in enumerate(inks):
        batch[k, 0, :, : ink.shape[1]] = ink
    with model.lock:  # a cv2.dnn.Net is not safe to run from two threads at once
        model.net.setInput(batch)
        out = model.net.forward()  # (N, 38, 1, T) logits
    logits = out[:, :, 0, :].transpose(0, 2, 1).astype(np.float64)
    results = []
    for k, ink in enumerate(inks):
        z = logits[k, : max(1, ink.shape[1] // model.stride)]
        results.append(z)
    return results, model.temperature


def _log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def _greedy_path(lp: np.ndarray) -> np.ndarray:
    return lp.argmax(axis=1)


def _constrained_path(lp: np.ndarray, n: int) -> np.ndarray | None:
    """The most probable frame labelling whose CTC collapse has exactly n characters, or None
    when there are too few frames. Each frame is either blank or its best character, which keeps
    the Viterbi to 2 × (n + 1) states (characters emitted so far, in blank | in character); the
    length errors it repairs are blank-versus-character decisions (a lost blank between two `<`,
    a character read twice)."""
    t_len = lp.shape[0]
    if n <= 0 or t_len < n:
        return None
    neg = -1e18
    best = lp[:, 1:].argmax(axis=1)
    lp_char = lp[np.arange(t_len), best + 1]
    lp_blank = lp[:, 0]
    blank = np.full(n + 1, neg)
    char = np.full(n + 1, neg)
    blank[0], char[1] = lp_blank[0], lp_char[0]
    from_char = np.zeros((t_len, n + 1), bool)  # blank state came from a character state
    how = np.zeros((t_len, n + 1), np.int8)  # char state: 0 continued, 1 after blank, 2 after another char
    for t in range(1, t_len):
        fc = char > blank
        new_blank = np.where(fc, char, blank) + lp_blank[t]
        new_char = np.full(n + 1, neg)
        stay = char if best[t] == best[t - 1] else np.full(n + 1, neg)
        after_other = np.full(n, neg) if best[t] == best[t - 1] else char[:-1]
        options = np.stack([stay[1:], blank[:-1], after_other])
        pick = options.argmax(axis=0)
        new_char[1:] = options[pick, np.arange(n)] + lp_char[t]
        from_char[t], how[t, 1:] = fc, pick
        blank, char = new_blank, new_char
    if max(blank[n], char[n]) <= neg / 2:
        return None
    path = np.zeros(t_len, np.int64)
    k, in_char = n, bool(char[n] > blank[n])
    for t in range(t_len - 1, -1, -1):
        path[t] = best[t] + 1 if in_char else 0
        if in_char:
            step = how[t, k]
            if step != 0:
                k -= 1
            in_char = step != 1
        else:
            in_char = bool(from_char[t, k])
    return path


def _decode(logits: np.ndarray, temperature: float, expected_length: int | None) -> LineReading:
    lp = _log_softmax(logits)
    path = _greedy_path(lp)
    segments = _segments(path)
    forced = False
    if expected_length and len(segments) != expected_length:
        constrained = _constrained_path(lp, expected_length)
        if constrained is not None:
            path, forced = constrained, True
            segments = _segments(path)
    # Alternatives: the temperature-calibrated classes at the character's strongest frame. The
    # blank keeps its share, so a character the length constraint forced where the model saw
    # none comes out doubtful (probabilities then sum to less than 1).
    char_probs = np.exp(_log_softmax(logits / temperature))[:, 1:]
    candidates, peaks = [], []
    for start, end, cls in segments:
        peak = start + int(char_probs[start:end, cls - 1].argmax())
        peaks.append(peak)
        p = char_probs[peak]
        order = np.argsort(-p, kind="stable")[:TOP_K]
        kept = [i for i in order if p[i] >= 1e-4 or i == order[0]]
        candidates.append(tuple((MRZ_ALPHABET[i], float(p[i])) for i in kept))
    # the text is each position's first candidate (the path's character but for exact ties)
    miscounted = forced or not evenly_spaced(peaks)
    return LineReading("".join(c[0][0] for c in candidates), tuple(candidates), miscounted)


def pooled(readings: Sequence[LineReading]) -> LineReading | None:
    """One reading of a line from several readings of it (framed otherwise) that each kept
    the pitch and were not held to a count they did not see (not `miscounted`): each
    position's alternatives averaged over them, so a letter one framing misreads and the
    others read right comes out right, and surer the more they agree. None unless at least
    two such readings are there, all of the same length."""
    kept = [r for r in readings if not r.miscounted and r.text]
    if len(kept) < 2 or len({len(r.text) for r in kept}) != 1:
        return None
    candidates = []
    for pos in range(len(kept[0].text)):
        total: defaultdict[str, float] = defaultdict(float)
        for reading in kept:
            for char, p in reading.candidates[pos]:
                total[char] += p / len(kept)
        best = sorted(total.items(), key=lambda item: -item[1])[:TOP_K]
        candidates.append(tuple(best))
    return LineReading("".join(c[0][0] for c in candidates), tuple(candidates))


def evenly_spaced(peaks: list[int]) -> bool:
    """Whether characters centred at these frames keep the MRZ's fixed pitch. OCR-B is
    monospaced, so two characters read less than half a pitch apart are one read twice
    (or a stain), and a gap of over 1.6 pitches is one lost. Measured on generated photos
    (seed 7; the first recogniser, 217 lines read right: gaps between 0.67 and 1.25 of the
    median; the retrained one, 231 lines: 0.67 to 1.33); lines read with a character too
    many or too few mostly below 0.34 or above 1.8."""
    if len(peaks) < 10:
        return True
    gaps = np.diff(np.asarray(peaks, float))
    pitch = float(np.median(gaps))
    return pitch > 0 and gaps.min() >= 0.5 * pitch and gaps.max() <= 1.6 * pitch


def _segments(path: np.ndarray) -> list[tuple[int, int, int]]:
    """(start, end, class) of each emitted character of a frame labelling (blank = 0)."""
    out = []
    prev = 0
    for t, cls in enumerate(path.tolist()):
        if cls != 0 and cls != prev:
            out.append([t, t + 1, cls])
        elif cls != 0:
            out[-1][1] = t + 1
        prev = cls
    return [tuple(s) for s in out]  # type: ignore[misc]


def read_lines(crops: list[np.ndarray],
               expected_lengths: list[int | None] | None = None) -> list[LineReading]:
    """Read several line crops (the 2–3 lines of a zone) in one forward pass. A crop that cannot
    be a line (empty, a few pixels high, flat) reads as empty text."""
    if expected_lengths is None:
        expected_lengths = [None] * len(crops)
    if len(expected_lengths) != len(crops):
        raise ValueError("expected_lengths must match crops")
    inks: list[np.ndarray | None] = []
    for crop in crops:
        try:
            ink = preprocess(crop)
        except ValueError:
            ink = None
        inks.append(ink if ink is not None and ink.max() > 0 else None)
    valid = [i for i in inks if i is not None]
    if not valid:
        return [EMPTY] * len(crops)
    logits: list[np.ndarray] = []
    temperature = 1.0
    for start in range(0, len(valid), MAX_BATCH):
        part, temperature = _forward(valid[start:start + MAX_BATCH])
        logits += part
    it = iter(logits)
    return [EMPTY if ink is None else _decode(next(it), temperature, n)
            for ink, n in zip(inks, expected_lengths, strict=True)]


def read_line(crop: np.ndarray, expected_length: int | None = None) -> LineReading:
    """Read one upright line crop (dark text on light preferred; light on dark is turned round)."""
    return read_lines([crop], [expected_length])[0]
