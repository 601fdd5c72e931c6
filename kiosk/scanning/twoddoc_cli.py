"""The command-line pieces of 2D-Doc: `kiosk scan 2ddoc IMAGE` and `kiosk trust import
FILE`. Each returns the JSON object to print, or raises `TwoDDocCommandError` whose
one-line message goes to standard error with exit code 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.scanning.barcodes import BarcodeError, Code, read_codes
from kiosk.scanning.images import ImageLoadError, load_image
from kiosk.scanning.trust import TrustError, TrustStore, import_certificates
from kiosk.scanning.twoddoc import TwoDDocError, parse_2ddoc, to_json, verify_detail

CLOSER = "bring the code closer to the camera: a DataMatrix module needs about 3 pixels"


class TwoDDocCommandError(ValueError):
    """Bad input for a 2D-Doc command; the message is the one-line reason."""


def _payload(code: Code) -> str | bytes | None:
    """The code's content if it is a 2D-Doc: C40 text starting with DC, or a binary one."""
    if code.text.startswith("DC"):
        return code.raw if code.raw.startswith(b"DC") else code.text  # raw keeps v01 signature bytes
    if code.raw[:1] == b"\xdc":
        return code.raw
    return None


def scan_2ddoc(path: Path, data_dir: Path, *, trust_test_authority: bool = False) -> dict[str, Any]:
    """Read, parse and verify the 2D-Doc in the image at `path` against the trust store
    under `data_dir` (plus the specification's test authority in demo mode)."""
    try:
        image = load_image(path)
        codes = read_codes(image, ["DataMatrix"])
    except (ImageLoadError, BarcodeError) as exc:
        raise TwoDDocCommandError(f"{path}: {exc}") from None
    if not codes:
        raise TwoDDocCommandError(f"{path}: no DataMatrix code found; {CLOSER}")
    payloads = [p for p in map(_payload, codes) if p is not None]
    if not payloads:
        raise TwoDDocCommandError(f"{path}: a DataMatrix code was read but it is not a 2D-Doc")
    try:
        doc = parse_2ddoc(payloads[0])
    except TwoDDocError as exc:
        raise TwoDDocCommandError(f"{path}: not a valid 2D-Doc: {exc.reason}") from None
    trust = TrustStore.load(data_dir, include_test_authority=trust_test_authority)
    return {"file": str(path)} | to_json(doc, verify_detail(doc, trust))


def trust_import(path: Path, data_dir: Path) -> dict[str, Any]:
    """Import certificates (DER, PEM, ZIP, folder or the ANTS TSL) into the trust store."""
    try:
        report = import_certificates(path, data_dir)
    except TrustError as exc:
        raise TwoDDocCommandError(str(exc)) from None
    if not report.imported:
        first = report.refused[0] if report.refused else {"source": str(path), "reason": "nothing to import"}
        raise TwoDDocCommandError(f"nothing imported: {first['source']}: {first['reason']}")
    return report.as_json()
