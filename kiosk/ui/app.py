"""Starting the GUI: the application, its style, the store, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.paths import default_data_dir, resources_dir
from kiosk.store.dossiers import DossierStore
from kiosk.ui.main_window import MainWindow


def apply_style(app: QApplication) -> None:
    app.setStyleSheet((resources_dir() / "styles" / "kiosk.qss").read_text(encoding="utf-8"))


def run_gui(data_dir: Path | None = None, mode: str | None = None, *,
            quit_when_shown: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Escale")
    apply_style(app)
    store = DossierStore(data_dir or default_data_dir())
    window = MainWindow(store)
    window.resize(1280, 900)
    window.show()
    if quit_when_shown:
        QTimer.singleShot(0, app.quit)  # runs once the first screen has been laid out and shown
    try:
        return app.exec()
    finally:
        store.close()
