"""Checking attached files before they are stored."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from kiosk.store.errors import AttachmentError
from kiosk.store.files import JPEG, MAX_BYTES, PDF, PNG, FileInfo, inspect_file


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that only claims its size: what a decompression bomb looks like up front."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def _noisy_image(samples, name: str, image_format: str) -> Path:
    # Noise does not compress: cutting the file in half cuts into the pixel data.
    path = samples.folder / name
    Image.effect_noise((300, 300), 80).convert("RGB").save(path, format=image_format)
    return path


def _truncated(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def test_pdf_pages_are_counted(samples) -> None:
    path = samples.pdf(pages=3)
    assert inspect_file(path) == FileInfo(media_type=PDF, pages=3, size=path.stat().st_size)


@pytest.mark.parametrize(("image_format", "media_type"), [("PNG", PNG), ("JPEG", JPEG)])
def test_images_are_one_page(samples, image_format: str, media_type: str) -> None:
    info = inspect_file(samples.image(f"photo.{image_format.lower()}", image_format))
    assert (info.media_type, info.pages) == (media_type, 1)


def test_type_comes_from_the_content_not_the_extension(samples) -> None:
    png = samples.image("scan.png", "PNG")
    renamed = png.rename(png.with_name("scan.pdf"))
    assert inspect_file(renamed).media_type == PNG


def test_pdf_with_only_an_owner_password_is_accepted(samples) -> None:
    # Restrictions on printing/copying, common on official attestations: opens anywhere.
    info = inspect_file(samples.encrypted_pdf("attestation.pdf", user_password=""))
    assert (info.media_type, info.pages) == (PDF, 2)


REFUSED: dict[str, tuple[Callable[..., Path], str]] = {
    "truncated pdf": (lambda s: _truncated(s.pdf(pages=3)), "PDF est endommagé"),
    "pdf without body": (
        lambda s: s.raw("broken.pdf", b"%PDF-1.7\nnot really a pdf\n%%EOF\n"),
        "PDF est endommagé",
    ),
    "password pdf": (
        lambda s: s.encrypted_pdf("locked.pdf", user_password="1234"),
        "Le fichier PDF est protégé par un mot de passe. "
        "Enregistrez-le sans mot de passe puis réessayez.",
    ),
    "too big": (
        lambda s: s.raw("huge.pdf", b"%PDF-1.7\n" + b"0" * MAX_BYTES),
        "dépasse la taille maximale de 20 Mo",
    ),
    "empty": (lambda s: s.raw("empty.pdf", b""), "Le fichier est vide"),
    "text renamed pdf": (
        lambda s: s.raw("letter.pdf", "Bonjour Zoé,\nvoici ma lettre.\n".encode()),
        "Ce type de fichier n’est pas accepté",
    ),
    "gif": (lambda s: s.image("anim.gif", "GIF"), "Ce type de fichier n’est pas accepté"),
    "truncated png": (
        lambda s: _truncated(_noisy_image(s, "cut.png", "PNG")),
        "L’image est endommagée",
    ),
    "truncated jpeg": (
        lambda s: _truncated(_noisy_image(s, "cut.jpg", "JPEG")),
        "L’image est endommagée",
    ),
    "85 megapixels": (lambda s: s.raw("big.png", _png_header_only(9_500, 9_000)), "trop grande"),
    "400 megapixels": (
        lambda s: s.raw("bomb.png", _png_header_only(20_000, 20_000)),
        "trop grande",
    ),
    "missing": (lambda s: s.folder / "nowhere.pdf", "introuvable ou illisible"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_bad_files_are_refused_with_a_french_message(samples, case: str) -> None:
    make, message = REFUSED[case]
    with pytest.raises(AttachmentError) as refused:
        inspect_file(make(samples))
    assert message in refused.value.message
    assert refused.value.message.endswith(".")
