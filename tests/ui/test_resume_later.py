"""« Enregistrer et reprendre plus tard » through the real window, as an applicant would:
the nav bar's button, the code shown, the session wiped, the draft gone from the welcome
screen, and back with the code typed (or the slip scanned), where it stopped. Real SQLite
file, real widgets, real camera loop on a folder of images; the clock is the only stand-in."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.config import Settings, load_settings
from kiosk.deposit.resume import KdfParams, ResumeCodes, new_code
from kiosk.pdf.resume_slip import ResumeSlip, render_resume_slip
from kiosk.store.dossiers import DossierStore
from kiosk.ui.main_window import MainWindow
from kiosk.ui.resume import QrView, ResumeCodeDialog, SaveForLaterDialog, TicketScanDialog

SURNAME = "ZYLBERSZTAJN"
GIVEN = "Wanjiru"
FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def use_clock(window: MainWindow, store: DossierStore, clock: Clock) -> None:
    window.resume_codes = ResumeCodes(store, clock=clock, kdf=FAST,
                                      retention_days=window.resume_codes.retention.days)


def self_service(qtbot: Any, store: DossierStore, data_dir: Path) -> MainWindow:
    window = MainWindow(store, settings=Settings(data_dir=data_dir, mode="self_service",
                                                 idle_timeout_seconds=600, idle_countdown_seconds=0.3,
                                                 resume_retention_days=10))
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    return window


def start_and_fill_identity(qtbot: Any, driver: Any, window: MainWindow) -> Any:
    applicant = type(driver)(qtbot, window)
    applicant.start_with_identity({"identity.surname": SURNAME, "identity.given_names": GIVEN})
    return applicant


def visible(window: MainWindow, kind: type) -> Any:
    QApplication.processEvents()
    shown = [d for d in window.findChildren(kind) if d.isVisible()]
    return shown[0] if shown else None


def save_for_later(qtbot: Any, window: MainWindow) -> SaveForLaterDialog:
    button = window.save_later_button
    assert button.isVisible() and button.height() >= 48
    assert button.accessibleName() == "Enregistrer et reprendre plus tard"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = visible(window, SaveForLaterDialog)
    assert dialog is not None
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ticket is not None, timeout=10_000)
    return dialog


def resume_with(qtbot: Any, applicant: Any, window: MainWindow, typed: str) -> ResumeCodeDialog:
    dialog = visible(window, ResumeCodeDialog)
    if dialog is None:
        applicant.click("ResumeWithCode")
        dialog = visible(window, ResumeCodeDialog)
    assert dialog is not None
    applicant.type_into(dialog.input, typed)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.background.busy, timeout=10_000)
    return dialog


def walk_away(qtbot: Any, window: MainWindow) -> None:
    """The idle timeout runs out, countdown included (the real IdleWatcher)."""
    assert window.idle is not None
    window.idle.set_timeout(0.1)
    qtbot.waitUntil(lambda: window.current == "welcome", timeout=10_000)
    window.idle.set_timeout(600)


def raw_bytes(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file() and p.parent.name != "keys")


def test_save_then_resume_with_the_typed_code(qtbot: Any, driver: Any, store: DossierStore,
                                              data_dir: Path) -> None:
    window = driver.window
    use_clock(window, store, Clock())
    applicant = start_and_fill_identity(qtbot, driver, window)
    dossier_id = window.session.dossier_id
    answers = dict(window.session.answers)

    dialog = save_for_later(qtbot, window)
    ticket = dialog.ticket
    assert dialog.code_label.text() == ticket.code
    assert "26/12/2026" in dialog.expiry_label.text()
    assert dialog.findChild(QrView, "ResumeQr").isVisible()
    names = {b.objectName() for b in dialog.findChildren(QPushButton) if b.isVisible()}
    assert {"PrintResumeSlip", "ShowResumeSlip", "Primary"} <= names
    slip = window.resume_slip_pdf(ticket)
    assert slip.parent == window.temp_dir and slip.read_bytes().startswith(b"%PDF")
    temp_dir = window.temp_dir
    # Saved: nothing readable in the store, not even the code.
    raw = raw_bytes(data_dir)
    assert SURNAME.encode() not in raw and GIVEN.encode() not in raw
    assert ticket.code.encode() not in raw and ticket.code.replace("-", "").encode() not in raw

    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current == "welcome", timeout=5_000)
    assert window.session is None and not temp_dir.exists()
    assert store.latest_draft() is None
    assert not window.welcome.resume_panel.isVisible(), "another applicant sees no draft"
    assert SURNAME not in applicant.visible_text()

    resume_with(qtbot, applicant, window, ticket.code.lower().replace("-", " "))
    qtbot.waitUntil(lambda: window.current == "identity", timeout=10_000)
    assert window.session is not None and window.session.dossier_id == dossier_id
    assert window.session.answers == answers
    assert applicant.editor("identity.surname").input.text() == SURNAME
    assert visible(window, ResumeCodeDialog) is None


def test_wrong_and_mistyped_codes_say_so_and_open_nothing(qtbot: Any, driver: Any,
                                                          store: DossierStore) -> None:
    window = driver.window
    use_clock(window, store, Clock())
    applicant = start_and_fill_identity(qtbot, driver, window)
    ticket = save_for_later(qtbot, window).ticket
    qtbot.mouseClick(visible(window, SaveForLaterDialog).finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current == "welcome", timeout=5_000)

    other = new_code()
    dialog = resume_with(qtbot, applicant, window, other)
    assert "Aucune demande enregistrée ne correspond" in dialog.message.text()
    assert window.current == "welcome" and window.session is None
    typo = ticket.code[:-1] + ("A" if ticket.code[-1] != "A" else "B")
    dialog = resume_with(qtbot, applicant, window, typo)
    assert "faute de frappe" in dialog.message.text()
    dialog = resume_with(qtbot, applicant, window, "K7QM4-XPDR9")
    assert "15 caractères" in dialog.message.text()
    dialog = resume_with(qtbot, applicant, window, ticket.code)
    qtbot.waitUntil(lambda: window.current == "identity", timeout=10_000)
    assert window.session.answers["identity.surname"] == SURNAME


def test_an_expired_code_is_purged_and_says_it_has_expired(qtbot: Any, driver: Any, store: DossierStore,
                                                           data_dir: Path) -> None:
    window = driver.window
    clock = Clock()
    use_clock(window, store, clock)
    applicant = start_and_fill_identity(qtbot, driver, window)
    ticket = save_for_later(qtbot, window).ticket
    qtbot.mouseClick(visible(window, SaveForLaterDialog).finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current == "welcome", timeout=5_000)
    assert [r.state for r in store.saved.records()] == ["saved"]

    clock.now = ticket.expires_at + timedelta(minutes=1)
    window.show_welcome()  # the welcome screen purges
    assert [r.state for r in store.saved.records()] == ["expired"]
    assert not list((data_dir / "saved").glob("*"))
    dialog = resume_with(qtbot, applicant, window, ticket.code)
    assert "a expiré" in dialog.message.text() and "26/12/2026" in dialog.message.text()
    assert window.session is None and store.list_dossiers() == []


def test_self_service_idle_end_keeps_only_the_saved_draft(qtbot: Any, driver: Any, store: DossierStore,
                                                          data_dir: Path) -> None:
    window = self_service(qtbot, store, data_dir)
    use_clock(window, store, Clock())
    assert window.resume_codes.retention == timedelta(days=10)
    applicant = start_and_fill_identity(qtbot, driver, window)
    assert len(store.list_dossiers()) == 1
    walk_away(qtbot, window)  # an ordinary draft: wiped with the session
    assert store.list_dossiers() == [] and store.saved.records() == []

    applicant = start_and_fill_identity(qtbot, driver, window)
    saved_id = window.session.dossier_id
    dialog = save_for_later(qtbot, window)
    ticket = dialog.ticket
    walk_away(qtbot, window)  # the applicant walks away with the code still on screen
    assert visible(window, SaveForLaterDialog) is None and window.session is None
    QApplication.processEvents()
    assert [r.state for r in store.saved.records()] == ["saved"]
    assert not window.welcome.resume_panel.isVisible()

    resume_with(qtbot, applicant, window, ticket.code)
    qtbot.waitUntil(lambda: window.current == "identity", timeout=10_000)
    assert window.session.dossier_id == saved_id
    assert window.session.answers["identity.given_names"] == GIVEN


def test_the_slip_is_scanned_with_the_camera(qtbot: Any, driver: Any, store: DossierStore, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    window = driver.window
    use_clock(window, store, Clock())
    applicant = start_and_fill_identity(qtbot, driver, window)
    ticket = save_for_later(qtbot, window).ticket
    qtbot.mouseClick(visible(window, SaveForLaterDialog).finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current == "welcome", timeout=5_000)
    # The camera: a folder holding a photo of the printed slip (the PDF at a webcam's resolution).
    camera = tmp_path / "camera"
    camera.mkdir()
    render_resume_slip(ResumeSlip(ticket.code, ticket.last_day), tmp_path / "slip.pdf")
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(tmp_path / "slip.pdf"),
                    str(camera / "frame")], check=True)
    monkeypatch.setenv("ESCALE_CAMERA", str(camera))

    applicant.click("ResumeWithCode")
    dialog = visible(window, ResumeCodeDialog)
    assert dialog.scan_button.isVisible()
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    assert visible(window, TicketScanDialog) is not None
    qtbot.waitUntil(lambda: window.current == "identity", timeout=15_000)
    assert window.session.answers["identity.surname"] == SURNAME
    assert visible(window, TicketScanDialog) is None


def test_without_a_camera_the_code_is_typed(qtbot: Any, driver: Any, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    monkeypatch.setenv("ESCALE_CAMERA", str(tmp_path / "no-such-camera"))
    driver.click("ResumeWithCode")
    dialog = visible(driver.window, ResumeCodeDialog)
    assert dialog is not None and not dialog.scan_button.isVisible()
    assert dialog.input.accessibleName() == "Code de reprise"


def test_the_retention_is_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text("resume_retention_days = 14\n", encoding="utf-8")
    assert load_settings(config, data_dir=str(tmp_path)).resume_retention_days == 14
    monkeypatch.setenv("ESCALE_RESUME_RETENTION_DAYS", "7")
    assert load_settings(config, data_dir=str(tmp_path)).resume_retention_days == 7
    monkeypatch.delenv("ESCALE_RESUME_RETENTION_DAYS")
    assert load_settings(None, data_dir=str(tmp_path)).resume_retention_days == 30
    for wrong in ("0", "366", "2.5", "many"):
        config.write_text(f"resume_retention_days = {wrong if wrong[0].isdigit() else repr(wrong)}\n",
                          encoding="utf-8")
        with pytest.raises(ValueError, match="resume_retention_days"):
            load_settings(config, data_dir=str(tmp_path))


def test_an_idle_timeout_while_saving_never_shows_the_code(qtbot: Any, driver: Any,
                                                           store: DossierStore) -> None:
    window = driver.window
    use_clock(window, store, Clock())
    start_and_fill_identity(qtbot, driver, window)
    qtbot.mouseClick(window.save_later_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, SaveForLaterDialog)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.background.busy  # the save runs in the thread pool
    window.end_session("idle")
    assert not dialog.isVisible() and window.current == "welcome"
    qtbot.waitUntil(lambda: dialog.ticket is not None, timeout=10_000)
    QApplication.processEvents()
    assert visible(window, SaveForLaterDialog) is None
    assert "code_label" not in vars(dialog), "the code was never shown"
    assert window.current == "welcome" and window.session is None
    assert [r.state for r in store.saved.records()] == ["saved"] and store.list_dossiers() == []
