"""Shared test set-up: Qt offscreen unless told otherwise, and real sample files."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))  # tests/support/ helpers

from support.files import make_pdf, make_png

if TYPE_CHECKING:
    from kiosk.store.dossiers import DossierStore


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


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[DossierStore]:
    """The kiosk's store on a real SQLite file, closed after the test."""
    from kiosk.store.dossiers import DossierStore

    with DossierStore(data_dir) as opened:
        yield opened
