"""Self-service lockdown: full screen, frameless, no close, no shortcut, no context menu;
the admin PIN (counted, delayed when wrong) is the only way out. The mediator's PIN
guards the dashboard in assisted mode."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from kiosk.config import Settings
from kiosk.security.pins import hash_pin
from kiosk.store.dossiers import DossierStore
from kiosk.ui.admin import AdminDialog, PinDialog
from kiosk.ui.main_window import MainWindow

FAST = {"memory_kib": 8 * 1024, "iterations": 1, "lanes": 1}
ADMIN_PIN, MEDIATOR_PIN = "927461", "5813"


@pytest.fixture
def hashes() -> dict[str, str]:
    return {"admin_pin_hash": hash_pin(ADMIN_PIN, **FAST),
            "mediator_pin_hash": hash_pin(MEDIATOR_PIN, **FAST)}


@pytest.fixture
def open_window(qtbot: Any, store: DossierStore, data_dir: Path,
                hashes: dict[str, str]) -> Iterator[Any]:
    windows: list[MainWindow] = []

    def make(mode: str) -> MainWindow:
        window = MainWindow(store, settings=Settings(data_dir=data_dir, mode=mode, **hashes))
        qtbot.addWidget(window)
        window.showFullScreen() if mode == "self_service" else window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:  # never leave a lockdown filter behind for the next test
        if window.lockdown is not None:
            window.lockdown.grant_exit()
        window.close()


def pin_dialog(window: MainWindow) -> PinDialog:
    dialogs = [d for d in window.findChildren(PinDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def enter_pin(qtbot: Any, dialog: PinDialog, pin: str) -> None:
    dialog.input.setText(pin)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.checking)


def test_self_service_window_refuses_to_close(open_window: Any) -> None:
    window = open_window("self_service")
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.isFullScreen()
    assert not window.close()
    assert window.isVisible()
    window.show_dashboard()
    assert window.current == "welcome"  # the dashboard is behind the mediator's PIN
    pin_dialog(window).reject()


@pytest.mark.parametrize("key,modifier", [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
])
def test_shortcuts_swallowed(qtbot: Any, open_window: Any, key: Qt.Key,
                             modifier: Qt.KeyboardModifier) -> None:
    window = open_window("self_service")
    fired: list[str] = []
    for name, sequence in (("blocked", QKeySequence(modifier.value | key.value)),
                           ("control", QKeySequence("Ctrl+K"))):
        action = QAction(name, window)
        action.setShortcut(sequence)
        action.triggered.connect(lambda _=False, n=name: fired.append(n))
        window.addAction(action)
    window.activateWindow()
    # Through the window system (shortcut map included), as a keyboard would.
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["control"]  # shortcuts do fire in this harness
    QTest.keyClick(window.windowHandle(), key, modifier)
    assert fired == ["control"]
    assert window.isVisible() and window.isFullScreen()


def test_no_context_menu(qtbot: Any, open_window: Any) -> None:
    window = open_window("self_service")
    edit = QLineEdit(window.welcome)
    edit.show()
    QApplication.sendEvent(edit, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5),
                                                   edit.mapToGlobal(QPoint(5, 5))))
    assert QApplication.activePopupWidget() is None


def test_admin_pin_then_quit(qtbot: Any, open_window: Any, data_dir: Path) -> None:
    window = open_window("self_service")
    qtbot.mouseClick(window.admin_button, Qt.MouseButton.LeftButton)
    dialog = pin_dialog(window)
    enter_pin(qtbot, dialog, "000000")
    assert dialog.isVisible() and dialog.last is not None and dialog.last.failures == 1
    assert "incorrect" in dialog.message.text()
    assert dialog.input.text() == ""
    assert ADMIN_PIN not in (data_dir / "pins.json").read_text()
    enter_pin(qtbot, dialog, ADMIN_PIN)
    assert not [d for d in window.findChildren(PinDialog) if d.isVisible()]
    admin = next(d for d in window.findChildren(AdminDialog) if d.isVisible())
    assert admin.findChild(QLabel, "config:mode").text() == "self_service"
    shown = "\n".join(label.text() for label in admin.findChildren(QLabel))
    assert "$argon2id$" not in shown and "Diagnostic" in shown  # hashes never shown
    assert not window.close()  # the admin screen alone does not open the way out
    qtbot.mouseClick(admin.quit_button, Qt.MouseButton.LeftButton)
    assert window.lockdown.exit_granted
    assert not window.isVisible()


def test_wrong_pins_are_delayed(qtbot: Any, open_window: Any) -> None:
    window = open_window("self_service")
    window.open_admin()
    dialog = pin_dialog(window)
    for _ in range(3):
        enter_pin(qtbot, dialog, "111111")
    assert dialog.last.failures == 3 and dialog.last.wait_seconds > 0
    assert not dialog.ok_button.isEnabled()
    assert "Nouvel essai possible" in dialog.message.text()
    dialog.reject()
    window.open_admin()  # a new dialog remembers the wait
    assert not pin_dialog(window).ok_button.isEnabled()


def test_assisted_dashboard_behind_mediator_pin(qtbot: Any, open_window: Any) -> None:
    window = open_window("assisted")
    assert window.lockdown is None
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    button = window.welcome.findChild(QPushButton, "OpenDashboard")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current == "welcome"
    enter_pin(qtbot, pin_dialog(window), MEDIATOR_PIN)
    assert window.current == "dashboard" and window.mediator_signed_in
    window.end_session("idle")  # an unattended kiosk: signed out
    assert not window.mediator_signed_in and window.current == "welcome"
    assert window.close()  # assisted: an ordinary window


def test_pin_check_leaves_the_screen_alive(qtbot: Any, store: DossierStore, data_dir: Path) -> None:
    # The real Argon2id cost (64 MiB, t=3): the GUI thread keeps ticking while it runs.
    settings = Settings(data_dir=data_dir, mode="assisted", mediator_pin_hash=hash_pin(MEDIATOR_PIN))
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.show_dashboard()
    dialog = pin_dialog(window)
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    dialog.input.setText(MEDIATOR_PIN)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.checking and not dialog.input.isEnabled()  # returned before the hash
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
    timer.stop()
    assert len(ticks) >= 3
    assert window.current == "dashboard"


def test_pin_dialog_closed_mid_check_opens_nothing(qtbot: Any, store: DossierStore,
                                                    data_dir: Path) -> None:
    settings = Settings(data_dir=data_dir, mode="assisted", mediator_pin_hash=hash_pin(MEDIATOR_PIN))
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.show_dashboard()
    dialog = pin_dialog(window)
    dialog.input.setText(MEDIATOR_PIN)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    window.end_session("idle")  # the idle timeout closes the dialog while the hash runs
    qtbot.waitUntil(lambda: not dialog.background.busy, timeout=10_000)
    qtbot.wait(50)
    assert window.current == "welcome" and not window.mediator_signed_in


def test_mediator_switches_modes_with_the_pin(qtbot: Any, open_window: Any, store: DossierStore) -> None:
    window = open_window("assisted")
    draft = store.create_draft("eu_family_renewal", 1)  # an assisted applicant's, kept throughout
    qtbot.mouseClick(window.welcome.findChild(QPushButton, "OpenDashboard"), Qt.MouseButton.LeftButton)
    enter_pin(qtbot, pin_dialog(window), MEDIATOR_PIN)
    qtbot.mouseClick(window.dashboard.findChild(QPushButton, "StartSelfService"),
                     Qt.MouseButton.LeftButton)
    assert window.mode == "self_service" and window.lockdown is not None
    qtbot.waitUntil(window.isFullScreen)
    assert window.current == "welcome" and not window.mediator_signed_in
    assert not window.welcome.resume_panel.isVisibleTo(window.welcome)  # not for the next applicant
    assert not window.close()  # locked down now

    # An applicant tries the mediator's door: a wrong PIN opens nothing.
    qtbot.mouseClick(window.welcome.findChild(QPushButton, "OpenDashboard"), Qt.MouseButton.LeftButton)
    enter_pin(qtbot, pin_dialog(window), "0000")
    assert window.mode == "self_service" and window.current == "welcome"
    pin_dialog(window).reject()

    # The mediator takes the kiosk back.
    qtbot.mouseClick(window.welcome.findChild(QPushButton, "OpenDashboard"), Qt.MouseButton.LeftButton)
    enter_pin(qtbot, pin_dialog(window), MEDIATOR_PIN)
    assert window.mode == "assisted" and window.lockdown is None
    assert window.current == "dashboard" and window.mediator_signed_in
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert store.load(draft).state == "draft"
    window.show_welcome()
    assert window.welcome.resume_panel.isVisibleTo(window.welcome)


def test_no_self_service_without_a_mediator_pin(qtbot: Any, store: DossierStore, data_dir: Path,
                                               hashes: dict[str, str]) -> None:
    window = MainWindow(store, settings=Settings(data_dir=data_dir, mode="assisted",
                                                 admin_pin_hash=hashes["admin_pin_hash"]))
    qtbot.addWidget(window)
    window.show()
    window.show_dashboard()  # no mediator PIN: open
    qtbot.mouseClick(window.dashboard.findChild(QPushButton, "StartSelfService"),
                     Qt.MouseButton.LeftButton)
    assert window.mode == "assisted" and window.lockdown is None
    assert "code médiateur" in window.dashboard.notice.text()
