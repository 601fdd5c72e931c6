"""File handling of `kiosk scan mrz`: the contract's dict, refused files with a reason.
The reading is a real MrzResult from parse() of specimen lines (the image → lines stages
are tested with reader.py)."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import cv2
import numpy as np

from kiosk.scanning.images import MAX_FILE_BYTES
from kiosk.scanning.mrz.cli import scan_mrz_file
from kiosk.scanning.mrz.correct import correct
from kiosk.scanning.mrz.parse import FIELD_NAMES, parse
from kiosk.scanning.mrz.reader import REASON_NO_ZONE, REASON_UNREADABLE, MrzReading
from kiosk.scanning.mrz.types import LineReading

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
KEYS = {"file", "found", "format", "lines", "valid", "fields", "ms"}


def write_image(path: Path, ext: str = ".png", size: tuple[int, int] = (120, 200)) -> Path:
    image = np.full((*size, 3), 255, np.uint8)
    cv2.rectangle(image, (10, 10), (60, 40), (0, 0, 0), -1)
    ok, data = cv2.imencode(ext, image)
    assert ok
    path.write_bytes(data.tobytes())
    return path


def specimen_reader(image: np.ndarray) -> MrzReading:
    assert image.ndim == 3 and image.dtype == np.uint8
    return MrzReading(True, result=parse(TD3))


def test_found_mrz_has_the_contract_shape(tmp_path: Path) -> None:
    out = scan_mrz_file(write_image(tmp_path / "passeport.png"), specimen_reader)
    assert set(out) == KEYS
    assert out["found"] is True and out["valid"] is True and out["format"] == "TD3"
    assert out["lines"] == list(TD3) and set(out["fields"]) == set(FIELD_NAMES)  # type: ignore[arg-type]
    assert out["fields"]["birth_date"] == "740812"  # type: ignore[index]
    assert isinstance(out["ms"], float) and out["ms"] >= 0


def test_names_read_without_certainty_are_listed_to_check(tmp_path: Path) -> None:
    # ERIKSSON or FRIKSSON: no check digit can tell; the MRZ is found, the surname flagged.
    cands = [((c, 0.99),) for c in TD3[0]]
    cands[5] = (("E", 0.6), ("F", 0.3))
    unsure = correct((LineReading(TD3[0], tuple(cands)), TD3[1]))
    path = write_image(tmp_path / "passeport.png")
    out = scan_mrz_file(path, lambda image: MrzReading(True, result=unsure))
    assert out["found"] is True and out["fields"]["document_number"] == "L898902C3"  # type: ignore[index]
    assert out["to_check"] == ["surname"]


def test_non_ascii_path_and_jpeg(tmp_path: Path) -> None:
    path = write_image(tmp_path / "titre_de_séjour_été_ß.jpg", ".jpg")
    assert scan_mrz_file(path, specimen_reader)["found"] is True


def test_no_zone_found(tmp_path: Path) -> None:
    out = scan_mrz_file(write_image(tmp_path / "photo.png"), lambda image: MrzReading(False, REASON_NO_ZONE))
    assert set(out) == KEYS | {"reason"}
    assert out["found"] is False and out["valid"] is False and out["format"] is None
    assert out["fields"] == dict.fromkeys(FIELD_NAMES, "") and out["reason"]


def test_zone_not_readable(tmp_path: Path) -> None:
    attempt = MrzReading(False, REASON_UNREADABLE, result=parse(["P<UTO"]))
    out = scan_mrz_file(write_image(tmp_path / "flou.png"), lambda image: attempt)
    assert out["found"] is False and out["reason"] == REASON_UNREADABLE and out["lines"] == []


def test_pdf_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF\n")
    out = scan_mrz_file(path, specimen_reader)
    assert out["found"] is False and "PDF" in str(out["reason"]) and out["refused"] is True


def test_corrupt_and_missing_files(tmp_path: Path) -> None:
    corrupt = tmp_path / "abime.png"
    corrupt.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    assert scan_mrz_file(corrupt, specimen_reader)["found"] is False
    text = tmp_path / "notes.jpg"
    text.write_text("pas une image", encoding="utf-8")
    assert "not an image" in str(scan_mrz_file(text, specimen_reader)["reason"])
    assert "cannot read" in str(scan_mrz_file(tmp_path / "absent.png", specimen_reader)["reason"])


def test_file_over_60_mb_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "enorme.png"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no 60 MB written
    out = scan_mrz_file(path, specimen_reader)
    assert out["found"] is False and "too large" in str(out["reason"])


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def test_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    width, height = 12_000, 8_000  # 96 Mpixels of 1-bit grey: a few kB on disk
    rows = zlib.compress(b"\x00" * ((width // 8 + 1) * height), 9)
    data = (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + _png_chunk(b"IDAT", rows) + _png_chunk(b"IEND", b""))
    path = tmp_path / "bombe.png"
    path.write_bytes(data)
    assert len(data) < 200_000
    out = scan_mrz_file(path, specimen_reader)
    assert out["found"] is False and "too large" in str(out["reason"])


def test_cli_prints_one_line_per_image(tmp_path: Path) -> None:
    """The real reader on an image without a zone, and a PDF: found false, with reasons."""
    blank = write_image(tmp_path / "blanc.png")
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    result = subprocess.run([sys.executable, "-m", "kiosk", "scan", "mrz", str(blank), str(pdf)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr  # the PDF is bad input
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert set(first) == KEYS | {"reason"} and first["found"] is False and first["reason"]
    assert second["found"] is False and "PDF" in second["reason"] and second["refused"] is True
    assert "refused" not in first
