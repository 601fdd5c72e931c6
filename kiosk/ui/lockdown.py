"""Self-service lockdown: full screen, frameless, no context menus, no way out by keyboard
shortcuts or by closing the window; only the admin PIN grants the exit (see admin.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
# (key, modifier that must be held; None: with any modifiers)
BLOCKED: tuple[tuple[Qt.Key, Qt.KeyboardModifier | None], ...] = (
    (Qt.Key.Key_F4, ALT), (Qt.Key.Key_Q, CTRL), (Qt.Key.Key_W, CTRL),
    (Qt.Key.Key_Escape, None), (Qt.Key.Key_F11, None),
)
KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)


def is_blocked(event: QKeyEvent) -> bool:
    key, modifiers = event.key(), event.modifiers()
    return any(key == blocked and (held is None or bool(modifiers & held)) for blocked, held in BLOCKED)


class Lockdown(QObject):
    """Installed on the window in self-service mode; `exit_granted` once the admin PIN was
    given and "Quitter" chosen (MainWindow.closeEvent refuses to close before)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self.exit_granted = False
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True  # no right-click menu anywhere (copy, paste, …)
        if kind in KEY_EVENTS and isinstance(event, QKeyEvent) and is_blocked(event):
            event.accept()  # a ShortcutOverride accepted here: no shortcut fires either
            return True
        if (kind == QEvent.Type.WindowStateChange and watched is self.window_
                and not self.exit_granted and self.window_.isVisible()
                and not self.window_.isFullScreen()):
            QTimer.singleShot(0, self._full_screen_again)
        return False

    def _full_screen_again(self) -> None:
        if not self.exit_granted and self.window_.isVisible() and not self.window_.isFullScreen():
            self.window_.showFullScreen()

    def grant_exit(self) -> None:
        self.exit_granted = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
