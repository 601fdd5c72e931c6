"""`kiosk scan 2ddoc` and `kiosk trust import` as machine contracts: JSON out, exit 2
with a one-line reason on bad input; the test authority trusted in demo mode only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

IMAGES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "2ddoc" / "images"
pytestmark = pytest.mark.skipif(not IMAGES.is_dir(), reason="../shared/samples/2ddoc is not here")


def kiosk(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "data"), *args],
                          capture_output=True, text=True, timeout=60, env=os.environ | (env or {}))


def test_a_specimen_proof_of_address_verifies_in_demo_mode(tmp_path: Path) -> None:
    result = kiosk(tmp_path, "scan", "2ddoc", str(IMAGES / "specimen__go2ddoc__barcode_c40_v2.png"))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["signature"] == "valid"
    assert out["header"]["authority"] == "FR00" and out["header"]["emission_date"] == "2012-11-15"
    assert out["fields"]["10"] == "MME/SPECIMEN/NATACHA"


def test_with_a_real_central_service_the_test_authority_is_unknown(tmp_path: Path) -> None:
    result = kiosk(tmp_path, "scan", "2ddoc", str(IMAGES / "specimen__go2ddoc__barcode_c40_v2.png"),
                   env={"ESCALE_CENTRAL_URL": "https://central.example.test"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["signature"] == "unknown_certificate"


def test_an_image_without_a_2ddoc_is_refused_with_a_reason(tmp_path: Path) -> None:
    result = kiosk(tmp_path, "scan", "2ddoc", str(IMAGES / "specimen__lib2ddoc__img_1.jpg"))
    assert result.returncode == 2 and result.stdout == ""
    assert "no DataMatrix" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_importing_the_test_authority_is_refused(tmp_path: Path) -> None:
    certificate = IMAGES.parent / "certs" / "FR00.der"
    result = kiosk(tmp_path, "trust", "import", str(certificate))
    assert result.returncode == 2 and "demo mode" in result.stderr
