"""Page capture figures: sheet detection + warp + PDF compression per page on a generated
12-megapixel photo (median / p95), the PDFs' sizes, and one PDF rendered to PNG to look at.

    .venv/bin/python tests/bench/bench_pages.py [--out DIR] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support.page_photos import photo, text_page

from kiosk.scanning import page as P
from kiosk.scanning.pdf_pages import build_pdf


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("/tmp/bench_pages"))
    parser.add_argument("--runs", type=int, default=12)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    shots = [photo(text_page(300, seed=i, colour=i == 1), size=(4000, 3000), seed=i) for i in range(3)]
    detect, warp, compress, total = [], [], [], []
    pages = []
    for run in range(args.runs):
        shot = shots[run % len(shots)]
        t0 = time.perf_counter()
        hint = P.find_sheet(shot)
        t1 = time.perf_counter()
        assert hint is not None and not P.quality_problems(hint)
        flat = P.warp_sheet(shot, hint.quad)
        t2 = time.perf_counter()
        build_pdf([flat])
        t3 = time.perf_counter()
        detect.append((t1 - t0) * 1000)
        warp.append((t2 - t1) * 1000)
        compress.append((t3 - t2) * 1000)
        total.append((t3 - t0) * 1000)
        if run < len(shots):
            pages.append(flat)

    def stats(values: list[float]) -> dict[str, float]:
        ordered = sorted(values)
        return {"median": round(statistics.median(ordered), 1),
                "p95": round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 1)}

    docs = {"3 pages (1 colour)": pages, "10 text pages": [pages[0], pages[2]] * 5}
    sizes = {}
    for name, doc in docs.items():
        built = build_pdf(doc)
        path = args.out / (name.split()[0] + "-pages.pdf")
        path.write_bytes(built.data)
        sizes[name] = {"bytes": built.size, "pages": built.pages, "quality": built.quality,
                       "min_dpi": round(built.min_dpi or 0), "colour": list(built.colour), "pdf": str(path)}
    first = args.out / "3-pages.pdf"
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "2", str(first), str(args.out / "p")],
                   check=False)
    print(json.dumps({"photo": "4000x3000 (12 MP)", "runs": args.runs, "detect_ms": stats(detect),
                      "warp_ms": stats(warp), "compress_ms": stats(compress), "total_ms": stats(total),
                      "pdfs": sizes, "png": sorted(str(p) for p in args.out.glob("p-*.png"))}, indent=1))


if __name__ == "__main__":
    main()
