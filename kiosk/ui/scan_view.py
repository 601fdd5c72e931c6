"""Reading the applicant's passport or residence permit: the live camera view with its
guide frame and instructions, a still photo or an imported image instead, and the
prefill of the identity page from the MRZ read.

Threads (ARCHITECTURE rule 7): `CameraWorker` runs in its own QThread; per frame it runs
the fast zone hint, and a full read at most every `read_interval` ms when the hint says
the frame is usable; previews (downscaled QImages), guidance codes and the final result
reach the GUI thread through queued signals. A still photo or an imported file is read
in the thread pool (`Background`). Nothing personal is logged: only reasons and codes.

The camera is chosen by $ESCALE_CAMERA: a device index (default 0), a video file or a
folder of images (tests, demos).
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import cv2
import numpy as np
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QThread, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.deposit import prefill
from kiosk.deposit.prefill import DOCUMENT, Prefill, holder_from_answers, prefill_from_mrz
from kiosk.scanning.camera import (
    CameraError,
    CameraLost,
    CameraSource,
    FrameSource,
    ImageFolderSource,
    VideoFileSource,
)
from kiosk.scanning.mrz import reader
from kiosk.scanning.mrz.locate import char_pitch, find_zone_hint
from kiosk.scanning.mrz.types import ZoneHint
from kiosk.scanning.mrz.vote import MrzVote
from kiosk.ui.tasks import Background

if TYPE_CHECKING:
    from kiosk.ui.pages import QuestionScreen

log = logging.getLogger(__name__)

PREVIEW_WIDTH = 640
READ_INTERVAL_MS = 300
MIN_ZONE_SIZE = 0.3  # zone width / frame width below which the applicant is asked to come closer
DOCUMENT_ASPECT = 125 / 88  # a passport page (ID-3); cards are close enough for a guide

# Guidance codes (worded by the dialog).
PLACE, CLOSER, GLARE, STILL, READING, ONE_DOCUMENT, DONE, PLACED = (
    "place", "closer", "glare", "still", "reading", "one_document", "done", "placed")
# Why the camera stopped.
UNAVAILABLE, LOST, UNREADABLE_FILE = "unavailable", "lost", "unreadable_file"


# ------------------------------------------------------------------ pure helpers (no Qt)

def guidance(hint: ZoneHint | None) -> str:
    """What to tell the applicant about a live frame."""
    if hint is None:
        return PLACE
    if hint.size < MIN_ZONE_SIZE or char_pitch(hint.quad, hint.line_count) < reader.MIN_PITCH:
        return CLOSER
    if hint.glare > reader.MAX_GLARE:
        return GLARE
    if hint.sharpness < reader.MIN_SHARPNESS:
        return STILL
    return READING


def source_from_spec(spec: str | None = None) -> FrameSource:
    """$ESCALE_CAMERA (or `spec`): a device index, a video file or a folder of images."""
    spec = (spec if spec is not None else os.environ.get("ESCALE_CAMERA", "")).strip() or "0"
    if spec.isdigit():
        return CameraSource(int(spec))
    path = Path(spec).expanduser()
    if path.is_dir():
        return ImageFolderSource(path, fps=10.0, loop=True)
    return VideoFileSource(path, loop=True, realtime=True)


def load_image(path: Path) -> np.ndarray | None:
    """A BGR image from a file (None when it is not an image OpenCV can read)."""
    try:
        data = np.fromfile(str(path), dtype=np.uint8)
    except OSError:
        return None
    return cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None


def to_qimage(frame: np.ndarray, width: int = PREVIEW_WIDTH) -> tuple[QImage, float]:
    """A downscaled RGB copy of a BGR frame, and the scale applied."""
    h, w = frame.shape[:2]
    scale = min(1.0, width / max(w, 1))
    small = cv2.resize(frame, (max(1, round(w * scale)), max(1, round(h * scale))),
                       interpolation=cv2.INTER_AREA) if scale < 1.0 else frame
    rgb = np.ascontiguousarray(cv2.cvtColor(small, cv2.COLOR_BGR2RGB))
    image = QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888)
    return image.copy(), scale


# ------------------------------------------------------------------------ camera worker

class FrameWorker(QObject):
    """Reads frames from a source in its own thread (see `CameraThread`) and hands each one
    to `on_frame`. `stop()` may be called from any thread; the source is closed in the
    worker's thread. Subclasses add their own signals and per-frame work."""

    failed = Signal(str)  # UNAVAILABLE or LOST
    finished = Signal()

    def __init__(self, source: FrameSource) -> None:
        super().__init__()
        self.source = source
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._latest: np.ndarray | None = None

    def latest_frame(self) -> np.ndarray | None:
        with self._lock:
            return self._latest

    def stop(self) -> None:
        self._stop.set()

    def on_frame(self, frame: np.ndarray) -> bool:
        """Work on one frame; True when the worker is done."""
        raise NotImplementedError

    @Slot()
    def run(self) -> None:
        frames = None
        try:
            frames = self.source.frames()
            for _, frame in frames:
                if self._stop.is_set():
                    break
                with self._lock:
                    self._latest = frame
                if self.on_frame(frame) or self._stop.is_set():
                    break
        except CameraLost as exc:
            log.warning("camera lost: %s", type(exc).__name__)
            self.failed.emit(LOST)
        except CameraError as exc:
            log.warning("camera unavailable: %s", type(exc).__name__)
            self.failed.emit(UNAVAILABLE)
        finally:
            if frames is not None and hasattr(frames, "close"):
                frames.close()
            self.source.close()
            self.finished.emit()


class CameraWorker(FrameWorker):
    """Per frame: the zone hint and guidance; a full read at most every `read_interval_ms`
    when the hint is good; the result once the vote agrees."""

    preview = Signal(QImage, object, str)  # downscaled frame, zone quad in its pixels (or None), guidance
    result = Signal(object)  # the agreed MrzResult

    def __init__(self, source: FrameSource, *, read_interval_ms: int = READ_INTERVAL_MS,
                 vote: MrzVote | None = None) -> None:
        super().__init__(source)
        self.read_interval = read_interval_ms / 1000
        self.vote = vote or MrzVote()
        self.recogniser_missing = False
        self._last_read = 0.0

    def on_frame(self, frame: np.ndarray) -> bool:
        hint = find_zone_hint(frame)
        code = guidance(hint)
        reading = None
        now = time.monotonic()
        # The hint above already says the frame is worth it: read_mrz directly
        # (read_frame would compute the hint again).
        if code == READING and not self.recogniser_missing and now - self._last_read >= self.read_interval:
            self._last_read = now
            reading = reader.read_mrz(frame)
            if reading.reason == reader.REASON_NO_RECOGNISER:
                self.recogniser_missing = True
            elif reading.reason == reader.REASON_SEVERAL:
                code = ONE_DOCUMENT
        image, scale = to_qimage(frame)
        quad = None if hint is None else tuple((x * scale, y * scale) for x, y in hint.quad)
        # Only frames actually read are votes (a skipped blurred frame is no evidence).
        agreed = None
        if reading is not None:
            agreed = self.vote.feed(reading.result if reading.found else None)
        if agreed is not None:
            self.preview.emit(image, quad, DONE)
            self.result.emit(agreed)
            return True
        self.preview.emit(image, quad, code)
        return False


class CameraThread:
    """A worker and its thread, started together and stopped together.

    `outputs` pairs the worker's signals with the dialog's slots; `close` cuts them before
    stopping, so that nothing queued reaches a dialog that has moved on. The camera also
    stops when `owner` is destroyed without being closed.
    """

    def __init__(self, worker: FrameWorker, outputs: Sequence[tuple[Any, Callable[..., Any]]] = (),
                 owner: QObject | None = None) -> None:
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName("camera")
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        worker.finished.connect(self.thread.quit)
        self.outputs = list(outputs)
        for signal, slot in self.outputs:
            signal.connect(slot)
        if owner is not None:
            owner.destroyed.connect(lambda *_: worker.stop())

    def close(self) -> None:
        for signal, _slot in self.outputs:
            signal.disconnect()
        if not self.stop():
            log.warning("camera thread did not stop in time")

    def start(self) -> None:
        # Kept alive until its thread ends, whatever happens to the widget that started it
        # (a QThread destroyed while running aborts the process).
        _RUNNING.add(self)
        self.thread.finished.connect(lambda: _RUNNING.discard(self))
        self.thread.start()

    def stop(self, wait_ms: int = 5000) -> bool:
        """Ask the worker to stop and wait for its thread (a frame being read finishes)."""
        self.worker.stop()
        self.thread.quit()
        return self.thread.wait(wait_ms)


_RUNNING: set[CameraThread] = set()


@atexit.register
def _stop_all() -> None:
    """At exit, camera threads still running are stopped before Python tears them down."""
    for camera in list(_RUNNING):
        camera.stop(2000)


# ------------------------------------------------------------------------------- widgets

class PreviewWidget(QWidget):
    """The live image, scaled to fit, with the guide frame (where to hold the document,
    its MRZ band at the bottom) and the zone found drawn over it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScanPreview")
        self.setMinimumSize(560, 340)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.image: QImage | None = None
        self.quad: tuple[tuple[float, float], ...] | None = None
        self.ready = False  # the zone is well placed: the guide turns green
        self.frames_shown = 0

    def show_frame(self, image: QImage, quad: Any, code: str) -> None:
        self.image, self.quad = image, quad
        self.ready = code in (READING, DONE, PLACED)
        self.frames_shown += 1
        self.update()

    def clear(self) -> None:
        self.image, self.quad, self.ready = None, None, False
        self.update()

    def image_rect(self) -> QRectF:
        area = QRectF(self.rect())
        if self.image is None or self.image.isNull():
            return area
        scale = min(area.width() / self.image.width(), area.height() / self.image.height())
        w, h = self.image.width() * scale, self.image.height() * scale
        return QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h)

    def guide_rect(self) -> QRectF:
        target = self.image_rect()
        h = target.height() * 0.8
        w = min(h * DOCUMENT_ASPECT, target.width() * 0.9)
        h = w / DOCUMENT_ASPECT
        return QRectF(target.center().x() - w / 2, target.center().y() - h / 2, w, h)

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#1b1b1b"))
        target = self.image_rect()
        if self.image is not None:
            painter.drawImage(target, self.image)
        guide = self.guide_rect()
        colour = QColor("#3ccf6e") if self.ready else QColor("#ffffff")
        painter.fillRect(guide.adjusted(0, guide.height() * 0.76, 0, 0), QColor(255, 255, 255, 40))
        pen = QPen(colour, 4)
        painter.setPen(pen)
        painter.drawRoundedRect(guide, 12, 12)
        band = QPen(colour, 2, Qt.PenStyle.DashLine)
        painter.setPen(band)
        y = guide.top() + guide.height() * 0.76
        painter.drawLine(QPointF(guide.left() + 12, y), QPointF(guide.right() - 12, y))
        if self.quad is not None and self.image is not None:
            scale = target.width() / self.image.width()
            polygon = QPolygonF([QPointF(target.left() + x * scale, target.top() + y * scale)
                                 for x, y in self.quad])
            painter.setPen(QPen(QColor("#ff9940"), 3))
            painter.drawPolygon(polygon)
        painter.end()


ImageChooser = Callable[[], "Path | None"]
SourceFactory = Callable[[], FrameSource]


class ScanDialog(QDialog):
    """Live camera view with a guide frame and big instructions; a still photo or an
    imported image instead. `read` carries the `MrzResult` once one is accepted; the
    camera stops whenever the dialog closes."""

    read = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, source_factory: SourceFactory | None = None,
                 choose_image: ImageChooser | None = None, read_interval_ms: int = READ_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("ScanDialog")
        self.setWindowTitle(self.tr("Lire votre document"))
        self.setModal(True)
        self.resize(900, 720)
        self.source_factory = source_factory or source_from_spec
        self.choose_image = choose_image or self._ask_image
        self.read_interval_ms = read_interval_ms
        self.camera: CameraThread | None = None
        self.background = Background(self)
        self.result_read: Any = None
        self.guidance_code = PLACE

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        title = QLabel(self.tr("Lire votre passeport ou votre titre de séjour"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        self.instruction = QLabel()
        self.instruction.setObjectName("ScanInstruction")
        self.instruction.setWordWrap(True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.instruction)
        self.preview = PreviewWidget()
        self.preview.setAccessibleName(self.tr("Image de la caméra, avec le cadre où placer le document"))
        layout.addWidget(self.preview, 1)
        self.message = QLabel()
        self.message.setObjectName("ScanMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("background: #fff4d6; border: 2px solid #b36b00; border-radius: 8px;"
                                   " padding: 10px;")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.photo_button = self._button(self.tr("Prendre la photo"), self.take_photo, "ScanPhoto")
        self.import_button = self._button(self.tr("Importer une image"), self.import_image, "ScanImport")
        self.cancel_button = self._button(self.tr("Annuler"), self.reject, "ScanCancel")
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.background.busy_changed.connect(self._busy)
        self.set_guidance(PLACE)

    def _button(self, text: str, on_click: Callable[[], object], name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(lambda: on_click())
        return button

    # -- words -----------------------------------------------------------------------
    def guidance_text(self, code: str) -> str:
        return {
            PLACE: self.tr("Placez la page de votre document avec la photo dans le cadre, "
                           "les lignes de caractères en bas"),
            CLOSER: self.tr("Approchez le document de la caméra"),
            GLARE: self.tr("Évitez les reflets : inclinez un peu le document"),
            STILL: self.tr("Tenez le document immobile"),
            READING: self.tr("Ne bougez plus, lecture en cours…"),
            ONE_DOCUMENT: self.tr("Ne présentez qu'un seul document à la fois"),
            DONE: self.tr("Document lu"),
            PLACED: self.tr("Document bien placé"),
        }.get(code, "")

    def reason_text(self, reason: str) -> str:
        return {
            reader.REASON_NO_ZONE: self.tr(
                "Aucune bande de lecture n'a été trouvée sur cette image (les deux ou trois lignes de "
                "caractères en bas de la page du passeport ou au dos du titre de séjour). Essayez une "
                "autre photo, ou saisissez vos informations à la main."),
            reader.REASON_UNREADABLE: self.tr(
                "La bande de lecture a été trouvée mais n'a pas pu être lue sans erreur. Reprenez la "
                "photo bien à plat, nette et sans reflet, ou saisissez vos informations à la main."),
            reader.REASON_TOO_SMALL: self.tr(
                "La bande de lecture est trop petite sur cette image pour être lue sans erreur. "
                "Rapprochez le document de l'appareil (la page doit remplir la photo) et reprenez "
                "la photo, ou saisissez vos informations à la main."),
            reader.REASON_SEVERAL: self.tr(
                "Plusieurs documents apparaissent sur l'image : ne montrez qu'un seul document."),
            reader.REASON_NO_RECOGNISER: self.tr(
                "La lecture automatique des documents n'est pas disponible sur cette borne. "
                "Saisissez vos informations à la main."),
            reader.REASON_NOT_IMAGE: self.tr("Ce fichier n'est pas une image lisible."),
            UNREADABLE_FILE: self.tr("Ce fichier n'est pas une image lisible (JPEG ou PNG attendu)."),
            UNAVAILABLE: self.tr("La caméra n'est pas disponible. Vous pouvez importer une photo "
                                 "de votre document avec le bouton « Importer une image »."),
            LOST: self.tr("La caméra ne répond plus. Vous pouvez importer une photo de votre "
                          "document avec le bouton « Importer une image »."),
        }.get(reason, self.tr("Le document n'a pas pu être lu."))

    def set_guidance(self, code: str) -> None:
        self.guidance_code = code
        text = self.guidance_text(code)
        self.instruction.setText(text)
        self.instruction.setAccessibleName(text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    # -- camera ------------------------------------------------------------------------
    def start_camera(self) -> None:
        try:
            source = self.source_factory()
        except CameraError:
            self.camera_failed(UNAVAILABLE)
            return
        worker = CameraWorker(source, read_interval_ms=self.read_interval_ms)
        outputs = [(worker.preview, self.on_preview), (worker.result, self.on_result),
                   (worker.failed, self.camera_failed)]
        self.camera = CameraThread(worker, outputs, owner=self)
        self.camera.start()

    def stop_camera(self) -> None:
        camera, self.camera = self.camera, None
        if camera is not None:
            camera.close()

    def on_preview(self, image: QImage, quad: Any, code: str) -> None:
        if self.camera is None:  # queued before the camera stopped
            return
        self.preview.show_frame(image, quad, code)
        if self.camera.worker.recogniser_missing:
            # Frames are not read: say the document is well placed, not "reading".
            self.set_guidance(PLACED if code == READING else code)
            if not self.message.isVisible():
                self.show_message(self.reason_text(reader.REASON_NO_RECOGNISER))
        else:
            self.set_guidance(code)

    def on_result(self, result: Any) -> None:
        if self.camera is None:
            return
        self.set_guidance(DONE)
        self.accept_result(result)

    def camera_failed(self, reason: str) -> None:
        self.stop_camera()
        self.preview.clear()
        self.photo_button.setEnabled(False)
        self.instruction.setText(self.tr("Caméra indisponible"))
        self.show_message(self.reason_text(reason))
        self.import_button.setStyleSheet("background: #000091; color: white;")  # the way forward now
        self.import_button.setFocus()

    # -- still photo and import -----------------------------------------------------------
    def take_photo(self) -> None:
        frame = self.camera.worker.latest_frame() if self.camera is not None else None
        if frame is None:
            self.show_message(self.tr("Aucune image de la caméra pour l'instant."))
            return
        self.show_message(self.tr("Lecture de la photo…"))
        self.background.run(lambda: reader.read_mrz(frame), self.on_still_read, self.on_still_failed)

    def import_image(self) -> None:
        path = self.choose_image()
        if path is None:
            return
        self.show_message(self.tr("Lecture de l'image…"))

        def work() -> reader.MrzReading | None:
            image = load_image(Path(path))
            return None if image is None else reader.read_mrz(image)

        self.background.run(work, self.on_still_read, self.on_still_failed)

    def on_still_read(self, reading: reader.MrzReading | None) -> None:
        if reading is None:
            self.show_message(self.reason_text(UNREADABLE_FILE))
        elif reading.found and reading.result is not None and reading.result.valid:
            self.accept_result(reading.result)
        else:
            log.info("still image not read: %s", reading.reason)
            self.show_message(self.reason_text(reading.reason))

    def on_still_failed(self, exc: Exception) -> None:
        log.warning("still image read failed: %s", type(exc).__name__)
        self.show_message(self.tr("Le document n'a pas pu être lu."))

    def _busy(self, busy: bool) -> None:
        self.photo_button.setEnabled(not busy and self.camera is not None)
        self.import_button.setEnabled(not busy)

    def _ask_image(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choisir une photo du document"),
                                              str(Path.home()), self.tr("Images (*.jpg *.jpeg *.png)"))
        return Path(name) if name else None

    # -- life cycle -----------------------------------------------------------------------
    def accept_result(self, result: Any) -> None:
        self.result_read = result
        self.stop_camera()
        self.read.emit(result)
        self.accept()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.camera is None and self.result_read is None and self.photo_button.isEnabled():
            self.start_camera()

    def hideEvent(self, event: Any) -> None:
        self.stop_camera()
        super().hideEvent(event)

    def done(self, code: int) -> None:
        self.stop_camera()
        super().done(code)

    def closeEvent(self, event: Any) -> None:
        self.stop_camera()
        super().closeEvent(event)


# ----------------------------------------------------------------- identity page prefill

class DocumentReader(QObject):
    """On an identity page: the "read my document" button, the "lu sur le document" tags
    next to prefilled fields, and the warnings of the last reading."""

    def __init__(self, screen: QuestionScreen) -> None:
        super().__init__(screen)
        from kiosk.ui.pages import Panel, _button, _label

        self.screen = screen
        self.source_factory: SourceFactory | None = None  # None: $ESCALE_CAMERA
        self.choose_image: ImageChooser | None = None  # None: a file dialog
        self.dialog: ScanDialog | None = None
        self.pending: Prefill | None = None  # a reading not applied (another person's document)
        self._warnings: tuple[str, list[str]] = ("", [])
        self._dossier: str | None = None

        self.button = _button(self.tr("Lire mon passeport ou mon titre de séjour"), self.open_dialog,
                              "ReadDocument")
        self.warning_panel = Panel("WarningPanel")
        self.warning_panel.setProperty("role", "prefill-warning")
        self.apply_anyway = _button(self.tr("Utiliser quand même ce document"), self.apply_pending,
                                    "ApplyAnyway")
        self.warning_panel.layout().addWidget(self.apply_anyway)
        self.apply_anyway.setVisible(False)
        self.note = Panel("InfoPanel")
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        screen.content.insertLayout(0, row)
        screen.content.insertWidget(1, self.warning_panel)
        screen.content.insertWidget(2, self.note)
        self.tags: dict[str, QLabel] = {}
        for key, editor in screen.editors.items():
            if key not in prefill.IDENTITY_KEYS:
                continue
            tag = _label(self.tr("✓ lu sur le document"), "DocumentTag", wrap=False)
            tag.setAccessibleName(self.tr("Lu sur le document"))
            tag.setVisible(False)
            layout = editor.layout()
            index = layout.indexOf(editor.label)
            if index < 0:
                continue
            layout.removeWidget(editor.label)
            head = QHBoxLayout()
            head.setSpacing(12)
            head.addWidget(editor.label)
            head.addWidget(tag)
            head.addStretch(1)
            layout.insertLayout(index, head)
            self.tags[key] = tag

    @property
    def session(self) -> Any:
        return self.screen.session

    def open_dialog(self) -> None:
        if self.dialog is not None:  # the previous one (closed, its camera stopped) goes now
            self.dialog.deleteLater()
        self.dialog = ScanDialog(self.screen.window(), source_factory=self.source_factory,
                                 choose_image=self.choose_image)
        self.dialog.read.connect(self.on_read)
        self.dialog.open()

    def on_read(self, result: Any) -> None:
        session = self.session
        if session is None:
            return
        holder = holder_from_answers(session.answers, session.provenance)
        filled = prefill_from_mrz(result, session.procedure, session.deposit_date, holder=holder)
        log.info("document read: kind=%s fields=%d warnings=%s", filled.document_kind, len(filled.answers),
                 ",".join(w.code for w in filled.warnings))
        other = filled.warning(prefill.OTHER_HOLDER)
        self.pending = filled if other is not None else None
        if other is None:
            self.apply(filled)
        self._dossier = session.dossier_id
        self._warnings = (self.tr("Attention"), [self.warning_text(w) for w in filled.warnings])
        self.refresh()

    def apply(self, filled: Prefill) -> None:
        self.session.set_answers(filled.answers, source=DOCUMENT)
        for key in filled.answers:
            editor = self.screen.editors.get(key)
            if editor is not None:
                editor.set_value(self.session.answers.get(key))
                editor.set_error(None)
        self.screen.refresh()

    def apply_pending(self) -> None:
        if self.pending is not None:
            filled, self.pending = self.pending, None
            self.apply(filled)
            lines = [line for line in self._warnings[1]
                     if line != self.warning_text(prefill.PrefillWarning(prefill.OTHER_HOLDER))]
            self._warnings = (self._warnings[0], lines)
            self.refresh()

    def warning_text(self, warning: prefill.PrefillWarning) -> str:
        data = warning.data
        expiry = data.get("expiry")
        when = expiry.strftime("%d/%m/%Y") if isinstance(expiry, date) else ""
        passport = data.get("kind") == "passport"
        if warning.code == prefill.EXPIRED:
            return (self.tr("Votre passeport a expiré le %1. Un passeport en cours de validité est demandé.")
                    if passport else self.tr("Ce document a expiré le %1.")).replace("%1", when)
        if warning.code == prefill.EXPIRES_SOON:
            return (self.tr("Votre passeport expire bientôt (le %1). Pensez à le faire renouveler.")
                    if passport else self.tr("Ce document expire bientôt (le %1).")).replace("%1", when)
        if warning.code == prefill.OTHER_HOLDER:
            return self.tr("Ce document semble être celui d'une autre personne : le nom ou la date de "
                           "naissance ne correspond pas à ce qui a été saisi. Vos informations n'ont pas été "
                           "remplacées. Montrez votre propre document, ou utilisez quand même celui-ci.")
        if warning.code == prefill.NATIONALITY_UNKNOWN:
            return self.tr("La nationalité inscrite sur le document n'a pas pu être reprise : "
                           "choisissez-la dans la liste.")
        if warning.code == prefill.NAME_TRUNCATED:
            return self.tr("Votre nom est peut-être coupé sur le document (il occupe toute la ligne) : "
                           "vérifiez-le et complétez-le si besoin.")
        if warning.code == prefill.DATE_UNKNOWN:
            return self.tr("La date de naissance n'est pas complète sur le document : saisissez-la.")
        if warning.code == prefill.NAME_TO_CHECK:  # no check digit protects names: never guessed
            return self.tr("Ce nom n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le "
                           "et saisissez-le.").replace("%1", str(data.get("read", "")))
        if warning.code == prefill.NUMBER_TO_CHECK:  # read in print too small to trust
            return self.tr("Ce numéro n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le "
                           "et saisissez-le.").replace("%1", str(data.get("read", "")))
        return ""

    def refresh(self) -> None:
        """Tags from the session's provenance; warnings of the last reading of this dossier."""
        session = self.session
        provenance = session.provenance if session is not None else {}
        for key, tag in self.tags.items():
            editor = self.screen.editors[key]
            tag.setVisible(provenance.get(key) == DOCUMENT and editor.isVisibleTo(self.screen))
        if session is None or session.dossier_id != self._dossier:
            self._warnings, self.pending, self._dossier = ("", []), None, None
        title, lines = self._warnings
        self.warning_panel.show_text(title, [line for line in lines if line])
        self.apply_anyway.setVisible(self.pending is not None)
        names_read = any(provenance.get(k) == DOCUMENT for k in (prefill.SURNAME, prefill.GIVEN_NAMES))
        note = self.tr("Les noms sont recopiés tels qu'ils figurent dans la bande de lecture du document, "
                       "en majuscules et sans accents. Vérifiez-les et ajoutez les accents si besoin.")
        self.note.show_text(self.tr("Noms lus sur le document"), [note] if names_read else [])
