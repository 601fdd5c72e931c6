"""Cold start of `kiosk` to the first screen shown (offscreen), median of N runs.

Run: .venv/bin/python tests/bench/bench_startup.py [N]
Each run is a fresh process with an empty data directory; the kiosk quits as soon as
its first screen is shown. A bare `python -c "import PySide6.QtWidgets"` start is
measured in the same command as the baseline.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    kiosk, baseline = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as data:
            kiosk.append(timed([sys.executable, "-m", "kiosk", "--data-dir", data,
                                "--quit-when-shown"], env))
        baseline.append(timed([sys.executable, "-c",
                               "from PySide6.QtWidgets import QApplication; QApplication([])"], env))
    k, b = statistics.median(kiosk), statistics.median(baseline)
    print(f"kiosk cold start to first screen: median {k:.3f} s over {runs} "
          f"(min {min(kiosk):.3f}, max {max(kiosk):.3f})")
    print(f"baseline, bare QApplication: median {b:.3f} s; kiosk/baseline = {k / b:.2f}")


if __name__ == "__main__":
    main()
