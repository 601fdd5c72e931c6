"""Step 3 with the camera: a folder of page photos as the camera, pages captured, one PDF
per requirement attached through the session; a proof of address's 2D-Doc verified."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel
from support.page_photos import photo, text_page, write_photos

from kiosk.scanning.camera import ImageFolderSource
from kiosk.scanning.trust import TrustStore, spec_test_authority
from kiosk.ui.page_capture import PageCaptureDialog, verdict_lines

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "2ddoc" / "spec_vectors"
MB2 = 2 * 1024 * 1024
ANGELA = {"identity.surname": "Sample", "identity.given_names": "Angéla",
          "contact.address": {"line1": "7 pl. des Spécimens", "line2": "Bât. 2", "postcode": "57000",
                              "city": "Metz"}}


def _documents_screen(driver: Any, answers: dict[str, Any] | None = None) -> Any:
    window = driver.window
    window.start_new()
    if answers:
        window.session.set_answers(answers)
    window.go_to("documents")
    return window.current_screen()


def _capture(driver: Any, code: str, folder: Path, *, import_path: Path | None = None) -> PageCaptureDialog:
    screen = driver.screen()
    screen.photograph(code)  # builds the controller
    screen.capture.dialog.reject()
    screen.capture.source_factory = lambda: ImageFolderSource(folder, fps=0, loop=False)
    screen.capture.choose_file = lambda: import_path
    driver.click(f"photograph:{code}")
    dialog = screen.capture.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _card_text(driver: Any, code: str) -> str:
    from PySide6.QtWidgets import QApplication, QFrame

    QApplication.processEvents()
    card = next(c for c in driver.screen().findChildren(QFrame, "Card") if c.property("code") == code)
    return "\n".join(label.text() for label in card.findChildren(QLabel))


def test_folder_camera_delivers_a_multi_page_document(driver: Any, qtbot: Any, tmp_path: Path) -> None:
    _documents_screen(driver)
    assert "Manquant" in _card_text(driver, "passport")
    shots = [photo(text_page(150, seed=i, title=f"PAGE {i + 1}"), seed=i) for i in range(3)]
    folder = write_photos(tmp_path / "camera", shots, repeat=4)  # each page held still 4 frames
    dialog = _capture(driver, "passport", folder)
    qtbot.waitUntil(lambda: len(dialog.pages) == 3, timeout=60_000)
    assert dialog.preview.frames_shown >= 3
    # Reorder and delete: the strip follows.
    dialog.strip.setCurrentRow(2)
    driver.qtbot.mouseClick(dialog.up_button, driver_button())
    assert dialog.strip.currentRow() == 1
    dialog.strip.setCurrentRow(0)
    driver.qtbot.mouseClick(dialog.delete_button, driver_button())
    assert len(dialog.pages) == 2 and dialog.count_label.text() == "2 page(s)"
    qtbot.waitUntil(lambda: dialog.finish_button.isEnabled(), timeout=10_000)
    driver.qtbot.mouseClick(dialog.finish_button, driver_button())
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)

    text = _card_text(driver, "passport")
    assert "✔ Joint : 1 fichier(s), 2 page(s)" in text
    (state,) = [s for s in driver.window.session.document_states() if s.item.code == "passport"]
    (attachment,) = state.documents
    assert attachment.original_name == "passport.pdf" and attachment.media_type == "application/pdf"
    data = driver.window.store.attachment_bytes(attachment.id)
    assert len(PdfReader(io.BytesIO(data)).pages) == 2 and len(data) < MB2


def driver_button() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_quality_problem_is_said_in_words(driver: Any, qtbot: Any, tmp_path: Path) -> None:
    _documents_screen(driver)
    folder = write_photos(tmp_path / "dark", [photo(text_page(150), light=0.3)], repeat=2)
    dialog = _capture(driver, "passport", folder)
    qtbot.waitUntil(lambda: dialog.preview.frames_shown >= 2, timeout=30_000)
    assert dialog.instruction.text() == "L'image est trop sombre : éclairez davantage la feuille"
    assert dialog.pages == []
    dialog.reject()


@pytest.mark.skipif(not SAMPLES.exists(), reason="../shared/samples/2ddoc is not there")
@pytest.mark.parametrize("tampered", [False, True])
def test_proof_of_address_2ddoc_is_verified_and_recorded(driver: Any, qtbot: Any, tmp_path: Path,
                                                         tampered: bool) -> None:
    import zxingcpp

    text = (SAMPLES / "01.txt").read_bytes().rstrip(b"\r\n").decode("latin-1")
    if tampered:
        text = text.replace("METZ", "NICE")
    code = np.array(zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.DataMatrix).to_image(scale=6))
    page = text_page(200, code=code, title="FACTURE")
    image_path = tmp_path / "facture.png"
    import cv2

    cv2.imwrite(str(image_path), page)
    driver.window.trust_store = lambda: TrustStore(spec_test_authority())
    driver.window.session = None
    _documents_screen(driver, ANGELA)
    empty = write_photos(tmp_path / "empty", [np.full((480, 640, 3), 40, np.uint8)])
    dialog = _capture(driver, "proof_of_address", empty, import_path=image_path)
    dialog.today = date(2013, 1, 10)  # the specification's sample is from November 2012
    driver.qtbot.mouseClick(dialog.import_button, driver_button())
    qtbot.waitUntil(lambda: len(dialog.pages) == 1, timeout=30_000)
    driver.qtbot.mouseClick(dialog.finish_button, driver_button())
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)

    shown = _card_text(driver, "proof_of_address")
    check = driver.window.session.checks["proof_of_address"]
    stored = driver.window.store.load(driver.window.session.dossier_id).answers["checks"]["proof_of_address"]
    assert stored == check
    if tampered:
        assert check["signature"] == "invalid" and check["summary"] == "2D-Doc non vérifié"
        assert "Signature du code 2D-Doc invalide" in shown and "valide." not in shown
        assert "✔ Vérifié" not in shown and "✔ Joint" in shown
    else:
        assert check["signature"] == "valid" and check["accepted"] is True
        assert check["summary"] == "2D-Doc vérifié"
        assert "✔ Vérifié : 1 fichier(s), 1 page(s)" in shown
        assert "✔ Signature du code 2D-Doc valide." in shown
        assert "✔ L'adresse correspond à l'adresse déclarée." in shown
        # Removing the file removes its check.
        (state,) = [s for s in driver.window.session.document_states() if s.item.code == "proof_of_address"]
        driver.screen().detach(state.documents[0].id)
        assert "proof_of_address" not in driver.window.session.checks


def test_unknown_certificate_is_never_shown_as_valid() -> None:
    lines = verdict_lines({"signature": "unknown_certificate", "name_matches": True, "address_matches": True,
                           "recent": True, "document_date": "2025-01-02", "accepted": False})
    assert not any("valide" in line and "invalide" not in line for line in lines)
    assert any("certificat du code 2D-Doc est inconnu" in line for line in lines)
