"""Reading a document on the identity page: a folder of generated document photos stands
for the camera; the dialog shows the preview and guidance, and a read MRZ fills step 1
with "lu sur le document" tags. The end-to-end reads need the recogniser's model
(resources/models/mrz_ocr.onnx) and are skipped, saying so, until it is in the tree;
everything else runs without it (prefill from an MrzResult parsed from clean lines)."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.deposit.prefill import DOCUMENT, HAND
from kiosk.scanning.camera import CameraSource, ImageFolderSource, VideoFileSource
from kiosk.scanning.mrz import reader
from kiosk.scanning.mrz.parse import compose, parse
from kiosk.scanning.mrz.synth import ocrb_font_path
from kiosk.scanning.mrz.types import ZoneHint
from kiosk.ui import scan_view
from kiosk.ui.scan_view import DocumentReader, ScanDialog, guidance, source_from_spec

TOOLS = Path(__file__).resolve().parents[2] / "tools" / "mrz"
needs_font = pytest.mark.skipif(ocrb_font_path() is None, reason="OCR-B font missing (fonts-ocr-b)")
needs_model = pytest.mark.skipif(
    reader._recogniser() is None,
    reason="the MRZ recogniser's model resources/models/mrz_ocr.onnx is not in the tree yet")

# A German passport valid until 2031 (the tests' deposit date is 2026-11-26).
FIELDS = {"document_type": "P", "issuing_state": "D", "document_number": "C01X00T47", "surname": "MUELLER",
          "given_names": "ANNA", "nationality": "D", "birth_date": "840812", "sex": "F",
          "expiry_date": "310415", "optional_data": ""}
PASSPORT = compose("TD3", FIELDS)
EXPIRED = compose("TD3", FIELDS | {"expiry_date": "240101"})
FILLED = {"identity.surname": "MUELLER", "identity.given_names": "ANNA", "identity.birth_date": "1984-08-12",
          "identity.sex": "F", "identity.nationality": "DEU", "identity.passport_number": "C01X00T47",
          "identity.passport_expiry": "2031-04-15"}


def document_frames(folder: Path, lines: tuple[str, ...], count: int = 4) -> Path:
    """`count` camera-like frames of one passport page, moved a little from frame to frame."""
    sys.path.insert(0, str(TOOLS))
    import make_samples

    folder.mkdir(parents=True, exist_ok=True)
    page = make_samples.render_document(np.random.default_rng(7), "TD3", list(lines))
    page = cv2.resize(page, None, fx=0.85, fy=0.85, interpolation=cv2.INTER_AREA)
    page = (page * 0.85).astype(np.uint8)  # a camera does not saturate the paper: no glare
    for i in range(count):
        frame = np.full((720, 1280, 3), (70, 90, 110), np.uint8)
        y, x = 40 + 3 * i, 220 + 5 * i
        frame[y:y + page.shape[0], x:x + page.shape[1]] = page
        cv2.imwrite(str(folder / f"frame_{i:02d}.jpg"), frame)
    return folder


def identity(driver: Any) -> DocumentReader:
    driver.window.start_new()
    driver.window.go_to("identity")
    screen = driver.window.screen_for("identity")
    assert screen.document_reader is not None
    return screen.document_reader


def open_dialog(driver: Any) -> ScanDialog:
    driver.click("ReadDocument")
    dialog = driver.window.screen_for("identity").document_reader.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def tag_shown(reader_: DocumentReader, key: str) -> bool:
    return reader_.tags[key].isVisibleTo(reader_.screen)


# -- pure parts ------------------------------------------------------------------------------

def _hint(size: float = 0.6, glare: float = 0.0, sharpness: float = 500.0, lines: int = 2) -> ZoneHint:
    """A zone `size` of a 1280-pixel-wide frame across."""
    width = 1280 * size
    return ZoneHint(((0, 0), (width, 0), (width, 60), (0, 60)), lines, sharpness, glare, size)


def test_guidance_follows_the_hint() -> None:
    assert guidance(None) == scan_view.PLACE
    assert guidance(_hint(size=0.1)) == scan_view.CLOSER
    # a third of the frame: a 3-line card's 30 characters are 13 px apart, readable; a
    # passport's 44 only 9.6 px, too small (reader.MIN_PITCH)
    assert guidance(_hint(size=0.33, lines=3)) == scan_view.READING
    assert guidance(_hint(size=0.33, lines=2)) == scan_view.CLOSER
    assert guidance(_hint(glare=0.3)) == scan_view.GLARE
    assert guidance(_hint(sharpness=5.0)) == scan_view.STILL
    assert guidance(_hint()) == scan_view.READING


def test_camera_chosen_by_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ESCALE_CAMERA", raising=False)
    assert isinstance(source_from_spec(), CameraSource) and source_from_spec().index == 0
    monkeypatch.setenv("ESCALE_CAMERA", "2")
    assert source_from_spec().index == 2  # type: ignore[attr-defined]
    monkeypatch.setenv("ESCALE_CAMERA", str(tmp_path))
    assert isinstance(source_from_spec(), ImageFolderSource)
    assert isinstance(source_from_spec(str(tmp_path / "demo.mp4")), VideoFileSource)


# -- dialog -----------------------------------------------------------------------------------

@needs_font
def test_live_preview_guide_and_guidance(driver: Any, tmp_path: Path) -> None:
    folder = document_frames(tmp_path / "frames", PASSPORT)
    reader_ = identity(driver)
    reader_.source_factory = lambda: ImageFolderSource(folder, fps=10, loop=True)
    dialog = open_dialog(driver)
    # Three frames on screen, or fewer when two consecutive reads already agreed (a fast
    # machine, or a slow one where each read spans many preview frames).
    driver.qtbot.waitUntil(lambda: dialog.preview.frames_shown >= 3 or dialog.guidance_code == scan_view.DONE,
                           timeout=60_000)
    assert dialog.preview.image is not None and dialog.preview.image.width() <= scan_view.PREVIEW_WIDTH
    assert dialog.preview.quad is not None, "the zone found is drawn over the preview"
    assert dialog.guidance_code in (scan_view.READING, scan_view.PLACED, scan_view.DONE)
    assert dialog.instruction.text() and dialog.instruction.accessibleName() == dialog.instruction.text()
    assert dialog.preview.guide_rect().width() > 0
    dialog.grab().save(str(tmp_path / "scan_dialog.png"))
    if reader._recogniser() is None:  # said, not "reading" forever
        driver.qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10000)
        assert "pas disponible" in dialog.message.text()
        assert dialog.instruction.text() == "Document bien placé"
    camera = dialog.camera
    if camera is None:  # the model is there and the vote already agreed
        return
    driver.qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.camera is None and camera.thread.isFinished(), "the camera stops with the dialog"
    assert not driver.window.session.provenance


@needs_font
def test_still_photo_from_the_live_view(driver: Any, tmp_path: Path) -> None:
    folder = document_frames(tmp_path / "frames", PASSPORT, count=2)
    reader_ = identity(driver)
    reader_.source_factory = lambda: ImageFolderSource(folder, fps=5, loop=True)
    dialog = open_dialog(driver)
    driver.qtbot.waitUntil(lambda: dialog.preview.frames_shown >= 1, timeout=60_000)
    driver.qtbot.mouseClick(dialog.photo_button, Qt.MouseButton.LeftButton)
    session = driver.window.session
    if reader._recogniser() is None:
        driver.qtbot.waitUntil(lambda: "lecture automatique" in dialog.message.text(), timeout=30000)
        dialog.reject()
        return
    driver.qtbot.waitUntil(lambda: session.answers.get("identity.surname") == "MUELLER", timeout=60000)


def test_no_document_in_view_asks_to_place_it(driver: Any, tmp_path: Path) -> None:
    folder = tmp_path / "empty_desk"
    folder.mkdir()
    cv2.imwrite(str(folder / "desk.jpg"), np.full((720, 1280, 3), 120, np.uint8))
    reader_ = identity(driver)
    reader_.source_factory = lambda: ImageFolderSource(folder, fps=20, loop=True)
    dialog = open_dialog(driver)
    driver.qtbot.waitUntil(lambda: dialog.preview.frames_shown >= 2, timeout=60_000)
    assert dialog.guidance_code == scan_view.PLACE and "cadre" in dialog.instruction.text()
    dialog.reject()
    assert dialog.camera is None


def test_camera_that_cannot_open_offers_import(driver: Any, tmp_path: Path) -> None:
    no_mrz = tmp_path / "cat.png"
    cv2.imwrite(str(no_mrz), np.full((600, 800, 3), 200, np.uint8))
    not_image = tmp_path / "notes.jpg"
    not_image.write_bytes(b"not an image at all")
    chosen: list[Path] = [no_mrz, not_image]
    reader_ = identity(driver)
    reader_.source_factory = lambda: ImageFolderSource(tmp_path / "no-camera-here")
    reader_.choose_image = lambda: chosen.pop(0)
    dialog = open_dialog(driver)
    driver.qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10000)
    assert "caméra n'est pas disponible" in dialog.message.text()
    assert not dialog.photo_button.isEnabled() and dialog.import_button.isEnabled()
    dialog.grab().save(str(tmp_path / "no_camera.png"))

    driver.qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    driver.qtbot.waitUntil(lambda: "Aucune bande de lecture" in dialog.message.text(), timeout=60_000)
    driver.qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    driver.qtbot.waitUntil(lambda: "pas une image lisible" in dialog.message.text(), timeout=60_000)
    assert dialog.isVisible() and not driver.window.session.answers.get("identity.surname")
    dialog.reject()


@needs_font
def test_imported_document_photo(driver: Any, tmp_path: Path) -> None:
    folder = document_frames(tmp_path / "frames", PASSPORT, count=1)
    reader_ = identity(driver)
    reader_.source_factory = lambda: ImageFolderSource(tmp_path / "no-camera-here")
    reader_.choose_image = lambda: folder / "frame_00.jpg"
    dialog = open_dialog(driver)
    driver.qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    if reader._recogniser() is None:
        driver.qtbot.waitUntil(lambda: "lecture automatique" in dialog.message.text(), timeout=30000)
        dialog.reject()
        return
    session = driver.window.session
    driver.qtbot.waitUntil(lambda: session.answers.get("identity.surname") == "MUELLER", timeout=60000)
    assert {k: session.answers.get(k) for k in FILLED} == FILLED


@needs_font
@needs_model
def test_a_photo_taken_too_far_asks_to_come_closer(driver: Any, tmp_path: Path) -> None:
    # The passport page 360 pixels across a 1280-pixel photo, softened: its MRZ characters
    # 7 px apart. The answer tells what to do differently, not just "retry".
    sys.path.insert(0, str(TOOLS))
    import make_samples

    page = make_samples.render_document(np.random.default_rng(7), "TD3", list(PASSPORT))
    page = cv2.resize(page, None, fx=0.36, fy=0.36, interpolation=cv2.INTER_AREA)
    page = cv2.GaussianBlur(page, (0, 0), 1.2)
    photo = np.full((720, 1280, 3), (70, 90, 110), np.uint8)
    photo[300:300 + page.shape[0], 500:500 + page.shape[1]] = page
    far = tmp_path / "far.jpg"
    cv2.imwrite(str(far), photo, [cv2.IMWRITE_JPEG_QUALITY, 60])
    reader_ = identity(driver)
    reader_.source_factory = lambda: ImageFolderSource(tmp_path / "no-camera-here")
    reader_.choose_image = lambda: far
    dialog = open_dialog(driver)
    driver.qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    driver.qtbot.waitUntil(lambda: "trop petite" in dialog.message.text(), timeout=60_000)
    assert "Rapprochez le document" in dialog.message.text()
    assert not driver.window.session.answers.get("identity.surname")
    dialog.grab().save(str(tmp_path / "too_far.png"))
    dialog.reject()


# -- prefill on the identity page ---------------------------------------------------------------

def test_read_mrz_fills_step_one_with_tags_and_a_hand_edit_flips_provenance(driver: Any,
                                                                            tmp_path: Path) -> None:
    reader_ = identity(driver)
    assert not any(tag_shown(reader_, key) for key in reader_.tags)
    reader_.on_read(parse(PASSPORT))
    session = driver.window.session
    assert {k: session.answers.get(k) for k in FILLED} == FILLED
    assert session.provenance == dict.fromkeys(FILLED, DOCUMENT)
    assert driver.editor("identity.surname").input.text() == "MUELLER"
    assert driver.editor("identity.birth_date").input.text() == "12/08/1984"
    assert driver.editor("identity.sex").value() == "F"
    assert driver.editor("identity.nationality").value() == "DEU"
    for key in FILLED:
        assert tag_shown(reader_, key), key
        assert reader_.tags[key].accessibleName() == "Lu sur le document"
    assert reader_.note.isVisibleTo(reader_.screen) and "sans accents" in reader_.note.body.text()
    assert not reader_.warning_panel.isVisibleTo(reader_.screen)
    driver.window.grab().save(str(tmp_path / "identity_prefilled.png"))

    driver.fill("identity.given_names", "Anna Lëna")  # accents restored by hand
    assert session.provenance["identity.given_names"] == HAND
    assert not tag_shown(reader_, "identity.given_names")
    assert tag_shown(reader_, "identity.surname")
    stored = driver.window.store.load(session.dossier_id).answers
    assert stored["provenance"]["identity.given_names"] == HAND
    assert stored["answers"]["identity.given_names"] == "Anna Lëna"
    driver.fill("identity.foreigner_number", "7501234567")  # the one field no MRZ gives
    driver.next("contact")


def test_expired_document_shows_a_warning(driver: Any) -> None:
    reader_ = identity(driver)
    reader_.on_read(parse(EXPIRED))
    assert reader_.warning_panel.isVisibleTo(reader_.screen)
    assert "a expiré le 01/01/2024" in reader_.warning_panel.body.text()
    assert reader_.warning_panel.accessibleName() == "Attention"
    driver.window.go_to("contact")
    driver.window.go_to("identity")  # still there when the page comes back
    assert "a expiré" in reader_.warning_panel.body.text()
    assert reader_.warning_panel.isVisibleTo(reader_.screen)


def test_another_persons_document_is_not_applied_without_consent(driver: Any) -> None:
    reader_ = identity(driver)
    driver.fill("identity.surname", "Haddad")
    reader_.on_read(parse(PASSPORT))
    session = driver.window.session
    assert session.answers["identity.surname"] == "Haddad"
    assert "autre personne" in reader_.warning_panel.body.text()
    assert reader_.apply_anyway.isVisibleTo(reader_.screen)
    driver.click("ApplyAnyway")
    assert session.answers["identity.surname"] == "MUELLER"
    assert session.provenance["identity.surname"] == DOCUMENT
    assert "autre personne" not in reader_.warning_panel.body.text()


# -- end to end: the camera reads the passport ------------------------------------------------

@needs_font
@needs_model
def test_folder_camera_fills_step_one(driver: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = document_frames(tmp_path / "frames", PASSPORT, count=4)
    monkeypatch.setenv("ESCALE_CAMERA", str(folder))
    reader_ = identity(driver)
    dialog = open_dialog(driver)
    session = driver.window.session
    driver.qtbot.waitUntil(lambda: session.answers.get("identity.surname") == "MUELLER", timeout=90000)
    QApplication.processEvents()
    assert not dialog.isVisible() and dialog.camera is None
    assert {k: session.answers.get(k) for k in FILLED} == FILLED
    assert all(tag_shown(reader_, key) for key in FILLED)
    labels = [label for label in reader_.screen.findChildren(QLabel) if label.objectName() == "DocumentTag"]
    assert sum(label.isVisibleTo(reader_.screen) for label in labels) == len(FILLED)


@needs_font
def test_folder_camera_vote_fills_step_one_with_the_recogniser_stubbed(
        driver: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The live loop without the model: the reader's answer is the clean parse of the
    frames' MRZ; hints, throttling, voting, the dialog closing and the prefill are real."""
    folder = document_frames(tmp_path / "frames", PASSPORT, count=3)
    reads: list[int] = []

    def read_mrz(image: np.ndarray) -> reader.MrzReading:
        reads.append(image.shape[1])
        return reader.MrzReading(True, result=parse(PASSPORT))

    monkeypatch.setattr(scan_view.reader, "read_mrz", read_mrz)
    monkeypatch.setenv("ESCALE_CAMERA", str(folder))
    reader_ = identity(driver)
    dialog = open_dialog(driver)
    session = driver.window.session
    driver.qtbot.waitUntil(lambda: session.answers.get("identity.surname") == "MUELLER", timeout=30000)
    assert len(reads) == 2, "two agreeing reads are enough"
    assert not dialog.isVisible() and dialog.camera is None
    assert {k: session.answers.get(k) for k in FILLED} == FILLED
    assert all(tag_shown(reader_, key) for key in FILLED)


def _read_unsure(driver: Any, lines: tuple[str, ...], field: str,
                 confidence: float) -> tuple[DocumentReader, Any]:
    """Step 1's reader fed `lines` as read with `field` at `confidence`; the reader and the
    reading as parsed."""
    read = parse(lines)
    reader_ = identity(driver)
    reader_.on_read(dataclasses.replace(read, confidence=dict(read.confidence, **{field: confidence})))
    return reader_, read


def _left_empty(driver: Any, reader_: DocumentReader, key: str) -> bool:
    """Whether step 1's field `key` was left for the applicant: not guessed, not tagged as read."""
    value = driver.window.screen_for("identity").editors[key].value()
    return value in (None, "") and not tag_shown(reader_, key)


def test_an_unsure_name_is_left_to_the_applicant_with_a_reason(driver: Any) -> None:
    reader_, read = _read_unsure(driver, EXPIRED, "surname", 0.06)
    assert _left_empty(driver, reader_, "identity.surname")
    text = reader_.warning_panel.body.text()
    assert "n'a pas pu être lu avec certitude" in text and read.fields["surname"] in text


def test_a_number_read_in_small_print_is_left_to_the_applicant_with_a_reason(driver: Any) -> None:
    reader_, _ = _read_unsure(driver, PASSPORT, "document_number", 0.0)
    assert _left_empty(driver, reader_, "identity.passport_number")
    assert driver.window.session.answers.get("identity.surname") == "MUELLER"  # the rest is filled
    text = reader_.warning_panel.body.text()
    assert "Ce numéro n'a pas pu être lu avec certitude" in text and "C01X00T47" in text


ROMANIAN_CARD = Path(__file__).resolve().parents[3] / "shared" / "samples" / "mrz" / "pe_100_id-rou.jpg"


@needs_model
@pytest.mark.skipif(not ROMANIAN_CARD.is_file(), reason="../shared samples absent")
def test_a_card_printing_its_own_nationality_code_fills_the_rest(driver: Any, tmp_path: Path) -> None:
    # The real Romanian card prints `132` as its nationality: the zone is read, the
    # identity filled, and the nationality left for the applicant to choose, saying why.
    reader_ = identity(driver)
    reader_.source_factory = lambda: ImageFolderSource(tmp_path / "no-camera-here")
    reader_.choose_image = lambda: ROMANIAN_CARD
    dialog = open_dialog(driver)
    driver.qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    session = driver.window.session
    driver.qtbot.waitUntil(lambda: session.answers.get("identity.surname") == "SAVA", timeout=60_000)
    assert session.answers.get("identity.given_names") == "SUPERMAN"
    assert session.answers.get("identity.birth_date") == "1985-05-09"
    assert not session.answers.get("identity.nationality")
    warning = reader_.warning_panel.body.text()
    assert "La nationalité inscrite sur le document n'a pas pu être reprise" in warning
    driver.window.grab().save(str(tmp_path / "romanian_card.png"))
