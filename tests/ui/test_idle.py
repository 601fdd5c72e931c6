"""Idle timeout: a countdown asks whether the applicant is still there; at zero nothing of
them is left on screen, in the temp folder, on the clipboard (nor their draft, in self-service)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from kiosk.config import Settings
from kiosk.store.dossiers import DossierStore
from kiosk.store.errors import DossierNotFound
from kiosk.ui.idle import CountdownDialog
from kiosk.ui.main_window import MainWindow

SURNAME = "ZYLBERSZTAJN"
GIVEN = "Wanjiru"


def settings(data_dir: Path, mode: str, *, timeout: float = 60, countdown: float = 0.5) -> Settings:
    return Settings(data_dir=data_dir, mode=mode, idle_timeout_seconds=timeout,
                    idle_countdown_seconds=countdown)


def make_window(qtbot: Any, store: DossierStore, config: Settings) -> MainWindow:
    window = MainWindow(store, settings=config)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    return window


def countdown(window: MainWindow) -> CountdownDialog | None:
    dialog = window.idle.dialog if window.idle else None
    return dialog if dialog is not None and dialog.isVisible() else None


def all_texts(window: MainWindow) -> str:
    QApplication.processEvents()
    texts = [w.text() for w in window.findChildren(QLineEdit)]
    texts += [w.text() for w in window.findChildren(QLabel)]
    return "\n".join(texts)


def deposit_in_progress(qtbot: Any, driver: Any, window: MainWindow) -> str:
    """An applicant halfway: identity typed, a PDF in the temp folder, their name copied."""
    type(driver)(qtbot, window).start_with_identity({"identity.surname": SURNAME,
                                                     "identity.given_names": GIVEN})
    assert SURNAME in all_texts(window)
    window._temp_pdf(b"%PDF-1.4 " + SURNAME.encode())
    QGuiApplication.clipboard().setText(SURNAME)
    assert QGuiApplication.clipboard().text() == SURNAME
    assert window.session is not None
    return window.session.dossier_id


@pytest.mark.parametrize("mode", ["self_service", "assisted"])
def test_idle_countdown_then_wipe(qtbot: Any, driver: Any, store: DossierStore, data_dir: Path,
                                  mode: str) -> None:
    window = make_window(qtbot, store, settings(data_dir, mode))
    dossier_id = deposit_in_progress(qtbot, driver, window)
    temp_dir = window.temp_dir
    assert any(temp_dir.iterdir())
    window.idle.set_timeout(0.1)  # the applicant walks away now
    qtbot.waitUntil(lambda: countdown(window) is not None, timeout=10_000)
    assert "toujours là" in countdown(window).windowTitle()
    qtbot.waitUntil(lambda: window.current == "welcome", timeout=10_000)

    assert countdown(window) is None
    assert window.session is None
    assert SURNAME not in all_texts(window) and GIVEN not in all_texts(window)
    assert not temp_dir.exists() and not any(window.temp_dir.iterdir())
    assert QGuiApplication.clipboard().text() == ""
    if mode == "self_service":
        with pytest.raises(DossierNotFound):
            store.load(dossier_id)
        assert store.latest_draft() is None
    else:  # kept (encrypted at rest) for the mediator to resume
        assert store.load(dossier_id).answers["answers"]["identity.surname"] == SURNAME
        assert window.welcome.resume_panel.isVisibleTo(window.welcome)


def test_still_there_cancels(qtbot: Any, driver: Any, store: DossierStore, data_dir: Path) -> None:
    window = make_window(qtbot, store, settings(data_dir, "self_service", countdown=60))
    dossier_id = deposit_in_progress(qtbot, driver, window)
    window.idle.set_timeout(0.1)
    qtbot.waitUntil(lambda: countdown(window) is not None, timeout=10_000)
    dialog = countdown(window)
    assert dialog.stay_button.accessibleName() == "Je suis toujours là"
    window.idle.set_timeout(60)
    qtbot.mouseClick(dialog.stay_button, Qt.MouseButton.LeftButton)
    assert countdown(window) is None
    assert window.current == "identity" and window.session.dossier_id == dossier_id
    assert SURNAME in all_texts(window)
    assert store.load(dossier_id).state == "draft"
    assert window.idle.timer.isActive()  # watching again


def test_no_countdown_without_an_applicant(qtbot: Any, store: DossierStore, data_dir: Path) -> None:
    window = make_window(qtbot, store, settings(data_dir, "self_service", timeout=0.05))
    qtbot.wait(300)
    assert countdown(window) is None and window.current == "welcome"


def test_activity_restarts_the_timer(qtbot: Any, store: DossierStore, data_dir: Path) -> None:
    window = make_window(qtbot, store, settings(data_dir, "self_service"))
    window.idle.timer.stop()
    QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                             Qt.KeyboardModifier.NoModifier, "a"))
    assert window.idle.timer.isActive()


def test_closed_window_stops_watching(qtbot: Any, store: DossierStore, data_dir: Path) -> None:
    window = make_window(qtbot, store, settings(data_dir, "assisted", timeout=0.05))
    window.start_new()
    window.close()
    qtbot.wait(300)
    assert not window.idle.timer.isActive() and window.idle.dialog is None



def test_idle_stops_the_camera(qtbot: Any, driver: Any, store: DossierStore, data_dir: Path,
                               tmp_path: Path) -> None:
    import cv2
    import numpy as np

    from kiosk.scanning.camera import ImageFolderSource

    frames = tmp_path / "frames"
    frames.mkdir()
    for i in range(2):
        cv2.imwrite(str(frames / f"{i}.png"), np.full((240, 320, 3), 40 * i, np.uint8))
    window = make_window(qtbot, store, settings(data_dir, "self_service", countdown=0.2))
    window.start_new()
    window.go_to("identity")
    reader = window.screen_for("identity").document_reader
    reader.source_factory = lambda: ImageFolderSource(frames, fps=10, loop=True)
    reader.open_dialog()
    dialog = reader.dialog
    qtbot.waitUntil(lambda: dialog.camera is not None, timeout=10_000)
    camera = dialog.camera
    window.idle.set_timeout(0.1)
    qtbot.waitUntil(lambda: window.current == "welcome", timeout=20_000)
    assert not dialog.isVisible() and dialog.camera is None
    assert camera.thread.isFinished(), "the camera stops with the session"


@pytest.mark.parametrize("mode", ["self_service", "assisted"])
def test_back_from_the_first_page(qtbot: Any, driver: Any, store: DossierStore, data_dir: Path,
                                  mode: str) -> None:
    """Alone at the kiosk, "Retour" on the first page leaves nothing for the next person;
    with a mediator, the draft stays to be resumed."""
    window = make_window(qtbot, store, settings(data_dir, mode))
    applicant = type(driver)(qtbot, window)
    applicant.click("Primary")
    applicant.fill_page({"current_permit.category": "eu_family_member",
                         "current_permit.expiry": "2027-02-15"})
    dossier_id = window.session.dossier_id
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current == "welcome" and window.session is None
    offered = window.welcome.resume_panel.isVisibleTo(window.welcome)
    if mode == "self_service":
        with pytest.raises(DossierNotFound):
            store.load(dossier_id)
        assert not offered
    else:
        assert store.load(dossier_id).state == "draft" and offered


def test_self_service_never_offers_a_left_draft(qtbot: Any, store: DossierStore, data_dir: Path) -> None:
    """A draft left by a crash (or by assisted mode) is not offered to whoever comes next."""
    store.create_draft("eu_family_renewal", 1)
    window = make_window(qtbot, store, settings(data_dir, "self_service"))
    assert not window.welcome.resume_panel.isVisibleTo(window.welcome)
    assisted = make_window(qtbot, store, settings(data_dir, "assisted"))
    assert assisted.welcome.resume_panel.isVisibleTo(assisted.welcome)  # the same store, offered


def test_next_applicant_starts_in_french(qtbot: Any, driver: Any, store: DossierStore,
                                         data_dir: Path) -> None:
    window = make_window(qtbot, store, settings(data_dir, "self_service"))
    try:
        window.choose_language("ar")
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        deposit_in_progress(qtbot, driver, window)
        window.end_session("idle")
        assert window.language == "fr" and window.language_menu.currentData() == "fr"
        assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert "Bienvenue" in all_texts(window)
    finally:
        window.choose_language("fr")
