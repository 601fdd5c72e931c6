"""Shared test set-up: Qt offscreen unless told otherwise, and real sample files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))  # tests/support/ helpers


def make_pdf(path: Path, pages: int = 1, text: str = "Justificatif") -> Path:
    """A real PDF of `pages` pages, as a scanner would give."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        pdf.drawString(72, 770, f"{text} – page {number}")
        pdf.showPage()
    pdf.save()
    return path


def make_png(path: Path, size: tuple[int, int] = (800, 1100)) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).text((40, 40), "Photo de document", fill="black")
    image.save(path)
    return path


@pytest.fixture
def sample_files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "scans"
    folder.mkdir()
    return {
        "pdf1": make_pdf(folder / "passeport.pdf", 2, "Passeport"),
        "pdf3": make_pdf(folder / "bulletins.pdf", 3, "Bulletins de salaire"),
        "png": make_png(folder / "facture.png"),
        "corrupt": _corrupt(folder / "abime.pdf"),
    }


def _corrupt(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    return path
