"""Starting the GUI: the application, its style, the store, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import ConfigError, load_settings
from kiosk.paths import resources_dir
from kiosk.store.dossiers import DossierStore
from kiosk.sync.runtime import SyncRuntime
from kiosk.ui.main_window import MainWindow
from kiosk.ui.sync_service import SyncService


def apply_style(app: QApplication) -> None:
    app.setStyleSheet((resources_dir() / "styles" / "kiosk.qss").read_text(encoding="utf-8"))


def run_gui(data_dir: Path | None = None, mode: str | None = None, *,
            quit_when_shown: bool = False) -> int:
    try:
        settings = load_settings(data_dir=data_dir, mode=mode)
    except ConfigError as exc:
        print(f"kiosk: configuration: {exc}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Escale")
    apply_style(app)
    store = DossierStore(settings.data_dir)
    runtime = SyncRuntime(settings, store)
    # The engine is built in the sync thread: demo mode starts a service there, off the GUI.
    sync = None if quit_when_shown else SyncService(
        runtime.engine, interval_ms=int(settings.sync_interval_seconds * 1000))
    window = MainWindow(store, sync=sync)
    window.resize(1280, 900)
    window.show()
    if sync is not None:
        sync.start()
    if quit_when_shown:
        QTimer.singleShot(0, app.quit)  # runs once the first screen has been laid out and shown
    try:
        return app.exec()
    finally:
        if sync is None or sync.shutdown():
            runtime.close()  # else a pass is still sending: the process exit ends it
        store.close()
