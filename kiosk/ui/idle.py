"""Idle timeout: any touch, click or key anywhere in the application restarts a timer; when
it runs out while an applicant is there, a countdown asks whether they are still there, and
at zero the window ends the session (MainWindow.end_session: rule 6, nothing lingers)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

# What a person does; not what the window does to itself (paint, resize, timers).
ACTIVITY = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.InputMethod,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
})
TICK_MS = 250


class CountdownDialog(QDialog):
    """'Êtes-vous toujours là ?', the seconds left in big text and one big button."""

    def __init__(self, parent: QWidget, seconds: float) -> None:
        super().__init__(parent)
        self.setObjectName("IdleDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Êtes-vous toujours là ?"))
        self.setAccessibleName(self.tr("Êtes-vous toujours là ?"))
        self.expired = False  # finished by the countdown, not by the applicant
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(20)
        title = QLabel(self.tr("Êtes-vous toujours là ?"))
        title.setObjectName("PageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.remaining_label = QLabel()
        self.remaining_label.setObjectName("IdleRemaining")
        self.remaining_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remaining_label.setWordWrap(True)
        layout.addWidget(self.remaining_label)
        self.stay_button = QPushButton(self.tr("Je suis toujours là"))
        self.stay_button.setObjectName("Primary")
        self.stay_button.setAccessibleName(self.stay_button.text())
        self.stay_button.setMinimumHeight(72)
        self.stay_button.clicked.connect(self.accept)
        layout.addWidget(self.stay_button)
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.timeout.connect(self._zero)
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self._show_remaining)
        self.deadline.start(max(1, int(seconds * 1000)))
        self.tick.start()
        self._show_remaining()

    def remaining_seconds(self) -> int:
        return math.ceil(max(0, self.deadline.remainingTime()) / 1000)

    def _show_remaining(self) -> None:
        text = self.tr("Sans réponse, votre session se terminera dans %1 secondes et vos "
                       "informations seront effacées de l'écran.").replace(
                           "%1", str(self.remaining_seconds()))
        self.remaining_label.setText(text)
        self.remaining_label.setAccessibleName(text)

    def _zero(self) -> None:
        self.expired = True
        self.done(QDialog.DialogCode.Rejected)

    def done(self, result: int) -> None:
        self.deadline.stop()
        self.tick.stop()
        super().done(result)


class IdleWatcher(QObject):
    """Application-wide event filter: activity restarts the idle timer. `is_active` says
    whether there is anything to end (an applicant on screen); `on_expire` ends it."""

    def __init__(self, window: QWidget, *, timeout_seconds: float, countdown_seconds: float,
                 is_active: Callable[[], bool], on_expire: Callable[[], None]) -> None:
        super().__init__(window)
        self.window_ = window
        self.countdown_seconds = countdown_seconds
        self.is_active = is_active
        self.on_expire = on_expire
        self.dialog: CountdownDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(timeout_seconds * 1000)))
        self.timer.timeout.connect(self._idle)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While the countdown shows, only its button says "still there".
        if event.type() in ACTIVITY and self.dialog is None:
            self.timer.start()
        return False

    def _idle(self) -> None:
        if not self.is_active():
            self.timer.start()
            return
        self.dialog = dialog = CountdownDialog(self.window_, self.countdown_seconds)
        # The button (or any other way of closing it but the countdown): still there.
        dialog.finished.connect(lambda _r: self._expire() if dialog.expired else self._stay())
        dialog.show()
        self.dialog.stay_button.setFocus()

    def _stay(self) -> None:
        self._drop_dialog()
        self.timer.start()

    def _expire(self) -> None:
        self._drop_dialog()
        self.on_expire()
        self.timer.start()

    def _drop_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def set_timeout(self, seconds: float) -> None:
        self.timer.setInterval(max(1, int(seconds * 1000)))
        self.timer.start()

    def stop(self) -> None:
        """For good (the window closes): no timer, no countdown, no filter."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.finished.disconnect()
            dialog.done(QDialog.DialogCode.Rejected)
            dialog.deleteLater()
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
