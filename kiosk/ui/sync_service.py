"""The sync worker off the GUI thread (ARCHITECTURE rule 7): a QObject living in its
own QThread runs a sync pass every interval, or at once when asked, and reports
queue counts, reachability and upload progress by signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

if TYPE_CHECKING:
    from kiosk.sync.worker import SyncEngine

UNREACHABLE = "unreachable"  # kiosk.sync.worker.UNREACHABLE, not imported: the worker loads lazily

log = logging.getLogger(__name__)


class SyncWorker(QObject):
    finished_pass = Signal(dict)  # the pass's report counts
    status = Signal(dict, bool, str)  # outbox counts, central service reached, why the pass stopped
    progress = Signal(str, int, int)  # dossier id, bytes sent, bytes total

    def __init__(self, engine_factory: Callable[[], SyncEngine | None], interval_ms: int) -> None:
        super().__init__()
        self._engine_factory = engine_factory
        self._interval_ms = interval_ms
        self._timer: QTimer | None = None
        self._running = False

    @Slot()
    def start(self) -> None:
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.run_pass)
        self._timer.start(self._interval_ms)
        self.run_pass()

    @Slot()
    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()

    @Slot()
    def run_pass(self) -> None:
        if self._running:
            return
        self._running = True
        try:
            engine = self._engine_factory()
            if engine is None:  # not enrolled yet: dossiers stay ready, encrypted at rest
                self.status.emit({}, False, "not_enrolled")
                return
            report = engine.run_once(on_progress=self.progress.emit)
            reached = report.stopped != UNREACHABLE and (not report.retrying or bool(report.deposited))
            self.finished_pass.emit(report.as_json())
            self.status.emit(engine.store.outbox.counts(), reached, report.stopped or "")
        except Exception as exc:  # a pass must never kill the worker; the next one tries again
            log.error("sync pass failed: %s", type(exc).__name__)  # the type only: no personal data
            self.status.emit({}, False, "")
        finally:
            self._running = False


class SyncService(QObject):
    """Owns the thread; the window connects to `worker`'s signals and calls `sync_now`."""

    request_pass = Signal()

    def __init__(self, engine_factory: Callable[[], SyncEngine | None], interval_ms: int = 30_000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("escale-sync")
        self.worker = SyncWorker(engine_factory, interval_ms)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.start)
        # `finished` is emitted in the worker's thread as it ends: the timer stops there,
        # where it lives (stopping it from another thread is refused).
        self.thread.finished.connect(self.worker.stop, Qt.ConnectionType.DirectConnection)
        self.request_pass.connect(self.worker.run_pass)

    def start(self) -> None:
        self.thread.start()

    def sync_now(self) -> None:
        self.request_pass.emit()  # queued: runs in the worker's thread

    def shutdown(self, wait_ms: int = 5000) -> bool:
        """Stop the timer and the thread; False if a pass was still running after `wait_ms`."""
        self.thread.quit()
        return self.thread.wait(wait_ms)
