"""Issue 4's comparison: our MRZ reader and the open-source ones, in one run, on the same
images (../shared/samples/mrz, each also turned by 90/180/270°, as tests/bench/bench_mrz.py)
with the same scoring (bench_mrz.score): exact full MRZ %, key fields (document number,
birth, expiry) %, camera-photo exact %, rotated ≥ 45° exact %, answers that pass every
check yet are wrong, ms per image (median, p95; wall clock and CPU of the worker).

Run: .venv/bin/python tests/bench/compare_mrz_readers.py [--json] [--misses] [--save FILE]
     [--rescore FILE] [--only ours,passporteye,readmrz,fastmrz,rapidocr] [--venv DIR]
     [--others FILE]   (with --only: the other readers from a --save file, not read again)

Each reader runs in its own worker process (this file with `--worker NAME`), which loads
the reader once, reads one untimed warm-up image, then every image, timing each from the
file on disk to the answer (decoding included, for every reader). The images are written
once as PNG (lossless) to a temporary folder. Ours runs with the project's interpreter; the
competitors with the comparison venv's, which the project never depends on: a reader
whose venv or package is missing is skipped with the reason.

The comparison venv (outside the repository; Debian, Python 3.11):

    apt-get install -y tesseract-ocr
    python3.11 -m venv /work/mrz-compare-venv
    /work/mrz-compare-venv/bin/pip install passporteye==2.2.2 fastmrz==2.1.2 readmrz==0.0.2 \\
        rapidocr==3.10.0 onnxruntime

Readers:
- ours: kiosk.scanning.mrz.reader.read_mrz; an answer only when every check holds.
- passporteye: passporteye.read_mrz (tesseract, eng); its cleaned OCR lines.
- readmrz: MrzDetector.crop_area + MrzReader.read_mrz (tesseract with its mrz.traineddata).
- fastmrz: FastMRZ.get_details(ignore_parse=True) (ONNX segmentation + tesseract "mrz";
  the wheel ships no mrz.traineddata, so readmrz's copy is given as tessdata_path).
- rapidocr: RapidOCR 3.10 (PaddleOCR ONNX models shipped in the wheel) + the small MRZ
  wrapper below: its text lines, spaces removed, upper-cased; lines of 30/36/44
  characters of [A-Z0-9<] kept; the first run of 3×30, 2×36 or 2×44 consecutive kept
  lines that passes every check (digits and grammar; else the first such run) is the
  answer. Parsing
  (our kiosk.scanning.mrz.parse) is used for that choice and for scoring only: no
  correction of characters.
- rapidocr+rot: the same, retried on the image turned by 90, 180 then 270° while no run
  passes every check. The worker reads every image at the four angles once and
  the retry is replayed here, its time being the sum of the angles tried.
- rapidocr+lookalike, rapidocr+rot+lookalike: a generous wrapper, as MRZ wrappers usually
  are: where a field's grammar wants a letter (country codes, names) or a digit (dates,
  check digits), a look-alike of the other kind is swapped (0/O, 1/I, 8/B, 5/S, 2/Z, 6/G:
  PaddleOCR reads OCR-B's O as 0), and the two lines are also tried in the other order.

`--save FILE` keeps the report with every reader's answers, to rescore without reading
again: `--rescore FILE`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_VENV = Path(os.environ.get("MRZ_COMPARE_VENV", "/work/mrz-compare-venv"))
MRZ_LINE = re.compile(r"[A-Z0-9<]+")
SHAPES = ((44, 2), (36, 2), (30, 3))
ANGLES = (0, 90, 180, 270)


# --------------------------------------------------------------------------- workers
# Run in the reader's own interpreter: stdlib at module level only; each worker imports
# its reader. Input: a JSON list of image paths on stdin. Output: one JSON line per image.

def _worker_ours() -> tuple[object, object]:
    sys.path.insert(0, str(ROOT))
    import cv2

    from kiosk.scanning.mrz import reader

    if reader._recogniser() is None:
        raise RuntimeError("recogniser model missing")

    def read(path: str) -> dict:
        reading = reader.read_mrz(cv2.imread(path))
        return {"lines": list(reading.result.lines) if reading.found else [],
                "reason": "" if reading.found else reading.reason}

    return read, None


def _worker_passporteye() -> tuple[object, object]:
    from passporteye import read_mrz
    from passporteye.mrz.text import MRZOCRCleaner

    def read(path: str) -> dict:
        mrz = read_mrz(path)
        if mrz is None:
            return {"lines": [], "reason": "no MRZ found"}
        out = {"lines": list(MRZOCRCleaner.apply(mrz.aux.get("raw_text", ""))), "valid": bool(mrz.valid)}
        if mrz.mrz_type:
            out["key"] = [mrz.number.replace("<", ""), mrz.date_of_birth, mrz.expiration_date]
        return out

    return read, None


def _worker_readmrz() -> tuple[object, object]:
    from readmrz import MrzDetector, MrzReader

    detector, reader = MrzDetector(), MrzReader()

    def read(path: str) -> dict:
        crop = detector.crop_area(detector.read(path))
        return {"lines": [line for line in reader.read_mrz(crop).split("\n") if line]}

    return read, None


def _worker_fastmrz() -> tuple[object, object]:
    import readmrz
    from fastmrz import FastMRZ

    tessdata = Path(readmrz.__file__).parent / "language"
    if not (tessdata / "mrz.traineddata").is_file():
        raise RuntimeError("no mrz.traineddata (readmrz's) to give fastmrz")
    fast = FastMRZ(tessdata_path=str(tessdata))

    def read(path: str) -> dict:
        text = fast.get_details(path, input_type="imagepath", ignore_parse=True)
        return {"lines": [line for line in text.split("\n") if line]}

    return read, None


def _worker_rapidocr() -> tuple[object, object]:
    import logging

    import cv2
    import numpy as np
    from rapidocr import RapidOCR

    logging.getLogger("RapidOCR").setLevel(logging.WARNING)
    engine = RapidOCR()

    def read(path: str) -> dict:
        image = cv2.imread(path)
        angles = {}
        for angle in ANGLES:
            start, cpu = time.perf_counter(), time.process_time()
            # np.rot90 turns counter-clockwise; a page at k×90° is upright after -k turns.
            result = engine(np.ascontiguousarray(np.rot90(image, -angle // 90)))
            angles[str(angle)] = {"txts": list(result.txts or ()),
                                  "ms": (time.perf_counter() - start) * 1000,
                                  "cpu_ms": (time.process_time() - cpu) * 1000}
        return {"angles": angles}

    return read, "angles"


WORKERS = {"ours": _worker_ours, "passporteye": _worker_passporteye, "readmrz": _worker_readmrz,
           "fastmrz": _worker_fastmrz, "rapidocr": _worker_rapidocr}


def run_worker(name: str) -> int:
    paths = json.loads(sys.stdin.read())
    try:
        read, _ = WORKERS[name]()
        read(paths[0])  # warm-up (lazy initialisation), not timed
    except Exception as exc:  # the reader cannot run here: said once, then nothing
        print(json.dumps({"fatal": f"{type(exc).__name__}: {exc}"[:300]}), flush=True)
        return 0
    for i, path in enumerate(paths):
        start, cpu = time.perf_counter(), time.process_time()
        try:
            out = read(path)
        except Exception as exc:  # one image that breaks the reader counts as no answer
            out = {"lines": [], "error": f"{type(exc).__name__}: {exc}"[:200]}
        out.update(i=i, ms=(time.perf_counter() - start) * 1000, cpu_ms=(time.process_time() - cpu) * 1000)
        print(json.dumps(out), flush=True)
    return 0


# --------------------------------------------------------------------------- wrapper

def mrz_lines(txts: list[str]) -> list[str]:
    """RapidOCR's text lines that may be MRZ lines: spaces out, upper case, 30/36/44
    characters of the MRZ alphabet."""
    kept = []
    for text in txts:
        line = "".join(text.split()).upper()
        if len(line) in (30, 36, 44) and MRZ_LINE.fullmatch(line):
            kept.append(line)
    return kept


# What a usual MRZ wrapper swaps where the field's grammar wants the other kind (PassportEye's
# MRZOCRCleaner does the same per field): PaddleOCR reads OCR-B's O as 0 in UTO, POL, SPECIMEN…
LOOKALIKES = {"0": "O", "O": "0", "1": "I", "I": "1", "8": "B", "B": "8", "5": "S", "S": "5",
              "2": "Z", "Z": "2", "6": "G", "G": "6"}


def lookalike_fixed(block: list[str]) -> list[str]:
    """`block` with each character its field cannot hold swapped for its look-alike when the
    field can hold that (letters in country codes and names, digits in dates and check
    digits), by our layout and grammar tables (parse.layout, parse.allowed_chars)."""
    from kiosk.scanning.mrz.parse import allowed_chars, layout, pick_format

    text = "".join(block)
    fmt = pick_format(block)
    parts, checks = layout(fmt, text)
    allowed = {pos: allowed_chars(fmt, part, k) for part in parts for k, pos in enumerate(part.pos)}
    allowed |= {check.pos: allowed_chars(fmt, None, 0) for check in checks}
    chars = list(text)
    for pos, c in enumerate(chars):
        swap = LOOKALIKES.get(c)
        if pos in allowed and c not in allowed[pos] and swap and swap in allowed[pos]:
            chars[pos] = swap
    fixed = "".join(chars)
    width = len(block[0])
    return [fixed[i:i + width] for i in range(0, len(fixed), width)]


def mrz_block(txts: list[str], lookalike: bool = False) -> tuple[list[str], bool]:
    """The wrapper's answer from one OCR pass: (lines, every check holds). With
    `lookalike`, the generous wrapper: look-alikes swapped and either line order tried."""
    from kiosk.scanning.mrz.parse import parse

    lines = mrz_lines(txts)
    first: list[str] = []
    for width, count in SHAPES:
        for i in range(len(lines) - count + 1):
            block = lines[i:i + count]
            if any(len(line) != width for line in block):
                continue
            tries = [block]
            if lookalike:
                tries = [lookalike_fixed(b) for b in (block, block[::-1])]
            for attempt in tries:
                if parse(attempt).valid:
                    return attempt, True
            first = first or tries[0]
    return first, False


def rapidocr_variants(row: dict) -> dict[str, dict]:
    """The wrapper's answers from a worker row that read the four angles."""
    out = {}
    for name, angles, fix in (("rapidocr", ANGLES[:1], False), ("rapidocr+rot", ANGLES, False),
                              ("rapidocr+lookalike", ANGLES[:1], True),
                              ("rapidocr+rot+lookalike", ANGLES, True)):
        ms = cpu = 0.0
        lines: list[str] = []
        for angle in angles:
            seen = row["angles"][str(angle)]
            ms, cpu = ms + seen["ms"], cpu + seen["cpu_ms"]
            block, ok = mrz_block(seen["txts"], fix)
            lines = lines or block
            if ok:
                lines = block
                break
        out[name] = {"lines": lines, "ms": ms, "cpu_ms": cpu}
    return out


# --------------------------------------------------------------------------- parent

READERS = (  # (name, worker, interpreter: "project" or "compare", packages it needs)
    ("ours", "ours", "project", ()),
    ("passporteye", "passporteye", "compare", ("passporteye",)),
    ("readmrz", "readmrz", "compare", ("readmrz",)),
    ("fastmrz", "fastmrz", "compare", ("fastmrz", "readmrz")),
    ("rapidocr", "rapidocr", "compare", ("rapidocr", "onnxruntime")),
)
DERIVED = {"rapidocr": ("rapidocr", "rapidocr+rot", "rapidocr+lookalike", "rapidocr+rot+lookalike")}


def _interpreter(kind: str, venv: Path, packages: tuple[str, ...]) -> tuple[str | None, str]:
    """(python, "") or (None, why the reader is skipped)."""
    if kind == "project":
        return sys.executable, ""
    python = venv / "bin" / "python"
    if not python.exists():
        return None, f"no comparison venv at {venv} (see the commands at the top of this file)"
    probe = "import importlib.util, sys; sys.exit(','.join(p for p in sys.argv[1:] " \
            "if importlib.util.find_spec(p) is None) or None)"
    done = subprocess.run([str(python), "-c", probe, *packages], capture_output=True, text=True)
    if done.returncode != 0:
        return None, f"not installed in {venv}: {done.stderr.strip() or 'import check failed'}"
    if {"passporteye", "readmrz", "fastmrz"} & set(packages) and shutil.which("tesseract") is None:
        return None, "tesseract not installed (apt-get install -y tesseract-ocr)"
    return str(python), ""


def _run(name: str, python: str, paths: list[str], timeout: float) -> tuple[list[dict] | None, str]:
    env = dict(os.environ, PYTHONPATH="")
    try:
        done = subprocess.run([python, __file__, "--worker", name], input=json.dumps(paths), text=True,
                              capture_output=True, timeout=timeout, env=env, cwd=str(ROOT))
    except subprocess.TimeoutExpired:
        return None, f"worker took over {timeout:.0f} s"
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if rows and "fatal" in rows[0]:
        return None, rows[0]["fatal"]
    if len(rows) != len(paths):
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        return None, f"worker stopped after {len(rows)}/{len(paths)} images: {tail[0][:200]}"
    return sorted(rows, key=lambda r: r["i"]), ""


def _pct(hits: int, total: int) -> float:
    return round(100.0 * hits / total, 1) if total else 0.0


def _summary(cases: list[dict], answers: list[dict]) -> tuple[dict, list[str]]:
    from bench_mrz import score

    from kiosk.scanning.mrz.parse import parse

    n = cam_n = rot_n = exact = key = cam = rot = wrong_valid = no_mrz = no_mrz_ok = 0
    misses = []
    for case, answer in zip(cases, answers, strict=True):
        lines = answer.get("lines") or []
        if not case["lines"]:
            no_mrz += 1
            no_mrz_ok += not (lines and parse(lines).valid)
            continue
        hit = score(case["lines"], lines)
        own_key = answer.get("key")  # the reader's own parsed fields, when it gives them
        if own_key and not hit["key"]:
            truth = parse(case["lines"]).fields
            hit["key"] = own_key == [truth["document_number"], truth["birth_date"], truth["expiry_date"]]
        n += 1
        cam_n += case["camera"]
        rot_n += case["rotated"]
        exact += hit["exact"]
        key += hit["key"]
        cam += hit["exact"] and case["camera"]
        rot += hit["exact"] and case["rotated"]
        wrong_valid += hit["wrong_valid"]
        if not hit["exact"]:
            why = answer.get("error") or answer.get("reason") or ("wrong" if lines else "no answer")
            misses.append(f"{case['name']}: {why}")
    ms = [a["ms"] for a in answers]
    cpu = [a["cpu_ms"] for a in answers]
    row = {"images": n, "exact_pct": _pct(exact, n), "key_fields_pct": _pct(key, n),
           "camera_exact_pct": _pct(cam, cam_n), "rotated_exact_pct": _pct(rot, rot_n),
           "wrong_but_valid": wrong_valid, "no_mrz_correct": f"{no_mrz_ok}/{no_mrz}",
           "ms_median": round(statistics.median(ms), 1), "ms_p95": round(_p95(ms), 1),
           "cpu_ms_median": round(statistics.median(cpu), 1)}
    return row, misses


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    k = 0.95 * (len(ordered) - 1)
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="one JSON document instead of the table")
    parser.add_argument("--only", default="", help="comma-separated reader names (worker names)")
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="the competitors' venv")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds per reader")
    parser.add_argument("--misses", action="store_true", help="list each reader's misses")
    parser.add_argument("--save", type=Path, help="also write the JSON report (misses, answers) there")
    parser.add_argument("--rescore", type=Path, help="score the answers of a --save file, reading nothing")
    parser.add_argument("--others", type=Path,
                        help="with --only: the other readers' answers (and times) from a --save file")
    args = parser.parse_args()
    if args.worker:
        return run_worker(args.worker)

    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(ROOT / "tools" / "mrz"))
    import cv2
    from bench_mrz import sample_cases

    cases = sample_cases()
    if not cases:
        print("no samples (../shared/samples/mrz/truth.tsv missing)", file=sys.stderr)
        return 1
    only = {n for n in args.only.split(",") if n}
    report: dict[str, object] = {"images": len(cases), "skipped": {}, "readers": {}}
    misses: dict[str, list[str]] = {}
    raw_rows: dict[str, list[dict]] = {}
    saved = json.loads(args.rescore.read_text()) if args.rescore else None
    others = json.loads(args.others.read_text()) if args.others else None
    with tempfile.TemporaryDirectory(prefix="mrz-compare-") as tmp:
        paths = []
        for i, case in enumerate(cases):
            path = Path(tmp) / f"{i:03d}_{case['name'].replace('@', '_').rsplit('.', 1)[0]}.png"
            cv2.imwrite(str(path), case["image"])
            paths.append(str(path))
        decode = []
        for path in paths:
            start = time.perf_counter()
            cv2.imread(path)
            decode.append((time.perf_counter() - start) * 1000)
        report["decode_ms_median"] = round(statistics.median(decode), 1)
        for name, worker, kind, packages in READERS:
            earlier = saved if saved is not None else others if only and name not in only else None
            if only and name not in only and earlier is None:
                continue
            python, why = _interpreter(kind, args.venv, packages) if earlier is None else (None, "")
            rows = None
            if earlier is not None:
                rows = earlier["rows"].get(name)
                why = earlier["skipped"].get(name, "not in the saved run")
            elif python is not None:
                t0 = time.perf_counter()
                rows, why = _run(worker, python, paths, args.timeout)
                print(f"[{name}: {time.perf_counter() - t0:.0f} s]", file=sys.stderr, flush=True)
            names = DERIVED.get(name, (name,))
            if rows is not None:
                raw_rows[name] = rows
            if rows is None:
                for derived in names:
                    report["skipped"][derived] = why
                continue
            for derived in names:
                answers = [rapidocr_variants(r)[derived] for r in rows] if worker == "rapidocr" else rows
                report["readers"][derived], misses[derived] = _summary(cases, answers)
    report["load"] = os.getloadavg() if saved is None else saved["load"]  # the reading run's
    if saved is not None:
        report["decode_ms_median"] = saved["decode_ms_median"]
    if args.save:
        args.save.write_text(json.dumps(report | {"misses": misses, "rows": raw_rows}))
    if args.json:
        print(json.dumps(report | ({"misses": misses} if args.misses else {})))
        return 0
    columns = (("exact_pct", "exact %"), ("key_fields_pct", "key fields %"), ("camera_exact_pct", "camera %"),
               ("rotated_exact_pct", "rotated %"), ("wrong_but_valid", "wrong-valid"),
               ("no_mrz_correct", "no-MRZ ok"), ("ms_median", "ms median"), ("ms_p95", "ms p95"),
               ("cpu_ms_median", "CPU ms med"))
    width = max([len(n) for n in report["readers"]] + [6])
    n_mrz = sum(bool(c["lines"]) for c in cases)
    print(f"MRZ readers on {n_mrz} sample images with an MRZ (+{len(cases) - n_mrz} without), "
          "each of ../shared/samples/mrz at 0/90/180/270°")
    print(" | ".join(["reader".ljust(width)] + [title for _, title in columns]))
    for name, row in report["readers"].items():
        print(" | ".join([name.ljust(width)] + [str(row[k]).rjust(len(title)) for k, title in columns]))
    for name, why in report["skipped"].items():
        print(f"skipped {name}: {why}")
    if args.misses:
        for name, lines in misses.items():
            print(f"{name} misses:")
            for line in lines:
                print(f"  {line}")
    print(f"(every time includes decoding the PNG: cv2.imread median {report['decode_ms_median']} ms)")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in report['load'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
