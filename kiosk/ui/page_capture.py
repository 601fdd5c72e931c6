"""Photographing the pages of a supporting document (step 3): the live view with the
sheet outlined and a message per quality problem, auto-capture when the sheet is still
and sharp, a manual shot, imported files, and a strip of pages to retake, delete and
reorder. "Terminer" makes one PDF (kiosk.scanning.pdf_pages) attached through the
session, so the store's checks apply; on a proof of address, a 2D-Doc found on the pages
is verified and its verdicts recorded in the dossier.

Threads (ARCHITECTURE rule 7): `PageWorker` runs in its own QThread (scan_view's
`CameraThread`); the PDF, imports and the 2D-Doc check run in the thread pool
(`Background`). Nothing personal is logged.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.scanning import page as sheet
from kiosk.scanning.camera import CameraError, FrameSource
from kiosk.scanning.pdf_pages import PdfPage, build_pdf, import_file
from kiosk.scanning.trust import TrustStore
from kiosk.store.errors import AttachmentError
from kiosk.ui.scan_view import UNAVAILABLE, CameraThread, FrameWorker, source_from_spec, to_qimage
from kiosk.ui.tasks import Background

if TYPE_CHECKING:
    from kiosk.ui.pages import DocumentsScreen

log = logging.getLogger(__name__)

PROOF_OF_ADDRESS = "proof_of_address"
RENDER_DPI = 200  # PDF pages rendered to look for a 2D-Doc (a DataMatrix module ≥ 3 pixels)
CAPTURED = "captured"


# ------------------------------------------------------------------------------ worker

class PageWorker(FrameWorker):
    """Per frame: the sheet, its problems, auto-capture; a page taken is flattened here
    from the full-resolution frame."""

    preview = Signal(QImage, object, object)  # downscaled frame, sheet quad in its pixels, problem codes
    captured = Signal(object, object)  # flat page (np.ndarray), thumbnail for AutoCapture

    def __init__(self, source: FrameSource, auto: sheet.AutoCapture) -> None:
        super().__init__(source)
        self.auto = auto
        self.auto_enabled = True

    def on_frame(self, frame: np.ndarray) -> bool:
        hint = sheet.find_sheet(frame)
        problems = sheet.quality_problems(hint)
        image, scale = to_qimage(frame)
        quad = None if hint is None else tuple((x * scale, y * scale) for x, y in hint.quad)
        self.preview.emit(image, quad, problems)
        if hint is not None and self.auto_enabled and self.auto.feed(hint):
            self.captured.emit(sheet.warp_sheet(frame, hint.quad), hint.thumb)
        return False


# ------------------------------------------------------------------------ Qt PDF rendering

def qt_rasterise(data: bytes, dpi: int) -> list[np.ndarray]:
    """The pages of a PDF as BGR images, by Qt's PDF module (safe in a pool thread: the
    document lives and dies there)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pages = []
    for index in range(document.pageCount()):
        size = document.pagePointSize(index)
        target = QSize(max(1, round(size.width() * dpi / 72)), max(1, round(size.height() * dpi / 72)))
        image = document.render(index, target).convertToFormat(QImage.Format.Format_RGB888)
        array = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
        rgb = array[:, : image.width() * 3].reshape(image.height(), image.width(), 3)
        pages.append(np.ascontiguousarray(rgb[..., ::-1]))
    document.close()
    return pages


# ------------------------------------------------------------------------------ widgets

class SheetPreview(QWidget):
    """The live image scaled to fit, with the sheet found outlined (green when good)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PagePreview")
        self.setMinimumSize(480, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.image: QImage | None = None
        self.quad: Any = None
        self.good = False
        self.frames_shown = 0

    def show_frame(self, image: QImage, quad: Any, good: bool) -> None:
        self.image, self.quad, self.good = image, quad, good
        self.frames_shown += 1
        self.update()

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#1b1b1b"))
        if self.image is not None and not self.image.isNull():
            area = QRectF(self.rect())
            scale = min(area.width() / self.image.width(), area.height() / self.image.height())
            w, h = self.image.width() * scale, self.image.height() * scale
            target = QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h)
            painter.drawImage(target, self.image)
            if self.quad is not None:
                painter.setPen(QPen(QColor("#3ccf6e") if self.good else QColor("#ff9940"), 4))
                painter.drawPolygon(QPolygonF([QPointF(target.left() + x * scale, target.top() + y * scale)
                                               for x, y in self.quad]))
        painter.end()


@dataclass
class CapturedPage:
    content: np.ndarray | PdfPage
    thumb: np.ndarray | None  # AutoCapture's thumbnail (camera pages)


def _icon(page: CapturedPage) -> QIcon:
    if isinstance(page.content, np.ndarray):
        image, _ = to_qimage(page.content if page.content.ndim == 3
                             else np.repeat(page.content[..., None], 3, axis=2), 120)
        return QIcon(QPixmap.fromImage(image))
    pixmap = QPixmap(85, 120)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, f"PDF\n{page.content.index + 1}")
    painter.end()
    return QIcon(pixmap)


SourceFactory = Callable[[], FrameSource]
FileChooser = Callable[[], "Path | None"]


class PageCaptureDialog(QDialog):
    """The pages of one document; `done_pdf` carries (PDF bytes, pages, AddressCheck | None)."""

    done_pdf = Signal(bytes, int, object)

    def __init__(self, parent: QWidget | None, code: str, *, source_factory: SourceFactory | None = None,
                 choose_file: FileChooser | None = None, answers: dict | None = None,
                 today: Any = None, trust: Callable[[], TrustStore] | None = None,
                 still_frames: int = 3) -> None:
        super().__init__(parent)
        self.setObjectName("PageCaptureDialog")
        self.setWindowTitle(self.tr("Photographier le document"))
        self.setModal(True)
        self.resize(1000, 760)
        self.code = code
        self.source_factory = source_factory or source_from_spec
        self.choose_file = choose_file or self._ask_file
        self.answers, self.today, self.trust = answers or {}, today, trust or TrustStore
        self.auto = sheet.AutoCapture(still_frames=still_frames)
        self.pages: list[CapturedPage] = []
        self.retake_index: int | None = None
        self.camera: CameraThread | None = None
        self.background = Background(self)
        self.problems: list[str] = [sheet.NO_SHEET]
        self.camera_down = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.instruction = QLabel()
        self.instruction.setObjectName("ScanInstruction")
        self.instruction.setWordWrap(True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction.setProperty("small", True)
        layout.addWidget(self.instruction)
        body = QHBoxLayout()
        self.preview = SheetPreview()
        self.preview.setAccessibleName(self.tr("Image de la caméra, avec la feuille repérée"))
        body.addWidget(self.preview, 3)
        side = QVBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("PageCount")
        side.addWidget(self.count_label)
        self.strip = QListWidget()
        self.strip.setObjectName("PageStrip")
        self.strip.setAccessibleName(self.tr("Pages photographiées"))
        self.strip.setIconSize(QSize(85, 120))
        self.strip.currentRowChanged.connect(lambda _row: self._update_buttons())
        side.addWidget(self.strip, 1)
        row = QHBoxLayout()
        self.up_button = self._button(self.tr("Monter"), lambda: self.move(-1), "PageUp")
        self.down_button = self._button(self.tr("Descendre"), lambda: self.move(1), "PageDown")
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        side.addLayout(row)
        row = QHBoxLayout()
        self.retake_button = self._button(self.tr("Reprendre"), self.retake, "PageRetake")
        self.delete_button = self._button(self.tr("Supprimer"), self.delete, "PageDelete")
        row.addWidget(self.retake_button)
        row.addWidget(self.delete_button)
        side.addLayout(row)
        body.addLayout(side, 1)
        layout.addLayout(body, 1)
        self.message = QLabel()
        self.message.setObjectName("PageMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.photo_button = self._button(self.tr("Prendre la photo"), self.take_photo, "PagePhoto")
        self.import_button = self._button(self.tr("Importer un fichier"), self.import_file, "PageImport")
        self.cancel_button = self._button(self.tr("Annuler"), self.reject, "PageCancel")
        self.finish_button = self._button(self.tr("Terminer"), self.finish, "PageFinish")
        self.finish_button.setProperty("primary", True)
        for button in (self.photo_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.finish_button)
        layout.addLayout(buttons)
        self.background.busy_changed.connect(lambda _busy: self._update_buttons())
        self.set_problems([sheet.NO_SHEET])
        self._refresh_strip()

    def _button(self, text: str, on_click: Callable[[], object], name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(lambda: on_click())
        return button

    # -- words ---------------------------------------------------------------------------
    def problem_text(self, code: str) -> str:
        return {
            sheet.NO_SHEET: self.tr("Posez la feuille à plat sous la caméra"),
            sheet.CUT_OFF: self.tr("La feuille est coupée : montrez-la en entier"),
            sheet.SMALL: self.tr("Rapprochez la feuille de la caméra"),
            sheet.DARK: self.tr("L'image est trop sombre : éclairez davantage la feuille"),
            sheet.GLARE: self.tr("Un reflet cache le texte : inclinez un peu la feuille"),
            sheet.BLURRED: self.tr("L'image est floue : ne bougez plus la feuille"),
        }.get(code, "")

    def set_problems(self, problems: list[str]) -> None:
        self.problems = problems
        if self.retake_index is not None and not problems:
            text = self.tr("Ne bougez plus : la page %1 va être reprise").replace(
                "%1", str(self.retake_index + 1))
        else:
            text = self.problem_text(problems[0]) if problems else self.tr("Ne bougez plus : photo en cours…")
        self.instruction.setText(text)
        self.instruction.setAccessibleName(text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    # -- camera --------------------------------------------------------------------------
    def start_camera(self) -> None:
        try:
            source = self.source_factory()
        except CameraError:
            self.camera_failed(UNAVAILABLE)
            return
        worker = PageWorker(source, self.auto)
        outputs = [(worker.preview, self.on_preview), (worker.captured, self.on_captured),
                   (worker.failed, self.camera_failed)]
        self.camera = CameraThread(worker, outputs, owner=self)
        self.camera.start()

    def stop_camera(self) -> None:
        camera, self.camera = self.camera, None
        if camera is not None:
            camera.close()

    def on_preview(self, image: QImage, quad: Any, problems: list[str]) -> None:
        if self.camera is None:
            return
        self.preview.show_frame(image, quad, not problems)
        self.set_problems(problems)

    def on_captured(self, page: np.ndarray, thumb: np.ndarray) -> None:
        if self.camera is None:
            return
        self.add_page(CapturedPage(page, thumb))

    def camera_failed(self, reason: str) -> None:
        self.camera_down = True
        self.stop_camera()
        self.photo_button.setEnabled(False)
        self.instruction.setText(self.tr("Caméra indisponible"))
        self.show_message(self.tr("La caméra ne répond pas. Vous pouvez importer un fichier avec le bouton "
                                  "« Importer un fichier »."))

    # -- pages ---------------------------------------------------------------------------
    def add_page(self, page: CapturedPage) -> None:
        if self.retake_index is not None and self.retake_index < len(self.pages):
            self.pages[self.retake_index] = page
            row, self.retake_index = self.retake_index, None
        else:
            self.pages.append(page)
            row = len(self.pages) - 1
        self._refresh_strip(row)

    def take_photo(self) -> None:
        frame = self.camera.worker.latest_frame() if self.camera is not None else None
        if frame is None:
            self.show_message(self.tr("Aucune image de la caméra pour l'instant."))
            return

        def work() -> CapturedPage:
            hint = sheet.find_sheet(frame)
            if hint is None or hint.cut_edges:  # the whole frame rather than half a sheet
                return CapturedPage(frame, None)
            self.auto.taken.append(hint.thumb)
            return CapturedPage(sheet.warp_sheet(frame, hint.quad), hint.thumb)

        self.background.run(work, self.add_page, self.on_failed)

    def import_file(self) -> None:
        path = self.choose_file()
        if path is None:
            return
        self.show_message(self.tr("Lecture du fichier…"))

        def work() -> list[CapturedPage]:
            return [CapturedPage(p, None) for p in import_file(Path(path), rasterise=qt_rasterise)]

        def done(pages: list[CapturedPage]) -> None:
            self.show_message("")
            for page in pages:
                self.pages.append(page)
            self._refresh_strip(len(self.pages) - 1)

        self.background.run(work, done, self.on_failed)

    def on_failed(self, exc: Exception) -> None:
        if isinstance(exc, AttachmentError):
            self.show_message(str(exc))
        else:
            log.warning("page capture failed: %s", type(exc).__name__)
            self.show_message(self.tr("Le document n'a pas pu être préparé. Réessayez."))

    def selected(self) -> int | None:
        row = self.strip.currentRow()
        return row if 0 <= row < len(self.pages) else None

    def move(self, step: int) -> None:
        row = self.selected()
        if row is None or not 0 <= row + step < len(self.pages):
            return
        self.pages[row], self.pages[row + step] = self.pages[row + step], self.pages[row]
        self._refresh_strip(row + step)

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        page = self.pages.pop(row)
        if page.thumb is not None:
            self.auto.forget(page.thumb)
        self.retake_index = None
        self._refresh_strip(min(row, len(self.pages) - 1))

    def retake(self) -> None:
        row = self.selected()
        if row is None:
            return
        thumb = self.pages[row].thumb
        if thumb is not None:
            self.auto.forget(thumb)
        self.retake_index = row
        self.set_problems(self.problems)

    def _refresh_strip(self, current: int | None = None) -> None:
        self.strip.clear()
        for index, page in enumerate(self.pages):
            item = QListWidgetItem(_icon(page), self.tr("Page %1").replace("%1", str(index + 1)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Page %1").replace("%1", str(index + 1)))
            self.strip.addItem(item)
        if current is not None and 0 <= current < len(self.pages):
            self.strip.setCurrentRow(current)
        self.count_label.setText(self.tr("%1 page(s)").replace("%1", str(len(self.pages))))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.background.busy
        chosen = self.selected() is not None
        for button in (self.up_button, self.down_button, self.retake_button, self.delete_button):
            button.setEnabled(chosen and not busy)
        self.finish_button.setEnabled(bool(self.pages) and not busy)
        self.import_button.setEnabled(not busy)
        self.photo_button.setEnabled(self.camera is not None and not busy)

    # -- the PDF ---------------------------------------------------------------------------
    def finish(self) -> None:
        if not self.pages:
            return
        self.stop_camera()
        self.show_message(self.tr("Préparation du document…"))
        contents = [p.content for p in self.pages]
        check_address = self.code == PROOF_OF_ADDRESS
        answers, today, trust = dict(self.answers), self.today, self.trust

        def work() -> tuple[bytes, int, Any]:
            built = build_pdf(contents)
            check = None
            if check_address:
                images = [c for c in contents if isinstance(c, np.ndarray)]
                for data in dict.fromkeys(c.data for c in contents if isinstance(c, PdfPage)):
                    images += qt_rasterise(data, RENDER_DPI)
                check = sheet.check_address_pages(images, answers, today, trust())
            return built.data, built.pages, check

        self.background.run(work, self.on_built, self.on_failed)

    def on_built(self, result: tuple[bytes, int, Any]) -> None:
        data, pages, check = result
        self.done_pdf.emit(data, pages, check)
        self.accept()

    @staticmethod
    def _ask_file_filter() -> str:
        return "(*.pdf *.jpg *.jpeg *.png *.heic)"

    def _ask_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choisir un fichier"), str(Path.home()),
                                              self.tr("Documents") + " " + self._ask_file_filter())
        return Path(name) if name else None

    # -- life cycle --------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.camera is None and not self.camera_down:
            self.start_camera()
            self._update_buttons()

    def done(self, code: int) -> None:
        self.stop_camera()
        super().done(code)

    def closeEvent(self, event: Any) -> None:
        self.stop_camera()
        super().closeEvent(event)


# ------------------------------------------------------------------ step 3 integration

class PageCapture(QObject):
    """The "Photographier" action of the documents screen: opens the dialog for one
    requirement, attaches its PDF through the session and records a 2D-Doc check."""

    def __init__(self, screen: DocumentsScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.source_factory: SourceFactory | None = None  # None: $ESCALE_CAMERA
        self.choose_file: FileChooser | None = None
        self.still_frames = 3
        self.dialog: PageCaptureDialog | None = None

    def open(self, code: str) -> PageCaptureDialog:
        window = self.screen.window_
        session = self.screen.session
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = PageCaptureDialog(
            self.screen.window(), code, source_factory=self.source_factory, choose_file=self.choose_file,
            answers=dict(session.answers), today=session.deposit_date,
            trust=getattr(window, "trust_store", None), still_frames=self.still_frames)
        self.dialog.done_pdf.connect(lambda data, pages, check, c=code: self.attach(c, data, check))
        self.dialog.open()
        return self.dialog

    def attach(self, code: str, data: bytes, check: Any) -> None:
        session = self.screen.session
        if session is None:
            return
        self.screen.errors.pop(code, None)
        # In the session's temp folder (wiped at the end), named after the requirement.
        folder = Path(tempfile.mkdtemp(dir=getattr(self.screen.window_, "temp_dir", None)))
        path = folder / f"{code}.pdf"
        try:
            path.write_bytes(data)
            record = session.attach(code, path, "document")
        except AttachmentError as exc:
            self.screen.errors[code] = str(exc)
            record = None
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        if record is not None and check is not None:
            session.record_check(code, check_record(check), record)
            log.info("2D-Doc check recorded: signature=%s accepted=%s", check.signature, check.accepted)
        self.screen.rebuild()


def check_record(check: Any) -> dict[str, Any]:
    """What the dossier keeps: the verdicts, and the words the central service shows."""
    summary = "2D-Doc vérifié" if check.accepted else "2D-Doc non vérifié"
    return {"kind": "2d-doc", "summary": summary, **check.as_record()}


def verdict_lines(check: dict[str, Any]) -> list[str]:
    """A recorded 2D-Doc check in words, one line per verdict; "valide" only for a valid
    signature (a tampered code or an unknown signer is said so)."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("PageCapture", text)

    signature = check.get("signature")
    lines = [tr("2D-Doc vérifié : toutes les vérifications sont bonnes.") if check.get("accepted")
             else tr("2D-Doc lu : le justificatif devra être vérifié par un agent.")]
    lines.append({
        "valid": tr("✔ Signature du code 2D-Doc valide."),
        "unknown_certificate": tr("✖ Signature non vérifiable : le certificat du code 2D-Doc est inconnu."),
    }.get(str(signature), tr("✖ Signature du code 2D-Doc invalide : le document a pu être modifié.")))
    words = {True: "✔", False: "✖", None: "?"}
    name, address, recent = check.get("name_matches"), check.get("address_matches"), check.get("recent")
    lines.append(words[name] + " " + {True: tr("Le nom correspond au demandeur."),
                                      False: tr("Le nom ne correspond pas au demandeur."),
                                      None: tr("Le code ne contient pas de nom.")}[name])
    lines.append(words[address] + " " + {True: tr("L'adresse correspond à l'adresse déclarée."),
                                         False: tr("L'adresse ne correspond pas à l'adresse déclarée."),
                                         None: tr("Le code ne contient pas d'adresse.")}[address])
    when = check.get("document_date") or ""
    shown = "/".join(reversed(when.split("-"))) if when else ""
    lines.append(words[recent] + " " + {
        True: tr("Document du %1 : moins de 6 mois."),
        False: tr("Document du %1 : plus de 6 mois, ou daté dans le futur."),
        None: tr("Le code ne contient pas de date."),
    }[recent].replace("%1", shown))
    if check.get("proof_of_address") is False:
        lines.append("✖ " + tr("Ce document n'est pas un justificatif de domicile."))
    return lines
