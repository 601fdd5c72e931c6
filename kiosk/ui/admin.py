"""PIN dialog (mediator or admin) and the admin screen for IT staff: the configuration,
read-only, a few diagnostics, and "Quitter" (the only exit of a locked-down kiosk)."""

from __future__ import annotations

import platform
from collections.abc import Callable

import PySide6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kiosk.config import Settings
from kiosk.security.pins import PinCheck, PinGuard
from kiosk.store.dossiers import DossierStore
from kiosk.ui.tasks import Background


def _plain(text: str, name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class PinDialog(QDialog):
    """Asks a PIN; wrong ones are counted (PinGuard) and the next try waits longer.

    The check (Argon2id, 64 MiB, about 0.2 s) runs off the GUI thread: the kiosk's clock,
    countdown and camera keep going meanwhile. `checking` is true until it answers.
    """

    def __init__(self, parent: QWidget, kind: str, guard: PinGuard, encoded: str | None) -> None:
        super().__init__(parent)
        self.setObjectName(f"PinDialog:{kind}")
        self.setModal(True)
        self.kind, self.guard, self.encoded = kind, guard, encoded
        title = (self.tr("Code administrateur") if kind == "admin"
                 else self.tr("Code médiateur"))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(_plain(title, "PageTitle"))
        self.input = QLineEdit()
        self.input.setObjectName("PinInput")
        self.input.setEchoMode(QLineEdit.EchoMode.Password)
        self.input.setAccessibleName(self.tr("Code"))
        self.input.returnPressed.connect(self.submit)
        layout.addWidget(self.input)
        self.message = _plain("", "FieldError")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("Annuler"))
        cancel.setAccessibleName(cancel.text())
        cancel.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Valider"))
        self.ok_button.setObjectName("Primary")
        self.ok_button.setAccessibleName(self.ok_button.text())
        self.ok_button.clicked.connect(self.submit)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self.wait_timer = QTimer(self)
        self.wait_timer.setSingleShot(True)
        self.wait_timer.timeout.connect(lambda: self.ok_button.setEnabled(True))
        self.last: PinCheck | None = None
        self.checking = False
        # Owned by the window, not the dialog: a dialog closed mid-check (idle timeout)
        # is deleted, while the check's answer still has somewhere to arrive.
        self.background = Background(parent)
        if encoded is None:
            self._refused(PinCheck(ok=False, configured=False))
        else:
            state = guard.state(kind)
            if state.wait_seconds > 0:
                self._refused(state)

    def submit(self) -> None:
        if not self.ok_button.isEnabled() or self.checking:
            return
        pin, self.last = self.input.text(), None
        self.input.clear()  # the PIN does not stay in the widget
        self.checking = True
        self.ok_button.setEnabled(False)
        self.input.setEnabled(False)
        self.message.setText(self.tr("Vérification…"))
        kind, guard, encoded = self.kind, self.guard, self.encoded
        self.background.run(lambda: guard.check(kind, pin, encoded), self._checked, self._failed)

    def _checked(self, result: PinCheck) -> None:
        if not isValid(self):
            return  # closed and deleted meanwhile (idle timeout): nothing to open
        self.checking = False
        if not self.isVisible():
            return  # closed meanwhile: a right PIN opens nothing now
        self.last = result
        self.input.setEnabled(True)
        self.ok_button.setEnabled(True)
        self.message.setText("")
        if result.ok:
            self.accept()
        else:
            self._refused(result)
            self.input.setFocus()

    def _failed(self, _error: Exception) -> None:  # e.g. pins.json unwritable: say so, keep closed
        if not isValid(self):
            return
        self.checking = False
        self.input.setEnabled(True)
        self.ok_button.setEnabled(True)
        self.message.setText(self.tr("Vérification impossible. Réessayez ou prévenez le service "
                                     "informatique."))

    def _refused(self, result: PinCheck) -> None:
        if not result.configured:
            self.message.setText(self.tr("Aucun code n'est configuré pour cet accès."))
            self.ok_button.setEnabled(False)
            return
        text = self.tr("Code incorrect.") if result.failures else ""
        if result.wait_seconds > 0:
            text += " " + self.tr("Nouvel essai possible dans %1 secondes.").replace(
                "%1", str(round(result.wait_seconds + 0.5)))
            self.ok_button.setEnabled(False)
            self.wait_timer.start(int(result.wait_seconds * 1000))
        self.message.setText(text.strip())


class AdminDialog(QDialog):
    """For IT staff, behind the admin PIN: nothing here changes the configuration."""

    def __init__(self, parent: QWidget, settings: Settings, store: DossierStore,
                 on_quit: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setObjectName("AdminDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Administration de la borne"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(_plain(self.tr("Administration de la borne"), "PageTitle"))
        layout.addWidget(_plain(self.tr("Configuration (lecture seule)"), "CardTitle"))
        config = QFormLayout()
        configured, missing = self.tr("configuré"), self.tr("non configuré")
        rows = {
            "data_dir": str(settings.data_dir),
            "central_url": settings.central_url or self.tr("aucun (mode démonstration)"),
            "site_name": settings.site_name or "–",
            "mode": settings.mode,
            "http_timeout_seconds": f"{settings.http_timeout_seconds:g}",
            "sync_interval_seconds": f"{settings.sync_interval_seconds:g}",
            "idle_timeout_seconds": f"{settings.idle_timeout_seconds:g}",
            "idle_countdown_seconds": f"{settings.idle_countdown_seconds:g}",
            # Never the hashes themselves.
            "mediator_pin_hash": configured if settings.mediator_pin_hash else missing,
            "admin_pin_hash": configured if settings.admin_pin_hash else missing,
        }
        for key, value in rows.items():
            config.addRow(_plain(key), _plain(value, f"config:{key}"))
        layout.addLayout(config)
        layout.addWidget(_plain(self.tr("Diagnostic"), "CardTitle"))
        diagnostics = QFormLayout()
        counts: dict[str, int] = {}
        for record in store.list_dossiers():
            counts[record.state] = counts.get(record.state, 0) + 1
        app = QGuiApplication.instance()
        diag = {
            self.tr("Dossiers sur la borne"): ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
            or "0",
            "Python": platform.python_version(),
            "PySide6": PySide6.__version__,
            self.tr("Plateforme graphique"): QGuiApplication.platformName() if app else "–",
            self.tr("Système"): platform.platform(),
        }
        for key, value in diag.items():
            diagnostics.addRow(_plain(key), _plain(value))
        layout.addLayout(diagnostics)
        buttons = QHBoxLayout()
        close = QPushButton(self.tr("Fermer"))
        close.setAccessibleName(close.text())
        close.clicked.connect(self.reject)
        quit_button = QPushButton(self.tr("Quitter la borne"))
        quit_button.setObjectName("Danger")
        quit_button.setAccessibleName(quit_button.text())
        quit_button.clicked.connect(lambda: (self.accept(), on_quit()))
        self.quit_button = quit_button
        buttons.addWidget(close)
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        layout.addLayout(buttons)
