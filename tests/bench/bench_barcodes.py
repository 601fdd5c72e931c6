"""Barcode reading on the shared sample set (zxing-cpp's blackbox images, with truth):
decode rate and median / p95 ms per symbology for the kiosk's reader, with zxing-cpp
alone (one pass, its defaults) and pyzbar alone measured in the same run as baselines.

Run: .venv/bin/python tests/bench/bench_barcodes.py [--repeat N]
Images are decoded from file once, before timing; each reader's time per image is the
median of N runs (default 3). Prints a table and one JSON line.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from pyzbar import pyzbar

from kiosk.scanning.barcodes import read_codes
from kiosk.scanning.images import load_image

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "barcodes"
ZBAR_NAMES = {"QRCODE": "QRCode", "EAN13": "EAN13", "CODE128": "Code128", "PDF417": "PDF417"}


def kiosk_reader(image: np.ndarray) -> list[tuple[str, str]]:
    return [(c.format, c.text) for c in read_codes(image)]


def zxing_alone(image: np.ndarray) -> list[tuple[str, str]]:
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return [(b.format.name, b.text) for b in zxingcpp.read_barcodes(gray, text_mode=zxingcpp.TextMode.Plain)]


def zbar_alone(image: np.ndarray) -> list[tuple[str, str]]:
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return [(ZBAR_NAMES.get(s.type, s.type), s.data.decode("utf-8", "replace")) for s in pyzbar.decode(gray)]


def unescape(text: str) -> str:
    return text.encode("latin-1", "backslashreplace").decode("unicode_escape") if "\\" in text else text


def measure(reader: Callable[[np.ndarray], list[tuple[str, str]]], cases: list[tuple[str, str, np.ndarray]],
            repeat: int) -> dict[str, dict[str, float]]:
    by_format: dict[str, dict[str, list[float]]] = {}
    for fmt, expected, image in cases:
        times, found = [], []
        for _ in range(repeat):
            started = time.perf_counter()
            found = reader(image)
            times.append((time.perf_counter() - started) * 1000)
        entry = by_format.setdefault(fmt, {"hits": [], "ms": []})
        entry["hits"].append(float((fmt, expected) in found))
        entry["ms"].append(statistics.median(times))
    summary = {}
    for fmt, entry in sorted(by_format.items()):
        ms = sorted(entry["ms"])
        p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
        summary[fmt] = {"rate": sum(entry["hits"]) / len(entry["hits"]), "images": len(ms),
                        "median_ms": statistics.median(ms), "p95_ms": p95}
    return summary


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = list(csv.DictReader((SAMPLES / "truth.tsv").open(encoding="utf-8"), delimiter="\t"))
    cases = [(r["format"], unescape(r["expected_text_escaped"]), load_image(SAMPLES / r["filename"]))
             for r in rows]
    results = {name: measure(reader, cases, args.repeat) for name, reader in
               (("kiosk", kiosk_reader), ("zxing-cpp alone", zxing_alone), ("pyzbar alone", zbar_alone))}
    print(f"{len(cases)} images; rate / median ms / p95 ms per symbology")
    formats = sorted(results["kiosk"])
    print(f"{'reader':<16}" + "".join(f"{fmt:>26}" for fmt in formats))
    for name, summary in results.items():
        cells = "".join(f"{summary[f]['rate']:>10.0%} {summary[f]['median_ms']:>6.1f} "
                        f"{summary[f]['p95_ms']:>7.1f}ms" for f in formats)
        print(f"{name:<16}{cells}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
