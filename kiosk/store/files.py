"""Checking an attached file before it is stored: type by content, size, pages, soundness.

Every refusal is an `AttachmentError` whose French message tells the user what to do.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from pypdf import PasswordType, PdfReader

from kiosk.store.errors import AttachmentError

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 80_000_000  # a 80-megapixel RGB image already takes ~240 MB once decoded

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"

_MAGIC = ((b"%PDF-", PDF), (b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG))
_PIL_FORMATS = {JPEG: "JPEG", PNG: "PNG"}

UNREADABLE = (
    "Le fichier est introuvable ou illisible. "
    "Vérifiez la clé USB ou le dossier, puis réessayez."
)
EMPTY = "Le fichier est vide. Choisissez un autre fichier ou numérisez de nouveau le document."
UNSUPPORTED = (
    "Ce type de fichier n’est pas accepté. "
    "Utilisez un document PDF, une photo JPEG ou une image PNG."
)
PDF_DAMAGED = (
    "Le fichier PDF est endommagé ou incomplet. "
    "Ouvrez-le pour le vérifier, enregistrez-le de nouveau, puis réessayez."
)
PDF_PASSWORD = (
    "Le fichier PDF est protégé par un mot de passe. "
    "Enregistrez-le sans mot de passe puis réessayez."
)
PDF_NO_PAGE = "Le fichier PDF ne contient aucune page. Choisissez le bon fichier puis réessayez."
IMAGE_DAMAGED = (
    "L’image est endommagée ou incomplète. "
    "Reprenez la photo ou enregistrez-la de nouveau, puis réessayez."
)


def _too_big(max_bytes: int) -> str:
    return (
        f"Le fichier dépasse la taille maximale de {max_bytes / 1024 / 1024:g} Mo. "
        "Réduisez sa taille (résolution plus basse, compression) ou numérisez le document "
        "avec la caméra, puis réessayez."
    )


def _too_many_pixels(max_pixels: int) -> str:
    return (
        f"L’image est trop grande (plus de {max_pixels / 1e6:g} mégapixels). "
        "Réduisez sa résolution puis réessayez."
    )


@dataclass(frozen=True)
class FileInfo:
    media_type: str
    pages: int
    size: int


def read_attachment(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, reading at most one byte past the limit (a huge file is not loaded)."""
    try:
        with path.open("rb") as source:
            data = source.read(max_bytes + 1)
    except OSError as exc:
        raise AttachmentError(UNREADABLE) from exc
    if len(data) > max_bytes:
        raise AttachmentError(_too_big(max_bytes))
    return data


def inspect_file(
    path: Path, *, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS
) -> FileInfo:
    return inspect_bytes(
        read_attachment(path, max_bytes=max_bytes), max_bytes=max_bytes, max_pixels=max_pixels
    )


def inspect_bytes(
    data: bytes, *, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS
) -> FileInfo:
    """Check content already read, so what is checked is exactly what gets stored."""
    if not data:
        raise AttachmentError(EMPTY)
    if len(data) > max_bytes:
        raise AttachmentError(_too_big(max_bytes))
    media_type = sniff(data)
    if media_type == PDF:
        pages = _pdf_pages(data)
    else:
        _check_image(data, media_type, max_pixels)
        pages = 1
    return FileInfo(media_type=media_type, pages=pages, size=len(data))


def sniff(data: bytes) -> str:
    """The media type from the first bytes; the file name's extension is never trusted."""
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    raise AttachmentError(UNSUPPORTED)


def _pdf_pages(data: bytes) -> int:
    # A PDF ends with %%EOF (a few bytes of trailing junk are common); a missing one means
    # a cut download or copy, which pypdf's lenient parser would otherwise half-read.
    if b"%%EOF" not in data[-1024:]:
        raise AttachmentError(PDF_DAMAGED)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            # An empty user password (only an owner password restricting printing or
            # copying, as many official attestations have) opens anywhere: accepted.
            raise AttachmentError(PDF_PASSWORD)
        pages = len(reader.pages)
        for page in reader.pages:  # fails on pages whose objects are missing
            _ = page.mediabox
    except AttachmentError:
        raise
    except Exception as exc:  # pypdf raises many types on malformed input
        raise AttachmentError(PDF_DAMAGED) from exc
    if pages == 0:
        raise AttachmentError(PDF_NO_PAGE)
    return pages


def _check_image(data: bytes, media_type: str, max_pixels: int) -> None:
    try:
        with Image.open(io.BytesIO(data), formats=[_PIL_FORMATS[media_type]]) as image:
            # The size comes from the header: refuse before decoding a bomb.
            if image.width * image.height > max_pixels:
                raise AttachmentError(_too_many_pixels(max_pixels))
            image.load()  # decodes everything: a truncated or corrupt image fails here
    except AttachmentError:
        raise
    except Image.DecompressionBombError as exc:  # Pillow's own, larger limit
        raise AttachmentError(_too_many_pixels(max_pixels)) from exc
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError, ...
        raise AttachmentError(IMAGE_DAMAGED) from exc
