"""Generated photos of documents with an MRZ, with their truth, for the locator's tests and
the MRZ benchmark: a card or passport page (OCR-B zone, some printed text, a photo box,
a tinted guilloche background) placed in a cluttered scene with perspective, any rotation,
blur, noise, uneven light, a glare spot and JPEG. Seeded: the same seed gives the same
images.

Run: .venv/bin/python tools/mrz/make_samples.py OUT_DIR [N] [--seed S]
(writes OUT_DIR/NNNN.jpg and OUT_DIR/truth.tsv in the format of ../shared/samples/mrz).
Tests and the benchmark call `generate()` directly, in memory.
"""

from __future__ import annotations

import argparse
import math
import string
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from kiosk.scanning.mrz.synth import check_digit, ocrb_font_path, random_document

FORMATS = ("TD1", "TD2", "TD3", "MRVA", "MRVB", "FRA-ID")
# Document size in mm per format (ICAO 9303 parts 4–7; the old French ID card is ID-1).
_SIZES = {"TD1": (85.6, 54.0), "TD2": (105.0, 74.0), "TD3": (125.0, 88.0), "MRVA": (120.0, 80.0),
          "MRVB": (105.0, 74.0), "FRA-ID": (105.0, 74.0)}
_PX_PER_MM = 8.0
_PITCH_MM = 2.54
_LINE_PITCH_MM = 4.2  # baseline to baseline
_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@dataclass(frozen=True)
class Sample:
    image: np.ndarray  # BGR uint8
    lines: tuple[str, ...]
    doc_format: str
    angle: float  # degrees the document was turned in the scene (counter-clockwise)
    camera: bool  # a hand-held-photo-like scene (clutter, perspective, blur, glare)
    name: str
    mrz_pitch: float = 0.0  # pixels from one MRZ character to the next in the image


# ------------------------------------------------------------------------------ text


def mrz_lines(rng: np.random.Generator, doc_format: str) -> list[str]:
    """Valid MRZ lines (every check digit right) of the given format."""
    if doc_format == "FRA-ID":
        return _french_id(rng)
    wanted = {"TD1": 30, "TD2": 36, "MRVB": 36, "TD3": 44, "MRVA": 44}[doc_format]
    while True:
        lines = random_document(rng, realistic=True)  # listed countries, real dates
        if len(lines[0]) == wanted:
            break
    first = {"TD3": "P", "MRVA": "V", "MRVB": "V", "TD2": "I", "TD1": "I"}[doc_format]
    lines[0] = first + lines[0][1:]
    if doc_format in ("MRVA", "MRVB"):
        # Visas have no overall check digit: the tail is optional data.
        lines[1] = lines[1][:-1] + "<"
    return lines  # the document code letter is in no check digit


def _french_id(rng: np.random.Generator) -> list[str]:
    """The 1988–2021 French identity card's 2×36 zone, with its own check digits."""
    letters = string.ascii_uppercase
    surname = "".join(rng.choice(list(letters), int(rng.integers(3, 12))))
    given = "".join(rng.choice(list(letters), int(rng.integers(3, 10))))
    office = "".join(rng.choice(list(string.digits), 3)) + "".join(rng.choice(list(string.digits), 3))
    l1 = ("IDFRA" + surname + "<" * 25)[:30] + office
    number = "".join(rng.choice(list(string.digits), 12))
    # YYMM then office and sequence: the month is a real one, or the card could not exist.
    number = number[:2] + f"{int(number[2:4]) % 12 + 1:02d}" + number[4:]
    dob = f"{int(rng.integers(40, 99)):02d}{int(rng.integers(1, 13)):02d}{int(rng.integers(1, 29)):02d}"
    sex = "MF"[int(rng.integers(2))]
    body = number + check_digit(number) + (given + "<" * 14)[:14] + dob + check_digit(dob) + sex
    return [l1, body + check_digit(l1 + body)]


# -------------------------------------------------------------------------- rendering


@lru_cache(maxsize=8)
def _font(path: str, size: int) -> object:
    from PIL import ImageFont  # a test-time tool: Pillow comes with reportlab

    return ImageFont.truetype(path, size)


def render_document(rng: np.random.Generator, doc_format: str, lines: list[str],
                    strong_pattern: bool = False) -> np.ndarray:
    """The document, flat and upright, BGR, at 8 px/mm. `strong_pattern` adds a dense,
    contrasted guilloche that runs under the whole document, MRZ included (as on recent
    ID cards)."""
    from PIL import Image, ImageDraw

    font_path = ocrb_font_path()
    if font_path is None:
        raise FileNotFoundError("OCR-B font not found: apt-get install fonts-ocr-b")
    w_mm, h_mm = _SIZES[doc_format]
    w, h = round(w_mm * _PX_PER_MM), round(h_mm * _PX_PER_MM)
    tint = rng.integers(200, 256, 3)
    base = np.empty((h, w, 3), np.uint8)
    base[:] = tint
    # Guilloche: thin sine waves in a light colour.
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    period = rng.uniform(15, 40)
    waves = np.sin(xx / period + 3 * np.sin(yy / (period * 1.7))) > 0.97
    base[waves] = np.clip(tint.astype(int) - rng.integers(8, 30), 0, 255)
    if strong_pattern:
        _strong_guilloche(rng, base, tint)
    image = Image.fromarray(base)
    draw = ImageDraw.Draw(image)
    # Photo box and printed text in the upper part.
    draw.rectangle((int(w * 0.05), int(h * 0.12), int(w * 0.3), int(h * 0.6)),
                   fill=tuple(int(v) for v in rng.integers(60, 180, 3)))
    sans = _font(_SANS, int(rng.integers(14, 22)))
    words = ["NOM", "SURNAME", "PRENOMS", "NATIONALITE", "DATE", "LIEU", "SEXE", "VALABLE", "AUTORITE",
             "REPUBLIQUE", "FRANCAISE", "PASSPORT", "CARTE", "SIGNATURE", "12.03.1985", "PARIS"]
    y = int(h * 0.08)
    while y < h * 0.55:
        text = " ".join(rng.choice(words, int(rng.integers(1, 4))))
        draw.text((int(w * 0.34), y), text, font=sans, fill=(40, 40, 60))
        y += int(rng.integers(24, 40))
    # The MRZ, bottom-aligned, as ICAO places it.
    pitch = _PITCH_MM * _PX_PER_MM
    mrz_font = _font(str(font_path), round(pitch / 0.72))
    x0 = (w - pitch * len(lines[0])) / 2
    line_pitch = _LINE_PITCH_MM * _PX_PER_MM * (1.0 if len(lines) == 2 else 0.85)
    bottom = h - 4.5 * _PX_PER_MM
    ink = tuple(int(v) for v in rng.integers(0, 50, 3))
    for i, line in enumerate(lines):
        top = bottom - (len(lines) - i) * line_pitch
        for k, ch in enumerate(line):
            draw.text((x0 + k * pitch, top), ch, font=mrz_font, fill=ink)
    return np.asarray(image).copy()


Range = tuple[float, float]


def wavy_line_families(rng: np.random.Generator, shape: tuple[int, int], period: Range, amp: Range,
                       wave: Range, width: Range) -> Iterator[np.ndarray]:
    """Two or three families of interlaced wavy lines over an image of `shape`, one boolean
    mask (inked pixels) each: lines `period` px apart at a random angle, waving by `amp` px
    over `wave` px, `width` of the period inked. The caller draws each family's ink from
    `rng` before asking for the next (the draws stay in that order)."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(int(rng.integers(2, 4))):
        step = float(rng.uniform(*period))
        theta = float(rng.uniform(0, math.pi))
        u = xx * math.cos(theta) + yy * math.sin(theta)
        v = -xx * math.sin(theta) + yy * math.cos(theta)
        a, length = float(rng.uniform(*amp)), float(rng.uniform(*wave))
        phase = (u + a * np.sin(v / length)) / step
        yield np.abs(phase - np.round(phase)) < float(rng.uniform(*width)) / 2


def _strong_guilloche(rng: np.random.Generator, base: np.ndarray, tint: np.ndarray) -> None:
    """Two or three families of interlaced wavy lines, 1–2 px wide at 8 px/mm (about half
    an MRZ stroke), 5–12 px apart, 50–120 grey levels under the paper: the pattern the
    locator must see through."""
    for lines in wavy_line_families(rng, base.shape[:2], (5, 12), (2, 12), (20, 80), (0.12, 0.25)):
        base[lines] = np.clip(tint.astype(int) - rng.integers(50, 120, 3), 0, 255)


def _clutter(rng: np.random.Generator, size: tuple[int, int]) -> np.ndarray:
    """A desk-like background: a tinted gradient, shapes, stray printed words."""
    w, h = size
    bg = np.empty((h, w, 3), np.float32)
    c0, c1 = rng.integers(30, 220, 3), rng.integers(30, 220, 3)
    ramp = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
    bg[:] = c0 * (1 - ramp) + c1 * ramp
    out = bg.astype(np.uint8)
    for _ in range(int(rng.integers(3, 12))):
        colour = tuple(int(v) for v in rng.integers(0, 256, 3))
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        if rng.random() < 0.5:
            cv2.rectangle(out, (x, y), (x + int(rng.integers(20, w // 3)), y + int(rng.integers(20, h // 3))),
                          colour, -1)
        else:
            cv2.circle(out, (x, y), int(rng.integers(10, h // 4)), colour, -1)
    for _ in range(int(rng.integers(0, 6))):
        word = "".join(rng.choice(list(string.ascii_uppercase + " "), int(rng.integers(4, 20))))
        ink = tuple(int(v) for v in rng.integers(0, 80, 3))
        cv2.putText(out, word, (int(rng.integers(0, w)), int(rng.integers(0, h))), cv2.FONT_HERSHEY_SIMPLEX,
                    float(rng.uniform(0.4, 1.2)), ink, 1, cv2.LINE_AA)
    return out


def make_sample(rng: np.random.Generator, index: int = 0, camera: bool | None = None,
                doc_format: str | None = None, angle: float | None = None,
                strong_pattern: bool = False) -> Sample:
    """One scene. `camera` False gives a flat, well-lit scan-like image (any rotation);
    `strong_pattern` a document with a dense guilloche through its MRZ."""
    doc_format = doc_format or str(rng.choice(FORMATS))
    camera = bool(rng.random() < 0.7) if camera is None else camera
    lines = mrz_lines(rng, doc_format)
    doc = render_document(rng, doc_format, lines, strong_pattern)
    if angle is None:
        angle = float(rng.uniform(0, 360)) if rng.random() < 0.6 else float(rng.choice([0, 90, 180, 270]))
    if camera:
        scene_w, scene_h = (1280, 720) if rng.random() < 0.6 else (int(rng.integers(900, 2400)),
                                                                    int(rng.integers(700, 1800)))
        scene = _clutter(rng, (scene_w, scene_h))
        fill = float(rng.uniform(0.45, 0.95))
    else:
        scene_w, scene_h = int(rng.integers(900, 1600)), int(rng.integers(700, 1200))
        scene = np.full((scene_h, scene_w, 3), 245, np.uint8)
        fill = float(rng.uniform(0.7, 0.95))
    dh, dw = doc.shape[:2]
    # Scale so the turned document fits the scene at `fill` of its short side.
    a = math.radians(angle)
    bw = abs(dw * math.cos(a)) + abs(dh * math.sin(a))
    bh = abs(dw * math.sin(a)) + abs(dh * math.cos(a))
    scale = fill * min(scene_w / bw, scene_h / bh)
    center = (scene_w / 2 + rng.uniform(-0.5, 0.5) * (scene_w - bw * scale),
              scene_h / 2 + rng.uniform(-0.5, 0.5) * (scene_h - bh * scale))
    corners = np.array([[0, 0], [dw, 0], [dw, dh], [0, dh]], np.float32) - [dw / 2, dh / 2]
    rot = np.array([[math.cos(a), math.sin(a)], [-math.sin(a), math.cos(a)]], np.float32)
    dst = corners @ rot.T * scale + center
    if camera:
        dst += rng.normal(0, 0.03, (4, 2)).astype(np.float32) * scale * max(dw, dh)
    src = (corners + np.array([dw / 2, dh / 2], np.float32)).astype(np.float32)
    h = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    # the first MRZ line's ends (render_document centres it) as they land in the scene
    span = _PITCH_MM * _PX_PER_MM * len(lines[0])
    ends = cv2.perspectiveTransform(np.float32([[[(dw - span) / 2, dh - 8 * _PX_PER_MM],
                                                 [(dw + span) / 2, dh - 8 * _PX_PER_MM]]]), h)[0]
    mrz_pitch = float(np.linalg.norm(ends[1] - ends[0])) / len(lines[0])
    warped = cv2.warpPerspective(doc, h, (scene_w, scene_h), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((dh, dw), 255, np.uint8), h, (scene_w, scene_h))
    scene[mask > 0] = warped[mask > 0]
    if camera:
        scene = _spoil(rng, scene)
    quality = int(rng.integers(40, 95)) if camera else 92
    ok, data = cv2.imencode(".jpg", scene, [cv2.IMWRITE_JPEG_QUALITY, quality])
    image = cv2.imdecode(data, cv2.IMREAD_COLOR) if ok else scene
    prefix = "guil" if strong_pattern else "gen"
    return Sample(image, tuple(lines), doc_format, angle, camera, f"{prefix}_{index:04d}.jpg", mrz_pitch)


def _spoil(rng: np.random.Generator, img: np.ndarray) -> np.ndarray:
    """Camera damage: uneven light, a glare spot, blur, sensor noise."""
    h, w = img.shape[:2]
    out = img.astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = rng.uniform(-0.4, 0.4, 2)
    light = 1.0 + gx * (xx / w - 0.5) + gy * (yy / h - 0.5)
    out *= light[:, :, None]
    if rng.random() < 0.4:
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.05, 0.2) * w
        spot = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r))
        out += spot[:, :, None] * rng.uniform(80, 220)
    sigma = float(rng.uniform(0, 1.4))
    if sigma > 0.3:
        out = cv2.GaussianBlur(out, (0, 0), sigma)
    out += rng.normal(0, rng.uniform(1, 6), out.shape).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def generate(n: int, seed: int = 0, camera: bool | None = None,
             strong_pattern: bool = False) -> Iterator[Sample]:
    """`n` samples; sample i depends only on (seed, i, strong_pattern)."""
    for i in range(n):
        yield make_sample(np.random.default_rng([seed, i]), i, camera, strong_pattern=strong_pattern)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int, nargs="?", default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--strong-pattern", action="store_true", help="dense guilloche through the MRZ")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    rows = ["filename\tdoc_format\tmrz_lines\tangle\tcamera"]
    for sample in generate(args.n, args.seed, strong_pattern=args.strong_pattern):
        cv2.imwrite(str(args.out / sample.name), sample.image)
        rows.append(f"{sample.name}\t{sample.doc_format}\t{'|'.join(sample.lines)}\t{sample.angle:.1f}\t"
                    f"{int(sample.camera)}")
    (args.out / "truth.tsv").write_text("\n".join(rows) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
