"""Real files for tests: PDFs and images as a scanner or a phone would give."""

from __future__ import annotations

from pathlib import Path


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
