"""MRZ line recogniser: accuracy on the held-out real line crops (../shared/samples/mrz-lines,
whole source photos never seen in training) and on generated OCR-B lines, and time per line.

Run: .venv/bin/python tests/bench/bench_mrz_ocr.py [--generated N] [--timing N]

Accuracy is given with plain best-path decoding and with the line length known (as the reader
knows it: 30, 36 or 44), on whole lines (30/36/44 characters) of the real set, and on generated
lines at medium (0.6) and full (1.0) damage. Time: read_line per line, and read_lines on the 2–3
lines of a zone in one call (per line), images decoded before timing, on this machine's cores.
Prints a summary and one JSON line.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import os
import statistics
import sys
import time
from pathlib import Path

import cv2
import numpy as np

from kiosk.scanning.mrz import ocr, synth

REPO = Path(__file__).resolve().parents[2]


@functools.cache  # loaded once: tools/ is not a package
def _realdata():
    spec = importlib.util.spec_from_file_location("mrz_realdata", REPO / "tools" / "mrz" / "realdata.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def accuracy(samples: list[tuple[np.ndarray, str]], constrained: bool) -> dict:
    readings = ocr.read_lines([s[0] for s in samples], [len(s[1]) if constrained else None for s in samples])
    exact = sum(r.text == t for r, (_, t) in zip(readings, samples, strict=True))
    errors = sum(_realdata().edit_distance(r.text, t) for r, (_, t) in zip(readings, samples, strict=True))
    chars = sum(len(t) for _, t in samples)
    # calibration: mean top-1 probability versus how often the top-1 is right (same-length reads)
    conf, right = [], []
    for r, (_, t) in zip(readings, samples, strict=True):
        if len(r.text) == len(t):
            conf += list(r.confidences)
            right += [a == b for a, b in zip(r.text, t, strict=True)]
            # is the truth among the alternatives where top-1 is wrong?
    in_top3 = [
        any(c == b for c, _ in cands)
        for r, (_, t) in zip(readings, samples, strict=True) if len(r.text) == len(t)
        for cands, a, b in zip(r.candidates, r.text, t, strict=True) if a != b
    ]
    return {
        "lines": len(samples),
        "line_exact": round(exact / len(samples), 4),
        "char_accuracy": round(1 - errors / chars, 5),
        "mean_confidence": round(float(np.mean(conf)), 4) if conf else None,
        "top1_right": round(float(np.mean(right)), 5) if right else None,
        "wrong_chars_with_truth_in_top3": f"{sum(in_top3)}/{len(in_top3)}",
    }


def timings(crops: list[tuple[np.ndarray, str]], zones: list[list[tuple[np.ndarray, str]]]) -> dict:
    ocr.read_line(crops[0][0])  # load the model
    single = []
    for crop, text in crops:
        t0 = time.perf_counter()
        ocr.read_line(crop, len(text))
        single.append((time.perf_counter() - t0) * 1000)
    batched, per_zone = [], []
    for zone in zones:
        t0 = time.perf_counter()
        ocr.read_lines([c for c, _ in zone], [len(t) for _, t in zone])
        ms = (time.perf_counter() - t0) * 1000
        per_zone.append(ms)
        batched += [ms / len(zone)] * len(zone)

    def stats(xs: list[float]) -> dict:
        return {"median": round(statistics.median(xs), 2), "p95": round(float(np.percentile(xs, 95)), 2)}

    return {"single_ms_per_line": stats(single), "batched_ms_per_line": stats(batched),
            "batched_ms_per_zone": stats(per_zone)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--generated", type=int, default=400, help="generated lines per damage level")
    ap.add_argument("--timing", type=int, default=200, help="lines to time")
    args = ap.parse_args()

    card = json.loads(ocr.model_path().with_suffix(".json").read_text())
    result: dict = {"cores": os.cpu_count(), "model": card.get("training", {}).get("command")}
    realdata = _realdata()
    real: list[tuple[np.ndarray, str]] = []
    if (realdata.DEFAULT_ROOT / "index.tsv").exists():
        _, held = realdata.load_split()
        real = [(cv2.imread(str(x.path), cv2.IMREAD_GRAYSCALE), x.text) for x in held if x.standard]
        result["real_best_path"] = accuracy(real, False)
        result["real_length_known"] = accuracy(real, True)
    if synth.ocrb_font_path() is not None:
        for strength in (0.6, 1.0):
            rng = np.random.default_rng(int(strength * 1000))
            gen = [synth.synth_line(rng, strength=strength) for _ in range(args.generated)]
            result[f"generated_{strength}_best_path"] = accuracy(gen, False)
            result[f"generated_{strength}_length_known"] = accuracy(gen, True)
    pool = real or [synth.synth_line(np.random.default_rng(0))]
    crops = [pool[i % len(pool)] for i in range(args.timing)]
    # a zone's lines have one length: group crops of similar widths, 3 or 2 to a zone
    by_width = sorted(crops, key=lambda c: c[0].shape[1] / c[0].shape[0])
    zones, i = [], 0
    while i < len(by_width):
        n = 3 if len(zones) % 2 else 2
        zones.append(by_width[i:i + n])
        i += n
    result["timing"] = timings(crops, zones)

    for key, value in result.items():
        print(f"{key:32} {value}")
    print(json.dumps({"bench": "mrz_ocr", **result}))


if __name__ == "__main__":
    main()
