"""One PDF per requirement: page count, size limit, grey or colour, resolution, imports."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest
from pypdf import PdfReader, PdfWriter
from support.files import make_pdf
from support.page_photos import text_page

from kiosk.scanning import pdf_pages as D
from kiosk.store import files
from kiosk.store.errors import AttachmentError

MB2 = 2 * 1024 * 1024


def _images(reader: PdfReader) -> list:
    out = []
    for page in reader.pages:
        xobjects = page["/Resources"]["/XObject"].get_object()
        out += [x.get_object() for x in xobjects.values()]
    return out


def test_pages_in_order_under_the_limit_grey_text_and_colour_photo() -> None:
    pages = [text_page(200, seed=1), text_page(200, seed=2, colour=True), text_page(200, seed=3)]
    built = D.build_pdf(pages)
    assert built.size <= MB2 and built.pages == 3
    assert built.colour == (False, True, False)
    reader = PdfReader(io.BytesIO(built.data))
    assert len(reader.pages) == 3
    spaces = [x["/ColorSpace"] for x in _images(reader)]
    assert spaces == ["/DeviceGray", "/DeviceRGB", "/DeviceGray"]
    for page, image in zip(reader.pages, _images(reader), strict=True):
        width_in = float(page.mediabox.width) / 72
        assert abs(width_in - 8.27) < 0.05  # A4 on paper
        assert image["/Width"] / width_in >= 150
    files.inspect_bytes(built.data)  # the store accepts it as it is


def test_quality_is_lowered_then_pages_shrunk_to_fit_never_below_150_dpi() -> None:
    pages = [text_page(200, seed=i) for i in range(8)]
    roomy = D.build_pdf(pages)
    tight = D.build_pdf(pages, limit_bytes=roomy.size // 2)
    assert tight.size <= roomy.size // 2 and tight.quality is not None
    assert tight.quality < roomy.quality or tight.min_dpi < roomy.min_dpi
    assert tight.min_dpi >= 150
    with pytest.raises(AttachmentError, match="trop volumineux"):
        D.build_pdf(pages, limit_bytes=roomy.size // 20)


def test_imported_pdf_that_fits_is_kept_as_is_and_merged_in_order(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "facture.pdf", pages=2)
    imported = D.import_file(pdf)
    assert [p.index for p in imported] == [0, 1]
    built = D.build_pdf([text_page(150), *imported])
    reader = PdfReader(io.BytesIO(built.data))
    assert len(reader.pages) == 3
    assert "Justificatif" in reader.pages[1].extract_text()  # text stays text


def test_big_scanned_pdf_is_recompressed(tmp_path: Path) -> None:
    noisy = np.random.default_rng(0).integers(0, 255, (2339, 1654), dtype=np.uint8)
    writer = PdfWriter()
    from PIL import Image

    for _ in range(2):
        buffer = io.BytesIO()
        Image.fromarray(noisy).save(buffer, "PDF", resolution=200)
        writer.append(PdfReader(io.BytesIO(buffer.getvalue())))
    path = tmp_path / "scan.pdf"
    with path.open("wb") as out:
        writer.write(out)
    assert path.stat().st_size > MB2
    pages = D.import_file(path)
    assert len(pages) == 2 and all(isinstance(p, np.ndarray) for p in pages)


def test_images_are_imported(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    cv2.imwrite(str(path), text_page(100))
    (image,) = D.import_file(path)
    assert image.shape[:2] == (1169, 827)


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) \
        + chunk(b"IEND", b"")


def test_bad_files_are_refused_with_the_store_messages(tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    writer = PdfWriter(clone_from=PdfReader(make_pdf(tmp_path / "plain.pdf")))
    writer.encrypt(user_password="1234", owner_password="x")
    with locked.open("wb") as out:
        writer.write(out)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(make_pdf(tmp_path / "whole.pdf", pages=3).read_bytes()[:-200])
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_header_only(20_000, 20_000))
    text = tmp_path / "notes.txt"
    text.write_text("bonjour")
    for path, message in ((locked, files.PDF_PASSWORD), (cut, files.PDF_DAMAGED),
                          (text, files.UNSUPPORTED)):
        with pytest.raises(AttachmentError) as caught:
            D.import_file(path)
        assert str(caught.value) == message
    with pytest.raises(AttachmentError, match="trop grande"):
        D.import_file(bomb)


def test_heic_without_its_library_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "photo.heic"
    path.write_bytes(b"\0\0\0\x18ftypheic" + b"\0" * 64)
    try:
        import pillow_heif  # noqa: F401
    except ImportError:
        with pytest.raises(AttachmentError, match="HEIC"):
            D.import_file(path)
    else:
        with pytest.raises(AttachmentError):
            D.import_file(path)
