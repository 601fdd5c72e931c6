"""« Enregistrer et reprendre plus tard » on screen: the dialog that saves a draft and shows
its resume code (large type and QR code, print the slip, finish), the dialog where a code
is typed or its slip scanned on the welcome screen, and the camera dialog that reads it.

The code and the keys are worked out off the GUI thread (Argon2id takes a noticeable
moment: ARCHITECTURE rule 7); the dialogs only show results and send intents. The code is
never logged, never put on the clipboard, and gone from the screen when the dialog closes.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.deposit.resume import CodeProblem, ResumeOutcome, ResumeStatus, SavedTicket
from kiosk.ui.pages import _button, _label
from kiosk.ui.tasks import Background

log = logging.getLogger(__name__)

TYPING_TIMEOUT_MS = 90_000  # a half-typed code left on the welcome screen is cleared


def _message(name: str) -> QLabel:
    label = _label("", name)
    label.setStyleSheet("background: #fff4d6; border: 2px solid #b36b00; border-radius: 8px; padding: 10px;")
    label.setVisible(False)
    return label


def _show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))


def local_date(ticket_or_expiry: Any) -> str:
    """The last valid day of a ticket, or of an expired code (the moment it ended, minus one)."""
    if isinstance(ticket_or_expiry, SavedTicket):
        return ticket_or_expiry.last_day.strftime("%d/%m/%Y")
    return (ticket_or_expiry - timedelta(seconds=1)).astimezone().strftime("%d/%m/%Y")


class QrView(QWidget):
    """A QR code drawn from its modules (kiosk.pdf.resume_slip.qr_modules), crisp at any size."""

    def __init__(self, modules: list[list[bool]], side: int = 220, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.modules = modules
        self.setFixedSize(side, side)

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        count = len(self.modules) + 8  # a 4-module quiet zone on each side
        cell = min(self.width(), self.height()) / count
        for r, row in enumerate(self.modules):
            for c, dark in enumerate(row):
                if dark:
                    painter.fillRect(QRectF((c + 4) * cell, (r + 4) * cell, cell + 0.5, cell + 0.5),
                                     QColor("black"))
        painter.end()


class SaveForLaterDialog(QDialog):
    """First "are you sure?", then the code: large, as a QR code, with its last day; print
    or show the slip; "Terminer" ends the session (the window wipes it, the draft stays)."""

    saved = Signal(object)  # the SavedTicket

    def __init__(self, parent: QWidget, *, save: Callable[[], SavedTicket],
                 show_slip: Callable[[SavedTicket], None], print_slip: Callable[[SavedTicket], None]) -> None:
        super().__init__(parent)
        self.setObjectName("SaveForLaterDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Enregistrer et reprendre plus tard"))
        self.setAccessibleName(self.tr("Enregistrer et reprendre plus tard"))
        self.resize(760, 640)
        self._save = save
        self._show_slip = show_slip
        self._print_slip = print_slip
        self.ticket: SavedTicket | None = None
        self.abandoned = False  # closed (idle timeout) while saving: close once it is done
        self.background = Background(self)
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.pages)
        self.pages.addWidget(self._confirm_page())
        self.code_page = QWidget()
        self.pages.addWidget(self.code_page)

    def _confirm_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(16)
        layout.addWidget(_label(self.tr("Enregistrer votre demande pour la reprendre plus tard ?"),
                                "PageTitle"))
        layout.addWidget(_label(self.tr(
            "Votre demande sera gardée sur cette borne, chiffrée, sous un code de reprise que vous "
            "recevrez sur un ticket. Sans ce code, personne ne pourra la rouvrir, pas même l'accueil. "
            "Vous pourrez revenir la reprendre là où vous vous êtes arrêté(e)."), "PageIntro"))
        self.error = _message("SaveForLaterError")
        layout.addWidget(self.error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.cancel_button = _button(self.tr("Continuer ma demande"), self.reject, "KeepGoing")
        self.confirm_button = _button(self.tr("Enregistrer et recevoir un code"), self.confirm, "Primary")
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout.addLayout(buttons)
        return page

    def confirm(self) -> None:
        self.confirm_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        _show_message(self.error, self.tr("Enregistrement en cours…"))
        self.background.run(self._save, self._saved, self._failed)

    def _failed(self, error: Exception) -> None:
        log.warning("save for later failed: %s", type(error).__name__)
        if self.abandoned:
            super().reject()
            return
        self.cancel_button.setEnabled(True)
        self.confirm_button.setEnabled(True)
        _show_message(self.error, self.tr(
            "La demande n'a pas pu être enregistrée. Elle est toujours ouverte : vous pouvez la "
            "continuer, ou demander de l'aide à l'accueil."))

    def _saved(self, ticket: SavedTicket) -> None:
        from kiosk.pdf.resume_slip import qr_modules

        self.ticket = ticket
        if self.abandoned:  # nobody is there to read the code: never shown
            self.saved.emit(ticket)
            super().reject()
            return
        layout = QVBoxLayout(self.code_page)
        layout.setSpacing(14)
        layout.addWidget(_label(self.tr("Votre demande est enregistrée"), "PageTitle"))
        layout.addWidget(_label(self.tr(
            "Pour la reprendre, touchez « Reprendre avec un code » sur l'écran d'accueil et tapez "
            "ce code, ou présentez le ticket à la caméra. Imprimez le ticket ou notez le code : "
            "il ne sera plus jamais affiché."), "PageIntro"))
        row = QHBoxLayout()
        facts = QVBoxLayout()
        facts.addWidget(_label(self.tr("Code de reprise")))
        self.code_label = _label(ticket.code, "ResumeCode")
        self.code_label.setWordWrap(False)  # one line: the groups as on the slip
        self.code_label.setAccessibleName(self.tr("Code de reprise : %1").replace(
            "%1", " ".join(ticket.code)))  # read out one character at a time
        facts.addWidget(self.code_label)
        self.expiry_label = _label(self.tr(
            "Valable jusqu'au %1 inclus. Après cette date, la demande enregistrée sera supprimée."
        ).replace("%1", local_date(ticket)), "ResumeExpiry")
        facts.addWidget(self.expiry_label)
        facts.addStretch(1)
        row.addLayout(facts, 1)
        self.qr = QrView(qr_modules(ticket.code))
        self.qr.setObjectName("ResumeQr")
        self.qr.setAccessibleName(self.tr("Code QR du ticket de reprise"))
        row.addWidget(self.qr, alignment=Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(_button(self.tr("Imprimer le ticket"), lambda: self._print_slip(ticket),
                                  "PrintResumeSlip"))
        buttons.addWidget(_button(self.tr("Afficher le ticket"), lambda: self._show_slip(ticket),
                                  "ShowResumeSlip"))
        buttons.addStretch(1)
        self.finish_button = _button(self.tr("Terminer"), self.accept, "Primary")
        self.finish_button.setStyleSheet("min-width: 160px;")  # its text unclipped by the focus frame
        buttons.addWidget(self.finish_button)
        layout.addLayout(buttons)
        self.pages.setCurrentWidget(self.code_page)
        self.finish_button.setFocus()
        self.saved.emit(ticket)

    def reject(self) -> None:
        if self.background.busy:  # saving: hidden now, closed when the save has ended
            self.abandoned = True
            self.hide()
            return
        super().reject()


Attempt = Callable[[str], tuple[ResumeOutcome, Any]]


class ResumeCodeDialog(QDialog):
    """"Reprendre avec un code": the code typed (or read from the slip by the camera), tried
    off the GUI thread, and what went wrong said plainly. `resumed` carries the session."""

    resumed = Signal(object)

    def __init__(self, parent: QWidget, attempt: Attempt, *, camera: bool | None = None,
                 source_factory: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResumeCodeDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Reprendre avec un code"))
        self.setAccessibleName(self.tr("Reprendre avec un code"))
        self.resize(760, 480)
        self._attempt = attempt
        self.source_factory = source_factory
        self.background = Background(self)
        self.background.busy_changed.connect(self._busy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(_label(self.tr("Reprendre une demande enregistrée"), "PageTitle"))
        layout.addWidget(_label(self.tr(
            "Tapez le code de reprise imprimé sur votre ticket (15 caractères, par exemple "
            "K7QM4-XPDR9-TWAB3). Les tirets et les espaces ne comptent pas."), "PageIntro"))
        self.input = QLineEdit()
        self.input.setObjectName("ResumeCodeInput")
        self.input.setAccessibleName(self.tr("Code de reprise"))
        self.input.setPlaceholderText("XXXXX-XXXXX-XXXXX")
        self.input.setMaxLength(32)
        self.input.setMinimumHeight(64)
        self.input.setInputMethodHints(Qt.InputMethodHint.ImhPreferUppercase
                                       | Qt.InputMethodHint.ImhNoPredictiveText
                                       | Qt.InputMethodHint.ImhSensitiveData)
        self.input.textEdited.connect(self._typed)
        self.input.returnPressed.connect(self.submit)
        layout.addWidget(self.input)
        self.message = _message("ResumeMessage")
        layout.addWidget(self.message)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.scan_button = _button(self.tr("Scanner le ticket"), self.scan, "ScanResumeTicket")
        self.scan_button.setVisible(camera if camera is not None else camera_present())
        buttons.addWidget(self.scan_button)
        buttons.addStretch(1)
        buttons.addWidget(_button(self.tr("Annuler"), self.reject, "CancelResume"))
        self.submit_button = _button(self.tr("Reprendre ma demande"), self.submit, "Primary")
        buttons.addWidget(self.submit_button)
        layout.addLayout(buttons)
        # Nothing of a code stays on screen for the next person.
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(TYPING_TIMEOUT_MS)
        self.idle.timeout.connect(self.reject)
        self.idle.start()
        self.outcome: ResumeOutcome | None = None

    def _typed(self, text: str) -> None:
        self.idle.start()
        upper = text.upper()
        if upper != text:
            position = self.input.cursorPosition()
            self.input.setText(upper)
            self.input.setCursorPosition(position)

    def _busy(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)
        self.scan_button.setEnabled(not busy)
        self.input.setReadOnly(busy)

    def submit(self) -> None:
        if self.background.busy:
            return
        self.idle.start()
        text = self.input.text()
        _show_message(self.message, self.tr("Recherche de votre demande…"))
        self.background.run(lambda: self._attempt(text), self._answered, self._failed)

    def _failed(self, error: Exception) -> None:
        log.warning("resume with a code failed: %s", type(error).__name__)
        _show_message(self.message, self.tr(
            "La demande n'a pas pu être ouverte. Réessayez, ou demandez de l'aide à l'accueil."))

    def _answered(self, result: tuple[ResumeOutcome, Any]) -> None:
        outcome, session = result
        self.outcome = outcome
        if outcome.status is ResumeStatus.RESUMED and session is not None:
            self.input.clear()
            _show_message(self.message, "")
            self.resumed.emit(session)
            self.accept()
            return
        _show_message(self.message, self.outcome_text(outcome))
        self.input.setFocus()
        self.input.selectAll()

    def outcome_text(self, outcome: ResumeOutcome) -> str:
        if outcome.status is ResumeStatus.MALFORMED:
            return {
                CodeProblem.LENGTH: self.tr(
                    "Le code de reprise compte 15 caractères (trois groupes de cinq). "
                    "Vérifiez qu'il est complet."),
                CodeProblem.CHARACTER: self.tr(
                    "Ce code contient un caractère qui n'existe pas dans les codes de reprise : ils "
                    "n'utilisent que les chiffres 2 à 9 et les lettres sauf I et O."),
                CodeProblem.CHECK: self.tr(
                    "Ce code contient une faute de frappe. Comparez chaque caractère avec votre ticket."),
            }[outcome.problem or CodeProblem.CHECK]
        if outcome.status is ResumeStatus.UNKNOWN:
            text = self.tr("Aucune demande enregistrée ne correspond à ce code. Vérifiez-le avec "
                           "votre ticket.")
            if outcome.wait_seconds:
                text += "\n" + self.wait_text(outcome.wait_seconds)
            return text
        if outcome.status is ResumeStatus.LOCKED:
            return self.wait_text(outcome.wait_seconds)
        if outcome.status is ResumeStatus.EXPIRED:
            day = local_date(outcome.expired_on) if outcome.expired_on else ""
            return self.tr(
                "Ce code a expiré : il était valable jusqu'au %1. La demande enregistrée a été "
                "supprimée ; vous pouvez commencer une nouvelle demande.").replace("%1", day)
        return self.tr("Ce code a déjà servi : un ticket ne permet de reprendre une demande qu'une "
                       "fois. Demandez de l'aide à l'accueil si besoin.")

    def wait_text(self, seconds: int) -> str:
        return self.tr("Trop d'essais avec un code erroné. Réessayez dans %1 secondes.").replace(
            "%1", str(seconds))

    # -- the slip, read by the camera --------------------------------------------------------
    def scan(self) -> None:
        dialog = TicketScanDialog(self, source_factory=self.source_factory)
        dialog.read.connect(self._scanned)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _scanned(self, text: str) -> None:
        self.input.setText(text)
        self.submit()


def camera_present() -> bool:
    """Whether $ESCALE_CAMERA (default device 0) names something that exists."""
    spec = os.environ.get("ESCALE_CAMERA", "").strip() or "0"
    if spec.isdigit():
        return Path(f"/dev/video{spec}").exists() if sys.platform.startswith("linux") else True
    return Path(spec).expanduser().exists()


class TicketScanDialog(QDialog):
    """The camera's image and one instruction; the first QR code that is a resume code is
    `read` and the dialog closes. The camera stops whenever the dialog closes."""

    read = Signal(str)

    def __init__(self, parent: QWidget | None = None, *,
                 source_factory: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TicketScanDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Scanner le ticket"))
        self.resize(760, 620)
        self.source_factory = source_factory
        self.camera: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.instruction = _label(self.tr("Présentez le code QR de votre ticket devant la caméra"),
                                  "ScanInstruction")
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction.setProperty("small", True)
        layout.addWidget(self.instruction)
        self.preview = QLabel()
        self.preview.setObjectName("TicketPreview")
        self.preview.setAccessibleName(self.tr("Image de la caméra"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(480, 360)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("background: #1b1b1b;")
        layout.addWidget(self.preview, 1)
        self.message = _message("TicketScanMessage")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(_button(self.tr("Annuler"), self.reject, "CancelTicketScan"))
        layout.addLayout(buttons)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.camera is None:
            self.start_camera()

    def start_camera(self) -> None:
        from kiosk.scanning.camera import CameraError
        from kiosk.ui.scan_view import CameraThread, source_from_spec

        try:
            source = (self.source_factory or source_from_spec)()
        except CameraError:
            self.camera_failed("unavailable")
            return
        worker = ticket_worker_class()(source)
        outputs = [(worker.preview, self.on_preview), (worker.found, self.on_found),
                   (worker.failed, self.camera_failed)]
        self.camera = CameraThread(worker, outputs, owner=self)
        self.camera.start()

    def stop_camera(self) -> None:
        camera, self.camera = self.camera, None
        if camera is not None:
            camera.close()

    def on_preview(self, image: QImage) -> None:
        if self.camera is None:
            return
        pixmap = QPixmap.fromImage(image).scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)

    def on_found(self, text: str) -> None:
        if self.camera is None:
            return
        self.stop_camera()
        self.read.emit(text)
        self.accept()

    def camera_failed(self, _reason: str) -> None:
        self.stop_camera()
        self.preview.clear()
        _show_message(self.message, self.tr(
            "La caméra n'est pas disponible. Tapez le code imprimé sur votre ticket."))

    def done(self, code: int) -> None:
        self.stop_camera()
        super().done(code)

    def hideEvent(self, event: Any) -> None:
        self.stop_camera()
        super().hideEvent(event)


@cache
def ticket_worker_class() -> type:
    """The camera worker that looks for a resume code (built on first use: OpenCV and the
    camera classes load when a ticket is first scanned, not with the window)."""
    from kiosk.ui.scan_view import FrameWorker, to_qimage

    class _TicketWorker(FrameWorker):
        """Per frame: a preview at most 10 times a second, and a quick QR search; done at the
        first QR code that is a well-formed resume code (other QR codes are ignored)."""

        preview = Signal(QImage)
        found = Signal(str)

        def __init__(self, source: Any) -> None:
            super().__init__(source)
            self._last_preview = 0.0

        def on_frame(self, frame: np.ndarray) -> bool:
            from kiosk.deposit.resume import CodeFormatError, format_code, parse_code
            from kiosk.scanning.barcodes import read_codes

            now = time.monotonic()
            if now - self._last_preview >= 0.1:
                self._last_preview = now
                self.preview.emit(to_qimage(frame)[0])
            for code in read_codes(frame, ["QRCode"], thorough=False):
                try:
                    symbols = parse_code(code.text)
                except CodeFormatError:
                    continue
                self.found.emit(format_code(symbols))
                return True
            return False

    return _TicketWorker

