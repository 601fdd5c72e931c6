"""Generated MRZ line images in OCR-B, for training the line recogniser (tools/mrz/train_ocr.py)
and for tests that need line crops with known text.

The kiosk does not need this at run time: it uses Pillow (installed with reportlab) and the
OCR-B font from Debian's `fonts-ocr-b`, found by `ocrb_font_path()`; both are imported or looked
up only when an image is rendered.

Everything takes a `numpy.random.Generator`, so a seed gives the same images again.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np

from kiosk.scanning.mrz.types import MRZ_ALPHABET

FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
    "/usr/share/fonts/truetype/ocr-b/OCRB.ttf",
)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
ALNUM = DIGITS + LETTERS
# A few real issuers, so three-letter codes look like the ones met at the kiosk; others are random.
COUNTRIES = ("FRA", "D<<", "ITA", "ESP", "PRT", "BEL", "NLD", "POL", "ROU", "BGR", "GBR", "USA", "MAR",
             "DZA", "TUN", "SEN", "CHE", "AUT", "GRC", "HUN", "CZE", "SVK", "LTU", "IRL", "UTO")


def ocrb_font_path() -> Path | None:
    """The OCR-B font file: $ESCALE_OCRB_FONT, else where Debian's fonts-ocr-b puts it."""
    for name in (os.environ.get("ESCALE_OCRB_FONT", ""), *FONT_CANDIDATES):
        if name and Path(name).is_file():
            return Path(name)
    return None


# --- text -----------------------------------------------------------------------------------

def check_digit(field: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1; A=10 … Z=35; < = 0)."""
    total = 0
    for i, ch in enumerate(field):
        value = int(ch) if ch.isdigit() else (ord(ch) - 55 if ch.isalpha() else 0)
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def _pick(rng: np.random.Generator, chars: str, n: int) -> str:
    return "".join(chars[i] for i in rng.integers(0, len(chars), n))


def _country(rng: np.random.Generator, realistic: bool = False) -> str:
    """A listed code; for training, also random letters (the recogniser must not learn codes)."""
    listed = realistic or rng.random() < 0.6
    return COUNTRIES[rng.integers(len(COUNTRIES))] if listed else _pick(rng, LETTERS, 3)


def _date(rng: np.random.Generator, realistic: bool = False) -> str:
    """YYMMDD; for training any digits of the right shape, else a real calendar date."""
    month = int(rng.integers(1, 13))
    last = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1] if realistic else 31
    return f"{rng.integers(0, 100):02d}{month:02d}{rng.integers(1, last + 1):02d}"


def _field(rng: np.random.Generator, n: int, digits_only: bool = False) -> str:
    """A document number or optional field: n characters, sometimes ending in fillers."""
    used = n if rng.random() < 0.7 else int(rng.integers(0, n + 1))
    return _pick(rng, DIGITS if digits_only else ALNUM, used) + "<" * (n - used)


def _names(rng: np.random.Generator, width: int) -> str:
    parts = [_pick(rng, LETTERS, int(rng.integers(2, 12)))]
    if rng.random() < 0.3:
        parts[0] += "<" + _pick(rng, LETTERS, int(rng.integers(2, 9)))
    given = [_pick(rng, LETTERS, int(rng.integers(2, 10))) for _ in range(int(rng.integers(0, 4)))]
    text = parts[0] + ("<<" + "<".join(given) if given else "")
    return (text + "<" * width)[:width]


def _pad(text: str, width: int) -> str:
    return (text + "<" * width)[:width]


def random_document(rng: np.random.Generator, realistic: bool = False) -> list[str]:
    """The lines of a random MRZ (TD1 3×30, TD2/MRV-B 2×36, TD3/MRV-A 2×44) with valid check
    digits; `realistic`: listed countries and real dates too, as on an issued document."""
    kind = rng.integers(3)
    nat, country = _country(rng, realistic), _country(rng, realistic)
    dob, exp = _date(rng, realistic), _date(rng, realistic)
    sex = "MF<"[rng.integers(3)] if rng.random() < 0.1 else "MF"[rng.integers(2)]
    if kind == 0:  # TD1
        doc, opt1, opt2 = _field(rng, 9), _field(rng, 15), _field(rng, 11)
        l1 = _pad(_pick(rng, "IACV", 1) + _pick(rng, LETTERS + "<", 1) + country + doc + check_digit(doc)
                  + opt1, 30)
        l2 = dob + check_digit(dob) + sex + exp + check_digit(exp) + nat + opt2
        composite = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
        return [l1, l2 + check_digit(composite), _names(rng, 30)]
    width = 36 if kind == 1 else 44
    first = "P" if width == 44 and rng.random() < 0.8 else _pick(rng, "IACV", 1)
    l1 = first + _pick(rng, LETTERS + "<", 1) + country + _names(rng, width - 5)
    doc = _field(rng, 9)
    head = doc + check_digit(doc) + nat + dob + check_digit(dob) + sex + exp + check_digit(exp)
    if width == 44:
        personal = _field(rng, 14)
        body = head + personal + check_digit(personal)
        return [l1, body + check_digit(body[0:10] + body[13:20] + body[21:43])]
    opt = _field(rng, 7)
    body = head + opt
    return [l1, body + check_digit(body[0:10] + body[13:20] + body[21:35])]


def random_line(rng: np.random.Generator, length: int | None = None) -> str:
    """One line: a structured MRZ line, or (a third of the time) random characters with filler runs,
    so the recogniser learns glyphs rather than the layout of documents."""
    if length is None and rng.random() < 0.67:
        lines = random_document(rng)
        return lines[rng.integers(len(lines))]
    n = length or int((30, 36, 44)[rng.integers(3)])
    chars = []
    while len(chars) < n:
        r = rng.random()
        if r < 0.2:
            chars += ["<"] * int(rng.integers(1, 16))
        else:
            chars += list(_pick(rng, ALNUM if r < 0.6 else LETTERS if r < 0.8 else DIGITS,
                                int(rng.integers(1, 10))))
    return "".join(chars[:n])


# --- rendering ------------------------------------------------------------------------------

@lru_cache(maxsize=64)
def _glyphs(size: int) -> tuple[dict[str, np.ndarray], int, int]:
    """Coverage masks (float32, 0..1) of the alphabet's glyphs at `size` px, all in one cell
    (advance × line box), plus the cap top and bottom rows."""
    from PIL import Image, ImageDraw, ImageFont  # only to render, never at kiosk run time

    path = ocrb_font_path()
    if path is None:
        raise FileNotFoundError("OCR-B font not found: apt-get install fonts-ocr-b or set ESCALE_OCRB_FONT")
    font = ImageFont.truetype(str(path), size)
    advance = round(font.getlength("0"))
    height = int(size * 1.1)
    masks = {}
    for ch in MRZ_ALPHABET:
        img = Image.new("L", (advance + 4, height), 0)
        ImageDraw.Draw(img).text((2, 0), ch, font=font, fill=255)
        masks[ch] = np.asarray(img, dtype=np.float32) / 255.0
    rows = np.nonzero(masks["E"].max(axis=1) > 0.5)[0]
    return masks, int(rows[0]), int(rows[-1])


def _render_text(text: str, size: int, pitch: float, rng: np.random.Generator) -> tuple[np.ndarray, int, int]:
    masks, cap_top, cap_bottom = _glyphs(size)
    h, w = next(iter(masks.values())).shape
    canvas = np.zeros((h, int(pitch * len(text)) + w + 2), np.float32)
    for i, ch in enumerate(text):
        x = round(i * pitch + rng.normal(0, 0.04) * pitch * (rng.random() < 0.3))
        x = max(0, x)
        canvas[:, x:x + w] = np.maximum(canvas[:, x:x + w], masks[ch])
    return canvas, cap_top, cap_bottom


def render_line(text: str, rng: np.random.Generator, cap_height: int | None = None,
                neighbours: tuple[str, str] | None = None) -> np.ndarray:
    """A clean line crop (uint8, dark text on white) with random margins and, if given, parts of
    the lines above and below; `augment()` then spoils it."""
    return _render_line(text, rng, cap_height, neighbours)[0]


def _render_line(text: str, rng: np.random.Generator, cap_height: int | None,
                 neighbours: tuple[str, str] | None) -> tuple[np.ndarray, np.ndarray]:
    """render_line(), and the (x, y) centre of each character in the crop."""
    cap_height = cap_height or int(rng.integers(11, 30))
    size = max(8, round(cap_height / 0.72))
    pitch = size * 0.723 * float(rng.uniform(0.92, 1.28))
    line, cap_top, cap_bottom = _render_text(text, size, pitch, rng)
    cap = cap_bottom - cap_top + 1
    # Vertical margins as a share of the cap height: from a tight cut to half a line gap each side.
    top = int(cap * rng.uniform(0.08, 0.8))
    bottom = int(cap * rng.uniform(0.08, 0.8))
    left = int(pitch * rng.uniform(0.25, 1.5))
    right = int(pitch * rng.uniform(0.25, 1.5))
    y0 = cap_top - top
    width = int(pitch * len(text)) + left + right
    out_h = cap + top + bottom
    canvas = np.zeros((out_h, width), np.float32)

    def paste(src: np.ndarray, dy: int) -> None:
        # source row r lands on canvas row r - y0 + dy
        r0, r1 = max(0, y0 - dy), min(src.shape[0], out_h + y0 - dy)
        n = min(src.shape[1], width - left)
        if r1 > r0:
            view = canvas[r0 - y0 + dy:r1 - y0 + dy, left:left + n]
            np.maximum(view, src[r0:r1, :n], out=view)

    paste(line, 0)
    if neighbours:
        gap = int(cap * rng.uniform(1.45, 2.0))
        for dy, other in ((-gap, neighbours[0]), (gap, neighbours[1])):
            if other:
                paste(_render_text(other, size, pitch, rng)[0], dy)
    advance = _glyphs(size)[0]["0"].shape[1] - 4
    centres = np.array([[left + i * pitch + 2 + advance / 2, top + cap / 2] for i in range(len(text))],
                       np.float32).reshape(-1, 2)
    return (255 * (1 - canvas)).clip(0, 255).astype(np.uint8), centres


def augment(img: np.ndarray, rng: np.random.Generator, strength: float = 1.0) -> np.ndarray:
    """Camera-like damage to a clean line crop: stroke weight, tilt and perspective, paper
    texture, uneven light, shadow, glare, blur, low resolution, noise, JPEG; sometimes binarised
    (like scanned datasets). `strength` 0..1 scales how bad it gets."""
    return _augment(img, rng, strength, np.zeros((0, 2), np.float32))[0]


def _augment(img: np.ndarray, rng: np.random.Generator, strength: float,
             points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """augment(), also moving `points` (x, y) as the image is warped."""
    s = strength
    ink = 1.0 - img.astype(np.float32) / 255.0
    h, w = ink.shape
    # stroke weight: thin or bold printing
    r = rng.random()
    if r < 0.2 * s:
        ink = cv2.dilate(ink, np.ones((2, 2), np.uint8))
    elif r < 0.35 * s:
        ink = cv2.erode(ink, np.ones((2, 1), np.uint8))
    # geometry: residual tilt (the crop is the upright box around the tilted line, so it grows),
    # shear (italic-like slant of a hand-held shot) and a little perspective
    if rng.random() < 0.8 * s + 0.1:
        angle = np.deg2rad(rng.uniform(-2.5, 2.5) * s)
        grow = int(abs(np.sin(angle)) * w) + 1
        ink = cv2.copyMakeBorder(ink, grow // 2, grow - grow // 2, 0, 0, cv2.BORDER_CONSTANT, value=0)
        points = points + np.float32([0, grow // 2])
        h = ink.shape[0]
        cx, cy = w / 2, h / 2
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        jitter = rng.uniform(-1, 1, (4, 2)) * np.float32([w * 0.008, h * 0.04]) * s
        shear = rng.uniform(-0.15, 0.15) * s * h
        rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
        dst = (src - [cx, cy]) @ rot.T + [cx, cy] + jitter
        dst[:, 0] += np.array([shear, shear, -shear, -shear]) / 2
        m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
        if len(points):
            points = cv2.perspectiveTransform(points.reshape(-1, 1, 2).astype(np.float64), m).reshape(-1, 2)
        ink = cv2.warpPerspective(ink, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    # paper and ink tones
    paper = rng.uniform(140, 255) if rng.random() < 0.8 else rng.uniform(100, 160)
    ink_tone = rng.uniform(0, min(90.0, paper - 70))
    bg = np.full((h, w), paper, np.float32)
    if rng.random() < 0.6 * s:  # security print: fine wavy lines and blotches
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        for _ in range(int(rng.integers(1, 4))):
            f1, f2 = rng.uniform(0.02, 0.3), rng.uniform(0.01, 0.1)
            phase = np.sin(yy * f2 + rng.uniform(0, 6)) * rng.uniform(1, 6) + yy * rng.uniform(-1, 1)
            wave = np.sin(xx * f1 + phase)
            bg -= (wave > rng.uniform(0.75, 0.97)) * rng.uniform(8, 40)
    if rng.random() < 0.5 * s:
        blot = cv2.resize(rng.normal(0, 1, (max(2, h // 8), max(2, w // 8))).astype(np.float32), (w, h))
        bg += blot * rng.uniform(5, 30)
    out = bg * (1 - ink) + ink_tone * ink
    # uneven lighting (gradient) and partial shadow
    if rng.random() < 0.6 * s:
        gx = np.linspace(rng.uniform(0.6, 1.15), rng.uniform(0.6, 1.15), w, dtype=np.float32)
        gy = np.linspace(rng.uniform(0.8, 1.1), rng.uniform(0.8, 1.1), h, dtype=np.float32)
        out *= gy[:, None] * gx[None, :]
    if rng.random() < 0.25 * s:
        edge = int(rng.uniform(0.1, 0.9) * w)
        mask = np.zeros((h, w), np.float32)
        if rng.random() < 0.5:
            mask[:, :edge] = 1
        else:
            mask[:, edge:] = 1
        mask = cv2.GaussianBlur(mask, (0, 0), max(1.0, h * rng.uniform(0.1, 1.0)))
        out *= 1 - mask * rng.uniform(0.3, 0.65)
    if rng.random() < 0.3 * s:  # glare: a soft saturated blob that washes the ink out
        gx0, gy0 = rng.uniform(0, w), rng.uniform(0, h)
        sx, sy = rng.uniform(0.03, 0.25) * w, rng.uniform(0.3, 1.5) * h
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        blob = np.exp(-(((xx - gx0) / sx) ** 2 + ((yy - gy0) / sy) ** 2))
        out = out + blob * rng.uniform(80, 260)
    # blur: defocus or motion
    r = rng.random()
    if r < 0.5 * s:
        sigma = rng.uniform(0.3, 1.6) * h / 40
        out = cv2.GaussianBlur(out, (0, 0), max(0.3, sigma))
    elif r < 0.65 * s:
        k = int(rng.integers(3, max(4, int(h / 8))))
        kernel = np.zeros((k, k), np.float32)
        kernel[k // 2, :] = 1 / k
        rot = cv2.getRotationMatrix2D((k / 2 - 0.5, k / 2 - 0.5), rng.uniform(0, 180), 1)
        kernel = cv2.warpAffine(kernel, rot, (k, k))
        out = cv2.filter2D(out, -1, kernel / max(kernel.sum(), 1e-6))
    # low resolution: down to a cap height of ~7–14 px and back
    if rng.random() < 0.4 * s:
        f = rng.uniform(11, 22) / h
        if f < 1:
            small = cv2.resize(out, (max(1, int(w * f)), max(1, int(h * f))), interpolation=cv2.INTER_AREA)
            out = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    if rng.random() < 0.12 and s < 0.6:  # binarised crops, like those of scanned datasets
        out8 = out.clip(0, 255).astype(np.uint8)
        _, out8 = cv2.threshold(out8, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        return out8, points
    if rng.random() < 0.7 * s:
        out = out + rng.normal(0, rng.uniform(2, 18), out.shape).astype(np.float32)
    out8 = out.clip(0, 255).astype(np.uint8)
    if rng.random() < 0.5 * s:
        ok, buf = cv2.imencode(".jpg", out8, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(20, 90))])
        if ok:
            out8 = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)
    return out8, points


def synth_line(rng: np.random.Generator, text: str | None = None, strength: float = 1.0,
               cap_height: int | None = None) -> tuple[np.ndarray, str]:
    """A generated line crop and its text; neighbouring MRZ lines sometimes show at the edges."""
    img, text, _ = synth_line_with_centres(rng, text, strength, cap_height)
    return img, text


def synth_line_with_centres(rng: np.random.Generator, text: str | None = None, strength: float = 1.0,
                            cap_height: int | None = None) -> tuple[np.ndarray, str, np.ndarray]:
    """synth_line(), and the x of each character's centre in the crop (lets training tell the
    recogniser where characters are, which CTC alone finds out slowly)."""
    text = text or random_line(rng)
    neighbours = None
    if rng.random() < 0.5:
        neighbours = (random_line(rng, len(text)) if rng.random() < 0.7 else "",
                      random_line(rng, len(text)) if rng.random() < 0.7 else "")
    img, centres = _render_line(text, rng, cap_height, neighbours)
    out, moved = _augment(img, rng, strength, centres)
    return out, text, moved[:, 0]
