"""Generated pages and camera photos of them, for the page-capture tests and benchmark."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

WORDS = ["justificatif", "domicile", "facture", "electricite", "montant", "echeance", "client", "reference",
         "contrat", "adresse", "periode", "consommation", "total", "prelevement", "le", "la", "de"]


def text_page(dpi: int = 150, seed: int = 0, *, colour: bool = False, title: str = "FACTURE",
              code: np.ndarray | None = None) -> np.ndarray:
    """A white A4 page (BGR) with a title, ~40 lines of 10-point-like text, and a
    colour photo block when `colour`; `code` (a grey image) is pasted bottom right."""
    rng = np.random.default_rng(seed)
    w, h = round(8.27 * dpi), round(11.69 * dpi)
    page = np.full((h, w, 3), 250, np.uint8)
    s = dpi / 150
    cv2.putText(page, title, (int(120 * s), int(200 * s)), cv2.FONT_HERSHEY_DUPLEX, 2.2 * s, (20, 20, 20),
                max(1, int(3 * s)), cv2.LINE_AA)
    y = int(300 * s)
    while y < h - int(250 * s):
        line = " ".join(rng.choice(WORDS, 7))
        cv2.putText(page, line, (int(120 * s), y), cv2.FONT_HERSHEY_SIMPLEX, 0.8 * s, (30, 30, 30),
                    max(1, int(2 * s)), cv2.LINE_AA)
        y += int(36 * s)
    if colour:
        x0, y0 = int(w * 0.55), int(h * 0.08)
        block = rng.integers(0, 255, (int(300 * s), int(400 * s), 3), dtype=np.uint8)
        block = cv2.GaussianBlur(block, (0, 0), 12 * s)
        block = cv2.normalize(block, None, 0, 255, cv2.NORM_MINMAX)
        block[..., 0] = 200  # strongly coloured (blue)
        page[y0:y0 + block.shape[0], x0:x0 + block.shape[1]] = block
    if code is not None:
        ch, cw = code.shape[:2]
        page[h - ch - int(60 * s):h - int(60 * s), w - cw - int(60 * s):w - int(60 * s)] = \
            code[..., None] if code.ndim == 2 else code
    return page


def photo(page: np.ndarray, size: tuple[int, int] = (1600, 1200), *,
          corners: tuple[tuple[float, float], ...] = ((0.3, 0.07), (0.71, 0.09), (0.74, 0.93), (0.27, 0.91)),
          blur: float = 0.0, light: float = 1.0, glare: bool = False, seed: int = 0) -> np.ndarray:
    """`page` photographed on a dark desk: corners as shares of the frame (TL, TR, BR, BL)."""
    rng = np.random.default_rng(seed)
    w, h = size
    desk = np.zeros((h, w, 3), np.uint8)
    desk[:] = (60, 75, 95)
    desk = cv2.add(desk, rng.integers(0, 25, (h, w, 3), dtype=np.uint8))
    ph, pw = page.shape[:2]
    src = np.array([[0, 0], [pw - 1, 0], [pw - 1, ph - 1], [0, ph - 1]], np.float32)
    dst = np.array([[x * w, y * h] for x, y in corners], np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, matrix, (w, h))
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), matrix, (w, h))
    out = np.where(mask[..., None] > 0, warped, desk)
    if glare:
        spot = np.zeros((h, w), np.float32)
        cx, cy = dst.mean(axis=0)
        cv2.circle(spot, (int(cx), int(cy)), int(min(w, h) * 0.09), 1.0, -1)
        spot = cv2.GaussianBlur(spot, (0, 0), min(w, h) * 0.02)
        out = np.clip(out.astype(np.float32) + spot[..., None] * 400, 0, 255).astype(np.uint8)
    if light != 1.0:
        out = np.clip(out.astype(np.float32) * light, 0, 255).astype(np.uint8)
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    return out


def write_photos(folder: Path, photos: list[np.ndarray], repeat: int = 1) -> Path:
    """Each photo `repeat` times in name order (a camera held still for a few frames)."""
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for image in photos:
        for _ in range(repeat):
            cv2.imwrite(str(folder / f"{n:03d}.jpg"), image, [cv2.IMWRITE_JPEG_QUALITY, 92])
            n += 1
    return folder
