"""Fixtures of the store tests: a data folder, an open store, and real sample files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

MARKER = "Zyxwvutsrq"  # a distinctive "personal" string to look for in raw files


class Samples:
    """Makes real PDF, PNG and JPEG files in a temp folder."""

    marker = MARKER

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(exist_ok=True)

    def pdf(self, name: str = "document.pdf", *, pages: int = 3, text: str = MARKER) -> Path:
        path = self.folder / name
        # No page compression, so the text is visible in the file's raw bytes.
        pdf = canvas.Canvas(str(path), pageCompression=0)
        for number in range(1, pages + 1):
            pdf.drawString(72, 720, f"{text} page {number}")
            pdf.showPage()
        pdf.save()
        return path

    def encrypted_pdf(self, name: str, *, user_password: str) -> Path:
        writer = PdfWriter(clone_from=PdfReader(self.pdf("plain-" + name, pages=2)))
        writer.encrypt(user_password=user_password, owner_password="owner-secret")
        path = self.folder / name
        with path.open("wb") as out:
            writer.write(out)
        return path

    def image(self, name: str, image_format: str, size: tuple[int, int] = (64, 48)) -> Path:
        path = self.folder / name
        Image.new("RGB", size, (200, 30, 90)).save(path, format=image_format)
        return path

    def raw(self, name: str, data: bytes) -> Path:
        path = self.folder / name
        path.write_bytes(data)
        return path


@pytest.fixture
def samples(tmp_path: Path) -> Samples:
    return Samples(tmp_path / "samples")


