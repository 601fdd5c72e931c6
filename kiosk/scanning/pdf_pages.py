"""One PDF per requirement, as the central service expects it: the pages in order, each
image compressed so the whole file fits the limit (2 MB by default) while staying
legible. Pure (numpy, OpenCV, pypdf), no Qt.

Compression: a page is grey unless colour matters (a photo, a stamp: enough saturated
pixels); every page of the file gets the same JPEG quality, the highest of
`QUALITY_MAX`..`QUALITY_MIN` (binary search) for which the file fits. If even
`QUALITY_MIN` does not fit, the pages are scaled down, never below `MIN_DPI` for an A4
page; if that does not fit either, the caller gets an `AttachmentError` saying to split
the document. The PDF is written here (JPEG streams embedded as they are: no re-encode).

Imported files (`import_file`) go through the store's checks first (type by content,
20 MB, decompression bombs, damaged or password-protected PDFs: kiosk/store/files.py).
A PDF that already fits the limit is kept AS IS (its pages are copied, never rasterised:
text stays text); a bigger one is reduced only when it is a scan (one image per page),
whose images are recompressed; other big PDFs need a renderer, which the caller may
pass (`rasterise`: the UI has Qt's PDF renderer), else they are refused with a reason.
HEIC photos are read when `pillow_heif` is installed (optional).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image
from pypdf import PdfReader, PdfWriter

from kiosk.scanning.images import ImageLoadError, decode_image
from kiosk.scanning.page import is_colour
from kiosk.store import files
from kiosk.store.errors import AttachmentError

MAX_FILE_BYTES = 2 * 1024 * 1024
QUALITY_MAX, QUALITY_MIN = 85, 35
MIN_DPI, MAX_DPI = 150, 200  # for the long side of an A4 page
A4_LONG_IN = 297 / 25.4
PDF_OVERHEAD = 600  # bytes per page besides its image, and for the file itself

TOO_BIG = ("Le document est trop volumineux pour un seul fichier, même compressé. "
           "Répartissez ses pages en plusieurs fichiers, ou retirez les pages inutiles.")
PDF_TOO_BIG = ("Le fichier PDF dépasse %s Mo et ne peut pas être réduit sur cette borne. "
               "Enregistrez-le en taille réduite, ou photographiez le document avec la caméra.")
HEIC_UNSUPPORTED = ("Les photos HEIC ne sont pas lisibles sur cette borne. "
                    "Enregistrez la photo en JPEG, ou photographiez le document avec la caméra.")

Rasteriser = Callable[[bytes, int], list[np.ndarray]]  # (PDF bytes, dpi) -> BGR pages


@dataclass(frozen=True)
class PdfPage:
    """A page of an imported PDF, kept as it is."""

    data: bytes
    index: int


Page = np.ndarray | PdfPage


@dataclass(frozen=True)
class AssembledPdf:
    data: bytes
    pages: int
    quality: int | None  # the JPEG quality used (None: no image page)
    colour: tuple[bool, ...]  # per image page
    min_dpi: float | None  # the lowest A4-equivalent resolution of an image page

    @property
    def size(self) -> int:
        return len(self.data)


def page_dpi(image: np.ndarray) -> float:
    """The resolution of a page image if printed at A4 (its long side = 297 mm)."""
    return max(image.shape[:2]) / A4_LONG_IN


def _scaled(image: np.ndarray, dpi: float) -> np.ndarray:
    factor = dpi / page_dpi(image)
    if abs(factor - 1) < 0.01:
        return image
    h, w = image.shape[:2]
    return cv2.resize(image, (max(1, round(w * factor)), max(1, round(h * factor))),
                      interpolation=cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC)


class _Encoder:
    """JPEG encodes of the page images, cached by quality."""

    def __init__(self, images: list[np.ndarray]) -> None:
        self.images = images
        self.cache: dict[int, list[bytes]] = {}

    def encode(self, quality: int) -> list[bytes]:
        if quality not in self.cache:
            self.cache[quality] = [
                cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])[1].tobytes()
                for image in self.images]
        return self.cache[quality]

    def size(self, quality: int) -> int:
        return sum(map(len, self.encode(quality)))


def _best_quality(encoder: _Encoder, budget: int) -> int | None:
    """The highest quality whose images fit `budget` bytes (None: not even the lowest)."""
    if encoder.size(QUALITY_MAX) <= budget:
        return QUALITY_MAX
    if encoder.size(QUALITY_MIN) > budget:
        return None
    low, high = QUALITY_MIN, QUALITY_MAX  # low fits, high does not
    while high - low > 2:
        middle = (low + high) // 2
        low, high = (middle, high) if encoder.size(middle) <= budget else (low, middle)
    return low


def build_pdf(pages: Sequence[Page], limit_bytes: int = MAX_FILE_BYTES) -> AssembledPdf:
    """The pages (BGR/grey images, or pages of imported PDFs kept as they are) as one PDF
    of at most `limit_bytes`; `AttachmentError` when they cannot fit."""
    if not pages:
        raise ValueError("no page to assemble")
    images = [p for p in pages if isinstance(p, np.ndarray)]
    colour = tuple(is_colour(p) for p in images)
    prepared = [_scaled(im if c or im.ndim == 2 else cv2.cvtColor(im, cv2.COLOR_BGR2GRAY),
                        min(page_dpi(im), MAX_DPI))
                for im, c in zip(images, colour, strict=True)]
    kept = [p for p in pages if isinstance(p, PdfPage)]
    kept_size = len(_merge([], kept, [])) if kept else 0
    budget = limit_bytes - kept_size - PDF_OVERHEAD * (len(images) + 1)
    quality: int | None = None
    jpegs: list[bytes] = []
    if images:
        encoder = _Encoder(prepared)
        quality = _best_quality(encoder, budget) if budget > 0 else None
        while quality is None and budget > 0 and any(page_dpi(im) > MIN_DPI + 1 for im in prepared):
            # Smaller pages: the bytes shrink about with the area, the square of the resolution.
            ratio = min(0.9, (budget / encoder.size(QUALITY_MIN)) ** 0.5 * 0.95)
            prepared = [_scaled(im, max(page_dpi(im) * ratio, min(MIN_DPI, page_dpi(im)))) for im in prepared]
            encoder = _Encoder(prepared)
            quality = _best_quality(encoder, budget)
        if quality is None:
            raise AttachmentError(TOO_BIG)
        jpegs = encoder.encode(quality)
    elif kept_size > limit_bytes:
        raise AttachmentError(TOO_BIG)
    image_pdf = _write_jpeg_pdf(jpegs, prepared) if jpegs else b""
    data = _merge(list(pages), kept, [image_pdf]) if kept else image_pdf
    if len(data) > limit_bytes:
        raise AttachmentError(TOO_BIG)
    dpis = [page_dpi(im) for im in prepared]
    return AssembledPdf(data=data, pages=len(pages), quality=quality, colour=colour,
                        min_dpi=min(dpis) if dpis else None)


def assemble_pdf(pages: Sequence[Page], limit_bytes: int = MAX_FILE_BYTES) -> bytes:
    return build_pdf(pages, limit_bytes).data


def _write_jpeg_pdf(jpegs: list[bytes], images: list[np.ndarray]) -> bytes:
    """A PDF with one JPEG per page (DCTDecode, the bytes as they are), each page A4-sized
    on its long side."""
    out = io.BytesIO()
    offsets: list[int] = []

    def obj(number: int, body: bytes, stream: bytes | None = None) -> None:
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body)
        if stream is not None:
            out.write(b"\nstream\n" + stream + b"\nendstream")
        out.write(b"\nendobj\n")

    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    n = len(jpegs)
    kids = b" ".join(b"%d 0 R" % (3 + 3 * i) for i in range(n))
    obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    obj(2, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n))
    for i, (jpeg, image) in enumerate(zip(jpegs, images, strict=True)):
        h, w = image.shape[:2]
        points = 72 / page_dpi(image)
        pw, ph = w * points, h * points
        page, content, xobject = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        obj(page, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                  b"/Resources << /XObject << /Im0 %d 0 R >> >> >>" % (pw, ph, content, xobject))
        draw = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        obj(content, b"<< /Length %d >>" % len(draw), draw)
        space = b"/DeviceGray" if image.ndim == 2 else b"/DeviceRGB"
        obj(xobject, b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                     b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>" % (w, h, space, len(jpeg)), jpeg)
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref))
    return out.getvalue()


def _merge(order: list[Page], kept: list[PdfPage], image_pdf: list[bytes]) -> bytes:
    """Kept PDF pages and the image pages, in `order` (or the kept pages alone)."""
    writer = PdfWriter()
    readers: dict[int, PdfReader] = {}

    def reader(data: bytes) -> PdfReader:
        if id(data) not in readers:
            readers[id(data)] = PdfReader(io.BytesIO(data))
        return readers[id(data)]

    images = reader(image_pdf[0]).pages if image_pdf and image_pdf[0] else []
    next_image = 0
    for page in order or kept:
        if isinstance(page, PdfPage):
            writer.add_page(reader(page.data).pages[page.index])
        else:
            writer.add_page(images[next_image])
            next_image += 1
    writer.compress_identical_objects()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# ------------------------------------------------------------------------------------ import

def import_file(path: Path, *, limit_bytes: int = MAX_FILE_BYTES, rasterise: Rasteriser | None = None,
                ) -> list[Page]:
    """The pages of an imported file: an image (JPEG, PNG, HEIC), or a PDF's pages (kept
    as they are when it fits `limit_bytes`). Refusals are `AttachmentError`s in French."""
    data = files.read_attachment(path)
    if _is_heic(data):
        return [_heic(data)]
    info = files.inspect_bytes(data)  # the store's own checks, before any decoding
    if info.media_type != files.PDF:
        try:
            return [decode_image(data, max_pixels=files.MAX_PIXELS)]
        except ImageLoadError as exc:
            raise AttachmentError(files.IMAGE_DAMAGED) from exc
    if len(data) <= limit_bytes:
        return [PdfPage(data, i) for i in range(info.pages)]
    scanned = scanned_images(data)
    if scanned is not None:
        return list(scanned)
    if rasterise is not None:
        return rasterise(data, MIN_DPI)
    raise AttachmentError(PDF_TOO_BIG % f"{limit_bytes / 1024 / 1024:g}")


def scanned_images(data: bytes) -> list[np.ndarray] | None:
    """The page images of a scanned PDF (exactly one image per page), or None when it is
    not one. Image sizes are checked before decoding (decompression bombs)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = []
        for page in reader.pages:
            resources = page.get("/Resources")
            xobjects = resources.get_object().get("/XObject") if resources else None
            found = [x.get_object() for x in (xobjects.get_object().values() if xobjects else [])]
            pictures = [x for x in found if x.get("/Subtype") == "/Image"]
            if len(pictures) != 1 or len(found) != 1:
                return None
            if int(pictures[0]["/Width"]) * int(pictures[0]["/Height"]) > files.MAX_PIXELS:
                raise AttachmentError(files._too_many_pixels(files.MAX_PIXELS))
            image = page.images[0].image
            if image is None:
                return None
            pages.append(_from_pil(image))
        return pages
    except AttachmentError:
        raise
    except Exception:  # an image pypdf cannot decode (JBIG2, odd colour spaces): not reducible here
        return None


def _from_pil(image: Image.Image) -> np.ndarray:
    if image.mode in ("1", "L", "I;16", "I"):
        return np.asarray(image.convert("L"))
    return cv2.cvtColor(np.asarray(image.convert("RGB")), cv2.COLOR_RGB2BGR)


HEIC_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1")


def _is_heic(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and data[8:12] in HEIC_BRANDS


def _heic(data: bytes) -> np.ndarray:
    try:
        import pillow_heif  # optional: pip install pillow-heif
    except ImportError:
        raise AttachmentError(HEIC_UNSUPPORTED) from None
    try:
        heif = pillow_heif.open_heif(io.BytesIO(data))
        if heif.size[0] * heif.size[1] > files.MAX_PIXELS:  # from the header, before decoding
            raise AttachmentError(files._too_many_pixels(files.MAX_PIXELS))
        image = Image.frombytes(heif.mode, heif.size, heif.data, "raw", heif.mode, heif.stride)
    except AttachmentError:
        raise
    except Exception as exc:
        raise AttachmentError(files.IMAGE_DAMAGED) from exc
    return _from_pil(image)
