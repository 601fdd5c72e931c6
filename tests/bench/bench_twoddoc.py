"""2D-Doc: parse + verify time per reference code (the ANTS specification's vectors, signed
by the test authority FR00), and end to end from the specimen images (load, DataMatrix
read, parse, verify). Median and p95 in ms.

Run: .venv/bin/python tests/bench/bench_twoddoc.py [--repeat N]
Prints a table and one JSON line.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.scanning.trust import TrustStore, spec_test_authority
from kiosk.scanning.twoddoc import parse_2ddoc, verify
from kiosk.scanning.twoddoc_cli import scan_2ddoc

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "2ddoc"


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"median_ms": round(statistics.median(ordered), 3),
            "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 3)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    trust = TrustStore(spec_test_authority())
    report: dict[str, object] = {}
    all_vectors: list[float] = []
    print(f"{'vector':<12} {'status':<8} {'median ms':>10} {'p95 ms':>8}")
    for path in sorted((SAMPLES / "spec_vectors").glob("*.txt")):
        text = path.read_text(encoding="ascii")
        status = verify(parse_2ddoc(text), trust)
        times = timed(lambda text=text: verify(parse_2ddoc(text), trust), args.repeat)  # type: ignore[misc]
        all_vectors += times
        report[path.stem] = {"status": status} | summary(times)
        print(f"{path.stem:<12} {status:<8} {summary(times)['median_ms']:>10} {summary(times)['p95_ms']:>8}")
    report["all_vectors"] = summary(all_vectors)
    images: list[float] = []
    data_dir = Path("/nonexistent-escale-bench")  # an empty trust store: only the test authority
    for path in sorted((SAMPLES / "images").glob("specimen__*")):
        try:
            status = str(scan_2ddoc(path, data_dir, trust_test_authority=True)["signature"])
        except ValueError as exc:
            status = f"error: {exc}"[:40]
        times = timed(lambda path=path: _scan_quiet(path, data_dir), max(3, args.repeat // 10))  # type: ignore[misc]
        images += times
        report[path.name] = {"status": status} | summary(times)
        row = summary(times)
        print(f"{path.name[:40]:<40} {status[:20]:<20} {row['median_ms']:>8} {row['p95_ms']:>8}")
    report["all_images"] = summary(images)
    print(f"vectors parse+verify: {report['all_vectors']}  images end to end: {report['all_images']}")
    print(json.dumps(report))


def _scan_quiet(path: Path, data_dir: Path) -> None:
    with contextlib.suppress(ValueError):  # the negative specimen: its time counts too
        scan_2ddoc(path, data_dir, trust_test_authority=True)


if __name__ == "__main__":
    main()
